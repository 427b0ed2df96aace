import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";

const baseUrl = inject("browserBaseUrl");

// DEMO-06 is in the demo group "Les Économes de Démoville", which it joined six months before its
// last reading: it came to every session held, received LED bulbs (6) and a thermo-hygrometer at the
// second one, and has done two of its commitments. No other browser test changes its group records.

describe.skipIf(!baseUrl)("the household's actions on Ma consommation", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists what it did with its group under the chart, marks those months, and only for the years shown", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-06");
    await page.getByRole("link", { name: /Ma consommation/ }).click();
    await page.getByRole("heading", { level: 1, name: "Ma consommation" }).waitFor();

    const actions = page.getByRole("region", { name: "Vos actions" });
    await actions.waitFor();
    const items = await actions.getByRole("listitem").allInnerTexts();
    const plain = items.map((i) => i.replace(/\u00a0/g, " "));
    expect(plain.some((i) => /^\d{1,2}(er)? \S+( \d{4})? : séance « Le chauffage »$/.test(i))).toBe(true);
    expect(plain.some((i) => / : matériel reçu — Ampoule LED 9 W \(6\)$/.test(i))).toBe(true);
    expect(plain.some((i) => / : matériel reçu — Thermo-hygromètre \(1\)$/.test(i))).toBe(true);
    expect(plain.filter((i) => / : geste réalisé — \S/.test(i)).length).toBeGreaterThanOrEqual(2);
    // The bulbs came at the second session: same day, the session first.
    const bulbs = plain.findIndex((i) => i.includes("Ampoule LED"));
    expect(plain[bulbs - 1]).toMatch(/ : séance « /);
    expect(plain[bulbs - 1]?.split(" : ")[0]).toBe(plain[bulbs]?.split(" : ")[0]);

    // The charts say there are markers, and the legend shows the symbol.
    await page.getByText("vos actions (la liste suit le graphique)").waitFor();
    const chart = page.getByRole("img", { name: /Électricité en kWh, mois par mois/ });
    await chart.waitFor();
    // Drawn: chart.js has set the canvas's inline size (a bare canvas has none).
    await page.waitForFunction(() => document.querySelector("canvas")?.style.height !== "");
    expect(await chart.getAttribute("aria-label")).toContain("la liste «\u00a0Vos actions\u00a0» suit.");
    await page.waitForFunction(() => {
      const canvas = document.querySelector("canvas");
      return canvas !== null && canvas.width > 0 && canvas.height > 0;
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "consumption-markers");
    await saveScreenshot(page, "consumption-markers-phone", { fullPage: false });
    // The chart alone, at twice the size, to see the symbols.
    await page.getByRole("region", { name: /Électricité/ }).screenshot({
      path: fileURLToPath(new URL("./screenshots/consumption-markers-chart.png", import.meta.url)),
      scale: "device",
    });

    // In Dutch, the themes and tips come in Dutch (the account keeps the language: back to French after).
    try {
      await page.getByRole("button", { name: "NL Nederlands" }).click();
      const dutch = page.getByRole("region", { name: "Uw acties" });
      await dutch
        .getByText(/bijeenkomst ‘Verwarming’$/)
        .first()
        .waitFor();
      await dutch.getByText(/materiaal ontvangen — Ampoule LED 9 W \(6\)$/).waitFor();
    } finally {
      await page.getByRole("button", { name: "FR Français" }).click();
      await page.getByRole("heading", { level: 1, name: "Ma consommation" }).waitFor();
    }
    await actions
      .getByText(/séance «\s?Le chauffage\s?»$/)
      .first()
      .waitFor();

    // Two years back, before the household joined its group: no list, no symbol in the legend.
    const intro = await page.getByText(/^Chaque mois de \d{4}/).innerText();
    const thisYear = Number(intro.match(/\d{4}/)?.[0]);
    await page.getByRole("button", { name: `← ${thisYear - 1}` }).click();
    await page.getByRole("button", { name: `← ${thisYear - 2}` }).click();
    await page.getByText(new RegExp(`Chaque mois de ${thisYear - 2}`)).waitFor();
    await page.getByRole("img", { name: /Électricité en kWh/ }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("region", { name: "Vos actions" }).count()).toBe(0);
    expect(await page.getByText("vos actions (la liste suit le graphique)").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

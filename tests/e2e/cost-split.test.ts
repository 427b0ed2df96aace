import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Browser,
  openBrowser,
  saveScreenshot,
  screenshotPath,
  seriousAxeViolations,
} from "./browser.ts";
import { signInHousingManager } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");
const spaces = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/** The statement's heading, term → value, spaces plain. */
async function statementHeading(page: Browser["page"]): Promise<Record<string, string>> {
  await page.locator(".statement-heading").waitFor();
  const rows = await page
    .locator(".statement-heading > div")
    .evaluateAll((divs) =>
      divs.map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent]),
    );
  return Object.fromEntries(rows.map(([term, value]) => [spaces(term ?? ""), spaces(value ?? "")]));
}

/** The statement on A4 paper: its heading and lines, no buttons, no app header. */
async function printStatement(page: Browser["page"], screenshot: string) {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  try {
    expect(await page.locator(".statement-heading").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "← Retour" }).isVisible()).toBe(false);
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    await saveScreenshot(page, screenshot);
  } finally {
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 360, height: 740 });
  }
}

/**
 * Logis Démo's housing manager splits Cité du Parc's heating bill (seeds/demo-cost-split.ts: 12
 * dwellings with allocators, last season's split already final) and prints a statement.
 */
describe.skipIf(!baseUrl)("a housing manager splits a building's heating costs", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    await signInHousingManager(browser.page, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows each dwelling's total on a 360 px phone without sideways scrolling, and prints a table", async () => {
    const { page, errors } = browser;
    expect(page.viewportSize()).toEqual({ width: 360, height: 740 });
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).click();
    await page.getByRole("link", { name: "Cité du Parc" }).click();
    const section = page.getByRole("region", { name: "Répartition des frais de chauffage" });
    await section.getByRole("heading", { name: /– Définitive$/ }).waitFor();
    const table = section.locator("table");
    await table.scrollIntoViewIfNeeded();

    // Neither the page nor the table's own box scrolls sideways.
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    const box = await section.locator(".table-scroll").evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(box[0]).toBeLessThanOrEqual(box[1] as number);

    // Every dwelling's total is on screen, within the phone's width, beside its label.
    const rows = table.locator("tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < count; i++) {
      const total = rows.nth(i).locator("td").last();
      expect(spaces(await total.textContent())).toMatch(/^Total[\d ]+,\d\d €$/);
      expect(await total.isVisible()).toBe(true);
      const where = (await total.boundingBox()) ?? { x: -1, width: Number.POSITIVE_INFINITY };
      expect(where.x).toBeGreaterThanOrEqual(0);
      expect(where.x + where.width).toBeLessThanOrEqual(widths.viewport);
    }

    // Still a table for screen readers: its four column headers, a row header and three cells a row
    // (Chromium's accessibility tree, not the DOM: CSS display may take a table's roles away).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    await cdp.detach();
    const roles = (role: string) => nodes.filter((n) => n.role?.value === role);
    expect(roles("columnheader").map((n) => n.name?.value)).toEqual(
      expect.arrayContaining(["Logement", "Part fixe", "Part variable", "Total"]),
    );
    expect(roles("rowheader").length).toBeGreaterThanOrEqual(count);
    expect(roles("cell").length).toBeGreaterThanOrEqual(3 * count);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // What the phone shows from the season's heading down: A1's three rows, then the others.
    await section
      .getByRole("heading", { name: /^Saison du/ })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await saveScreenshot(page, "cost-split-phone", { fullPage: false });

    // On A4 paper the table keeps its four columns, headers shown, nothing cut on the right.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    try {
      await section.getByRole("columnheader", { name: "Part variable" }).waitFor();
      expect(await section.locator("thead").isVisible()).toBe(true);
      expect(await section.locator(".card-label").first().isVisible()).toBe(false);
      const printed = await section
        .locator(".table-scroll")
        .evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(printed[0]).toBeLessThanOrEqual(printed[1] as number);
      await section.screenshot({ path: screenshotPath("cost-split-print") });
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 360, height: 740 });
    }
    expect(errors).toEqual([]);
  });

  it("computes a split whose statements add up to the bill, and opens a statement to print", async () => {
    const { page, errors } = browser;
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).click();
    await page.getByRole("link", { name: "Cité du Parc" }).click();
    const section = page.getByRole("region", { name: "Répartition des frais de chauffage" });
    // The demo's split of last season, final.
    await section.getByRole("heading", { name: /– Définitive$/ }).waitFor();
    expect(spaces(await section.getByRole("status").textContent())).toBe(
      "Total des décomptes : 21 480,60 € pour une facture de 21 480,60 €.",
    );

    // A1 had two tenants and empty days between them: one row each, told apart by their days.
    const a1 = section.locator("tbody th").filter({ hasText: /^A1/ });
    expect(await a1.count()).toBe(3);
    const parts = await a1.locator(".row-code").allTextContents();
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(spaces(part)).toMatch(/^\d+(er)? \S+ – \d+(er)? \S+ \(\d+ jours\)$/);
    expect(new Set(parts).size).toBe(3);
    // Nothing scrolls sideways (the test above); each statement's link is a finger's size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const link = (await section.getByRole("link", { name: "B1" }).boundingBox()) ?? { width: 0, height: 0 };
    expect(Math.min(link.width, link.height)).toBeGreaterThanOrEqual(44);

    // Only E2, whose bedroom allocator was not read in May, is estimated.
    expect(await section.getByText("(estimé)").count()).toBe(1);
    const heading = await section.getByRole("heading", { name: /^Saison du/ }).textContent();
    const endYear = Number(/avril (\d{4})/.exec(heading ?? "")?.[1]);

    // The final split was shared among the 12 dwellings on file of Cité du Parc's 24: it says so.
    const missing = section.getByRole("heading", {
      level: 4,
      name: "Tous les logements du bâtiment ne sont pas encodés",
    });
    await missing.waitFor();
    const warning = section.locator(".split-coverage");
    expect(spaces(await warning.textContent())).toContain(
      "Logements encodés : 12 sur 24 (836 m² sur 2 400 m²). Toute la facture de 21 480,60 € est partagée entre ces logements seulement",
    );
    expect(await warning.textContent()).toContain(
      "Cette répartition a été rendue définitive avec cet avertissement.",
    );

    // The statements for Excel: who each household is, the days both counted, amounts to the cent,
    // named by the season's last day as the statement says it.
    const download = page.waitForEvent("download");
    await section.getByRole("button", { name: "Télécharger les décomptes (CSV)" }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`repartition-chauffage-${endYear - 1}-10-01-${endYear}-04-30.csv`);
    const csv = await readFile((await file.path()) as string, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Logement;Occupant;Périodes;Jours;Part fixe (€);Part variable (€);Total (€);Estimé;Explication;Couverture du bâtiment",
    );
    const heads = lines.filter((line) => line.startsWith("A1;")).map((line) => line.split(";").slice(1, 4));
    expect(heads).toEqual([
      ["Ancien locataire A1 (LOGIS-A1-OLD)", `du ${endYear - 1}-10-01 au ${endYear}-01-14`, "106"],
      ["Société de logement (logement vide)", `du ${endYear}-01-15 au ${endYear}-01-31`, "17"],
      ["Locataire A1 (LOGIS-A1)", `du ${endYear}-02-01 au ${endYear}-04-30`, "89"],
    ]);
    for (const line of lines.slice(1).filter(Boolean))
      expect(line.split(";").slice(4, 7).join(";")).toMatch(/^\d+,\d\d;\d+,\d\d;\d+,\d\d$/);

    // A tenant's statement of the final split: who sends it, for what, when (a date in words).
    await section.getByRole("link", { name: "B1" }).click();
    await page.getByRole("heading", { level: 1, name: "Décompte des frais de chauffage" }).waitFor();
    const finalHead = await statementHeading(page);
    expect(finalHead).toMatchObject({
      "Société de logement": "Logis Démo",
      Bâtiment: "Cité du ParcAvenue du Parc 3, 4100 Seraing",
      Logement: "B1",
      "Saison de chauffage": `du 1er octobre ${endYear - 1} au 30 avril ${endYear}`,
    });
    expect(finalHead["Date du décompte"]).toMatch(/^\d+(er)? [a-zéû]+ \d{4}$/);
    await printStatement(page, "cost-split-statement-final-print");
    // In German its one-word title still fits a phone, without scrolling sideways.
    await page.getByRole("button", { name: /DE/ }).click();
    await page.getByRole("heading", { level: 1, name: /^Heizkosten\u00ad?abrechnung$/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(page, "cost-split-statement-de", { fullPage: false });
    await page.getByRole("button", { name: /FR/ }).click();
    await page.getByRole("heading", { level: 1, name: "Décompte des frais de chauffage" }).waitFor();
    await page.getByRole("button", { name: "← Retour" }).click();
    await section.getByRole("heading", { name: /– Définitive$/ }).waitFor();

    await section.getByText("Calculer la répartition", { exact: true }).first().click();
    await section.getByLabel("Montant de la facture (€)").fill("12345,67");
    await section.getByLabel("Début de la saison").fill(`${endYear - 1}-10-01`);
    await section.getByLabel("Fin de la saison").fill(`${endYear}-05-01`);
    expect(await section.getByLabel("Part fixe selon la surface (%)").inputValue()).toBe("30");
    await section.getByRole("button", { name: "Calculer la répartition" }).click();
    await section.getByRole("heading", { name: /– Brouillon$/ }).waitFor();
    expect(spaces(await section.getByRole("status").textContent())).toBe(
      "Total des décomptes : 12 345,67 € pour une facture de 12 345,67 €.",
    );
    const rows = section.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(12);
    expect(await section.getByText("(estimé)").count()).toBe(1);

    // The draft warns above its table, and says what to do before making it final.
    await missing.waitFor();
    expect(spaces(await warning.textContent())).toContain(
      "Logements encodés : 12 sur 24 (836 m² sur 2 400 m²). Toute la facture de 12 345,67 € est partagée entre ces logements seulement",
    );
    expect(await warning.textContent()).toContain(
      "Avant de rendre la répartition définitive, encodez les logements qui manquent, puis calculez-la à nouveau. Ou bien calculez-la avec la seule part de la facture qui concerne ces logements.",
    );
    const [warningBox, tableBox] = [
      await warning.boundingBox(),
      await section.locator("table").boundingBox(),
    ];
    expect((warningBox?.y ?? Number.POSITIVE_INFINITY) + (warningBox?.height ?? 0)).toBeLessThanOrEqual(
      tableBox?.y ?? 0,
    );
    const finalise = section.getByRole("button", { name: "Rendre définitive" });
    expect(await finalise.getAttribute("aria-describedby")).toBe(await warning.getAttribute("id"));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await section
      .getByRole("heading", { name: /– Brouillon$/ })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await saveScreenshot(page, "cost-split-draft-warning", { fullPage: false });
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "cost-split-draft");

    await section.getByRole("button", { name: "Rendre définitive" }).waitFor();
    await section.getByRole("link", { name: "B1" }).click();
    await page.getByRole("heading", { level: 1, name: "Décompte des frais de chauffage" }).waitFor();
    await page
      .getByText(new RegExp(`^Logement B1\\s: du 01/10/${endYear - 1} au 30/04/${endYear}\\.$`))
      .waitFor();
    await page.getByText(/^Total à payer\s:\s[\d\s]+,\d\d\s€\.$/).waitFor();
    // A draft's statement says it is one, on paper too: it must not pass for the one sent.
    const draftHead = await statementHeading(page);
    expect(draftHead).toMatchObject({ "Société de logement": "Logis Démo", Logement: "B1" });
    expect(draftHead["Date du décompte"]).toMatch(
      /^brouillon calculé le \d+(er)? [a-zéû]+ \d{4}, pas encore envoyé aux locataires/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "cost-split-statement-phone");
    await printStatement(page, "cost-split-statement-print");
    expect(errors).toEqual([]);
  });
});

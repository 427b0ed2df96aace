import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInAdviser } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

// An adviser sets up a meter for a demo household that no other browser test touches, reads it once,
// then declares its replacement. Indexes are typed the Belgian way, with a decimal comma.

/** The text said next to a field: its hint and its problem, as screen readers hear them. */
async function describedText(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label).getAttribute("aria-describedby")) ?? "";
  const parts = await Promise.all(ids.split(" ").map((id) => page.locator(`[id="${id}"]`).innerText()));
  return parts.join(" ");
}

const NAME = "Électricité bi-horaire";
const WATER = "Eau de la cave";
const DAY_START = "Jour (heures pleines) : index de départ, en kWh";
const NIGHT_START = "Nuit (heures creuses) : index de départ, en kWh";

describe.skipIf(!baseUrl)("setting up a household's meters", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an adviser adds a day/night meter, reads it, then declares its replacement", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    await page.getByRole("link", { name: "Famille Horizon" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Horizon" }).waitFor();
    await page.getByRole("link", { name: "Ajouter un compteur" }).click();
    await page.getByRole("heading", { level: 1, name: "Ajouter un compteur" }).waitFor();
    await page.getByText("Pour le ménage : Famille Horizon").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-setup-kinds");
    // The same page in Dutch, then back to French (the language is kept on the adviser's account).
    await page.getByRole("button", { name: "NL Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Een meter toevoegen" }).waitFor();
    await page.getByRole("radio", { name: "Stookolietank" }).waitFor();
    await page.getByRole("button", { name: "FR Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Ajouter un compteur" }).waitFor();

    // The kind is a big drawing; the name follows it until the adviser writes another.
    await page.getByRole("radio", { name: "Électricité" }).check();
    await expect(page.getByLabel("Nom du compteur").inputValue()).resolves.toBe("Électricité");
    await page.getByLabel("Nom du compteur").fill(NAME);
    await page.getByRole("radio", { name: "Jour et nuit", exact: true }).check();
    await page.getByLabel(DAY_START).fill("4 321,5");
    await page.getByLabel(NIGHT_START).fill("1234");
    await expect(page.getByLabel(DAY_START).getAttribute("inputmode")).resolves.toBe("decimal");

    // One digit short: the API's refusal is said next to the EAN field, and nothing is created.
    const ean = page.getByLabel("Code EAN (facultatif)");
    await ean.fill("54144990000000001");
    await page.getByRole("button", { name: "Ajouter le compteur" }).click();
    await page.getByRole("alert").filter({ hasText: "Le code EAN compte 18 chiffres" }).waitFor();
    await expect(ean.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await describedText(page, "Code EAN (facultatif)")).toContain("Le code EAN compte 18 chiffres");
    // The focus moves after the error is drawn: wait for it rather than read it a frame early.
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "ean");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-setup-ean-refused");

    await ean.fill("541 449 900 000 000 017");
    await page.getByRole("button", { name: "Ajouter le compteur" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Horizon" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: `Le compteur « ${NAME} » est ajouté.` })
      .waitFor();
    const meter = page.locator(".meter-button", { hasText: NAME });
    await expect(meter.innerText()).resolves.toMatch(/Jour \(heures pleines\) : 4\s321,5\skWh/);
    await expect(meter.innerText()).resolves.toMatch(/Nuit \(heures creuses\) : 1\s234\skWh/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-setup-added");

    // Its first reading, on behalf of the household.
    await meter.click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await page.getByLabel("Jour (heures pleines), en kWh").fill("4333,5");
    await page.getByLabel("Nuit (heures creuses), en kWh").fill("1239");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const feedback = page.getByRole("region", { name: "C'est enregistré." });
    await feedback.waitFor();
    await expect(feedback.innerText()).resolves.toMatch(/Jour \(heures pleines\) : 12\skWh/);

    // The replacement: a night index below the last reading is refused by the API next to its field.
    await page.getByRole("link", { name: "Le compteur a été remplacé" }).click();
    await page.getByRole("heading", { level: 1, name: `Remplacement : ${NAME}` }).waitFor();
    const dayFinal = "Jour (heures pleines) : index final, en kWh";
    const nightFinal = "Nuit (heures creuses) : index final, en kWh";
    expect(await describedText(page, nightFinal)).toMatch(/Dernier relevé : 1\s239\skWh/);
    await page.getByLabel(dayFinal).fill("4340");
    await page.getByLabel(nightFinal).fill("1200");
    await page.getByLabel("Jour (heures pleines) : index de départ, en kWh").fill("0");
    await page.getByLabel("Nuit (heures creuses) : index de départ, en kWh").fill("0");
    await page.getByLabel("Numéro du nouveau compteur (facultatif)").fill("NEW-2026");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-replace-form");
    await page.getByRole("button", { name: "Continuer" }).click();
    const review = page.getByRole("region", { name: "Vérifiez avant d'enregistrer" });
    await review.waitFor();
    await page.getByRole("button", { name: "Oui, enregistrer le remplacement" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: /L'index 1\s200 est plus petit que le dernier relevé \(1\s239 le / })
      .waitFor();
    expect(await describedText(page, nightFinal)).toContain("Vérifiez le dernier index de l'ancien compteur");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "final-night");
    await saveScreenshot(page, "meter-replace-refused", { fullPage: false });

    await page.getByLabel(nightFinal).fill("1241");
    await page.getByRole("button", { name: "Continuer" }).click();
    await review.waitFor();
    const summary = await review.innerText();
    expect(summary).toMatch(/L'ancien compteur est clôturé le .+ avec ces index :/);
    expect(summary).toMatch(/Jour \(heures pleines\) : 4\s340\skWh ; le nouveau commence à 0\skWh/);
    expect(summary).toMatch(/Nuit \(heures creuses\) : 1\s241\skWh ; le nouveau commence à 0\skWh/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-replace-review");

    await page.getByRole("button", { name: "Oui, enregistrer le remplacement" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Horizon" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Le remplacement est enregistré" }).waitFor();
    await expect(meter.innerText()).resolves.toMatch(/Jour \(heures pleines\) : 0\skWh/);
    await page.getByRole("link", { name: new RegExp(`^${NAME} — remplacé le `) }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-replace-done");
    expect(errors).toEqual([]);
  });

  it("asks « 1100 ou 1,1 ? » for a start index and a final index typed with one dot", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    await page.getByRole("link", { name: "Famille Horizon" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Horizon" }).waitFor();
    await page.getByRole("link", { name: "Ajouter un compteur" }).click();
    await page.getByRole("radio", { name: "Eau" }).check();
    await page.getByLabel("Nom du compteur").fill(WATER);
    const start = page.getByLabel("Index de départ (m³)");
    await start.fill("1.100");
    await page.getByRole("button", { name: "Ajouter le compteur" }).click();

    // Nothing is sent: the question is said next to the field, with both numbers to tap.
    const question = page
      .getByRole("alert")
      .filter({ hasText: "Vous avez écrit 1.100 : est-ce 1100 ou 1,1 ?" });
    await question.waitFor();
    await expect(start.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "startIndex-single");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-setup-which-number", { fullPage: false });
    await question.getByRole("button", { name: "1100 m³" }).click();

    await page.getByRole("heading", { level: 1, name: "Famille Horizon" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: `Le compteur « ${WATER} » est ajouté.` })
      .waitFor();
    const meter = page.locator(".meter-button", { hasText: WATER });
    await expect(meter.innerText()).resolves.toMatch(/1\s100\sm³/);
    const meterId = (await meter.getAttribute("href"))?.split("/").pop();
    const stored = await page.request.get(`${baseUrl}/api/meters/${meterId}`);
    expect((await stored.json()).lastReadings).toMatchObject([{ register: "single", value: 1100 }]);

    // The replacement asks the same of the old meter's final index, then shows what it will store.
    await meter.click();
    await page.getByRole("link", { name: "Le compteur a été remplacé" }).click();
    await page.getByRole("heading", { level: 1, name: `Remplacement : ${WATER}` }).waitFor();
    await page.getByLabel("Index final (m³)").fill("1.150");
    await page.getByLabel("Index de départ du nouveau (m³)").fill("0");
    await page.getByRole("button", { name: "Continuer" }).click();
    const again = page
      .getByRole("alert")
      .filter({ hasText: "Vous avez écrit 1.150 : est-ce 1150 ou 1,15 ?" });
    await again.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meter-replace-which-number", { fullPage: false });
    await again.getByRole("button", { name: "1150 m³" }).click();
    const review = page.getByRole("region", { name: "Vérifiez avant d'enregistrer" });
    await review.waitFor();
    await expect(review.innerText()).resolves.toMatch(/1\s150\sm³/);
    expect(errors).toEqual([]);
  });
});

import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInAdviser, signInCoordinator, signInStaff } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const stationCard = (page: Page, name: string) => page.locator("li.card").filter({ hasText: name });

// Uccle is no organisation's station in the demo: filling its December 2022 changes no other test.
describe.skipIf(!baseUrl)("the platform's weather data", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the administrator each station's missing months and the recent ones in an alert", async () => {
    const { page, errors } = browser;
    await signInStaff(page, baseUrl, "admin@demo.example", { lands: "Organisations" });
    await page.getByRole("link", { name: "Données météo : stations, mois manquants, imports" }).click();
    await page.getByRole("heading", { level: 1, name: "Données météo" }).waitFor();
    await stationCard(page, "Uccle (IRM/KMI)").getByText("Il manque").waitFor();

    // Synergrid's stored page stops in January 2023 and lacks December 2022.
    const alert = page.getByRole("region", { name: "Des mois récents n'ont pas de données météo" });
    expect(await alert.innerText()).toMatch(/Uccle \(IRM\/KMI\)\s?: \S+ 20\d\d, \S+ 20\d\d et \S+ 20\d\d\./);
    expect(await alert.innerText()).not.toContain("Station de démonstration");
    const uccle = await stationCard(page, "Uccle (IRM/KMI)").innerText();
    expect(uccle).toMatch(/Mesurés de janvier 2021 à \S+ 20\d\d\s?: 24 mois avec des données\./);
    expect(uccle).toMatch(
      /Il manque \d+ mois\s?:\s+décembre 2022\s+de février 2023 à \S+ 20\d\d \(\d+ mois\)/,
    );
    expect(uccle).toContain("Normales\u00a0: 12 mois sur 12.");
    expect(uccle).toContain("Aucun mois mesuré.");
    const demo = await stationCard(page, "Station de démonstration").innerText();
    expect(demo).toContain("normales (démo)");
    expect(demo).toContain("Aucun mois ne manque.");

    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "weather-admin-first-screen", { fullPage: false });
    await saveScreenshot(page, "weather-admin");
    expect(errors).toEqual([]);
  });

  it("imports a monthly table and says which missing month it filled", async () => {
    const { page, errors } = browser;
    await page.getByLabel("Station", { exact: true }).selectOption({ label: "Uccle (IRM/KMI)" });
    await page.getByLabel("Type de fichier").selectOption({ label: "Degrés-jours par mois" });
    await page
      .getByLabel("Convention des degrés-jours")
      .selectOption({ label: "Degrés-jours équivalents 16,5/16,5 (Synergrid)" });
    await page.getByLabel("Série").selectOption({ label: "Mois mesurés (écrits 2024-01)" });
    await page.getByLabel("Source (facultatif)").fill("Synergrid");
    await page.getByLabel("Fichier CSV").setInputFiles(fixture("weather-uccle-december-2022.csv"));
    await page.getByRole("button", { name: "Importer le fichier" }).click();

    const outcome = page.getByRole("region", { name: "Fichier importé" });
    await outcome.waitFor();
    const text = await outcome.innerText();
    expect(text).toContain("Mois ajoutés ou modifiés\u00a0: 1");
    expect(text).toContain("Lignes lues dans le fichier\u00a0: 1.");
    expect(text).toContain("Période du fichier\u00a0: de décembre 2022 à décembre 2022.");
    expect(text).toContain(
      "Mois qui ne manquent plus\u00a0: décembre 2022 — Degrés-jours équivalents 16,5/16,5 (Synergrid).",
    );
    expect(await stationCard(page, "Uccle (IRM/KMI)").innerText()).not.toContain("décembre 2022");
    // Focus moves to the answer, so a screen reader reads it out.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))).toBe(
      "weather-outcome-title",
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await outcome.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "weather-import-done", { fullPage: false });
    expect(errors).toEqual([]);
  });

  it("refuses a broken file, naming the line, the column and the reason", async () => {
    const { page, errors } = browser;
    await page.getByLabel("Fichier CSV").setInputFiles(fixture("weather-broken.csv"));
    await page.getByRole("button", { name: "Importer le fichier" }).click();
    const refusal = page
      .getByRole("alert")
      .filter({ hasText: "La ligne 3 du fichier ne peut pas être lue." });
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toContain(
      "Colonne «\u00a0degree_days\u00a0»\u00a0: Les degrés-jours doivent être un nombre positif (attendu : 375 ou 375,5).",
    );
    expect(text).toContain("Rien n'a été importé.");
    // Nothing written: February 2023 is still missing.
    expect(await stationCard(page, "Uccle (IRM/KMI)").innerText()).toMatch(/de février 2023 à/);
    expect(await page.getByRole("region", { name: "Fichier importé" }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await refusal.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "weather-import-refused", { fullPage: false });
    expect(errors).toEqual([]);
  });

  it("lets the coordinator choose the organisation's station and says which recent months it lacks", async () => {
    const { page, errors } = browser;
    await signInCoordinator(page, baseUrl);
    await page.goto(`${baseUrl}/parametres`);
    const section = page.getByRole("region", { name: "Station météo" });
    await section.getByText("Station utilisée").waitFor();
    expect(await section.innerText()).toContain(
      "Station utilisée\u00a0: Station de démonstration — normales (démo)",
    );
    expect(await section.innerText()).toContain("Les degrés-jours des derniers mois sont là.");

    try {
      await section.getByLabel("Station", { exact: true }).selectOption({ label: "Uccle (IRM/KMI)" });
      await section.getByRole("button", { name: "Utiliser cette station" }).click();
      await section
        .getByRole("status")
        .filter({ hasText: "Station enregistrée\u00a0: Uccle (IRM/KMI)." })
        .waitFor();
      const text = await section.innerText();
      expect(text).toContain("Station utilisée\u00a0: Uccle (IRM/KMI)");
      expect(text).toMatch(
        /Il manque les degrés-jours de 3 mois\s?: \S+ 20\d\d, \S+ 20\d\d et \S+ 20\d\d\. Les économies de ces mois ne sont pas calculées\./,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      await section.scrollIntoViewIfNeeded();
      await saveScreenshot(page, "weather-settings-coordinator", { fullPage: false });
    } finally {
      // The other browser tests read the demo households' savings, made with the demo station.
      await section
        .getByLabel("Station", { exact: true })
        .selectOption({ label: "Station de démonstration — normales (démo)" });
      await section.getByRole("button", { name: "Utiliser cette station" }).click();
      await section.getByText("Station utilisée\u00a0: Station de démonstration — normales (démo)").waitFor();
    }
    expect(errors).toEqual([]);
  });

  it("shows an adviser the station used, without a choice", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    await page.goto(`${baseUrl}/parametres`);
    const section = page.getByRole("region", { name: "Station météo" });
    await section.getByText("Station utilisée\u00a0: Station de démonstration — normales (démo)").waitFor();
    expect(await section.getByRole("combobox").count()).toBe(0);
    expect(await section.getByRole("button").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

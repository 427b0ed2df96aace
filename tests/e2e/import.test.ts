import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInAdviser } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");
const FIXTURE = new URL("./fixtures/fluvius-day-night.csv", import.meta.url);
/** The fixture's meter: a day/night digital meter, one Wednesday of quarter-hours in January 2026. */
const EAN = "541448820000000093";

/**
 * A household of its own for this file (the demo's stay as other tests expect them): created and
 * given its paper consent on screen, its meter added through the API as the meter screens do.
 */
async function householdWithSmartMeter(page: Page, pseudonym: string) {
  await page.getByText("Ajouter un ménage").click();
  await page.getByLabel("Nom affiché").fill(pseudonym);
  await page.getByRole("button", { name: "Créer le ménage" }).click();
  await page.getByRole("region", { name: "Le ménage est créé" }).waitFor();
  await page.getByRole("link", { name: pseudonym }).click();
  await page.getByRole("heading", { level: 1, name: pseudonym }).waitFor();
  await page.getByRole("button", { name: "Le ménage a donné son accord" }).click();
  await page.getByText("Aucun compteur pour ce ménage.").waitFor();
  const householdId = page.url().split("/").pop() as string;
  const status = await page.evaluate(
    async ({ householdId, ean }) => {
      const res = await fetch(`/api/households/${householdId}/meters`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          kind: "electricity",
          name: "Électricité",
          registers: ["day", "night"],
          startedAt: "2025-12-01",
          startIndex: { day: 10250, night: 8120 },
          ean,
        }),
      });
      return res.status;
    },
    { householdId, ean: EAN },
  );
  expect(status).toBe(201);
  await page.reload();
  await page
    .getByRole("heading", { level: 2, name: "Importer un fichier de compteur intelligent" })
    .waitFor();
}

describe.skipIf(!baseUrl)("importing a smart-meter file", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an adviser imports a Fluvius file on a household's meter and reads what was imported", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    await householdWithSmartMeter(page, "Famille Quartz");
    const section = page.getByRole("region", { name: "Importer un fichier de compteur intelligent" });
    await section.getByText(`Code EAN de ce compteur : ${EAN}.`, { exact: false }).waitFor();
    await section.getByText("Aucun fichier importé pour ce compteur.").waitFor();

    await section.getByLabel("Fichier CSV").setInputFiles(FIXTURE.pathname);
    await section.getByRole("button", { name: "Importer le fichier" }).click();
    const result = section.getByRole("region", { name: "Fichier importé" });
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toMatch(/192 lignes lues, 192 enregistrées\./);
    expect(text).toMatch(/Du 14 janvier 2026 (à )?00:00 au 15 janvier 2026 (à )?00:00\./);
    expect(text).toContain("Registres : Jour (heures pleines), Nuit (heures creuses).");
    expect(await page.evaluate(() => document.activeElement?.closest(".import-result") !== null)).toBe(true);
    const past = section.locator(".past-import");
    await expect.poll(() => past.count()).toBe(1);
    expect(await past.first().innerText()).toMatch(
      /192 lignes lues[\s\S]*Gestionnaire de réseau \(néerlandais\)/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "import-done");

    // The same file again: nothing changes, and the page says so.
    await section.getByLabel("Fichier CSV").setInputFiles(FIXTURE.pathname);
    await section.getByRole("button", { name: "Importer le fichier" }).click();
    const again = section.getByRole("region", { name: "Ces données étaient déjà là" });
    await again.waitFor();
    expect(await again.innerText()).toMatch(/192 lignes lues, 0 enregistrées\.[\s\S]*Rien n'a changé/);
    await expect.poll(() => past.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("refuses a file with a broken line, naming the line and what is wrong", async () => {
    const { page, errors } = browser;
    const section = page.getByRole("region", { name: "Importer un fichier de compteur intelligent" });
    // Line 60 of the file: a letter typed into a quarter-hour's volume.
    const broken = readFileSync(FIXTURE, "utf8").replace("0,271", "0,2y1");
    await section.getByLabel("Fichier CSV").setInputFiles({
      name: "verbruik-januari.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(broken),
    });
    await section.getByRole("button", { name: "Importer le fichier" }).click();
    const refusal = section
      .getByRole("alert")
      .filter({ hasText: "La ligne 60 du fichier ne peut pas être lue." });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Rien n'a été importé\.[\s\S]*pas un nombre/);
    expect(await section.locator(".past-import").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await refusal.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "import-refused", { fullPage: false });

    // No file chosen: said next to the picker, nothing sent.
    await section.getByLabel("Fichier CSV").setInputFiles([]);
    await section.getByRole("button", { name: "Importer le fichier" }).click();
    await section.getByText("Choisissez d'abord le fichier.").waitFor();
    expect(errors).toEqual([]);
  });
});

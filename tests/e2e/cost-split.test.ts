import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousingManager } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");
const spaces = (text: string | null) => (text ?? "").replace(/\s/g, " ");

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
    // The table scrolls in its own box; each statement's link is a finger's size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const link = (await section.getByRole("link", { name: "B1" }).boundingBox()) ?? { width: 0, height: 0 };
    expect(Math.min(link.width, link.height)).toBeGreaterThanOrEqual(44);

    // Only E2, whose bedroom allocator was not read in May, is estimated.
    expect(await section.getByText("(estimé)").count()).toBe(1);
    const heading = await section.getByRole("heading", { name: /^Saison du/ }).textContent();
    const endYear = Number(/avril (\d{4})/.exec(heading ?? "")?.[1]);

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
    expect(await seriousAxeViolations(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "cost-split-draft");

    await section.getByRole("button", { name: "Rendre définitive" }).waitFor();
    await section.getByRole("link", { name: "B1" }).click();
    await page.getByRole("heading", { level: 1, name: "Décompte des frais de chauffage" }).waitFor();
    await page
      .getByText(new RegExp(`^Logement B1\\s: du 01/10/${endYear - 1} au 30/04/${endYear}\\.$`))
      .waitFor();
    await page.getByText(/^Total à payer\s:\s[\d\s]+,\d\d\s€\.$/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    await saveScreenshot(page, "cost-split-statement-print");
    await page.emulateMedia({ media: "screen" });
    expect(errors).toEqual([]);
  });
});

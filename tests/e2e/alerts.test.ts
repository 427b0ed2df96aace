import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousingManager } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

/**
 * Logis Démo's housing manager (seeds/demo-buildings.ts): Cité du Parc's old boiler heated all last
 * summer, so the checks open a summer-heating alert; the manager reads it on the building's page and
 * in the list, says they saw it, then closes it with a note.
 */
describe.skipIf(!baseUrl)("a housing manager deals with a building alert", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    await signInHousingManager(browser.page, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sees the summer heating on the building's page, with what was seen and why it matters", async () => {
    const { page, errors } = browser;
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).click();
    await page.getByRole("table").getByRole("link", { name: "Cité du Parc" }).click();
    await page.getByRole("heading", { level: 1, name: "Cité du Parc" }).waitFor();
    const section = page.getByRole("region", { name: "Alertes" });
    const card = section.getByRole("listitem").filter({ hasText: "Chauffage en été" });
    await card
      .getByText(/^En juin, juillet et août \d{4}, le bâtiment a consommé [\d\s ]+ kWh, alors que/)
      .waitFor();
    await card.getByText(/Vérifiez l'arrêt d'été et la régulation de la chaudière\.$/).waitFor();
    await card.getByText("Nouvelle", { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "alerts-building");
    expect(errors).toEqual([]);
  });

  it("acknowledges it in the alerts list, then closes it with a note", async () => {
    const { page, errors } = browser;
    const seeAll = page.getByRole("link", { name: "Voir toutes les alertes" });
    expect((await seeAll.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await seeAll.click();
    await page.getByRole("heading", { level: 1, name: "Alertes" }).waitFor();
    const card = page
      .getByRole("listitem")
      .filter({ hasText: "Chauffage en été" })
      .filter({ hasText: "Cité du Parc" });
    await card.getByText(/le bâtiment a consommé/).waitFor();
    // Right under the page's h1, each alert's title is an h2 (axe's heading-order).
    await card.getByRole("heading", { level: 2, name: /^Chauffage en été/ }).waitFor();
    expect(await page.locator("main h3").count()).toBe(0);
    expect(
      ((await page.getByRole("link", { name: "← Les bâtiments" }).boundingBox())?.height ?? 0) >= 44,
    ).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "alerts-list");

    await card.getByRole("button", { name: "J'ai vu" }).click();
    await card.getByText(/^Vue le /).waitFor();
    expect(await card.getByRole("button", { name: "J'ai vu" }).count()).toBe(0);

    await card.getByText("Clôturer", { exact: true }).click();
    await card
      .getByLabel("Ce qui a été fait (facultatif)")
      .fill("Arrêt d'été de la chaudière remis en place.");
    await card.getByRole("button", { name: "Clôturer l'alerte" }).click();
    await card.getByText(/^Clôturée le /).waitFor();
    await card.getByText("Note : Arrêt d'été de la chaudière remis en place.").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "alerts-closed");

    // Closed, it leaves the alerts to deal with and shows among the closed ones.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Alertes" }).waitFor();
    await page.getByLabel("Afficher").waitFor();
    await page.getByText("Chargement…").waitFor({ state: "detached" });
    expect(await page.getByRole("listitem").filter({ hasText: "Cité du Parc" }).count()).toBe(0);
    await page.getByLabel("Afficher").selectOption("closed");
    await page
      .getByRole("listitem")
      .filter({ hasText: "Chauffage en été" })
      .getByText(/^Clôturée le /)
      .waitFor();
    expect(errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInCoordinator } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

// Every row added here starts in 2031 or later, so that the demo households' costs (other test
// files read them) stay what they were.

describe.skipIf(!baseUrl)("the coordinator's settings", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the demo tariffs by energy, labelled as demo values", async () => {
    const { page, errors } = browser;
    await signInCoordinator(page, baseUrl);
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Réglages" }).click();
    await page.getByRole("heading", { level: 1, name: "Réglages" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Électricité" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Gaz" }).waitFor();

    const electricity = page.getByRole("listitem").filter({ hasText: "Électricité 2025–2026" }).first();
    const text = await electricity.innerText();
    expect(text).toContain("Valeurs de démonstration");
    expect(text).toMatch(/Depuis le 1er\sjanvier 2025, sans date de fin/);
    expect(text).toMatch(/Jour\s+0,32 € par kWh/);
    expect(text).toMatch(/Renvoyée au réseau\s+-0,03 € par kWh/);
    expect(text).toMatch(/Frais fixes\s+130 € par an/);
    expect(text).toMatch(/TVA\s+6 %, ajoutée aux prix/);
    const social = page.getByRole("listitem").filter({ hasText: "Tarif social gaz" });
    expect(await social.innerText()).toMatch(/Tarif social[\s\S]*comprise dans les prix/);
    const past = page.getByRole("listitem").filter({ hasText: "Gaz 2024" });
    expect(await past.innerText()).toMatch(/Terminé[\s\S]*Du 1er\sjanvier 2024 au 31 décembre 2024/);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "settings-first-screen", { fullPage: false });
    await saveScreenshot(page, "settings-tariffs");
    expect(errors).toEqual([]);
  });

  it("adds a tariff, saying next to each field what to fix, then closes, edits and deletes it", async () => {
    const { page, errors } = browser;
    await page.getByText("Ajouter un tarif").click();
    const form = page.locator("details").filter({ hasText: "Ajouter un tarif" }).locator("form");
    await form.getByLabel("Énergie").selectOption({ label: "Gaz" });
    await form.getByLabel("Nom du tarif").fill("Gaz 2031 (essai)");
    await form.getByLabel("Valable à partir du").fill("2031-01-01");
    await form.getByLabel("Prix mono-horaire").fill("0,O9");
    await form.getByRole("button", { name: "Ajouter le tarif" }).click();

    // The form's own check: the letter O typed for a zero, said next to the price, focus there.
    const price = form.getByLabel("Prix mono-horaire");
    await form.getByText("Écrivez un nombre, par exemple 0,29.").waitFor();
    expect(await price.getAttribute("aria-invalid")).toBe("true");
    // The focus moves after the error is drawn: wait for it rather than read it a frame early.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("name") === "pricesEurPerUnit.single",
    );

    // The server's check: an end before the start, in its own words next to the field.
    await price.fill("0,09");
    await form.getByLabel("Dernier jour de validité (facultatif)").fill("2030-12-31");
    await form.getByRole("button", { name: "Ajouter le tarif" }).click();
    await form.getByText("La fin de validité doit venir après le début.").waitFor();
    // Focus moves to the field once the error is drawn, a frame after the text may appear.
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "validTo");
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "validTo");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "settings-tariff-errors", { fullPage: false });

    await form.getByLabel("Dernier jour de validité (facultatif)").fill("");
    await form.getByLabel("Frais fixes (€ par an)").fill("95,5");
    await form.getByRole("button", { name: "Ajouter le tarif" }).click();
    await page.getByRole("status").filter({ hasText: "Tarif ajouté : Gaz 2031 (essai)." }).waitFor();
    const card = page.getByRole("listitem").filter({ hasText: "Gaz 2031 (essai)" });
    expect(await card.innerText()).toMatch(/Prix\s+0,09 € par kWh[\s\S]*95,50 € par an/);
    expect(await card.innerText()).not.toContain("Valeurs de démonstration");

    await card.getByRole("button", { name: "Clôturer : Gaz 2031 (essai)" }).click();
    await card.getByLabel("Dernier jour de ce tarif").fill("2031-06-30");
    await card.getByRole("button", { name: "Clôturer le tarif" }).click();
    await card.getByText(/Du 1er\sjanvier 2031 au 30 juin 2031/).waitFor();

    await card.getByRole("button", { name: "Modifier : Gaz 2031 (essai)" }).click();
    await card.getByLabel("Prix mono-horaire").fill("0,0875");
    await card.getByLabel("Tarif social (seulement pour les clients protégés)").check();
    await saveScreenshot(page, "settings-tariff-edit");
    await card.getByRole("button", { name: "Enregistrer les changements" }).click();
    await card.getByText(/0,0875 € par kWh/).waitFor();
    expect(await card.innerText()).toContain("Tarif social");

    await card.getByRole("button", { name: "Supprimer : Gaz 2031 (essai)" }).click();
    await card.getByText(/Supprimer « Gaz 2031 \(essai\) » \?/).waitFor();
    await card.getByRole("button", { name: "Oui, supprimer" }).click();
    await card.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });

  it("adds a gas calorific value and a CO₂ factor with its source", async () => {
    const { page, errors } = browser;
    await page.getByText("Ajouter un pouvoir calorifique").click();
    const calorific = page.locator("details").filter({ hasText: "Ajouter un pouvoir calorifique" });
    await calorific.getByLabel("Type de gaz").selectOption({ label: "Gaz L (pauvre)" });
    await calorific.getByLabel("kWh par m³").fill("10,25");
    await calorific.getByLabel("Valable à partir du").fill("2031-01-01");
    await calorific.getByRole("button", { name: "Ajouter la valeur" }).click();
    const value = page.getByRole("listitem").filter({ hasText: "10,25 kWh par m³" });
    await value.waitFor();
    expect(await value.innerText()).toMatch(/Gaz L \(pauvre\)[\s\S]*Depuis le 1er\sjanvier 2031/);

    await page.getByText("Ajouter un facteur CO₂").click();
    const co2 = page.locator("details").filter({ hasText: "Ajouter un facteur CO₂" });
    await co2.getByLabel("Énergie").selectOption({ label: "Électricité" });
    await co2.getByLabel("kg de CO₂ par kWh").fill("2,5");
    await co2.getByLabel("Source", { exact: true }).fill("Essai de l'équipe, 2031");
    await co2.getByLabel("Convention", { exact: true }).fill("Moyenne du mix fourni");
    await co2.getByLabel("Valable à partir du (facultatif)").fill("2031-01-01");
    await co2.getByRole("button", { name: "Ajouter le facteur" }).click();
    // Above the API's bound: its message, next to the field.
    const field = co2.getByLabel("kg de CO₂ par kWh");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    await field.fill("0,21");
    await co2.getByRole("button", { name: "Ajouter le facteur" }).click();
    const factor = page.getByRole("listitem").filter({ hasText: "0,21 kg de CO₂ par kWh" });
    await factor.waitFor();
    expect(await factor.innerText()).toContain("Essai de l'équipe, 2031");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "settings-factors");
    expect(errors).toEqual([]);
  });

  it("is in Dutch too", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: /^NL/ }).click();
    await page.getByRole("heading", { level: 1, name: "Instellingen" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Tarieven" }).waitFor();
    await page.getByText("Demowaarden").first().waitFor();
    // Dutch writes the euro sign before the amount: « € 0,32 per kWh », « € 130 per jaar ».
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/€\s0,32 per kWh/);
    expect(text).toMatch(/€\s130 per jaar/);
    expect(text).not.toMatch(/\d\s€ per/);
    await saveScreenshot(page, "settings-nl");
    await page.getByRole("button", { name: /^FR/ }).click();
    await page.getByRole("heading", { level: 1, name: "Réglages" }).waitFor();
  });
});

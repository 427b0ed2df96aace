import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { frenchNumber, previousIndex, signInHousehold } from "./household-session.ts";

const baseUrl = inject("browserBaseUrl");

describe.skipIf(!baseUrl)("Ma consommation and the euros after a reading", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a household sees its months beside last year's, in kWh then in euros, a missing tariff said in words", async () => {
    const { page, errors } = browser;
    // Electricity is priced by a demo tariff, heating oil by its deliveries; water has no demo tariff.
    await signInHousehold(page, baseUrl, "DEMO-03");
    await page.getByRole("link", { name: /Ma consommation/ }).click();
    await page.getByRole("heading", { level: 1, name: "Ma consommation" }).waitFor();
    const electricity = page.getByRole("region", { name: /Électricité/ });
    const chart = electricity.getByRole("img", { name: /Électricité en kWh, mois par mois/ });
    await chart.waitFor();
    await page.waitForFunction(() => {
      const canvas = document.querySelector("canvas");
      return canvas !== null && canvas.width > 0 && canvas.height > 0;
    });
    expect(await page.getByRole("radio", { name: "kWh" }).isChecked()).toBe(true);
    // The home heats with oil, read on its gauge: its litres between two readings follow the cold.
    await expect(page.getByRole("region", { name: /Mazout/ }).innerText()).resolves.toContain(
      "Entre deux relevés, les jours froids comptent plus que les jours doux",
    );
    await expect(electricity.innerText()).resolves.not.toContain("les jours froids comptent plus");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "consumption-kwh");

    await page.getByText("euros", { exact: true }).click();
    await electricity.getByRole("img", { name: /Électricité en €/ }).waitFor();
    await electricity.getByRole("button", { name: "Voir les chiffres" }).click();
    const table = electricity.getByRole("table", { name: "Électricité, en €" });
    await table.waitFor();
    const januaryCells = await table
      .getByRole("row", { name: /^janvier/ })
      .getByRole("cell")
      .allInnerTexts();
    for (const cell of januaryCells) expect(cell).toMatch(/^\d+(,\d\d)?\s€/);

    // Heating oil in euros: what the household paid for its deliveries, said under the title.
    const oil = page.getByRole("region", { name: /Mazout/ });
    await oil.getByRole("img", { name: /Mazout en €/ }).waitFor();
    await expect(oil.innerText()).resolves.toContain("Coût calculé avec le prix moyen de vos livraisons.");
    expect(await oil.innerText()).not.toContain("tarif manquant");

    const water = page.getByRole("region", { name: /Eau/ });
    // Its adviser (a CPAS's household is always followed) can add the tariff.
    await expect(water.innerText()).resolves.toContain(
      "Le prix n'est pas connu : tarif manquant. Votre conseiller peut l'ajouter.",
    );
    expect(await water.getByRole("img").count()).toBe(0);
    expect(await water.innerText()).not.toMatch(/0,00\s€/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "consumption-euros");

    // On paper: no buttons, every table unfolded.
    await page.getByText("kWh", { exact: true }).click();
    await page.getByRole("img", { name: /Eau en m³/ }).waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Voir les chiffres" }).first().isVisible()).toBe(false);
    expect(await page.getByRole("radio", { name: "kWh" }).isVisible()).toBe(false);
    expect(await page.getByRole("table", { name: "Eau, en m³" }).isVisible()).toBe(true);
    await saveScreenshot(page, "consumption-print");
    await page.emulateMedia({ media: "screen" });
    expect(errors).toEqual([]);
  });

  it("after a reading, says what it cost, per day, and how it compares with last year", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-05");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /^Gaz \(m³\)/ }).click();
    const field = page.getByLabel(/Index du compteur/);
    await field.waitFor();
    const previous = await previousIndex(page, /Index du compteur/);
    await field.fill(frenchNumber(Math.round((previous + 61.3) * 10) / 10));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const feedback = page.getByRole("region", { name: "C'est enregistré." });
    await feedback.waitFor();
    const money = feedback.getByRole("status");
    await money.getByText(/^Cela fait environ/).waitFor();
    const text = await money.innerText();
    expect(text).toMatch(/Cela fait environ [\d\s\u202f,]+\s€, soit [\d,]+\s€ par jour\./);
    expect(text).toMatch(/En énergie : environ [\d\s\u202f]+\skWh\./);
    expect(text).toMatch(
      /C'est \d+\s% de (moins|plus) par jour que l'an dernier|à peu près comme l'an dernier/,
    );
    expect(text).not.toContain("Bientôt");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "consumption-feedback-euros");
    expect(errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";

const baseUrl = inject("browserBaseUrl");

describe.skipIf(!baseUrl)("an adviser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs in and sees the households of the CPAS", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/login`);
    await page.getByRole("link", { name: /Je suis un professionnel/ }).click();
    await page.getByLabel("Adresse e-mail").fill("conseil1@cpas.demo.example");
    await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();

    await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
    await page.getByText("Famille Soleil", { exact: true }).waitFor();
    expect(await page.getByText("CPAS de Démoville").count()).toBe(1);
    // Meter names are typed by staff: read in the team's language (French here).
    const names = page
      .getByRole("list", { name: "Derniers relevés" })
      .first()
      .locator(".summary-name [lang]");
    expect(await names.first().getAttribute("lang")).toBe("fr");
    await page.waitForFunction((title) => document.title === title, "Les ménages – Eco-watchers");
    await saveScreenshot(page, "adviser-households-first-screen", { fullPage: false });
  });

  it("creates a household and is shown its code and PIN once", async () => {
    const { page, errors } = browser;
    await page.getByText("Ajouter un ménage").click();
    await page.getByLabel("Nom affiché").fill("Famille Peuplier");
    await page.getByRole("button", { name: "Créer le ménage" }).click();

    const card = page.getByRole("region", { name: "Le ménage est créé" });
    await card.waitFor();
    const code = await card.locator("dd").nth(0).innerText();
    const pin = await card.locator("dd").nth(1).innerText();
    expect(code).toMatch(/^[A-Z0-9-]{3,20}$/);
    expect(pin).toMatch(/^\d{4,8}$/);
    await page.getByRole("listitem").filter({ hasText: "Famille Peuplier" }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "adviser-household-created");

    // Printed, the card is all there is on the sheet.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(false);
    await saveScreenshot(page, "adviser-household-card-print");
    await page.emulateMedia({ media: "screen" });
    expect(errors).toEqual([]);
  });

  it("gives a household a new PIN after confirming", async () => {
    const { page } = browser;
    const item = page.getByRole("listitem").filter({ hasText: "Famille Peuplier" });
    await item.getByRole("button", { name: "Nouveau code PIN" }).click();
    await item.getByRole("button", { name: "Oui, nouveau code PIN" }).click();
    const card = item.getByRole("region", { name: "Nouveau code PIN" });
    await card.waitFor();
    expect(await card.locator("dd").nth(1).innerText()).toMatch(/^\d{4,8}$/);
  });
});

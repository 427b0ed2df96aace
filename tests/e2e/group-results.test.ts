import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";

const baseUrl = inject("browserBaseUrl");

/** The demo CPAS runs "Les Économes de Démoville" with its ten households (seeds/demo-groups.ts). */
describe.skipIf(!baseUrl)("the group's results", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(`${baseUrl}/login`);
    await page.getByRole("link", { name: /Je suis un professionnel/ }).click();
    await page.getByLabel("Adresse e-mail").fill("conseil1@cpas.demo.example");
    await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("link", { name: "Groupes" }).first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an adviser sees the dashboard: savings with their margin, points of attention, each household", async () => {
    const { page, errors } = browser;
    // From the groups list to the group, then its dashboard, as an adviser would go.
    await page.getByRole("link", { name: "Groupes" }).click();
    await page.getByRole("link", { name: "Les Économes de Démoville" }).click();
    await page.getByRole("heading", { level: 1, name: "Les Économes de Démoville" }).waitFor();
    await page.getByRole("link", { name: "Tableau de bord du groupe" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Tableau de bord – Les Économes de Démoville" })
      .waitFor();
    await page.getByText(/^6 séances tenues, 1 prévue$/).waitFor();
    await page.getByText(/^Présence aux séances\s: \d+\s%$/).waitFor();
    await page
      .getByRole("region", { name: "Économies du groupe à météo égale" })
      // Saved, used more, or inside its margin, depending on the day the demo was seeded.
      .getByText(
        /^Gaz\s: (.+ kWh (économisés|consommés en plus) \(± .+ kWh\)|pas de différence mesurable .+)$/,
      )
      .waitFor();
    const attention = page.getByRole("region", { name: "Points d'attention" });
    await attention.getByText(/Madame Tilleul — .*logement froid ou humide/).waitFor();
    await attention.getByText(/Monsieur Rivière — .*au-delà du plafond/).waitFor();
    // The demo's readings are a month old on the 1st: on time, as on the households list.
    expect(await attention.getByText(/relevé/).count()).toBe(0);
    const households = page.getByRole("region", { name: "Les ménages" });
    await households
      .getByText(/^Gaz\s: \d+\s% économisés à météo égale$/)
      .first()
      .waitFor();
    await households.getByRole("link", { name: "Dossier de Famille Soleil" }).waitFor();
    // Monsieur Rivière's oil figure lies inside its margin: the group card's words, not a saving.
    await households
      .getByRole("listitem")
      .filter({ hasText: "Monsieur Rivière" })
      .getByText(/^Mazout\s: pas de différence mesurable \(.+ kWh, marge ± .+ kWh\)$/)
      .waitFor();
    await households
      .getByText(/^Gestes\s: 1 fait, 1 prévu$/)
      .first()
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "group-results-dashboard");
    expect(errors).toEqual([]);
  });

  it("the programme report chooses its period, prints plainly and downloads as CSV", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: "Rapport du programme" }).click();
    await page.getByRole("heading", { level: 1, name: "Rapport du programme" }).waitFor();
    const today = new Date();
    const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), 1))
      .toISOString()
      .slice(0, 10);
    // Up to yesterday: the groups journey, sharing this server, may plan a session for today.
    const brusselsToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(
      new Date(),
    );
    const yesterday = new Date(Date.parse(brusselsToday) - 86_400_000).toISOString().slice(0, 10);
    await page.getByRole("textbox", { name: "Du" }).fill(yearAgo);
    await page.getByRole("textbox", { name: "Au" }).fill(yesterday);
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.getByText(new RegExp(`^Période\\s: du 1er\\s\\S+ ${yearAgo.slice(0, 4)} au`)).waitFor();
    const figures = page.locator(".report");
    await figures.getByText("Ménages suivis").waitFor();
    expect(await figures.locator(".report-row", { hasText: "Séances tenues" }).textContent()).toBe(
      "Séances tenues6",
    );
    await figures.getByText("Service social du CPAS").waitFor();
    await figures.getByText(/^Cible\s: ≥ 75 %$/).waitFor();
    await figures.getByText("Chaque ménage connaît ses droits au tarif social").waitFor();
    // The heating objective: a change of use, signed as its target « −10 % » is, from heating energies.
    await figures
      .getByText(
        /^Mesuré\s: [-+]?[\d,]+\s% de consommation de chauffage à météo égale — (Pas atteint|Atteint)$/,
      )
      .waitFor();
    await figures.getByText(/^Gaz \(7 ménages\)\s: /).waitFor();
    expect(await figures.getByText(/^Électricité \(10 ménages\)/).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "group-results-report");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger (CSV pour Excel)" }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^rapport-programme-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );

    // The print layout, at the width of an A4 sheet (210 mm at 96 dpi): no header, no buttons.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Afficher" }).isVisible()).toBe(false);
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    await saveScreenshot(page, "group-results-report-print");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(errors).toEqual([]);
  });
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";

const baseUrl = inject("browserBaseUrl");

/** The 1st of the month twelve months ago: the demo's two years of readings give an `ok` verdict. */
function twelveMonthsBack(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12, 1)).toISOString().slice(0, 10);
}

/** Waits until every canvas on the page has been drawn by chart.js. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll("canvas")];
    return canvases.length > 0 && canvases.every((c) => c.width > 0 && c.height > 0);
  });
}

// "Environ 120 € économisés…", "… un peu plus (moins) qu'attendu…" or "… à peu près autant qu'attendu…".
const SENTENCE = /économisés depuis le|un peu (plus|moins) qu'attendu|à peu près autant qu'attendu/;

describe.skipIf(!baseUrl)("Mes économies", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a household sees its savings since a date, with the chart, the demo weather and the method", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-01");
    const gasAsked: string[] = [];
    page.on("request", (request) => {
      if (/\/savings\?energy=gas/.test(request.url())) gasAsked.push(request.url());
    });
    await page.getByRole("link", { name: /Mes économies/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mes économies" }).waitFor();
    const start = page.getByRole("textbox", { name: "Depuis le" });
    expect(await start.inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
    const gas = page.getByRole("region", { name: "Gaz" });
    await gas.getByText("normales (démo)", { exact: false }).waitFor();
    await start.fill(twelveMonthsBack());

    await gas.getByText(SENTENCE).waitFor();
    await gas.getByText("normales (démo)", { exact: false }).waitFor();
    await gas.getByRole("img", { name: /Gaz : kWh par jour selon les degrés-jours par jour/ }).waitFor();
    await page.getByRole("region", { name: "Électricité" }).getByText(SENTENCE).waitFor();
    // Gas asked twice: once to learn the joining day (that answer fills the card), once for the new date.
    expect(gasAsked).toHaveLength(2);
    expect(await page.getByRole("region", { name: "Eau" }).count()).toBe(0);
    await chartsDrawn(page);

    await gas.getByRole("button", { name: "Voir les chiffres" }).click();
    const table = gas.getByRole("table", { name: "Gaz : consommation par période" });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBeGreaterThan(20);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "savings-household");

    await page.getByRole("link", { name: "Comment c'est calculé ?" }).click();
    await page.getByRole("heading", { level: 1, name: "Comment c'est calculé ?" }).waitFor();
    await page
      .getByText(/9 chances sur 10/)
      .first()
      .waitFor();
    await page.getByText(/Avoir froid pour économiser n'est pas une réussite/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "savings-method");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    expect(errors).toEqual([]);
  });

  it("says honestly what is missing, with no number, when the year before lacks readings", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/economies`);
    const start = page.getByRole("textbox", { name: "Depuis le" });
    await start.waitFor();
    // The demo's readings begin about two years ago: a start 22 months back leaves a short baseline.
    const now = new Date();
    await start.fill(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 22, 1)).toISOString().slice(0, 10),
    );
    const gas = page.getByRole("region", { name: "Gaz" });
    await gas
      .getByText(/Il faut des relevés sur au moins 11 mois avant le .*: il en manque encore \d+ mois\./)
      .waitFor();
    await gas.getByText("Votre conseiller peut les reprendre de vos factures.").waitFor();
    expect(await gas.innerText()).not.toMatch(/€|kWh/);
    expect(await gas.getByRole("img").count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "savings-insufficient");
    expect(errors).toEqual([]);
  });

  it("a household sees the year's bill and records a comfort check-in, with errors next to the fields", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/economies`);
    const bill = page.getByRole("region", { name: "Ma facture de l'année" });
    await bill
      .getByText(/^Coût de l'année, sur la facture de septembre\s: environ [\d\s\u202f]+0\s€\./)
      .waitFor();
    await bill.getByText(/Sur l'année, vos acomptes \([\d\s\u202f]+\s€\/mois\) font/).waitFor();
    await bill.getByText(/Un acompte de [\d\s\u202f]+\s€\/mois couvrirait l'année\./).waitFor();
    expect(await bill.innerText()).not.toMatch(/null|NaN|undefined/);

    const comfort = page.getByRole("region", { name: "Comment ça va à la maison ?" });
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Brussels" });
    expect(await comfort.getByRole("textbox", { name: "Date" }).inputValue()).toBe(today);
    const indoor = comfort.getByRole("textbox", { name: /Température à l'intérieur/ });
    // Nothing noted: the adviser would get a blank line, so the form says what to note.
    await comfort.getByRole("button", { name: "Enregistrer" }).click();
    await comfort.getByText("Notez au moins la température, l'humidité ou si vous avez eu froid.").waitFor();
    expect(await indoor.getAttribute("aria-invalid")).toBe("true");
    await indoor.fill("45");
    await comfort.getByRole("textbox", { name: /Humidité/ }).fill("62");
    await comfort.getByRole("button", { name: "Enregistrer" }).click();
    await comfort.getByText("Écrivez une température entre 0 et 40 °C, par exemple 19,5.").waitFor();
    expect(await indoor.getAttribute("aria-invalid")).toBe("true");
    await indoor.fill("17,5");
    await comfort.getByRole("checkbox", { name: "J'ai eu froid" }).check();
    await comfort.getByRole("button", { name: "Enregistrer" }).click();
    await comfort.getByText(/^Relevé du .* enregistré\. Merci\s!$/).waitFor();
    // Having been cold, the household's own saving is now worded gently.
    await page
      .getByRole("region", { name: "Gaz" })
      .getByText(/Si ces économies viennent d'avoir eu froid, ce n'est pas une réussite/)
      .waitFor();
    expect(await indoor.inputValue()).toBe("");
    // The check-in is listed with the ones before it, the latest first.
    const history = comfort.getByRole("list", { name: "Relevés des 12 derniers mois" });
    const latest = history.getByRole("listitem").first();
    await latest.getByText(/17,5/).waitFor();
    expect(await latest.innerText()).toMatch(/\s:\s17,5\s°C · humidité 62\s% · j'ai eu froid$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "savings-bill-comfort");
    expect(errors).toEqual([]);
  });

  it("an adviser sees the same for a household, its heating oil valued at what its deliveries cost", async () => {
    const { page, errors } = browser;
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login`);
    await page.getByRole("link", { name: /Je suis un professionnel/ }).click();
    await page.getByLabel("Adresse e-mail").fill("conseil1@cpas.demo.example");
    await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("link", { name: "Monsieur Rivière" }).click();
    await page.getByRole("heading", { level: 1, name: "Monsieur Rivière" }).waitFor();
    await page.getByRole("link", { name: /Économies/ }).click();
    await page.getByRole("heading", { level: 1, name: "Économies — Monsieur Rivière" }).waitFor();
    await page.getByRole("textbox", { name: "Depuis le" }).fill(twelveMonthsBack());

    // Heating oil has no demo tariff: its euros are at the average price of its priced deliveries,
    // which the adviser is asked to check.
    const oil = page.getByRole("region", { name: "Mazout" });
    await oil.getByText(SENTENCE).waitFor();
    await oil
      .getByText(/^Euros au prix moyen des livraisons notées par le ménage\s: un prix mal tapé les fausse\.$/)
      .waitFor();
    expect(await oil.innerText()).not.toContain("tarif manquant");
    await oil.getByText(/^Référence\s: .* par jour \+ .* par degré-jour/).waitFor();
    await oil.getByText("normales (démo)", { exact: false }).waitFor();
    const electricity = page.getByRole("region", { name: "Électricité" });
    await electricity.getByText(SENTENCE).waitFor();
    await chartsDrawn(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "savings-adviser");
    expect(errors).toEqual([]);
  });

  it("an adviser sees the points of attention, and a gentle warning above the savings of a cold home", async () => {
    const { page, errors } = browser;
    // The adviser is still signed in; Famille Soleil (DEMO-01) said above that it felt cold.
    await page.goto(`${baseUrl}/`);
    await page.getByRole("link", { name: "Famille Soleil" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Soleil" }).waitFor();
    await page.getByRole("link", { name: /Économies/ }).click();
    await page.getByRole("heading", { level: 1, name: "Économies — Famille Soleil" }).waitFor();
    await page.getByRole("textbox", { name: "Depuis le" }).fill(twelveMonthsBack());

    const panel = page.getByRole("region", { name: "Points d'attention" });
    await panel.getByText(/^Privation de chauffage\s: non évaluable|^Gaz\s: /).waitFor();
    await panel.getByText(/^Confort\s: \d+ relevé\(s\) ces 12 derniers mois/).waitFor();
    await panel
      .getByText(/^Le .*\s: moins de 18\s°C, a eu froid$/)
      .first()
      .waitFor();
    const gas = page.getByRole("region", { name: "Gaz" });
    await gas.getByText(SENTENCE).waitFor();
    await gas
      .getByText(/^Ces économies peuvent venir de privations\s: à vérifier avec le ménage\.$/)
      .waitFor();
    await page
      .getByRole("region", { name: "La facture de l'année" })
      .getByText(/Coût de l'année, sur la facture de/)
      .waitFor();
    await page.getByRole("region", { name: "Noter un relevé de confort" }).waitFor();
    await chartsDrawn(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "savings-adviser-attention");
    expect(errors).toEqual([]);
  });
});

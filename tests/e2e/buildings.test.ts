import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousingManager } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

/**
 * Logis Démo's housing manager (seeds/demo-buildings.ts): Résidence Les Tilleuls had its walls and
 * windows redone two winters ago (22 % less gas since), Cité du Parc's boiler is being replaced,
 * Les Jardins' controls were changed two months ago.
 */
describe.skipIf(!baseUrl)("a housing manager follows the company's buildings", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    await signInHousingManager(browser.page, baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens the portfolio, filters it and imports a CSV of buildings", async () => {
    const { page, errors } = browser;
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Bâtiments" }).click();
    await page.getByRole("heading", { level: 1, name: "Bâtiments" }).waitFor();
    const table = page.getByRole("table");
    await table.getByRole("link", { name: "Résidence Les Tilleuls" }).waitFor();
    await table.getByRole("link", { name: "Cité du Parc" }).waitFor();
    // Les Peupliers is heated with oil, the others with gas: their kWh are not counted alike.
    const fuelNote = page.getByText(
      /^Gaz et mazout\s: pour la même chaleur, un bâtiment au gaz affiche environ 10\s% de kWh en plus\./,
    );
    await fuelNote.waitFor();
    expect(await fuelNote.textContent()).toMatch(
      /gaz est compté comme sur la facture \(pouvoir calorifique supérieur\), le mazout et les pellets au pouvoir calorifique inférieur\.$/,
    );
    expect(await table.getAttribute("aria-describedby")).toBe(await fuelNote.getAttribute("id"));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "buildings-portfolio");
    await fuelNote.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "buildings-portfolio-fuel-note", { fullPage: false });

    // Herstal has one building, on a heat network: no gas beside oil, no note.
    await page.getByLabel("Commune").selectOption("Herstal");
    await page.getByRole("heading", { level: 2, name: /^Bâtiments\s: 1 sur \d+$/ }).waitFor();
    await table.getByRole("link", { name: "Les Jardins" }).waitFor();
    expect(await fuelNote.count()).toBe(0);
    await page.getByLabel("Commune").selectOption("");
    await page.getByLabel("Rechercher").fill("tilleuls");
    await page.getByRole("heading", { level: 2, name: /^Bâtiments\s: 1 sur \d+$/ }).waitFor();
    await page.getByLabel("Rechercher").fill("");

    // Sorting by name puts the buildings in alphabetical order, and says so in the caption.
    await table.getByRole("button", { name: /Bâtiment/ }).click();
    await page.getByText("Bâtiments par nom").waitFor();
    const names = await table.locator("tbody th a").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "fr")));

    await page.getByText("Importer des bâtiments ou des logements (CSV)").click();
    const csv = [
      "code bâtiment;nom;adresse;code postal;commune;surface chauffée m²;nombre de logements;chauffage",
      "LD-E2E;Résidence du Test;Rue du Test 1;4000;Liège;1200;12;chaudière gaz",
    ].join("\n");
    await page
      .getByLabel("Fichier CSV")
      .setInputFiles({ name: "batiments.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Importer" }).click();
    // Added the first time this server sees it, already there afterwards.
    await page
      .getByText(/^Lignes lues\s: 1\. Ajoutées\s: [01], modifiées\s: 0, déjà à jour\s: [01]\.$/)
      .waitFor();
    await table.getByRole("link", { name: "Résidence du Test" }).waitFor();

    // Scrolled sideways on a phone, the name column and its header stay in view, above the others.
    const scroller = page.locator(".portfolio-scroll");
    await scroller.evaluate((box) => box.scrollTo({ left: 250 }));
    const [boxLeft, headerLeft, nameLeft] = await Promise.all(
      [scroller, table.locator("thead th").first(), table.locator("tbody th").first()].map(
        async (l) => (await l.boundingBox())?.x ?? Number.NaN,
      ),
    );
    expect(Math.abs((headerLeft as number) - (boxLeft as number))).toBeLessThan(2);
    expect(Math.abs((nameLeft as number) - (boxLeft as number))).toBeLessThan(2);
    await saveScreenshot(page, "buildings-portfolio-scrolled", { fullPage: false });
    await scroller.evaluate((box) => box.scrollTo({ left: 0 }));

    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, "buildings-portfolio-desktop");
    await page.setViewportSize({ width: 360, height: 740 });
    expect(errors).toEqual([]);
  });

  it("opens a renovated building and reads what its works saved", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: "Résidence Les Tilleuls" }).click();
    await page.getByRole("heading", { level: 1, name: "Résidence Les Tilleuls" }).waitFor();
    await page.getByText("Rue des Tilleuls 12, 4020 Liège").waitFor();
    await page.getByText("Chaudière gaz", { exact: true }).first().waitFor();
    const works = page.getByRole("region", { name: "Travaux" });
    await works
      .getByRole("heading", { name: "Châssis – Isolation des façades et nouveaux châssis" })
      .waitFor();
    const headline = works.locator(".renovation-headline");
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(
      /^Environ (1[5-9]|2\d)\s% de moins qu'avant les travaux, entre \d+\s% et \d+\s%\.$/,
    );
    await works.getByText(/^Mesuré du .+ \(\d+ mois\), à météo égale/).waitFor();
    const meters = page.getByRole("region", { name: "Compteurs" });
    await meters.getByText(/^Dernier relevé\s: [\d\s {2}]+ m³, le /).waitFor();
    expect(await meters.getByRole("link", { name: "Encoder un relevé" }).getAttribute("href")).toMatch(
      /^\/compteurs\/[0-9a-f-]{36}$/,
    );
    const dwellings = page.getByRole("region", { name: "Logements" });
    await dwellings.getByText("A1", { exact: true }).waitFor();
    await dwellings.getByText("Changer le ménage du logement A1").click();
    await dwellings.getByLabel("Ménage qui habite ce logement").first().waitFor();

    // The chart ends on the last month whose readings are all in, not on one still waiting for its reading.
    const buildingId = page.url().split("/").at(-1) as string;
    const indicators = await page.request.get(`${baseUrl}/api/buildings/${buildingId}/indicators`);
    const figures = (await indicators.json()) as {
      monthly: Array<{ month: string; status: string }>;
      partialMonths: string[];
    };
    expect(figures.monthly.at(-1)?.status).toMatch(/^(measured|estimated)$/);
    const [year, month] = (figures.monthly.at(-1)?.month ?? "").split("-").map(Number);
    const lastMonthName = new Date(Date.UTC(year as number, (month as number) - 1, 1)).toLocaleDateString(
      "fr-BE",
      {
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      },
    );
    await page
      .getByRole("region", { name: "Consommation", exact: true })
      .getByText(new RegExp(`mois par mois, de .+ à ${lastMonthName.replace(".", "\\.")}$`))
      .waitFor();
    // The chart's description speaks of the works shaded on it; no month is pale, so not of pale bars.
    expect(figures.partialMonths).toEqual([]);
    const chart = page
      .getByRole("region", { name: "Consommation", exact: true })
      .getByRole("img", { name: /^Consommation par m² de chaque mois/ });
    expect(await chart.getAttribute("aria-label")).toBe(
      "Consommation par m² de chaque mois. Les périodes de travaux sont en bleu.",
    );

    await works.getByText("Voir la signature énergétique").click();
    await works.locator("canvas").waitFor();
    await works.getByText("Après les travaux (Isolation des façades et nouveaux châssis)").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Nothing widens the phone's page: the wide tables scroll in their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const survey = page.getByRole("region", { name: "Réponses mois par mois" });
    expect(await survey.evaluate((box) => getComputedStyle(box).overflowX)).toBe("auto");
    expect(
      ((await page.getByRole("link", { name: "← Tous les bâtiments" }).boundingBox())?.height ?? 0) >= 44,
    ).toBe(true);
    await saveScreenshot(page, "buildings-renovated");
    await page.setViewportSize({ width: 1280, height: 800 });
    await saveScreenshot(page, "buildings-renovated-desktop");
    await page.setViewportSize({ width: 360, height: 740 });

    // The boiler's next reading goes through the usual reading page.
    await meters.getByRole("link", { name: "Encoder un relevé" }).click();
    await page.getByRole("heading", { level: 1, name: "Chaudière gaz" }).waitFor();
    await page.getByRole("link", { name: "← Le bâtiment" }).click();
    await page.getByRole("heading", { level: 1, name: "Résidence Les Tilleuls" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("says when works are under way or too recent, and records new works", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: "← Tous les bâtiments" }).click();
    await page.getByRole("link", { name: "Les Jardins" }).click();
    await page.getByRole("heading", { level: 1, name: "Les Jardins" }).waitFor();
    await page
      .getByText(/^Pas encore assez de données\s: encore \d+ mois de relevés après les travaux\.$/)
      .waitFor();

    await page.getByRole("link", { name: "← Tous les bâtiments" }).click();
    await page.getByRole("link", { name: "Cité du Parc" }).click();
    await page.getByRole("heading", { level: 1, name: "Cité du Parc" }).waitFor();
    await page.getByText("Le résultat sera calculé après la fin des travaux.").first().waitFor();
    // Its boiler heated in summer (an alert says so, against hot water and losses): the yearly
    // signature's base load, raised by that heating, is not called "without heating" beside it.
    const signature = page
      .getByRole("region", { name: "Consommation", exact: true })
      .getByText(/^Signature énergétique, sur l'année/);
    await signature.waitFor();
    const said = (await signature.textContent()) ?? "";
    expect(said).toMatch(/s'il a tourné en été\./);
    expect(said).not.toMatch(/sans chauffage/);
    await signature.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "buildings-signature", { fullPage: false });

    await page.getByText("Ajouter des travaux").click();
    const form = page.locator("details").filter({ hasText: "Ajouter des travaux" }).locator("form");
    await form.getByLabel("Type de travaux").selectOption("roof");
    await form.getByLabel("Description").fill("Isolation de la toiture");
    await form.getByLabel("Début des travaux").fill("2026-05-01");
    await form.getByLabel("Fin des travaux").fill("2026-04-01");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await form.getByText("La fin des travaux ne peut pas venir avant leur début.").first().waitFor();
    await form.getByLabel("Fin des travaux").fill("");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("heading", { name: "Toiture – Isolation de la toiture" }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "buildings-works");
    expect(errors).toEqual([]);
  });

  it("describes the chart of a building without works nor partial months by its bars alone", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: "← Tous les bâtiments" }).click();
    await page.getByRole("link", { name: "Les Hêtres" }).click();
    await page.getByRole("heading", { level: 1, name: "Les Hêtres" }).waitFor();
    const buildingId = page.url().split("/").at(-1) as string;
    const [indicators, events] = await Promise.all([
      page.request.get(`${baseUrl}/api/buildings/${buildingId}/indicators`).then((r) => r.json()),
      page.request.get(`${baseUrl}/api/buildings/${buildingId}/events`).then((r) => r.json()),
    ]);
    expect((indicators as { partialMonths: string[] }).partialMonths).toEqual([]);
    expect(events).toEqual([]);
    const chart = page
      .getByRole("region", { name: "Consommation", exact: true })
      .getByRole("img", { name: /^Consommation par m² de chaque mois/ });
    expect(await chart.getAttribute("aria-label")).toBe("Consommation par m² de chaque mois.");
    expect(errors).toEqual([]);
  });

  it("answers a mistyped address with the plain not-found words, not a form's field error", async () => {
    const { page, errors } = browser;
    for (const path of ["/menages/x", "/batiments/x"]) {
      await page.goto(`${baseUrl}${path}`);
      const alert = page.getByRole("alert").filter({ hasText: "Introuvable." });
      await alert.waitFor();
      expect(await alert.innerText()).toContain("Cet élément n'existe pas ou vous n'y avez pas accès.");
      expect(await page.getByText(/UUID|Certains champs/).count()).toBe(0);
    }
    await saveScreenshot(page, "buildings-mistyped-address", { fullPage: false });
    // The browser logs the 404 answers it was given; nothing else went wrong.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});

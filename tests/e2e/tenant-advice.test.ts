import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";

const baseUrl = inject("browserBaseUrl");
const spaces = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/** The page's own words (not the menu's), for what a tenant must never be promised. */
const mainText = async (page: Page) => spaces(await page.locator("main").innerText());

/** A call of the API with the signed-in household's cookie; throws with the problem when refused. */
async function api<T>(page: Page, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const res = await page.request.fetch(`${baseUrl}${path}`, { method, data });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

const brusselsDay = (date: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(date);

/**
 * A tenant of Logis Démo's Cité du Parc (LOGIS-D1, seeds/demo-tenant-logins.ts) is in no Eco-watchers
 * group and no adviser follows it: its savings, the method, Mon groupe and the tips send it to its
 * housing company or to what it can do itself, never to an adviser or a kit it does not have. Its
 * heating cost statement, opened from its building's page, says that last season's bill went to the
 * 12 dwellings on file of the building's 24. Ma consommation asks its company for a missing tariff.
 */
describe.skipIf(!baseUrl)("a tenant no adviser follows", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    await signInHousehold(browser.page, baseUrl, "LOGIS-D1");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reads Mes économies and the method without an adviser or a kit", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: /Mes économies/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mes économies" }).waitFor();
    await page
      .getByText(
        "Choisissez le jour à partir duquel comparer, par exemple un changement chez vous ou la fin de travaux dans l'immeuble.",
      )
      .waitFor();
    const comfort = page.getByRole("region", { name: "Comment ça va à la maison ?" });
    await comfort
      .getByText(
        "Notez la température chez vous, et l'humidité si votre thermomètre l'indique. Vos relevés s'affichent plus bas.",
      )
      .waitFor();
    const bill = page.getByRole("region", { name: "Ma facture de l'année" });
    await bill.locator("p").first().waitFor();
    // Every card has its answer, the bill's notes included.
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll("[role=status]")].some((el) => el.textContent?.includes("Chargement")),
    );
    const text = await mainText(page);
    expect(text).not.toMatch(/conseiller|du kit/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "tenant-advice-savings");

    await page.getByRole("link", { name: "Comment c'est calculé ?" }).click();
    await page.getByRole("heading", { level: 1, name: "Comment c'est calculé ?" }).waitFor();
    await page
      .getByText(
        "Il faut des relevés sur au moins 11 mois pendant l'année avant la date de départ. Vous pouvez les noter vous-même à partir de vos anciennes factures.",
      )
      .waitFor();
    await page.getByText(/Si vous avez froid chez vous, dites-le à votre société de logement\.$/).waitFor();
    expect(await mainText(page)).not.toMatch(/conseiller/);
    await saveScreenshot(page, "tenant-advice-method");
    expect(errors).toEqual([]);
  });

  it("is told on Mon groupe to ask its housing company, and offered no trick to share with nobody", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/mon-groupe`);
    await page.getByText("Vous ne faites partie d'aucun groupe Eco-watchers.").waitFor();
    await page
      .getByText(
        "Votre société de logement peut vous dire s'il y en a un près de chez vous. En attendant, les conseils ci-dessous sont pour vous.",
      )
      .waitFor();
    expect(await mainText(page)).not.toMatch(/conseiller/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "tenant-advice-my-group", { fullPage: false });

    await page.getByRole("link", { name: /Les conseils/ }).click();
    await page.getByRole("heading", { level: 1, name: "Conseils" }).waitFor();
    await page.getByText(/^\d+ conseils$/).waitFor();
    // Its trick would go to an adviser it does not have: the form is not offered.
    expect(await page.getByText("Partager mon astuce").count()).toBe(0);
    // (Tips may say a CPAS "peut vous conseiller": the verb, not a person promised.)
    expect(await mainText(page)).not.toMatch(/votre conseiller/);
    expect(errors).toEqual([]);
  });

  it("opens its heating cost statement from its building's page and reads the split's coverage", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/mon-batiment`);
    const statements = page.getByRole("region", { name: "Mes décomptes de chauffage" });
    const link = statements.getByRole("link", { name: /^Saison du 1er octobre \d{4} au 30 avril \d{4}/ });
    expect(spaces(await link.textContent())).toMatch(/ — logement D1 : [\d ]+,\d\d €$/);
    expect(((await link.boundingBox())?.height ?? 0) >= 44).toBe(true);
    await statements.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-advice-statements", { fullPage: false });
    await link.click();
    await page.getByRole("heading", { level: 1, name: "Décompte des frais de chauffage" }).waitFor();
    const note = page.locator(".cost-statement .split-coverage");
    expect(spaces(await note.textContent())).toMatch(
      /^Ce partage ne porte que sur 12 des 24 logements du bâtiment, les seuls enregistrés \(836 m² sur 2 400 m²\)\. Toute la facture de 21 480,60 € est partagée entre ces 12 logements\. Si cette facture est celle du chauffage de tout le bâtiment, les ménages de ces logements paient peut-être aussi une part pour les autres logements\. Pour toute question, adressez-vous à la société de logement\.$/,
    );
    // Said before the lines whose figures it weighs on.
    const [noteBox, linesBox] = [
      await note.boundingBox(),
      await page.locator(".cost-statement-lines").boundingBox(),
    ];
    expect((noteBox?.y ?? Number.POSITIVE_INFINITY) < (linesBox?.y ?? 0)).toBe(true);
    await page.getByText(/^Total à payer\s:\s[\d\s]+,\d\d\s€\.$/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "tenant-advice-statement");

    // On paper too.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    try {
      expect(await note.isVisible()).toBe(true);
      await saveScreenshot(page, "tenant-advice-statement-print");
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 360, height: 740 });
    }
    expect(errors).toEqual([]);
  });

  it("is told on Ma consommation that its housing company can add a missing tariff", async () => {
    const { page, errors } = browser;
    // Logis Démo has no tariff: a water meter of its own, read once, has its m³ but no euros.
    const { householdId } = await api<{ householdId: string }>(page, "GET", "/api/me");
    const meter = await api<{ id: string }>(page, "POST", `/api/households/${householdId}/meters`, {
      kind: "water",
      name: "Eau",
      startedAt: brusselsDay(new Date(Date.now() - 60 * 86_400_000)),
      startIndex: 100,
      clientId: randomUUID(),
    });
    await api(page, "POST", `/api/meters/${meter.id}/readings`, {
      readAt: brusselsDay(new Date()),
      value: 112.5,
      clientId: randomUUID(),
    });
    await page.goto(`${baseUrl}/consommation`);
    await page.getByRole("heading", { level: 1, name: "Ma consommation" }).waitFor();
    const water = page.getByRole("region", { name: /Eau/ });
    await water.getByRole("img", { name: /Eau en m³/ }).waitFor();
    await page.getByText("euros", { exact: true }).click();
    await water
      .getByText(
        "Le prix n'est pas connu : tarif manquant. Votre société de logement peut l'ajouter. Choisissez « kWh » ou « unité du compteur » pour voir votre consommation.",
      )
      .waitFor();
    expect(await mainText(page)).not.toMatch(/conseiller/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await water.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-advice-consumption", { fullPage: false });

    // The euros after its next reading say the same.
    await page.goto(`${baseUrl}/compteurs/${meter.id}`);
    await page.getByRole("heading", { level: 1, name: "Eau" }).waitFor();
    await page.getByLabel(/Index du compteur/).fill("113,5");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const feedback = page.getByRole("region", { name: "C'est enregistré." });
    await feedback
      .getByText(
        "Le prix en euros n'est pas connu : tarif manquant. Votre société de logement peut l'ajouter.",
      )
      .waitFor();
    expect(await mainText(page)).not.toMatch(/conseiller/);
    expect(errors).toEqual([]);
  });
});

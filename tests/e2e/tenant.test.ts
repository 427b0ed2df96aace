import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";
import { signInHousingManager } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

/** A call of the API with the signed-in person's cookie; throws with the problem when refused. */
async function api<T>(page: Page, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const res = await page.request.fetch(`${baseUrl}${path}`, { method, data });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The month this survey week counts in, as the table heads it ("déc. 2026"): that of its Thursday. */
function monthOfThisWeek(): string {
  const today = new Date(`${brusselsDay(new Date())}T00:00:00Z`);
  const thursday = new Date(today.getTime() + (3 - ((today.getUTCDay() + 6) % 7)) * 86_400_000);
  return new Intl.DateTimeFormat("fr-BE", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    thursday,
  );
}

const brusselsDay = (date: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(date);

/**
 * A tenant of Logis Démo's Cité du Parc (LOGIS-C1, seeds/demo-tenant-logins.ts) opens its building's
 * page, answers this week's comfort survey and a consultation the housing manager opened for this
 * test (its own title, so that no other test's answers count), and the manager sees the survey
 * aggregated and the consultation's result. The comment and the title carry a random mark: the
 * shared server keeps what other tests and earlier runs wrote.
 */
describe.skipIf(!baseUrl)("a tenant takes part in its building's life", () => {
  let manager: Browser;
  let tenant: Browser;
  let buildingId: string;
  const mark = randomUUID().slice(0, 8);
  const title = `Horaire du chauffage ${mark}`;
  const comment = `Le radiateur de la chambre est froid le matin (${mark})`;

  beforeAll(async () => {
    manager = await openBrowser();
    const { page } = manager;
    await signInHousingManager(page, baseUrl);
    const portfolio = await api<{ buildings: Array<{ id: string; code: string }> }>(
      page,
      "GET",
      "/api/buildings/portfolio?q=LD-002",
    );
    buildingId = portfolio.buildings.find((b) => b.code === "LD-002")?.id as string;
    const closesOn = brusselsDay(new Date(Date.now() + 7 * 86_400_000));
    await api(page, "POST", `/api/buildings/${buildingId}/consultations`, {
      title,
      question: "À quelle heure le chauffage doit-il démarrer le matin ?",
      closesOn,
      status: "open",
      options: [
        {
          label: "À 6 heures",
          explanation: "Le logement est chaud quand vous vous levez tôt.",
          costText: "Un peu plus cher",
          comfortText: "Chaud dès le lever",
          costEurPerDwellingPerYear: 18,
        },
        {
          label: "À 7 heures",
          explanation: "Comme aujourd'hui.",
          costText: "Pas de changement",
          comfortText: "Frais avant 7 heures",
        },
      ],
    });
    tenant = await openBrowser();
  });
  afterAll(async () => {
    await tenant?.close();
    await manager?.close();
  });

  it("opens its building's page from its home and reads it in plain words", async () => {
    const { page, errors } = tenant;
    await signInHousehold(page, baseUrl, "LOGIS-C1");
    const door = page.getByRole("link", { name: /Mon bâtiment/ });
    // Its building first among the doors, and its housing company (not an adviser) to ask.
    const doors = await page.locator("a.big-door .choice-title").allTextContents();
    expect(doors[0]).toBe("Mon bâtiment");
    await page.getByText("Une question ? Parlez-en à votre société de logement.").waitFor();
    // What it shares is said for a tenant: its company, and the heating meters the split needs anyway.
    const sharing = page.getByRole("region", { name: "Ce que je partage" });
    await sharing.getByText(/^Avec ma société de logement\s:\selle voit ma fiche/).waitFor();
    await sharing.getByText(/restent visibles pour ma société de logement dans tous les cas/).waitFor();
    await page
      .getByText("Pour faire effacer vos données, demandez-le à votre société de logement.")
      .waitFor();
    await door.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-home-door", { fullPage: false });
    await door.click();
    await page.getByRole("heading", { level: 1, name: "Cité du Parc" }).waitFor();
    await page.getByText("Votre logement : C1").waitFor();
    const heating = page.getByRole("region", { name: "Le chauffage de l'immeuble" });
    expect(await heating.locator("p").count()).toBeGreaterThan(0);
    await page
      .getByRole("region", { name: "Les travaux" })
      .getByRole("heading", { name: "En cours" })
      .waitFor();
    await page
      .getByRole("region", { name: "Conseils pour le chauffage collectif" })
      .getByText("Ne couvrez pas les radiateurs")
      .waitFor();
    // Each tip shows a marker that it opens (▸, then ▾ once open), and the page fits the phone.
    const tip = page.locator(".tenant-tip").first();
    const marker = () => tip.locator("summary").evaluate((s) => getComputedStyle(s, "::before").content);
    expect(await marker()).toContain("▸");
    await tip.locator("summary").click();
    expect(await marker()).toContain("▾");
    await tip.locator("summary").click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(((await page.getByRole("link", { name: "← Accueil" }).boundingBox())?.height ?? 0) >= 44).toBe(
      true,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "tenant-building", { fullPage: false });
    await saveScreenshot(page, "tenant-building-full");
    expect(errors).toEqual([]);
  });

  it("answers this week's comfort survey with words, problems and a comment", async () => {
    const { page, errors } = tenant;
    const survey = page.getByRole("region", { name: "Avez-vous eu assez chaud cette semaine ?" });
    await survey.getByRole("radio", { name: "Un peu froid" }).check();
    await survey.getByRole("checkbox", { name: "Un radiateur reste froid" }).check();
    await survey.getByLabel("Un mot en plus ? (facultatif)").fill(comment);
    await survey.getByRole("button", { name: /ma réponse$/ }).click();
    await survey
      .getByText("Merci ! Votre réponse de cette semaine est enregistrée.", { exact: false })
      .waitFor();
    await survey.getByRole("button", { name: "Changer ma réponse" }).waitFor();
    await survey.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-survey-answered", { fullPage: false });
    expect(errors).toEqual([]);
  });

  it("answers the consultation: one big choice per option, explained", async () => {
    const { page, errors } = tenant;
    const card = page.getByRole("article", { name: title });
    await card.getByText("Environ 18,00 € par logement et par an.").waitFor();
    await card.getByRole("radio", { name: /^À 6 heures/ }).check();
    await card.getByRole("button", { name: "Envoyer mon choix" }).click();
    await card.getByText("Votre choix : À 6 heures.", { exact: false }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-consultation-answered", { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("lets the manager see the survey aggregated, without names, and the consultation's result", async () => {
    const { page, errors } = manager;
    await page.goto(`${baseUrl}/batiments/${buildingId}`);
    const survey = page.getByRole("region", { name: "Confort des locataires" });
    await survey.getByText(comment).waitFor();
    expect(await survey.getByText("Locataire C1").count()).toBe(0);
    // This week counts in the month of its Thursday.
    const row = survey.getByRole("row", { name: new RegExp(`^${monthOfThisWeek()}`) });
    expect(Number(await row.locator("td").first().textContent())).toBeGreaterThanOrEqual(1);
    const consultations = page.getByRole("region", { name: "Consultations des locataires" });
    const card = consultations.getByRole("article", { name: new RegExp(title) });
    const chosen = card.getByRole("row", { name: /À 6 heures/ });
    expect(await chosen.locator("td").first().textContent()).toBe("1");
    await survey.locator("table").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-manager-survey", { fullPage: false });
    await card.getByRole("button", { name: "Clôturer maintenant" }).click();
    await card.getByText("Clôturée").waitFor();
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "tenant-manager-consultation", { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows the tenant the result once closed", async () => {
    const { page, errors } = tenant;
    await page.reload();
    const card = page.getByRole("article", { name: title });
    await card.getByRole("heading", { name: "Résultat" }).waitFor();
    await card.getByText("À 6 heures : 100 % (1)").waitFor();
    await card.getByText("Votre logement a choisi : À 6 heures.").waitFor();
    expect(errors).toEqual([]);
  });

  it("hears the manager's words in French when it reads the page in Dutch", async () => {
    const { page, errors } = tenant;
    /** The language a screen reader reads this text in: that of its nearest `lang`. */
    const langOf = (text: string | RegExp) =>
      page
        .getByText(text)
        .first()
        .evaluate((el) => el.closest("[lang]")?.getAttribute("lang"));
    try {
      await page.getByRole("button", { name: "NL Nederlands" }).click();
      await page.getByRole("heading", { level: 2, name: "Uw mening over de projecten" }).waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("nl");
      const card = page.getByRole("article", { name: title });
      await card.getByRole("heading", { name: "Resultaat" }).waitFor();
      // The consultation as the manager wrote it: French, amid the page's Dutch.
      expect(await langOf(title)).toBe("fr");
      expect(await langOf("À quelle heure le chauffage doit-il démarrer le matin ?")).toBe("fr");
      expect(await langOf("Le logement est chaud quand vous vous levez tôt.")).toBe("fr");
      const chosen = card.getByText(/^Uw woning koos: À 6 heures\.$/);
      expect(await chosen.evaluate((el) => el.closest("[lang]")?.getAttribute("lang"))).toBe("nl");
      expect(await chosen.getByText("À 6 heures").getAttribute("lang")).toBe("fr");
      // A tip of the library has its Dutch text: Dutch, as the page.
      expect(await langOf("Dek de radiatoren niet af")).toBe("nl");
      expect(await seriousAxeViolations(page)).toEqual([]);
      await card.scrollIntoViewIfNeeded();
      await saveScreenshot(page, "tenant-consultation-nl", { fullPage: false });
    } finally {
      // The account keeps the language: back to French for the other tests signing in as C1.
      await page.getByRole("button", { name: "FR Français" }).click();
      await page.getByRole("heading", { level: 2, name: "Votre avis sur les projets" }).waitFor();
    }
    expect(errors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInAdviser } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

// The browser server is shared with other test files (and may hold a demo group): this file makes
// its own group, with a name nobody else uses, and keeps it planned so that households already in
// a running group may still join it.
const GROUP = `Les Lucioles ${Math.random().toString(36).slice(2, 7)}`;
// Two demo households no other browser test reads the group or savings of.
const CODES: Record<string, string> = { "Madame Tilleul": "DEMO-02", "Monsieur Châtaigne": "DEMO-10" };
const HOUSEHOLDS = Object.keys(CODES);

const brusselsToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());

describe.skipIf(!baseUrl)("an adviser runs an Eco-watchers group", () => {
  let browser: Browser;
  let sessionUrl = "";
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates a group, saying next to each field what to fix", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Groupes" }).click();
    await page.getByRole("heading", { level: 1, name: "Groupes Eco-watchers" }).waitFor();
    await page.getByText("Nouveau groupe").click();
    const form = page.locator("details").filter({ hasText: "Nouveau groupe" }).locator("form");

    await form.getByRole("button", { name: "Créer le groupe" }).click();
    await form.getByText("Ce champ est à remplir.").first().waitFor();
    expect(await form.getByLabel("Nom du groupe").getAttribute("aria-invalid")).toBe("true");

    const today = brusselsToday();
    await form.getByLabel("Nom du groupe").fill(GROUP);
    await form.getByLabel("Lieu des séances").fill("Maison de quartier, rue Haute 12");
    await form.getByLabel("Date de début").fill(`${today.slice(0, 7)}-01`);
    await form.getByLabel("Date de fin").fill("2020-06-30");
    await form
      .getByLabel("Partenaires")
      .fill("Association d'éducation à l'énergie\nConseillère énergie de la commune");
    await form.getByLabel("Objectif 1", { exact: true }).fill("Présence aux séances");
    await form.getByLabel("Cible de l'objectif 1").fill("75 % ou plus");
    await form.getByRole("button", { name: "Créer le groupe" }).click();
    // The server's refusal, in its words, next to the end date.
    await form.getByText("La fin du groupe ne peut pas précéder son début.").waitFor();

    await form.getByLabel("Date de fin").fill(`${Number(today.slice(0, 4)) + 1}-06-30`);
    await form.getByRole("button", { name: "Créer le groupe" }).click();
    await page.getByRole("heading", { level: 1, name: GROUP }).waitFor();
    await page.getByText("Présence aux séances — cible : 75 % ou plus").waitFor();
    await page.getByText("Conseillère énergie de la commune", { exact: true }).waitFor();
    expect(await page.getByText("Prévu", { exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("adds two households of the CPAS with their joining date", async () => {
    const { page, errors } = browser;
    await page.getByText("Ajouter un ménage").click();
    const form = page.locator("details").filter({ hasText: "Ajouter un ménage" }).locator("form");
    for (const name of HOUSEHOLDS) {
      await form.getByLabel("Ménage").selectOption({ label: `${name} (${CODES[name]})` });
      await form.getByRole("button", { name: "Ajouter au groupe" }).click();
      await page.getByText(`${name} fait partie du groupe.`).waitFor();
    }
    await page.getByRole("heading", { level: 2, name: "Les ménages (2)" }).waitFor();
    const member = page.getByRole("listitem").filter({ hasText: HOUSEHOLDS[0] });
    expect(await member.innerText()).toMatch(/Dans le groupe depuis le/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "groups-group-page");
    expect(errors).toEqual([]);
  });

  it("plans a session on a theme not covered yet, with tips from the library", async () => {
    const { page, errors } = browser;
    await page.getByText("Planifier une séance").click();
    const form = page.locator("details").filter({ hasText: "Planifier une séance" }).locator("form");
    // A new group has covered nothing: every theme is proposed, heating first and chosen.
    const heating = form.getByRole("radio", { name: "Le chauffage — pas encore abordé" });
    expect(await heating.isChecked()).toBe(true);
    await form.getByLabel("Heure").fill("09:30");
    const tips = form.locator(".tip-picker").getByRole("checkbox");
    await tips.first().waitFor();
    await tips.nth(0).check();
    await tips.nth(1).check();
    await form.getByLabel("Déroulé").fill("Tour de table\nLe thermostat\nQuestions");
    await form.getByLabel("Intervenants invités").fill("Julie, conseillère énergie de la commune");
    await saveScreenshot(page, "groups-plan-session");
    await form.getByRole("button", { name: "Planifier la séance" }).click();

    await page.getByRole("heading", { level: 1, name: /^Séance du / }).waitFor();
    sessionUrl = page.url();
    await page.getByText("Intervenants : Julie, conseillère énergie de la commune").waitFor();
    expect(await page.locator(".session-theme").innerText()).toBe("Le chauffage");
    expect(await page.getByRole("heading", { name: "Astuces abordées" }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("prints the handout: the tips and a reading card per household", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: "Fiche à imprimer" }).click();
    await page.getByRole("heading", { level: 1, name: "Séance : Le chauffage" }).waitFor();
    for (const name of HOUSEHOLDS) {
      const card = page.getByRole("article", { name });
      await card.waitFor();
      expect(await card.innerText()).toMatch(/Dernier index\s:\s[\d\s.,]+\s\(le /);
    }
    expect(await page.locator(".handout-tip").count()).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The print layout, at the width of an A4 sheet (210 mm at 96 dpi).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    await saveScreenshot(page, "groups-handout-print");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(errors).toEqual([]);
  });

  it("takes attendance with one tap per household, saved at once", async () => {
    const { page, errors } = browser;
    await page.getByRole("link", { name: "← Retour à la séance" }).click();
    await page.getByRole("heading", { name: "Présences" }).waitFor();
    const row = (name: string) => page.getByRole("group", { name });
    await row(HOUSEHOLDS[0] as string)
      .getByRole("radio", { name: "Présent" })
      .click();
    await page.getByText(`Enregistré : ${HOUSEHOLDS[0]}, Présent.`).waitFor();
    await row(HOUSEHOLDS[1] as string)
      .getByRole("radio", { name: "Excusé" })
      .click();
    await page.getByText(`Enregistré : ${HOUSEHOLDS[1]}, Excusé.`).waitFor();
    await page.getByText("Présents : 1, excusés : 1, absents : 0 (sur 2 ménages)").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "groups-attendance");

    // Saved on the server: a fresh load shows the same choices.
    await page.reload();
    await page.getByRole("heading", { name: "Présences" }).waitFor();
    expect(
      await row(HOUSEHOLDS[0] as string)
        .getByRole("radio", { name: "Présent" })
        .isChecked(),
    ).toBe(true);
    expect(
      await row(HOUSEHOLDS[1] as string)
        .getByRole("radio", { name: "Excusé" })
        .isChecked(),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it("writes down a household's trick and publishes it to the group", async () => {
    const { page, errors } = browser;
    await page.getByText("Noter l'astuce d'un ménage").click();
    const form = page.locator("details").filter({ hasText: "Noter l'astuce d'un ménage" }).locator("form");
    await form.getByLabel("Ménage qui la partage").selectOption({ label: HOUSEHOLDS[0] as string });
    await form.getByLabel("L'astuce, dans ses mots").fill("Je ferme les volets dès qu'il fait noir.");
    await form.getByRole("button", { name: "Noter l'astuce" }).click();
    const tip = page.getByRole("listitem").filter({ hasText: "Je ferme les volets" });
    await tip.getByText("visible par l'équipe seulement", { exact: false }).waitFor();
    await tip.getByRole("button", { name: "Publier au groupe" }).click();
    await tip.getByText("publiée au groupe", { exact: false }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("reads comfortably on a desktop screen", async () => {
    const { page, errors } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/groupes`);
    const card = page.getByRole("listitem").filter({ hasText: GROUP });
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Ménages\s:\s2/);
    await card.getByRole("link", { name: GROUP }).click();
    await page.getByRole("heading", { level: 1, name: GROUP }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "groups-group-page-desktop");
    await page.goto(sessionUrl);
    await page.getByRole("heading", { name: "Présences" }).waitFor();
    await saveScreenshot(page, "groups-session-desktop");
    await page.setViewportSize({ width: 360, height: 740 });
    expect(errors).toEqual([]);
  });

  it("closes the group, which then reads only", async () => {
    const { page, errors } = browser;
    // Links on their own line are as tall as a button on a phone (≥ 44 px), not a line of text.
    const heightOf = async (link: ReturnType<typeof page.getByRole>) =>
      (await link.boundingBox())?.height ?? 0;
    expect(await heightOf(page.getByRole("link", { name: `← Groupe ${GROUP}` }))).toBeGreaterThanOrEqual(44);
    await page.getByRole("link", { name: `← Groupe ${GROUP}` }).click();
    await page.getByRole("heading", { level: 1, name: GROUP }).waitFor();
    expect(await heightOf(page.getByRole("link", { name: "← Tous les groupes" }))).toBeGreaterThanOrEqual(44);
    expect(await heightOf(page.locator(".session-card").first().getByRole("link"))).toBeGreaterThanOrEqual(
      44,
    );
    // Each member's leaving is an action to take, named as one.
    expect(await page.getByRole("button", { name: "Retirer du groupe…" }).count()).toBe(HOUSEHOLDS.length);
    await page.getByRole("button", { name: "Clôturer le groupe" }).click();
    await page.getByRole("button", { name: "Oui, clôturer" }).click();
    await page.getByText("Ce groupe est clôturé : on peut le consulter, plus le modifier.").waitFor();
    expect(await page.getByText("Ajouter un ménage").count()).toBe(0);
    expect(await page.getByText("Planifier une séance").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Retirer du groupe…" }).count()).toBe(0);
    await page.goto(sessionUrl);
    await page.getByRole("heading", { name: "Présences" }).waitFor();
    // The attendance stays readable, as text: no choice to tap any more.
    expect(await page.getByRole("radio").count()).toBe(0);
    expect(await page.getByRole("listitem").filter({ hasText: HOUSEHOLDS[0] }).innerText()).toMatch(
      /Présent/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

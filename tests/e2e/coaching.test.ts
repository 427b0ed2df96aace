import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";
import { signInAdviser, signInCoordinator } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

// Other test files share this server: everything here is made by this file (its own households and
// group, a kit item of its own), so it passes whether or not the demo has a group.
const KIT_ITEM = "Pommeau de douche économique (essai)";

/** A call of the API with the signed-in person's cookie; throws with the problem when refused. */
async function api<T>(page: Page, method: "GET" | "POST", path: string, data?: unknown): Promise<T> {
  const res = await page.request.fetch(`${baseUrl}${path}`, { method, data });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

const brusselsDay = (date: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(date);

interface Created {
  household: { id: string; code: string };
  pin: string;
}

describe.skipIf(!baseUrl)("coaching: records of a household, its group, the tips", () => {
  let browser: Browser;
  let member: Created;
  let loner: Created;
  let tipIds: string[];
  const groupName = `Les Lucioles ${Date.now() % 10000}`;

  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the coordinator sets the kit cap and catalogue, and adds a tip of the organisation", async () => {
    const { page, errors } = browser;
    await signInCoordinator(page, baseUrl);
    await page.goto(`${baseUrl}/parametres`);
    const kit = page.getByRole("region", { name: "Kit économies d'énergie" });
    await kit.getByLabel("Plafond par ménage, en euros").fill("300");
    await kit.getByRole("button", { name: "Enregistrer le plafond" }).click();
    await kit.getByText(/Plafond par ménage\s*:\s*300,00\s*€/).waitFor();
    await kit.getByLabel("Nom de l'objet").fill(KIT_ITEM);
    await kit.getByLabel("Prix à la pièce, en euros").fill("120");
    await kit.getByRole("button", { name: "Ajouter au catalogue" }).click();
    await kit
      .getByRole("listitem")
      .filter({ hasText: KIT_ITEM })
      .getByText(/120,00\s*€/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await kit.screenshot({ path: "tests/e2e/screenshots/coaching-kit-settings.png" });

    await page.goto(`${baseUrl}/conseils`);
    await page.getByRole("heading", { level: 1, name: "Conseils" }).waitFor();
    await page.getByText("Ajouter un conseil de notre organisation").click();
    await page.getByLabel("Titre").fill("Fermer les volets le soir");
    await page
      .getByLabel("Explication")
      .fill("Des volets fermés dès la nuit tombée gardent la chaleur dedans.");
    await page.getByRole("button", { name: "Ajouter le conseil" }).click();
    const ours = page.getByRole("listitem").filter({ hasText: "Fermer les volets le soir" });
    await ours.getByText("Conseil de notre organisation").waitFor();
    expect(errors).toEqual([]);
  });

  it("the adviser records a commitment, kit over the cap, a visit and a referral", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    const today = brusselsDay(new Date());
    const create = (pseudonym: string) =>
      api<Created>(page, "POST", "/api/households", { pseudonym, heatingType: "individual_gas" });
    member = await create("Famille Luciole");
    loner = await create("Famille Seule");
    await api(page, "POST", `/api/households/${member.household.id}/consent`, {
      scope: "adviser",
      granted: true,
    });
    const group = await api<{ id: string }>(page, "POST", "/api/groups", {
      name: groupName,
      startsOn: today,
      status: "running",
    });
    await api(page, "POST", `/api/groups/${group.id}/members`, {
      householdId: member.household.id,
      joinedOn: today,
    });
    await api(page, "POST", `/api/groups/${group.id}/sessions`, {
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      place: "Maison de quartier du Centre",
      theme: "hot_water",
    });
    const tips = await api<{ id: string; text: { fr?: { title: string } } }[]>(
      page,
      "GET",
      "/api/tips?heatingType=individual_gas&category=heating",
    );
    tipIds = tips.slice(0, 2).map((tip) => tip.id);

    await page.goto(`${baseUrl}/menages/${member.household.id}`);
    const coaching = page.getByRole("region", { name: "Accompagnement" });
    await coaching.waitFor();

    const commitments = coaching.getByRole("region", { name: "Engagements" });
    for (const tipId of tipIds) {
      await commitments.getByLabel("Nouvel engagement").selectOption(tipId);
      await commitments.getByRole("button", { name: "Enregistrer l'engagement" }).click();
    }
    await expect.poll(() => commitments.getByText("noté par Karim Conseil").count()).toBe(2);
    expect(await commitments.getByText(/^Prévu depuis le/).count()).toBe(2);

    const kit = coaching.getByRole("region", { name: "Kit remis" });
    const catalogue = await api<{ items: { id: string; name: string }[] }>(page, "GET", "/api/kit-catalogue");
    const item = catalogue.items.find((i) => i.name === KIT_ITEM);
    await kit.getByLabel("Objet remis").selectOption(item?.id ?? "");
    await kit.getByLabel("Quantité").fill("3");
    await kit.getByRole("button", { name: "Enregistrer la remise" }).click();
    await kit
      .getByRole("alert")
      .getByText(/atteindrait 360,00 €, au-delà du plafond de 300,00 €/)
      .waitFor();
    await kit.getByLabel(/Je confirme\s*: enregistrer au-delà du plafond/).check();
    await kit.getByRole("button", { name: "Enregistrer la remise" }).click();
    await kit.getByText("Dépassement du plafond confirmé.").waitFor();
    await kit.getByText(/Total remis\s*: 360,00\s*€ sur un plafond de 300,00\s*€/).waitFor();

    const visits = coaching.getByRole("region", { name: "Visites à domicile" });
    await visits.getByText("Noter une visite").click();
    await visits.getByLabel("Humidité et moisissures").check();
    await visits.getByLabel("Constats").fill("Moisissure derrière l'armoire de la chambre.");
    await visits.getByLabel("À revoir le").fill(brusselsDay(new Date(Date.now() + 30 * 86_400_000)));
    await visits.getByRole("button", { name: "Enregistrer la visite" }).click();
    await visits.getByText("Moisissure derrière l'armoire de la chambre.").waitFor();
    await visits.getByRole("listitem").filter({ hasText: "Humidité et moisissures" }).first().waitFor();

    const referrals = coaching.getByRole("region", { name: "Orientations vers un partenaire" });
    await referrals.getByText("Orienter vers un partenaire").click();
    await referrals.getByLabel("Vers qui").selectOption({ label: "Médiation de dettes" });
    await referrals.getByLabel("Pourquoi").fill("Arriérés de gaz depuis trois mois.");
    await referrals.getByRole("button", { name: "Enregistrer l'orientation" }).click();
    await referrals.getByText("Résultat pas encore connu.").waitFor();
    await referrals.getByRole("button", { name: /Noter le résultat/ }).click();
    await referrals.getByLabel("Résultat", { exact: false }).first().fill("Plan de paiement accepté.");
    await referrals.getByRole("button", { name: "Enregistrer le résultat" }).click();
    await referrals.getByText("Plan de paiement accepté.").waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await coaching.screenshot({ path: "tests/e2e/screenshots/coaching-household-file.png" });
    expect(errors).toEqual([]);
  });

  it("the household sees its group, marks a commitment done and shares a trick", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, member.household.code, { pin: member.pin });
    await page.getByRole("link", { name: /Mon groupe/ }).click();
    await page.getByRole("heading", { level: 1, name: groupName }).waitFor();
    await page.getByText(/Lieu\s*: Maison de quartier du Centre/).waitFor();
    await page.getByText(/Thème\s*: Eau chaude/).waitFor();
    const mine = page.getByRole("region", { name: "Mes engagements" });
    await expect.poll(() => mine.getByRole("listitem").count()).toBe(2);
    await mine
      .getByRole("button", { name: /^C'est fait/ })
      .first()
      .click();
    await mine.getByText(/^Fait le/).waitFor();
    await page.getByText(/Engagements réalisés\s*: 1 sur 2\./).waitFor();
    // A group of one: the mean is withheld, and the page says why.
    await page.getByText(/La moyenne du groupe s'affiche à partir de 3 ménages/).waitFor();
    expect(await page.getByText("Famille Luciole").count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "coaching-my-group");

    await page.getByRole("link", { name: /Les conseils/ }).click();
    await page.getByRole("heading", { level: 1, name: "Conseils" }).waitFor();
    const count = page.getByText(/^\d+ conseils$/);
    const all = Number((await count.innerText()).split(" ")[0]);
    await page.getByLabel("Thème").selectOption({ label: "Eau chaude" });
    await expect.poll(async () => Number((await count.innerText()).split(" ")[0])).toBeLessThan(all);
    expect(await page.getByText("Fermer les volets le soir").count()).toBe(0);
    await page.getByText("Partager mon astuce").click();
    await page
      .getByRole("textbox", { name: "Mon astuce" })
      .fill("Je fais bouillir l'eau des pâtes à la bouilloire.");
    await page.getByRole("button", { name: "Envoyer mon astuce" }).click();
    await page.getByText(/Votre astuce est envoyée à votre conseiller/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, "coaching-tips", { fullPage: false });
    expect(errors).toEqual([]);
  });

  it("a household in no group is told so, with the tips to start with", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, loner.household.code, { pin: loner.pin });
    await page.getByRole("link", { name: /Mon groupe/ }).click();
    await page.getByText("Vous ne faites pas encore partie d'un groupe.").waitFor();
    expect(await page.getByRole("heading", { name: "Mes engagements" }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "coaching-no-group", { fullPage: false });
    expect(errors).toEqual([]);
  });
});

import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";

const baseUrl = inject("browserBaseUrl");
const run = Date.now().toString(36);
const orgName = `CPAS de Testville ${run}`;

async function acceptInvitation(
  page: Page,
  { code, name, email, password }: { code: string; name: string; email: string; password: string },
) {
  await page.goto(`${baseUrl}/invitation?code=${encodeURIComponent(code)}`);
  expect(await page.getByLabel("Code d'invitation").inputValue()).toBe(code);
  await page.getByLabel("Votre nom").fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
}

/** Creates an invitation on the team page and returns its code (a new card replaces the last one). */
async function createInvitation(page: Page, role: string): Promise<string> {
  const code = page.getByRole("region", { name: "Invitation créée" }).locator("dd").first();
  const previous = (await code.count()) ? await code.innerText() : "";
  await page.getByLabel("Rôle").selectOption(role);
  await page.getByRole("button", { name: "Créer l'invitation" }).click();
  await expect
    .poll(async () => ((await code.count()) ? code.innerText() : ""))
    .not.toMatch(new RegExp(`^(${previous})?$`));
  return code.innerText();
}

describe.skipIf(!baseUrl)("opening an organisation and building its team", () => {
  const browsers: Browser[] = [];
  const open = async () => {
    const browser = await openBrowser();
    browsers.push(browser);
    return browser;
  };
  const codes = { coordinator: "", adviser: "", viewer: "" };
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
  });

  it("the platform administrator creates an organisation and invites its coordinator", async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}/login?as=staff`);
    await page.getByLabel("Adresse e-mail").fill("admin@demo.example");
    await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();

    await page.getByLabel("Nom", { exact: true }).fill(orgName);
    await page.getByRole("button", { name: "Créer l'organisation" }).click();
    await page.getByRole("listitem").filter({ hasText: orgName }).waitFor();

    await page.getByLabel("Adresse e-mail (facultatif)").fill(`coord-${run}@test.example`);
    await page.getByRole("button", { name: "Créer l'invitation" }).click();
    const card = page.getByRole("region", { name: "Invitation créée" });
    await card.waitFor();
    codes.coordinator = await card.locator("dd").first().innerText();
    expect(codes.coordinator).toMatch(/^[A-Z0-9-]{4,}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "admin-invitation");
    expect(errors).toEqual([]);
  });

  it("the coordinator joins, then invites an adviser and a viewer", async () => {
    const { page, errors } = await open();
    await acceptInvitation(page, {
      code: codes.coordinator,
      name: "Chloé Coordination",
      email: `coord-${run}@test.example`,
      password: "un-mot-de-passe-long",
    });
    await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
    expect(await page.getByText(orgName).count()).toBe(1);

    await page.getByRole("link", { name: "Équipe" }).click();
    await page.getByRole("heading", { level: 1, name: "Équipe" }).waitFor();
    await page.getByText("Chloé Coordination").waitFor();
    codes.adviser = await createInvitation(page, "adviser");
    await page.getByRole("listitem").filter({ hasText: "Conseil en énergie" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "coordinator-team");
    codes.viewer = await createInvitation(page, "viewer");
    expect(codes.viewer).not.toBe(codes.adviser);
    expect(errors).toEqual([]);
  });

  it("an adviser of the demo CPAS joins too and switches between the two organisations", async () => {
    const { page, errors } = await open();
    await acceptInvitation(page, {
      code: codes.adviser,
      name: "Karim Conseil",
      email: "conseil1@cpas.demo.example",
      password: "ecowatchers-demo",
    });
    await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
    const switcher = page.getByLabel("Organisation", { exact: true });
    expect(await switcher.inputValue()).not.toBe("");
    await page.getByText("Aucun ménage pour l'instant.").waitFor();

    // The copy kept to open the app offline follows the switch.
    const keptOrganisation = () =>
      page.evaluate(() => {
        const kept = sessionStorage.getItem("ecow.me") ?? localStorage.getItem("ecow.me");
        return kept ? JSON.parse(kept).activeOrganisation?.organisationName : null;
      });
    await switcher.selectOption({ label: "CPAS de Démoville" });
    await page.getByText("Famille Soleil", { exact: true }).waitFor();
    expect(await keptOrganisation()).toBe("CPAS de Démoville");
    await saveScreenshot(page, "adviser-two-organisations");
    await switcher.selectOption({ label: orgName });
    await page.getByText("Aucun ménage pour l'instant.").waitFor();
    expect(await keptOrganisation()).toBe(orgName);
    expect(errors).toEqual([]);
  });

  it("a viewer joins and reads the households without changing anything", async () => {
    const { page, errors } = await open();
    await acceptInvitation(page, {
      code: codes.viewer,
      name: "Vera Lecture",
      email: `viewer-${run}@test.example`,
      password: "encore-un-mot-de-passe",
    });
    await page.getByRole("heading", { level: 1, name: "Consultation" }).waitFor();
    await page.getByText("Vous ne pouvez rien modifier.", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Nouveau code PIN" }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "viewer-home");
    expect(errors).toEqual([]);
  });
});

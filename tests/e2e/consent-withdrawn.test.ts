import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";

const baseUrl = inject("browserBaseUrl");

async function signInAdviser(page: Page) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?as=staff`);
  await page.getByLabel("Adresse e-mail").fill("conseil1@cpas.demo.example");
  await page.getByLabel("Mot de passe").fill("ecowatchers-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
}

/** A call with the page's session, as the screens make it. */
async function api<T>(page: Page, method: "POST", path: string, data: unknown): Promise<T> {
  const res = await page.request.fetch(`${baseUrl}${path}`, { method, data });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

describe.skipIf(!baseUrl)("a consent the household withdrew itself", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is given and taken back by the household on its home, then not offered to the adviser to record again", async () => {
    const { page, errors } = browser;
    await signInAdviser(page);
    const created = await api<{ household: { id: string; code: string }; pin: string }>(
      page,
      "POST",
      "/api/households",
      { pseudonym: "Famille Tilleul" },
    );
    const { id, code } = created.household;

    // The household agrees, then takes it back from its own account.
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login?as=household`);
    await page.getByLabel("Code du ménage").fill(code);
    await page.getByLabel("Code PIN", { exact: true }).fill(created.pin);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: /^Bonjour/ }).waitFor();
    const sharing = page.getByRole("region", { name: "Ce que je partage" });
    const withAdviser = sharing.locator(".sharing-choice").filter({ hasText: "Avec mon conseiller" });
    const withGroup = sharing.locator(".sharing-choice").filter({ hasText: "Avec mon groupe" });
    await withAdviser.getByText("Pas partagé.").waitFor();
    await withGroup.getByText("Pas partagé.").waitFor();
    await withAdviser.getByRole("button", { name: "Partager — avec mon conseiller" }).click();
    await withAdviser.getByText(/^Partagé depuis le \d/).waitFor();
    await withGroup.getByText("Pas partagé.").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "household-sharing");
    await withAdviser.getByRole("button", { name: "Ne plus partager — avec mon conseiller" }).click();
    await withAdviser.getByText("Pas partagé.").waitFor();

    await signInAdviser(page);
    await page.goto(`${baseUrl}/menages/${id}`);
    await page.getByRole("heading", { level: 1, name: "Famille Tilleul" }).waitFor();
    await page.getByText("Ce ménage n'a pas (encore) accepté de partager ses données.").waitFor();
    await page.getByText(/Le ménage a retiré lui-même son accord, depuis son propre compte/).waitFor();
    expect(await page.getByRole("button", { name: "Le ménage a donné son accord" }).count()).toBe(0);
    // Nor the usual advice to record the agreement on its page.
    expect(await page.getByText("Demandez-lui son accord").count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "adviser-household-withdrew-consent");
    expect(errors).toEqual([]);
  });
});

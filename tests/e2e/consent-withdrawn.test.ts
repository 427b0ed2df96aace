import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";
import { signInAdviser } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

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
    await signInAdviser(page, baseUrl);
    const created = await api<{ household: { id: string; code: string }; pin: string }>(
      page,
      "POST",
      "/api/households",
      { pseudonym: "Famille Tilleul" },
    );
    const { id, code } = created.household;

    // The household agrees, then takes it back from its own account.
    await signInHousehold(page, baseUrl, code, { pin: created.pin });
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

    await signInAdviser(page, baseUrl);
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

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold, submitHouseholdLogin } from "./household-session.ts";
import { signInAdviser } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

describe.skipIf(!baseUrl)("a household chooses its own PIN", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is told its paper PIN is known, chooses one only it knows, and signs in with it", async () => {
    const { page, errors } = browser;
    await signInAdviser(page, baseUrl);
    const res = await page.request.post(`${baseUrl}/api/households`, {
      data: { pseudonym: "Famille Érable" },
    });
    expect(res.status()).toBe(201);
    const { household, pin } = (await res.json()) as { household: { code: string }; pin: string };

    await signInHousehold(page, baseUrl, household.code, { pin });
    const section = page.getByRole("region", { name: "Mon code PIN" });
    await section.getByText(/donné sur papier : la personne qui vous l'a remis le connaît/).waitFor();
    await section.getByRole("button", { name: "Choisir mon code PIN" }).click();

    // A refusal puts focus on the field to correct, where its message is read, not on the page.
    await section.getByLabel("Code PIN actuel").fill(pin === "9999" ? "9998" : "9999");
    await section.getByLabel("Nouveau code PIN", { exact: true }).fill("4719");
    await section.getByLabel("Nouveau code PIN, encore une fois").fill("4719");
    await section.getByRole("button", { name: "Enregistrer mon code" }).click();
    await section.getByLabel("Code PIN actuel").and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "currentPin");

    await section.getByLabel("Code PIN actuel").fill(pin);
    await section.getByLabel("Nouveau code PIN", { exact: true }).fill("1111");
    await section.getByLabel("Nouveau code PIN, encore une fois").fill("1111");
    await section.getByRole("button", { name: "Enregistrer mon code" }).click();
    await section.getByText("Ce code est trop facile à deviner : le même chiffre répété.").first().waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "newPin");

    await section.getByLabel("Nouveau code PIN", { exact: true }).fill("4719");
    await section.getByLabel("Nouveau code PIN, encore une fois").fill("4791");
    await section.getByRole("button", { name: "Enregistrer mon code" }).click();
    await section.getByText("Ce n'est pas le même code que juste au-dessus.", { exact: false }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "household-own-pin-form");

    await section.getByLabel("Nouveau code PIN, encore une fois").fill("4719");
    await section.getByRole("button", { name: "Enregistrer mon code" }).click();
    await section.getByText(/^C'est fait\. Retenez bien votre nouveau code/).waitFor();
    // The form is gone: focus moves to what says it is done, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^C'est fait\./);
    await section.getByRole("button", { name: "Changer mon code PIN" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "household-own-pin-done");

    // The paper PIN no longer opens the account; the chosen one does.
    await submitHouseholdLogin(page, baseUrl, household.code, { pin });
    await page.getByRole("alert").filter({ hasText: "Connexion impossible" }).waitFor();
    await signInHousehold(page, baseUrl, household.code, { pin: "4719" });
    await section.getByText(/^Vous avez choisi votre code PIN le \d/).waitFor();
    // The refusals above were answers the screen shows, not failures of the page.
    expect(errors.filter((e) => !/status of (401|422)/.test(e))).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";

const baseUrl = inject("browserBaseUrl");

describe.skipIf(!baseUrl)("a household on its phone", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // First, before the service worker keeps the app: its code then comes from the network.
  it("sees a loading line, not a blank screen, while the app's code is on its way", async () => {
    const { page } = browser;
    let arrive = () => {};
    const held = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const scripts = /\/assets\/.*\.js$/;
    await page.route(scripts, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${baseUrl}/login`, { waitUntil: "commit" });
      const loading = page.locator(".app-loading");
      await loading.waitFor();
      expect(await loading.locator('[lang="nl"]').innerText()).toBe("Laden…");
      await saveScreenshot(page, "household-loading", { fullPage: false });
      arrive();
      await page.getByRole("heading", { level: 1, name: "Bienvenue" }).waitFor();
      await loading.waitFor({ state: "detached" });
    } finally {
      // Whatever happened, the next tests get the app's code.
      arrive();
      await page.unrouteAll({ behavior: "ignoreErrors" });
    }
  });

  it("is told when the PIN is wrong", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/login`);
    await page.getByRole("link", { name: /Je suis un ménage/ }).click();
    await page.getByLabel("Code du ménage").fill("DEMO-02");
    await page.getByLabel("Code PIN", { exact: true }).fill("9999");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("alert").filter({ hasText: "Connexion impossible" }).waitFor();
    await saveScreenshot(page, "household-wrong-pin");
  });

  it("signs in with code and PIN and sees its home", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/login?as=household`);
    await page.getByLabel("Code du ménage").fill("DEMO-01");
    await page.getByLabel("Code PIN", { exact: true }).fill("1234");
    await page.getByLabel("Rester connecté sur ce téléphone (90 jours)").check();
    await page.getByRole("button", { name: "Se connecter" }).click();

    await page.getByRole("heading", { level: 1, name: "Bonjour, Famille Soleil" }).waitFor();
    await page.getByText("DEMO-01", { exact: true }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/`);
    // The title follows the heading in an effect, a frame later.
    await page.waitForFunction(() => document.title === "Accueil – Eco-watchers");
    expect(await page.getByRole("button", { name: "Se déconnecter" }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "household-home");
    expect(errors).toEqual([]);
  });

  it("signs out with the big button", async () => {
    const { page } = browser;
    await page.locator("main").getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Bienvenue" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("keeps the language chosen before signing in, on its account too", async () => {
    const { page, errors } = browser;
    await page.getByRole("button", { name: /NL/ }).click();
    await page.getByRole("link", { name: /Ik ben een gezin/ }).click();
    await page.getByLabel("Gezinscode").fill("DEMO-03");
    await page.getByLabel("Pincode", { exact: true }).fill("1234");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.getByRole("heading", { level: 1, name: "Hallo, Monsieur Rivière" }).waitFor();

    try {
      // Without this phone's memory of the choice, the account's language still says Dutch.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Hallo, Monsieur Rivière" }).waitFor();
      expect(await page.getAttribute("html", "lang")).toBe("nl");
      await saveScreenshot(page, "household-home-nl");
      // The meters' names, typed by the team in French, are read with a French voice.
      await page.goto(`${baseUrl}/compteurs`);
      await page.getByRole("heading", { level: 1, name: "Mijn meters" }).waitFor();
      const names = page.locator(".meter-name > [lang]");
      await names.first().waitFor();
      expect(await names.count()).toBeGreaterThan(1);
      expect(new Set(await names.evaluateAll((els) => els.map((el) => el.getAttribute("lang"))))).toEqual(
        new Set(["fr"]),
      );
      await page.locator(".meter-button").first().click();
      expect(await page.locator("h1 > [lang]").getAttribute("lang")).toBe("fr");
      await page.goto(`${baseUrl}/`);
      await page.getByRole("heading", { level: 1, name: "Hallo, Monsieur Rivière" }).waitFor();
    } finally {
      // Other browser tests sign DEMO-03 in on the same server and expect French.
      const saved = page.waitForResponse(
        (r) => r.url().endsWith("/api/me") && r.request().method() === "PATCH",
      );
      await page.getByRole("button", { name: /FR/ }).click();
      expect((await saved).status()).toBe(200);
      await page.getByRole("heading", { level: 1, name: "Bonjour, Monsieur Rivière" }).waitFor();
    }
    expect(errors).toEqual([]);
  });
});

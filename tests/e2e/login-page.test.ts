import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";

const baseUrl = inject("browserBaseUrl");
/** The login page is the first thing a household downloads, often on prepaid mobile data. */
const LOGIN_JS_BUDGET_GZIP_BYTES = 25 * 1024;

describe.skipIf(!baseUrl)("the login page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is accessible in French and light to download", async () => {
    const { page, errors } = browser;
    // Gzipped size of each script the first visit downloads, by address (a file counts once).
    const scripts = new Map<string, Promise<number>>();
    const measure = (response: Response) => {
      if (response.request().resourceType() === "script")
        scripts.set(
          response.url(),
          response.body().then((body) => gzipSync(body, { level: 9 }).length),
        );
    };
    page.on("response", measure);
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Bienvenue" }).waitFor();
    page.off("response", measure);
    const sizes = await Promise.all(scripts.values());
    const total = sizes.reduce((a, b) => a + b, 0);
    console.info(`login page JS: ${sizes.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(LOGIN_JS_BUDGET_GZIP_BYTES);

    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await page.waitForFunction((title) => document.title === title, "Connexion – Eco-watchers");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "login-fr");

    await page.getByRole("link", { name: /Je suis un ménage/ }).click();
    await page.getByLabel("Code PIN", { exact: true }).waitFor();
    expect(await page.getAttribute('input[name="pin"]', "inputmode")).toBe("numeric");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "login-household-form");
    expect(errors).toEqual([]);
  });

  it("switches to Dutch: texts and <html lang> follow, and the choice is kept", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/login`);
    await page.getByRole("button", { name: /NL/ }).click();
    await page.getByRole("heading", { level: 1, name: "Welkom" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.getByRole("link", { name: /Ik ben een gezin/ }).count()).toBe(1);
    await page.waitForFunction((title) => document.title === title, "Aanmelden – Eco-watchers");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "login-nl");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Welkom" }).waitFor();
    await page.getByRole("button", { name: /FR/ }).click();
    await page.getByRole("heading", { level: 1, name: "Bienvenue" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
  });

  it("signs in in the language picked on the sign-in page, even after a reload, over the account's", async () => {
    const { page, errors } = browser;
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login?as=household`);
    await page.getByRole("button", { name: /NL/ }).click();
    await page.getByLabel("Gezinscode").waitFor();
    await page.reload();
    await page.getByLabel("Gezinscode").fill("DEMO-07");
    await page.getByLabel("Pincode", { exact: true }).fill("1234");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    // DEMO-07's account reads French: the phone's choice wins, and becomes the account's.
    await page.getByRole("heading", { level: 1, name: /^Hallo/ }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    await page.getByRole("button", { name: /FR/ }).click();
    await page.getByRole("heading", { level: 1, name: /^Bonjour/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it("leaves the account's language alone when the pick on a shared phone is long past", async () => {
    const { page, errors } = browser;
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login?as=household`);
    await page.getByRole("button", { name: /NL/ }).click();
    await page.getByLabel("Gezinscode").waitFor();
    // Someone picked Dutch twenty minutes ago and left without signing in.
    await page.evaluate(() =>
      sessionStorage.setItem("ecow.languagePicked", String(Date.now() - 20 * 60_000)),
    );
    await page.reload();
    await page.getByLabel("Gezinscode").fill("DEMO-07");
    await page.getByLabel("Pincode", { exact: true }).fill("1234");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.getByRole("heading", { level: 1, name: /^Bonjour/ }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(errors).toEqual([]);
  });
});

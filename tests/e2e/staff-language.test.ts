import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInCoordinator } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

/** The demo organisation's staff language, set from the page (its cookie, its origin). */
const setStaffLanguage = (page: Page, staffLanguage: string) =>
  page.evaluate(
    (body) =>
      fetch("/api/settings/staff-language", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body,
      }).then((res) => res.status),
    JSON.stringify({ staffLanguage }),
  );

describe.skipIf(!baseUrl)("the language the team writes in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    // The other test files read the demo in French.
    if (browser) expect(await setStaffLanguage(browser.page, "fr")).toBe(200);
    await browser?.close();
  });

  it("is chosen by the coordinator, and marks the team's texts on every page", async () => {
    const { page, errors } = browser;
    await signInCoordinator(page, baseUrl);
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Groupes" }).click();
    await page.getByRole("heading", { level: 1, name: "Groupes Eco-watchers" }).waitFor();
    const groupName = page.locator(".group-card .card-title span").first();
    expect(await groupName.getAttribute("lang")).toBe("fr");

    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Réglages" }).click();
    const section = page.getByRole("region", { name: "Langue des textes de l'équipe" });
    await section.getByText("Langue de l'équipe : Français.").waitFor();
    await section.getByLabel("Votre équipe écrit en").selectOption({ label: "Nederlands" });
    await section.getByRole("button", { name: "Enregistrer la langue" }).click();
    await section.getByRole("status").getByText("Langue enregistrée.").waitFor();
    await section.getByText("Langue de l'équipe : Nederlands.", { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "staff-language-settings", { fullPage: false });

    // The interface stays French; the group's name is now read as Dutch.
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Groupes" }).click();
    await page.getByRole("heading", { level: 1, name: "Groupes Eco-watchers" }).waitFor();
    expect(await groupName.getAttribute("lang")).toBe("nl");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect(errors).toEqual([]);
  });
});

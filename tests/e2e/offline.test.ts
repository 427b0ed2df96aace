import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import {
  compact,
  fillHouseholdLogin,
  frenchNumber,
  previousIndex,
  signInHousehold,
} from "./household-session.ts";

const baseUrl = inject("browserBaseUrl");

/** The service worker has kept the app shell and controls the page: it now opens offline. */
async function shellKept(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Opens a meter's entry page from Mes compteurs and types the index `next` makes of the last one;
 * `meanwhile` runs once the page is open, before saving.
 */
async function typeReading(
  page: Page,
  meter: RegExp,
  next: (previous: number) => number,
  meanwhile?: () => Promise<void>,
) {
  await page.getByRole("link", { name: meter }).click();
  const field = page.getByLabel(/Index du compteur/);
  await field.waitFor();
  await meanwhile?.();
  const value = frenchNumber(next(await previousIndex(page, /Index du compteur/)));
  await field.fill(value);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  return value;
}

describe.skipIf(!baseUrl)("readings typed without a connection", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("are kept on the phone, shown as waiting, and sent when the connection returns", async () => {
    const { page, context, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-07");
    await shellKept(page);
    const manifest = await page.evaluate(() =>
      fetch("/manifest.webmanifest").then((r) => r.json() as Promise<{ display: string }>),
    );
    expect(manifest.display).toBe("standalone");
    await page.getByRole("link", { name: /Mes compteurs/ }).click();
    // Seen once online, the meter's readings are kept on the phone too.
    await page.getByRole("link", { name: /Gaz/ }).click();
    await page.getByLabel(/Index du compteur/).waitFor();
    await page.getByRole("link", { name: "← Mes compteurs" }).click();
    await page.getByRole("link", { name: /Gaz/ }).waitFor();

    await context.setOffline(true);
    await page.getByText("Pas de connexion. Vous pouvez quand même noter vos relevés").waitFor();
    const value = await typeReading(page, /Gaz/, (last) => Math.round(last) + 35);
    const kept = page.getByRole("region", { name: "Gardé sur ce téléphone" });
    await kept.waitFor();
    await expect(kept.innerText()).resolves.toMatch(/Ce relevé est en attente/);
    await expect(kept.innerText()).resolves.toMatch(/Depuis le 1er\s\S+ : 35(,\d)?\sm³ en \d+ jours/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "offline-kept");

    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.getByRole("heading", { level: 1, name: "Relevés : Gaz" }).waitFor();
    const waitingHere = page.getByRole("region", { name: "Pas encore envoyés" });
    await expect(waitingHere.innerText()).resolves.toContain("En attente d'envoi");
    expect(await page.locator(".history-value").count()).toBeGreaterThan(10);
    await saveScreenshot(page, "offline-history-waiting");

    // Even a reload without a connection opens the app, with the reading still waiting.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Relevés : Gaz" }).waitFor();
    await page.getByRole("link", { name: "← Mes compteurs" }).click();
    const gas = page.getByRole("link", { name: /Gaz/ });
    await expect(gas.innerText()).resolves.toContain("1 relevé en attente d'envoi");
    const waiting = page.getByRole("region", { name: "Pas encore envoyés" });
    await expect(waiting.innerText()).resolves.toContain("En attente d'envoi");
    expect(compact(await waiting.innerText())).toContain(compact(value));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "offline-waiting");

    await context.setOffline(false);
    await page.getByText("Le relevé gardé sur ce téléphone a été envoyé.").waitFor();
    await expect(page.getByRole("region", { name: "Pas encore envoyés" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: /Gaz/ }).click();
    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.getByRole("heading", { level: 1, name: "Relevés : Gaz" }).waitFor();
    expect(compact(await page.locator(".history-value").first().innerText())).toBe(`${compact(value)}m³`);
    await saveScreenshot(page, "offline-sent-history");
    expect(errors).toEqual([]);
  });

  it("wait through an expired session, are never sent under another account, and go after signing in again", async () => {
    const { page, context, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-09");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /Gaz/ }).waitFor();
    await context.setOffline(true);
    const value = await typeReading(page, /Gaz/, (last) => Math.round(last) + 28);
    await page.getByRole("region", { name: "Gardé sur ce téléphone" }).waitFor();

    // The session expires while the phone is offline: back online, the app asks to sign in again.
    await context.clearCookies();
    await context.setOffline(false);
    await page.getByRole("heading", { level: 1, name: "Bienvenue" }).waitFor();
    await page.getByRole("link", { name: /Je suis un ménage/ }).click();
    await fillHouseholdLogin(page, "DEMO-10");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /Gaz/ }).waitFor();
    expect(await page.getByRole("region", { name: "Pas encore envoyés" }).count()).toBe(0);
    await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();

    await page.getByRole("link", { name: /Je suis un ménage/ }).click();
    await fillHouseholdLogin(page, "DEMO-09");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /Gaz/ }).waitFor();
    await page.getByRole("link", { name: /Gaz/ }).click();
    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.getByRole("heading", { level: 1, name: "Relevés : Gaz" }).waitFor();
    await page.locator(".history-value").first().waitFor();
    expect(compact(await page.locator(".history-value").first().innerText())).toBe(`${compact(value)}m³`);
    expect(await page.getByRole("region", { name: "Pas encore envoyés" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("an index below the last one is refused at once, as online; a kept reading's card says when it went", async () => {
    const { page, context, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-07");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /^Électricité/ }).click();
    const day = page.getByLabel("Jour (heures pleines), en kWh");
    const night = page.getByLabel("Nuit (heures creuses), en kWh");
    await day.waitFor();
    const dayBefore = await previousIndex(page, /Jour \(heures pleines\)/);
    const nightBefore = await previousIndex(page, /Nuit \(heures creuses\)/);
    await context.setOffline(true);
    await page.getByText("Pas de connexion. Vous pouvez quand même noter vos relevés").waitFor();

    // Lower than the last reading: the server's words, the reset box, and nothing kept to send.
    await day.fill(String(Math.round(dayBefore) - 500));
    await night.fill(String(Math.round(nightBefore) + 20));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "plus petit que le dernier relevé" });
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain("inversé le jour et la nuit");
    await page.getByLabel(/remise à zéro/).waitFor();
    expect(await page.getByRole("region", { name: "Gardé sur ce téléphone" }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "offline-below-previous");

    // Corrected, it is kept; back online on the same screen, the card and the banner say it went.
    await day.fill(String(Math.round(dayBefore) + 30));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("region", { name: "Gardé sur ce téléphone" }).waitFor();
    await context.setOffline(false);
    const sent = page.getByRole("region", { name: "C'est enregistré." });
    await sent.getByText("Ce relevé a été envoyé.").waitFor();
    // Two registers, one reading.
    await page.getByText("Le relevé gardé sur ce téléphone a été envoyé.").waitFor();
    await expect(sent.innerText()).resolves.not.toContain("en attente");
    await sent
      .getByRole("status")
      .getByText(/^Cela fait environ|tarif manquant/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "offline-kept-then-sent");
    expect(errors).toEqual([]);
  });

  it("a reading the server refuses once sent is shown with its reason, to confirm, correct or delete", async () => {
    const { page, context, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-10");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /^Gaz/ }).waitFor();
    await context.setOffline(true);
    // One digit too many: offline nothing can tell, the server asks to check it.
    let last = 0;
    await typeReading(page, /^Gaz/, (previous) => {
      last = Math.round(previous);
      return last * 10;
    });
    await page.getByRole("region", { name: "Gardé sur ce téléphone" }).waitFor();
    // Back online on the same screen: the card follows the refusal, with where to fix it.
    await context.setOffline(false);
    await page.getByText("Un relevé gardé sur ce téléphone n'a pas été accepté.").waitFor();
    const card = page.getByRole("region", { name: "Pas accepté : à vérifier" });
    await card.getByText(/beaucoup plus que d'habitude/).waitFor();
    await expect(card.innerText()).resolves.not.toContain("en attente");
    await card.getByRole("link", { name: "Vérifier ce relevé" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "offline-refused-card");

    await page.getByRole("link", { name: "← Mes compteurs" }).first().click();
    // On the meter's button: to check, not "waiting to be sent".
    const gas = page.getByRole("link", { name: /^Gaz/ });
    await expect(gas.innerText()).resolves.toContain("1 relevé pas accepté, à vérifier");
    await expect(gas.innerText()).resolves.not.toContain("en attente d'envoi");
    const waiting = page.getByRole("region", { name: "Pas encore envoyés" });
    await waiting.getByText("Pas accepté. À vérifier :").waitFor();
    await expect(waiting.innerText()).resolves.toContain("beaucoup plus que d'habitude");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "offline-refused");

    await waiting.getByRole("button", { name: "Modifier" }).click();
    await waiting.getByLabel("Bon chiffre (m³)").fill(String(last + 20));
    await waiting.getByRole("button", { name: "Enregistrer la correction" }).click();
    await page.getByText("Le relevé gardé sur ce téléphone a été envoyé.").waitFor();
    await expect(page.getByRole("region", { name: "Pas encore envoyés" }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it("a reading refused for an expired session is kept, and sent once the household signs in again", async () => {
    const { page, context } = browser;
    await signInHousehold(page, baseUrl, "DEMO-08");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /^Électricité/ }).waitFor();
    const value = await typeReading(
      page,
      /^Électricité/,
      (last) => Math.round(last) + 12,
      () => context.clearCookies(),
    );
    await page.getByRole("heading", { level: 1, name: "Bienvenue" }).waitFor();
    await page.getByRole("link", { name: /Je suis un ménage/ }).click();
    await fillHouseholdLogin(page, "DEMO-08");
    await page.getByText("Le relevé gardé sur ce téléphone a été envoyé.").waitFor();
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /^Électricité/ }).click();
    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.locator(".history-value").first().waitFor();
    expect(compact(await page.locator(".history-value").first().innerText())).toBe(`${compact(value)}kWh`);
  });
});

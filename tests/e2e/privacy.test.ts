import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";
import { signInCoordinator, signInStaff } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");
const DAY_MS = 86_400_000;

/** A household of this file's own, created on screen, with its paper consent recorded. */
async function newConsentingHousehold(page: Page, pseudonym: string) {
  await page.getByText("Ajouter un ménage").click();
  await page.getByLabel("Nom affiché").fill(pseudonym);
  await page.getByRole("button", { name: "Créer le ménage" }).click();
  const code = await page
    .getByRole("region", { name: "Le ménage est créé" })
    .locator("dd")
    .first()
    .innerText();
  await page.getByRole("link", { name: pseudonym }).click();
  await page.getByRole("heading", { level: 1, name: pseudonym }).waitFor();
  await page.getByRole("button", { name: "Le ménage a donné son accord" }).click();
  await page.getByText("Aucun compteur pour ce ménage.").waitFor();
  return { id: page.url().split("/").pop() as string, code };
}

/** Clicks and waits for the file the click downloads; its name and text. */
async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

describe.skipIf(!baseUrl)("the households list, exports and privacy", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows advisers when each meter was last read, the late ones marked", async () => {
    const { page, errors } = browser;
    await signInStaff(page, baseUrl, "conseil2@cpas.demo.example");
    const household = await newConsentingHousehold(page, "Famille Silence");
    // A gas meter whose only reading, its start index, is 60 days old.
    const startedAt = new Date(Date.now() - 60 * DAY_MS).toISOString().slice(0, 10);
    const status = await page.evaluate(
      async ({ id, startedAt }) =>
        (
          await fetch(`/api/households/${id}/meters`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ kind: "gas", name: "Gaz", startedAt, startIndex: 4210 }),
          })
        ).status,
      { id: household.id, startedAt },
    );
    expect(status).toBe(201);

    await page.getByRole("link", { name: "← Les ménages" }).click();
    await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
    const late = page.getByRole("listitem").filter({ hasText: "Famille Silence" });
    await late.getByText(/Pas de relevé depuis (59|60|61) jours/).waitFor();
    expect(await late.locator("li.late").count()).toBe(1);
    await page.getByText(/Ménages sans relevé depuis plus de 45 jours : [1-9]/).waitFor();
    // A demo household read on the 1st of the month: dates, nothing late.
    const soleil = page.locator(".card").filter({ hasText: "Famille Soleil" });
    expect(await soleil.innerText()).toMatch(/Gaz relevé le 1er\s/);
    expect(await soleil.locator("li.late").count()).toBe(0);
    // A household that has not agreed: that it exists, nothing more.
    await page.getByText("Ajouter un ménage").click();
    await page.getByLabel("Nom affiché").fill("Famille Discrète");
    await page.getByRole("button", { name: "Créer le ménage" }).click();
    const secret = page.locator(".card").filter({ hasText: "Famille Discrète" });
    await secret.getByText("Données non partagées : le ménage n'a pas encore donné son accord.").waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.reload();
    await page.getByText(/Ménages sans relevé/).waitFor();
    await saveScreenshot(page, "households-last-readings", { fullPage: false });
    await late.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "households-late-meter", { fullPage: false });
    // One tap keeps only the households that stopped entering readings.
    await page.getByLabel("Ne montrer que ceux-là").check();
    await late.waitFor();
    await soleil.waitFor({ state: "detached" });
    expect(await page.locator(".card li.late").count()).toBeGreaterThan(0);
    expect(await page.locator(".cards > .card").count()).toBe(
      await page
        .locator(".cards > .card")
        .filter({ has: page.locator("li.late") })
        .count(),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "households-only-late", { fullPage: false });
    await page.getByLabel("Ne montrer que ceux-là").uncheck();
    await soleil.waitFor();
    expect(errors).toEqual([]);
  });

  it("gives the coordinator a household's figures by month and its exports for Excel", async () => {
    const { page, errors } = browser;
    await signInCoordinator(page, baseUrl);
    await page.getByRole("link", { name: "Famille Horizon" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Horizon" }).waitFor();

    const figures = page.getByRole("region", { name: "Consommation des 12 derniers mois" });
    const electricity = figures.getByRole("table", { name: "Électricité" });
    await electricity.waitFor();
    expect(await electricity.locator("tbody tr").count()).toBe(12);
    expect(await electricity.innerText()).toMatch(/\d+,\d{2}\s€/);

    const data = page.getByRole("region", { name: "Données du ménage" });
    const readings = await downloadOf(page, () =>
      data.getByRole("button", { name: "Tous les relevés (CSV)" }).click(),
    );
    expect(readings.name).toMatch(/DEMO-09.*\.csv$/);
    expect(readings.text.charCodeAt(0)).toBe(0xfeff);
    expect(readings.text.split("\n")[0]).toContain(";");
    const consumption = await downloadOf(page, () =>
      data.getByRole("button", { name: "Consommation par mois (CSV)" }).click(),
    );
    expect(consumption.name).toMatch(/\.csv$/);
    expect(consumption.text.split("\n").length).toBeGreaterThan(2);
    const all = await downloadOf(page, () =>
      data.getByRole("button", { name: "Tout exporter (JSON)" }).click(),
    );
    expect(JSON.parse(all.text).household.code).toBe("DEMO-09");

    await data.getByRole("button", { name: "Afficher le journal" }).click();
    const log = data.locator(".audit-entry");
    await log.first().waitFor();
    const entries = (await log.allInnerTexts()).join("\n");
    expect(entries).toMatch(/Coordination[^\n]*\(Coordination\) — a exporté toutes les données/);
    expect(entries).toContain("a exporté les relevés");
    expect(entries).toContain("a ouvert la fiche du ménage");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "household-file-privacy");
    expect(errors).toEqual([]);
  });

  it("erases a household only once its code is typed again", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/`);
    const household = await newConsentingHousehold(page, "Famille Éphémère");
    const data = page.getByRole("region", { name: "Données du ménage" });
    await data.getByRole("button", { name: "Effacer ce ménage…" }).click();
    await data.getByText("Attention : effacer Famille Éphémère est définitif.").waitFor();
    const field = data.getByLabel(`Pour confirmer, tapez le code du ménage : ${household.code}`);
    await field.fill("DEMO-01");
    await data.getByRole("button", { name: "Effacer définitivement" }).click();
    await data.getByText("Ce n'est pas le code de ce ménage. Recopiez-le exactement.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await data.locator(".danger-zone").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "household-erase", { fullPage: false });

    await field.fill(household.code.toLowerCase());
    await data.getByRole("button", { name: "Effacer définitivement" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Éphémère est effacé." }).waitFor();
    await page.getByRole("link", { name: "Retour aux ménages" }).click();
    await page.getByRole("heading", { level: 1, name: "Les ménages" }).waitFor();
    await page.getByRole("link", { name: "Famille Horizon" }).waitFor();
    expect(await page.getByText("Famille Éphémère").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("lets a household download everything the app holds about it", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-10");
    const mine = page.getByRole("region", { name: "Mes données" });
    const json = await downloadOf(page, () =>
      mine.getByRole("button", { name: "Télécharger mes données (JSON)" }).click(),
    );
    const data = JSON.parse(json.text);
    expect(data.household.code).toBe("DEMO-10");
    expect(data.readings.length).toBeGreaterThan(10);
    const zip = await downloadOf(page, () =>
      mine.getByRole("button", { name: "Télécharger mes données (Excel, fichier ZIP)" }).click(),
    );
    expect(zip.name).toMatch(/\.zip$/);
    expect(zip.text.slice(0, 2)).toBe("PK");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await mine.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "household-my-data", { fullPage: false });
    expect(errors).toEqual([]);
  });
});

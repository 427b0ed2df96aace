import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, openBrowser, saveScreenshot, seriousAxeViolations } from "./browser.ts";
import { signInHousehold } from "./household-session.ts";
import { signInStaff } from "./staff-session.ts";

const baseUrl = inject("browserBaseUrl");

// The demo readings run up to the 1st of the current month: a reading "now" comes after the last one.
// Each test signs in as its own demo household (or adviser) so that tests stay independent.

/** The last index shown next to a field ("Dernier relevé : 9 720,4 m³, le 1er …"), as a number. */
async function previousIndex(page: Page, label: RegExp): Promise<number> {
  const describedBy = (await page.getByLabel(label).getAttribute("aria-describedby")) ?? "";
  const hint = await page.locator(`[id="${describedBy.split(" ")[0]}"]`).innerText();
  const digits = /: ([\d\s\u202f\u00a0]+(?:,\d+)?)/.exec(hint)?.[1] ?? "";
  return Number(digits.replace(/[\s\u202f\u00a0]/g, "").replace(",", "."));
}

const frenchNumber = (n: number) => String(n).replace(".", ",");
/** Text with the digit-group spaces taken out, to look for a number in it. */
const compact = (text: string) => text.replace(/[\s\u202f\u00a0]/g, "");

describe.skipIf(!baseUrl)("meters and readings", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a household enters its gas index and sees at once what it used", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-02");
    await page.getByRole("link", { name: /Mes compteurs/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mes compteurs" }).waitFor();
    const gas = page.getByRole("link", { name: /Gaz/ });
    await expect(gas.innerText()).resolves.toMatch(/Dernier relevé : [\d\s\u202f,]+\sm³, le 1er\s/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-household-list");

    await gas.click();
    await page.getByRole("heading", { level: 1, name: "Gaz" }).waitFor();
    const field = page.getByLabel(/Index du compteur/);
    await expect(field.getAttribute("inputmode")).resolves.toBe("decimal");
    const previous = await previousIndex(page, /Index du compteur/);
    expect(previous).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-entry");

    // A decimal comma, as Belgians write it; a double tap still makes one reading.
    await field.fill(frenchNumber(Math.round((previous + 42.5) * 10) / 10));
    await page.getByRole("button", { name: "Enregistrer" }).dblclick();
    const feedback = page.getByRole("region", { name: "C'est enregistré." });
    await feedback.waitFor();
    await expect(feedback.innerText()).resolves.toMatch(
      /Depuis le 1er\s\S+ : 42,5\sm³ en \d+ jours?, soit [\d,]+\sm³ par jour\./,
    );
    await feedback
      .getByRole("status")
      .getByText(/^Cela fait environ [\d,]+\s€|tarif manquant/)
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest(".feedback") !== null)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-feedback");

    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.getByRole("heading", { level: 1, name: "Relevés : Gaz" }).waitFor();
    const newest = page.getByRole("listitem").first();
    expect(compact(await newest.innerText())).toContain(
      frenchNumber(Math.round((previous + 42.5) * 10) / 10),
    );
    // One reading, not two, for the double tap.
    const values = await page.locator(".history-value").allInnerTexts();
    expect(values.filter((v) => v === values[0])).toHaveLength(1);

    // A second reading the same day: euros, but no "per day against last year" over a few minutes.
    await page.getByRole("link", { name: "Noter un relevé" }).click();
    const again = Math.round((previous + 43) * 10) / 10;
    await page.getByLabel(/Index du compteur/).fill(frenchNumber(again));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const sameDay = page.getByRole("region", { name: "C'est enregistré." });
    const money = sameDay.getByRole("status");
    await money.getByText(/^Cela fait environ|tarif manquant/).waitFor();
    expect(await money.innerText()).not.toContain("l'an dernier");
    await saveScreenshot(page, "meters-feedback-same-day");

    // Two readings on one day: the history tells them apart by their time.
    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.getByRole("heading", { level: 1, name: "Relevés : Gaz" }).waitFor();
    const [first, second] = await page.locator(".history-date").allInnerTexts();
    expect(first).toMatch(/\d{1,2}:\d{2}$/);
    expect(second).toMatch(/\d{1,2}:\d{2}$/);
    await saveScreenshot(page, "meters-history-same-day");
    expect(errors).toEqual([]);
  });

  it("night typed into day: says what to check, and the reset's confirmation shows the server's figure", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-04");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /Électricité/ }).click();
    const day = page.getByLabel("Jour (heures pleines), en kWh");
    await day.waitFor();
    const dayBefore = await previousIndex(page, /Jour \(heures pleines\)/);
    const nightBefore = await previousIndex(page, /Nuit \(heures creuses\)/);
    expect(nightBefore).toBeLessThan(dayBefore);
    const swapped = Math.round(nightBefore);
    await day.fill(String(swapped));
    await page.getByLabel("Nuit (heures creuses), en kWh").fill(String(swapped + 30));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "plus petit que le dernier relevé" });
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain("inversé le jour et la nuit");

    // Ticked anyway: the confirmation says the server's sum (counted from zero), never value − previous.
    const reset = page.getByLabel(/remise à zéro/);
    await reset.check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const confirmStep = page.getByRole("alert").filter({ hasText: "Ce chiffre est-il juste ?" });
    await confirmStep.waitFor();
    const said = compact(await confirmStep.innerText());
    expect(said).toMatch(new RegExp(`Celaferait${swapped}kWhen\\d+jours?\\.`));
    expect(said).not.toMatch(/-\d/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-confirm-reset");

    // A new number is a new question: the box goes, unticked. Nothing is stored by this test.
    await page.getByRole("button", { name: "Non, je corrige" }).click();
    await day.fill(String(Math.round(dayBefore) + 50));
    await expect(page.getByLabel(/remise à zéro/).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it("asks to read the meter again when a number looks like a typing slip (day and night)", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-04");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /Électricité/ }).click();
    const day = page.getByLabel("Jour (heures pleines), en kWh");
    const night = page.getByLabel("Nuit (heures creuses), en kWh");
    await day.waitFor();
    const dayBefore = await previousIndex(page, /Jour \(heures pleines\)/);
    const nightBefore = await previousIndex(page, /Nuit \(heures creuses\)/);

    // A missing field is said next to it, before anything is sent.
    await day.fill(String(Math.round(dayBefore) + 50));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("alert").filter({ hasText: "Écrivez le chiffre du compteur." }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "value-night");

    // One digit too many on the night register.
    const slip = Math.round(nightBefore) * 10;
    await night.fill(String(slip));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const confirmStep = page.getByRole("alert").filter({ hasText: "Ce chiffre est-il juste ?" });
    await confirmStep.waitFor();
    await expect(confirmStep.innerText()).resolves.toContain("C'est beaucoup plus que d'habitude.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-confirm");

    await page.getByRole("button", { name: "Non, je corrige" }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "value-night");
    // Typed with a dot, as Dutch screens group thousands: asked, never guessed.
    const nightIndex = Math.round(nightBefore) + 30;
    const dotted = `${Math.floor(nightIndex / 1000)}.${String(nightIndex % 1000).padStart(3, "0")}`;
    await night.fill(dotted);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const question = page.getByRole("alert").filter({ hasText: `Vous avez écrit ${dotted}` });
    await question.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-dot-question");
    await question.getByRole("button", { name: new RegExp(`^${nightIndex}\\skWh$`) }).click();
    const feedback = page.getByRole("region", { name: "C'est enregistré." });
    await feedback.waitFor();
    await expect(feedback.innerText()).resolves.toMatch(/Jour \(heures pleines\) : [\d,]+\skWh/);
    await expect(feedback.innerText()).resolves.toMatch(/Nuit \(heures creuses\) : [\d,]+\skWh/);
    await expect(feedback.innerText()).resolves.toMatch(/Nuit \(heures creuses\) : (29|30)(,\d)?\skWh/);
    await saveScreenshot(page, "meters-feedback-day-night");
    expect(errors).toEqual([]);
  });

  it("a household corrects and deletes its own reading, after confirming", async () => {
    const { page, errors } = browser;
    await signInHousehold(page, baseUrl, "DEMO-06");
    await page.goto(`${baseUrl}/compteurs`);
    await page.getByRole("link", { name: /Eau/ }).click();
    const field = page.getByLabel(/Index du compteur/);
    await field.waitFor();
    const previous = await previousIndex(page, /Index du compteur/);
    await field.fill(String(Math.round(previous) + 3));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByRole("region", { name: "C'est enregistré." }).waitFor();

    await page.getByRole("link", { name: "Voir tous les relevés" }).click();
    await page.getByRole("heading", { level: 1, name: "Relevés : Eau" }).waitFor();
    const mine = page.getByRole("listitem").first();
    const change = mine.getByRole("button", { name: /^Modifier/ });
    // « Annuler » takes the form away and gives focus back to « Modifier », not to the page.
    await change.click();
    await mine.getByRole("button", { name: "Annuler" }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Modifier"));
    await change.click();
    // A big jump said as the entry form says it, from the server's figures.
    await page.getByLabel("Bon chiffre (m³)").fill(String(Math.round(previous) * 100));
    await page.getByRole("button", { name: "Enregistrer la correction" }).click();
    const jump = mine.locator(".field-problem");
    await jump.getByText(/beaucoup plus que d'habitude/).waitFor();
    expect(await jump.innerText()).toMatch(/^(Cela ferait [\d\s]+m³ en \d+ jours?\. )?C'est beaucoup plus/);
    expect(await jump.innerText()).not.toContain("jour(s)");
    await mine.getByRole("button", { name: "Oui, ce chiffre est juste" }).waitFor();
    await saveScreenshot(page, "meters-history-correction-jump");
    // Below the reading before: the same advice, and the « remise à zéro » box it speaks of, until the number changes.
    await page.getByLabel("Bon chiffre (m³)").fill(String(Math.floor(previous) - 1));
    await page.getByRole("button", { name: "Enregistrer la correction" }).click();
    await mine.getByText(/Relisez les chiffres un par un/).waitFor();
    await mine.getByLabel(/remise à zéro/).waitFor();
    await page.getByLabel("Bon chiffre (m³)").fill(String(Math.round(previous) + 4));
    await expect(mine.getByLabel(/remise à zéro/).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Enregistrer la correction" }).click();
    await page.getByRole("status").filter({ hasText: "Le relevé est corrigé." }).waitFor();
    expect(compact(await mine.innerText())).toContain(String(Math.round(previous) + 4));

    await mine.getByRole("button", { name: /^Modifier/ }).click();
    await mine.getByRole("button", { name: "Supprimer ce relevé" }).click();
    await page.getByText(/Supprimer le relevé du .* Il ne pourra pas être récupéré\./).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "meters-history-delete");
    await mine.getByRole("button", { name: "Annuler" }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Modifier"));
    await mine.getByRole("button", { name: /^Modifier/ }).click();
    await mine.getByRole("button", { name: "Supprimer ce relevé" }).click();
    const count = await page.getByRole("listitem").count();
    await page.getByRole("button", { name: "Oui, supprimer" }).click();
    await page.getByRole("status").filter({ hasText: "Le relevé est supprimé." }).waitFor();
    expect(await page.getByRole("listitem").count()).toBe(count - 1);
    // The start index belongs to the meter: no button to change it.
    expect(await page.getByRole("listitem").last().getByRole("button").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("an adviser opens a household, sees its meters and their last dates, and enters a tank level for it", async () => {
    const { page, errors } = browser;
    await signInStaff(page, baseUrl, "conseil2@cpas.demo.example");
    await page.getByRole("link", { name: "Monsieur Rivière" }).click();
    await page.getByRole("heading", { level: 1, name: "Monsieur Rivière" }).waitFor();
    const tank = page.getByRole("link", { name: /Citerne à mazout/ });
    await tank.waitFor();
    await expect(page.locator(".meter-button").count()).resolves.toBeGreaterThan(1);
    for (const text of await page.locator(".meter-button").allInnerTexts()) expect(text).toMatch(/le 1er\s/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "adviser-household-meters");

    await tank.click();
    await page.getByText("Vous notez ce relevé au nom du ménage.", { exact: false }).waitFor();
    const level = page.getByLabel("Niveau de la cuve (litres)");
    const before = await previousIndex(page, /Niveau de la cuve/);
    await level.fill(String(Math.max(0, Math.round(before) - 60)));
    await page.getByRole("button", { name: "Enregistrer" }).click();
    const feedback = page.getByRole("region", { name: "C'est enregistré." });
    await feedback.waitFor();
    await expect(feedback.innerText()).resolves.toMatch(/le niveau a baissé de 60\slitres/);
    // Its euros: the litres at the average price the household paid for its deliveries, said so.
    const money = feedback.getByRole("status");
    await money.getByText(/^Cela fait environ/).waitFor();
    const moneyText = await money.innerText();
    expect(moneyText).toMatch(/Cela fait environ [\d\s\u202f,]+\s€/);
    expect(moneyText).toContain("Coût calculé avec le prix moyen de vos livraisons.");
    expect(moneyText).not.toContain("tarif manquant");
    await saveScreenshot(page, "adviser-tank-feedback-euros");

    await page.getByText("J'ai reçu une livraison").click();
    await page.getByLabel("Quantité livrée (litres)").fill("500");
    // The price per litre typed as the total: refused on its field, saying what it would mean.
    const cost = page.getByLabel("Montant total payé, en euros (facultatif)");
    await page.getByText("Le total de la facture, TVA comprise, pas le prix par litre.").waitFor();
    await cost.fill("1,02");
    await page.getByRole("button", { name: "Enregistrer la livraison" }).click();
    const costProblem = page
      .locator(".field-problem")
      .filter({ hasText: "Cela ferait moins d'un centime par litre." });
    await costProblem.waitFor();
    await expect(costProblem.innerText()).resolves.toContain(
      "Tapez le montant total de la facture, pas le prix par litre, et relisez la quantité (un zéro de trop ?). Si 1,02 € et la quantité sont justes, confirmez-les.",
    );
    await page.getByRole("button", { name: "C'est bien le montant total" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "adviser-tank-delivery-price-per-litre");
    // Corrected to the invoice's total: saved, and the confirmation button is gone.
    await cost.fill("512,40");
    expect(await page.getByRole("button", { name: "C'est bien le montant total" }).count()).toBe(0);
    await page.getByRole("button", { name: "Enregistrer la livraison" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Livraison enregistrée : 500\slitres/ })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "adviser-tank-delivery");

    await page.getByRole("link", { name: "← Compteurs du ménage" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Monsieur Rivière" }).waitFor();
    // The last twelve months: heating oil in euros at its deliveries' price, said under its table.
    const oilTable = page.getByRole("region", { name: "Mazout" });
    await oilTable.getByText("Coût calculé avec le prix moyen des livraisons du ménage.").waitFor();
    expect(await oilTable.innerText()).not.toContain("tarif manquant");
    // Its heating: the litres between two gauge readings follow each day's degree-days.
    await oilTable.getByText(/entre deux relevés, réparti selon les degrés-jours de chaque jour/).waitFor();
    await oilTable.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "adviser-household-oil-months");
    expect(errors).toEqual([]);
  });

  it("an adviser is told plainly when a household has not agreed, and records its paper consent", async () => {
    const { page, errors } = browser;
    await page.goto(`${baseUrl}/`);
    await page.getByText("Ajouter un ménage").click();
    await page.getByLabel("Nom affiché").fill("Famille Noisetier");
    await page.getByRole("button", { name: "Créer le ménage" }).click();
    await page.getByRole("region", { name: "Le ménage est créé" }).waitFor();
    await page.getByRole("link", { name: "Famille Noisetier" }).click();
    await page.getByRole("heading", { level: 1, name: "Famille Noisetier" }).waitFor();

    await page.getByText("Ce ménage n'a pas (encore) accepté de partager ses données.").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, "adviser-household-no-consent");

    await page.getByRole("button", { name: "Le ménage a donné son accord" }).click();
    await page.getByText("Aucun compteur pour ce ménage.").waitFor();
    await page.getByText(/Accord de partage des données depuis le/).waitFor();
    expect(errors).toEqual([]);
  });
});

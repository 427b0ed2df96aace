import { describe, expect, it } from "vitest";
import type { Savings } from "../../web/savings/savings-api.ts";
import { outcomeOf } from "../../web/savings/savings-shape.ts";
import { flagLine, outcomeLines, verdictLines } from "../../web/savings/savings-words.ts";

const year = new Date().getFullYear();
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function ok(reporting: Partial<NonNullable<Savings["reporting"]>>): NonNullable<Savings["reporting"]> {
  return {
    from: `${year}-06-01`,
    to: `${year}-11-01`,
    actualKwh: 9000,
    counterfactualKwh: 10000,
    savingsKwh: 1000,
    savingsEur: 118,
    savingsFraction: 0.1,
    uncertaintyKwh90: 330,
    uncertaintyEur90: 39,
    periods: 5,
    ...reporting,
  };
}

const linesOf = (reporting: NonNullable<Savings["reporting"]>) => {
  const outcome = outcomeOf({ verdict: "ok", reporting });
  if (!outcome) throw new Error("an ok answer has an outcome");
  const { headline, details } = outcomeLines(outcome, "household");
  return { headline: spaces(headline), details: details.map(spaces) };
};

describe("the savings sentence in French", () => {
  it("says the saving in euros rounded to 10 €, the interval, and the kWh beside", () => {
    const { headline, details } = linesOf(ok({}));
    expect(headline).toBe(
      "Environ 120 € économisés depuis le 1er juin, à météo égale — entre 80 € et 160 €.",
    );
    expect(details[0]).toBe("En énergie : environ 1 000 kWh de moins que prévu.");
  });

  it("says an overuse kindly, and in kWh with the price missing", () => {
    const { headline, details } = linesOf(
      ok({ savingsKwh: -502, savingsEur: null, uncertaintyKwh90: 712, uncertaintyEur90: null }),
    );
    expect(headline).toBe(
      "Depuis le 1er juin, vous avez utilisé un peu plus qu'attendu à météo égale : environ 500 kWh de plus.",
    );
    expect(details).toContain(
      "La marge va de 1 210 kWh de plus à 210 kWh de moins : la différence est trop petite pour qu'on en soit sûr.",
    );
    expect(details.some((line) => line.startsWith("Le prix n'est pas connu (tarif manquant)"))).toBe(true);
  });
});

describe("a saving inside its margin", () => {
  it("is said softly, as an overuse is, with the margin below", () => {
    const { headline, details } = linesOf(
      ok({ savingsKwh: 600, savingsEur: 90, uncertaintyKwh90: 900, uncertaintyEur90: 135 }),
    );
    expect(headline).toBe(
      "Depuis le 1er juin, vous avez utilisé un peu moins qu'attendu à météo égale : environ 90 € de moins.",
    );
    expect(details).toContain(
      "La marge va de 40 € de plus à 230 € de moins : la différence est trop petite pour qu'on en soit sûr.",
    );
  });
});

describe("the other verdicts", () => {
  it("say what is missing and what to do, without a number of kWh or euros", () => {
    const answer = {
      verdict: "insufficient_baseline",
      start: `${year}-06-01`,
      baselineCoverage: {
        coveredDays: 240,
        requiredDays: 329,
        from: `${year - 1}-06-01`,
        to: `${year}-06-01`,
      },
    } as Savings;
    expect(verdictLines(answer, "household").map(spaces)).toEqual([
      "Il faut des relevés sur au moins 11 mois avant le 1er juin : il en manque encore 3 mois.",
      "Votre conseiller peut les reprendre de vos factures.",
    ]);
  });
});

describe("a household no adviser follows (a housing company's tenant outside any group)", () => {
  it("is told what it can do itself, never sent to an adviser it does not have", () => {
    const baseline = {
      verdict: "insufficient_baseline",
      start: `${year}-06-01`,
      baselineCoverage: {
        coveredDays: 240,
        requiredDays: 329,
        from: `${year - 1}-06-01`,
        to: `${year}-06-01`,
      },
    } as Savings;
    const notFit = { verdict: "model_not_fit", start: `${year}-06-01` } as Savings;
    const lines = [...verdictLines(baseline, "unadvised"), ...verdictLines(notFit, "unadvised")].map(spaces);
    expect(lines).toContain(
      "Vous pouvez les noter vous-même à partir de vos anciennes factures : dans Mes compteurs, notez chaque index avec sa date.",
    );
    expect(lines).toContain(
      "Regardez vos relevés dans Mes compteurs : un chiffre mal tapé suffit à fausser le calcul.",
    );
    const outcome = outcomeOf({
      verdict: "ok",
      reporting: ok({ savingsEur: null, uncertaintyEur90: null }),
    });
    if (!outcome) throw new Error("an ok answer has an outcome");
    const { details } = outcomeLines(outcome, "unadvised");
    expect(details.map(spaces)).toContain(
      "Le prix n'est pas connu (tarif manquant) : l'économie est donnée en kWh. Votre société de logement peut ajouter le tarif.",
    );
    for (const line of [...lines, ...details]) expect(line).not.toMatch(/conseiller/);
  });
});

describe("heating oil, priced at what the household paid for it", () => {
  it("says the euros come from the average price of its deliveries; staff read it among the points to check", () => {
    const outcome = outcomeOf({
      verdict: "ok",
      energy: "heating_oil",
      reporting: ok({}),
      flags: [{ code: "price_from_deliveries" }],
    });
    if (!outcome) throw new Error("an ok answer has an outcome");
    const household = outcomeLines(outcome, "household");
    expect(spaces(household.headline)).toMatch(/^Environ 120 € économisés/);
    expect(household.details).toContain("Montant calculé avec le prix moyen de vos livraisons.");
    expect(outcomeLines(outcome, "staff").details).not.toContain(
      "Montant calculé avec le prix moyen de vos livraisons.",
    );
    expect(spaces(flagLine({ code: "price_from_deliveries" }))).toBe(
      "Euros au prix moyen des livraisons notées par le ménage : un prix mal tapé les fausse.",
    );
  });

  it("without a priced delivery, asks for the price paid at the next delivery, not for a tariff", () => {
    const outcome = outcomeOf({
      verdict: "ok",
      energy: "heating_oil",
      reporting: ok({ savingsEur: null, uncertaintyEur90: null }),
      flags: [{ code: "tariff_missing" }],
    });
    if (!outcome) throw new Error("an ok answer has an outcome");
    for (const audience of ["household", "unadvised"] as const) {
      const { details } = outcomeLines(outcome, audience);
      expect(details.map(spaces)).toContain(
        "Le prix n'est pas connu : l'économie est donnée en kWh. Indiquez le montant total payé quand vous notez une livraison.",
      );
      expect(details.join(" ")).not.toMatch(/tarif|conseiller/);
    }
  });
});

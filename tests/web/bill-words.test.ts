import { describe, expect, it } from "vitest";
import { billLines, billPeriod, guardLines, needsSavingsWarning } from "../../web/savings/bill-words.ts";
import { readComfort } from "../../web/savings/comfort-form.tsx";
import type { BillProjection, EnergyGuards } from "../../web/savings/savings-api.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function bill(overrides: Partial<BillProjection> = {}): BillProjection {
  return {
    billingYear: { from: "2025-09-01", to: "2026-09-01" },
    station: { code: "demo", name: "Station de démonstration", label: "normales (démo)" },
    energies: [
      {
        energy: "gas",
        measuredKwh: 8000,
        measuredTo: "2026-03-01",
        unmeasured: [],
        estimatedKwh: 0,
        remainingKwh: 2000,
        projectedKwh: 10000,
        costEur: 1000,
        uncertaintyEur90: 90,
        status: "projected",
      },
    ],
    monthlyAdvanceEur: 120,
    advancesEur: 1440,
    expectedCostEur: 1452,
    regularisationEur: 12,
    uncertaintyEur90: 98,
    suggestedMonthlyAdvanceEur: 125,
    missing: [],
    ...overrides,
  };
}

describe("the bill card's words in French", () => {
  it("says the bill, the advances, what would remain with its range and an advance covering the year", () => {
    const { summary, notes } = billLines(bill(), "household");
    expect(summary.map(spaces)).toEqual([
      "Coût de l'année, sur la facture de septembre : environ 1 450 €.",
      "Sur l'année, vos acomptes (120 €/mois) font 1 440 €.",
      "Il resterait environ 10 € à payer (entre −90 € et +110 €).",
      "Un acompte de 125 €/mois couvrirait l'année.",
    ]);
    expect(notes).toEqual([]);
    expect(spaces(billPeriod(bill()))).toMatch(
      /^Année de facturation du 1er septembre 2025 au 31 août( 2026)?,/,
    );
  });

  it("gives both ends of the billing year their year when the years differ", () => {
    const december = bill({ billingYear: { from: "2026-12-01", to: "2027-12-01" } });
    const now = new Date("2026-12-01T12:00:00Z");
    expect(spaces(billPeriod(december, now))).toMatch(
      /^Année de facturation du 1er décembre 2026 au 30 novembre 2027,/,
    );
    const calendar = bill({ billingYear: { from: "2026-01-01", to: "2027-01-01" } });
    expect(spaces(billPeriod(calendar, now))).toMatch(/^Année de facturation du 1er janvier au 31 décembre,/);
    expect(spaces(billPeriod(calendar, new Date("2027-03-01T12:00:00Z")))).toMatch(
      /^Année de facturation du 1er janvier 2026 au 31 décembre 2026,/,
    );
  });

  it("says money to receive back without a minus sign, its range too when all on that side", () => {
    const { summary } = billLines(bill({ regularisationEur: -184, uncertaintyEur90: null }), "household");
    expect(summary.map(spaces)).toContain("Vous devriez recevoir environ 180 €.");
    const ranged = billLines(bill({ regularisationEur: -950, uncertaintyEur90: 33 }), "household");
    expect(ranged.summary.map(spaces)).toContain(
      "Vous devriez recevoir environ 950 € (entre 920 € et 980 €).",
    );
  });

  it("never shows a null number, and says kindly what is missing", () => {
    const { summary, notes } = billLines(
      bill({
        monthlyAdvanceEur: null,
        advancesEur: null,
        regularisationEur: null,
        uncertaintyEur90: null,
        suggestedMonthlyAdvanceEur: null,
        missing: ["billing_month", "monthly_advance"],
      }),
      "household",
    );
    expect(summary.map(spaces)).toEqual(["Sur l'année : environ 1 450 € d'énergie."]);
    expect(notes.map(spaces)).toEqual([
      "Le mois de votre facture annuelle n'est pas encore noté : votre conseiller peut le noter.",
      "Le montant de vos acomptes n'est pas encore noté : votre conseiller peut le noter.",
    ]);
    expect(summary.join(" ")).not.toMatch(/null|NaN/);
  });

  it("sends a household no adviser follows to its housing company for what is missing", () => {
    const { notes } = billLines(bill({ missing: ["billing_month", "monthly_advance"] }), "unadvised");
    expect(notes.map(spaces)).toEqual([
      "Le mois de votre facture annuelle n'est pas encore noté : votre société de logement peut le noter.",
      "Le montant de vos acomptes n'est pas encore noté : votre société de logement peut le noter.",
    ]);
  });

  it("says how many past days without a usable reading are in the year's total, estimated", () => {
    const gas = bill().energies[0] as BillProjection["energies"][number];
    const estimated = (unmeasured: Array<{ from: string; to: string }>) =>
      billLines(bill({ energies: [{ ...gas, unmeasured, estimatedKwh: 600 }] }), "household").notes.map(
        spaces,
      );
    expect(
      estimated([
        { from: "2025-09-01", to: "2025-09-15" },
        { from: "2026-01-31", to: "2026-02-01" },
      ]),
    ).toEqual(["Gaz : 15 jours sans relevé utilisable sont estimés avec la météo normale."]);
    expect(estimated([{ from: "2026-01-31", to: "2026-02-01" }])).toEqual([
      "Gaz : 1 jour sans relevé utilisable est estimé avec la météo normale.",
    ]);
    expect(estimated([])).toEqual([]);
  });

  it("says an energy without a model or a tariff, and something when nothing is known", () => {
    const none = bill({
      energies: [
        {
          energy: "electricity",
          measuredKwh: 100,
          measuredTo: "2026-03-01",
          unmeasured: [],
          estimatedKwh: null,
          remainingKwh: null,
          projectedKwh: null,
          costEur: null,
          uncertaintyEur90: null,
          status: "no_model",
        },
      ],
      expectedCostEur: null,
      regularisationEur: null,
      uncertaintyEur90: null,
      suggestedMonthlyAdvanceEur: null,
    });
    const { summary, notes } = billLines(none, "staff");
    expect(summary.map(spaces)).toEqual(["Sur l'année, vos acomptes (120 €/mois) font 1 440 €."]);
    expect(notes.map(spaces)).toEqual([
      "Électricité : pas encore assez de relevés pour prévoir la fin de l'année.",
    ]);
  });
});

const calm: EnergyGuards = {
  restriction: { status: "not_assessable", reason: "no_comparable_population" },
  selfDisconnection: { status: "not_assessable", reason: "no_budget_meter" },
  comfort: { checkIns: 0, lastCheckIn: null, flags: [] },
};

describe("the points of attention", () => {
  it("say plainly why a guard cannot be assessed", () => {
    expect(guardLines(calm).map(spaces)).toEqual([
      "Privation de chauffage : non évaluable, trop peu de ménages comparables (même chauffage, même taille de logement) pour comparer.",
      "Pas de compteur à budget.",
      "Confort : aucun relevé ces 12 derniers mois.",
    ]);
    expect(needsSavingsWarning(calm)).toBe(false);
  });

  it("warn gently above the savings when restriction is possible or the home was cold", () => {
    const restricted: EnergyGuards = {
      ...calm,
      restriction: {
        status: "possible_restriction",
        energy: "gas",
        householdValue: 41.6,
        comparableMedian: 120,
        comparableCount: 24,
      },
    };
    expect(spaces(guardLines(restricted)[0] as string)).toBe(
      "Gaz : 42 kWh/m² par an, moins de la moitié de ce qu'utilisent les ménages comparables (120 kWh/m², 24 ménages). Le ménage se prive peut-être de chauffage : parlez-en avec lui.",
    );
    expect(needsSavingsWarning(restricted)).toBe(true);
    const cold = {
      ...calm,
      comfort: {
        checkIns: 1,
        lastCheckIn: "2026-01-10",
        flags: [{ day: "2026-01-10", reasons: ["felt_cold"] }],
      },
    } as EnergyGuards;
    expect(needsSavingsWarning(cold)).toBe(true);
  });
});

describe("the comfort form's checks", () => {
  const today = "2026-01-20";
  it("takes empty optional boxes as null and a Belgian comma", () => {
    expect(readComfort({ day: today, indoor: "", humidity: "", today })).toEqual({
      problems: {},
      values: { indoorC: null, humidityPct: null },
    });
    expect(readComfort({ day: today, indoor: "19,5", humidity: "55", today }).values).toEqual({
      indoorC: 19.5,
      humidityPct: 55,
    });
  });

  it("puts each problem next to its field", () => {
    const { problems } = readComfort({ day: "2026-02-01", indoor: "45", humidity: "55,5", today });
    expect(Object.keys(problems).sort()).toEqual(["day", "humidityPct", "indoorC"]);
  });
});

import { describe, expect, it } from "vitest";
import type { Savings } from "../../web/savings/savings-api.ts";
import {
  defaultStart,
  missingBaselineMonths,
  outcomeOf,
  requiredBaselineMonths,
  savingsEnergiesOf,
  signatureOf,
} from "../../web/savings/savings-shape.ts";

type Reporting = NonNullable<Savings["reporting"]>;

function reporting(overrides: Partial<Reporting> = {}): Reporting {
  return {
    from: "2026-06-01",
    to: "2026-11-01",
    actualKwh: 9000,
    counterfactualKwh: 10000,
    savingsKwh: 1000,
    savingsEur: 118,
    savingsFraction: 0.1,
    uncertaintyKwh90: 330,
    uncertaintyEur90: 39,
    periods: 5,
    ...overrides,
  };
}

describe("the start date", () => {
  it("defaults to the 1st of the month six months before today, across a new year", () => {
    expect(defaultStart("2026-12-01")).toBe("2026-06-01");
    expect(defaultStart("2026-03-31")).toBe("2025-09-01");
  });
});

describe("the energies shown", () => {
  it("are those with a meter, once each, in a fixed order, without water", () => {
    expect(savingsEnergiesOf(["water", "electricity", "gas", "gas"])).toEqual(["gas", "electricity"]);
    expect(savingsEnergiesOf(["water"])).toEqual([]);
  });
});

describe("the baseline coverage", () => {
  it("asks for 11 months and says the months still missing, rounded up", () => {
    const coverage = { coveredDays: 61, requiredDays: 329, from: "2024-11-01", to: "2025-01-01" };
    expect(requiredBaselineMonths(coverage)).toBe(11);
    expect(missingBaselineMonths(coverage)).toBe(9);
    expect(missingBaselineMonths({ ...coverage, coveredDays: 328 })).toBe(1);
    expect(missingBaselineMonths({ ...coverage, coveredDays: 340 })).toBe(0);
  });
});

describe("the savings sentence", () => {
  it("is a saving rounded to 10 € with its interval when the whole interval saves", () => {
    const outcome = outcomeOf({ verdict: "ok", reporting: reporting() });
    expect(outcome).toMatchObject({
      direction: "saved",
      eur: { value: 120, low: 80, high: 160 },
      kwh: { value: 1000, low: 670, high: 1330 },
      withinNoise: false,
      noInterval: false,
    });
  });

  it("says a small difference is within the noise", () => {
    const outcome = outcomeOf({
      verdict: "ok",
      reporting: reporting({
        savingsKwh: 88,
        savingsEur: 4.5,
        uncertaintyKwh90: 573,
        uncertaintyEur90: 29.4,
      }),
    });
    expect(outcome).toMatchObject({
      direction: "about_same",
      withinNoise: true,
      eur: { value: 0, low: -20, high: 30 },
    });
  });

  it("says an overuse as such, and kWh alone when the price is missing", () => {
    const outcome = outcomeOf({
      verdict: "ok",
      reporting: reporting({
        savingsKwh: -502,
        savingsEur: null,
        uncertaintyKwh90: 712,
        uncertaintyEur90: null,
      }),
    });
    expect(outcome).toMatchObject({ direction: "used_more", eur: null, kwh: { value: -500 } });
  });

  it("has no interval when none can be stated", () => {
    const outcome = outcomeOf({
      verdict: "ok",
      reporting: reporting({ uncertaintyKwh90: null, uncertaintyEur90: null }),
    });
    expect(outcome).toMatchObject({ noInterval: true, withinNoise: false, eur: { low: null, high: null } });
  });

  it("gives no number at all for any other verdict", () => {
    expect(outcomeOf({ verdict: "model_not_fit", reporting: reporting() })).toBeNull();
    expect(outcomeOf({ verdict: "insufficient_reporting", reporting: null })).toBeNull();
  });
});

describe("the energy signature", () => {
  it("splits the phases, leaves out periods without weather, and draws μ + βH·HDD to the coldest period", () => {
    const series = signatureOf({
      model: {
        kind: "heating_only",
        interceptKwhPerDay: 6,
        heatingKwhPerDegreeDay: 5,
        balancePointC: 16.5,
        degreeDayConvention: "equiv16_5",
        adjustedR2: 0.99,
        cvRmse: 0.05,
        baselinePeriods: 12,
      },
      points: [
        { phase: "baseline", from: "2025-01-01", to: "2025-02-01", kwhPerDay: 70, hddPerDay: 12 },
        { phase: "baseline", from: "2025-02-01", to: "2025-03-01", kwhPerDay: 50, hddPerDay: null },
        { phase: "reporting", from: "2026-01-01", to: "2026-02-01", kwhPerDay: 65, hddPerDay: 12.5 },
      ],
    });
    expect(series.baseline).toEqual([{ x: 12, y: 70 }]);
    expect(series.reporting).toEqual([{ x: 12.5, y: 65 }]);
    expect(series.line).toEqual([
      { x: 0, y: 6 },
      { x: 12.5, y: 68.5 },
    ]);
  });
});

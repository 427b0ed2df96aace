import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../api/consumption/brussels-days.ts";
import { billingYear, forecastEnergy, projectBill } from "../../../api/savings/bill-projection.ts";
import { projectableModel } from "../../../api/savings/normal-year.ts";
import { computeSavings } from "../../../api/savings/savings-engine.ts";

const year = { from: "2025-09-01", to: "2026-09-01" };
const flat = {
  interceptKwhPerDay: 10,
  heatingKwhPerDegreeDay: 0,
  cvRmse: 0.1,
  baselinePeriods: 12,
  regressors: 0,
  meanPeriodKwh: 300,
  meanPeriodDays: 30,
};
const periods = [
  { from: "2025-08-15", to: "2025-09-15", usageKwh: 310 },
  { from: "2025-09-15", to: "2025-10-15", usageKwh: 300 },
];

describe("the billing year", () => {
  it("runs from the 1st of the billing month on or before today to the next bill", () => {
    expect(billingYear("2026-03-10", 9)).toEqual({ from: "2025-09-01", to: "2026-09-01" });
    expect(billingYear("2026-09-01", 9)).toEqual({ from: "2026-09-01", to: "2027-09-01" });
  });
});

describe("one energy over the year", () => {
  it("adds what was measured (a period straddling the start pro rata) to the model for the rest", () => {
    const f = forecastEnergy({
      input: { energy: "gas", periods, model: flat, eurPerKwh: 0.1, fixedEurPerYear: 50 },
      year,
      normalDegreeDays: new Map(),
    });
    // 14 of the first period's 31 days fall in the year: 140 kWh; then 300; then 321 days × 10 kWh.
    expect(f.measuredKwh).toBeCloseTo(440, 9);
    expect(f.measuredTo).toBe("2025-10-15");
    expect(f.remainingKwh).toBeCloseTo(3210, 9);
    expect(f.costEur).toBeCloseTo(3650 * 0.1 + 50, 9);
    // t(0.95, 12) · CV · mean period · √(periods left): 1.7823 · 0.1 · 300 · √(321 days / 30 days).
    expect(f.uncertaintyEur90).toBeCloseTo(1.782287555649159 * 0.1 * 300 * Math.sqrt(321 / 30) * 0.1, 6);
    expect(f).toMatchObject({ status: "projected", unmeasured: [], estimatedKwh: 0 });
  });

  it("spreads each month's normal degree-days over its days", () => {
    const f = forecastEnergy({
      input: {
        energy: "gas",
        periods,
        model: { ...flat, interceptKwhPerDay: 0, heatingKwhPerDegreeDay: 1 },
        eurPerKwh: null,
        fixedEurPerYear: 0,
      },
      year,
      normalDegreeDays: new Map(Array.from({ length: 12 }, (_, i) => [i + 1, 30])),
    });
    // 17 of October's 31 days, then ten whole months of 30 degree-days.
    expect(f.remainingKwh).toBeCloseTo((17 * 30) / 31 + 10 * 30, 9);
    expect(f).toMatchObject({ status: "no_tariff", costEur: null });
  });

  it("projects nothing without a model", () => {
    const f = forecastEnergy({
      input: { energy: "gas", periods, model: null, eurPerKwh: 0.1, fixedEurPerYear: 0 },
      year,
      normalDegreeDays: new Map(),
    });
    expect(f).toMatchObject({ status: "no_model", projectedKwh: null, measuredKwh: 440 });
  });

  // Equivalent 16.5 normals, January to December: 2,252 degree-days a year.
  const normals = new Map(
    [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377].map((dd, i) => [i + 1, dd]),
  );
  const heating = { ...flat, interceptKwhPerDay: 10, heatingKwhPerDegreeDay: 2 };
  const calendar = { from: "2026-01-01", to: "2027-01-01" };

  it("counts a missing period with the model and says so, never dropping it", () => {
    // January and March measured as the model expects; February's index went back (unknown).
    const f = forecastEnergy({
      input: {
        energy: "gas",
        periods: [
          { from: "2026-01-01", to: "2026-02-01", usageKwh: 31 * 10 + 2 * 396 },
          { from: "2026-02-01", to: "2026-03-01", usageKwh: null },
          { from: "2026-03-01", to: "2026-04-01", usageKwh: 31 * 10 + 2 * 294 },
        ],
        model: heating,
        eurPerKwh: 0.1,
        fixedEurPerYear: 0,
      },
      year: calendar,
      normalDegreeDays: normals,
    });
    expect(f.measuredKwh).toBeCloseTo(2000, 9);
    // The whole normal year: 365 × 10 + 2,252 × 2 = 8,154 kWh (7,176 when February was dropped).
    expect(f.projectedKwh).toBeCloseTo(8154, 6);
    // February on normal weather, said: 28 days × 10 kWh + 349 degree-days × 2 kWh.
    expect(f.unmeasured).toEqual([{ from: "2026-02-01", to: "2026-03-01" }]);
    expect(f.estimatedKwh).toBeCloseTo(978, 9);
    expect(f.costEur).toBeCloseTo(815.4, 6);
  });

  it("estimates the weeks before the first reading of the year too", () => {
    const f = forecastEnergy({
      input: {
        energy: "gas",
        periods: [{ from: "2026-02-01", to: "2026-03-01", usageKwh: 28 * 10 + 2 * 349 }],
        model: heating,
        eurPerKwh: null,
        fixedEurPerYear: 0,
      },
      year: calendar,
      normalDegreeDays: normals,
    });
    expect(f.unmeasured).toEqual([{ from: "2026-01-01", to: "2026-02-01" }]);
    expect(f.estimatedKwh).toBeCloseTo(31 * 10 + 2 * 396, 9);
    expect(f.projectedKwh).toBeCloseTo(8154, 6);
  });

  it("says which days are estimated even without a model to estimate them", () => {
    const f = forecastEnergy({
      input: {
        energy: "gas",
        periods: [
          { from: "2026-01-01", to: "2026-02-01", usageKwh: 1000 },
          { from: "2026-02-01", to: "2026-03-01", usageKwh: null },
          { from: "2026-03-01", to: "2026-04-01", usageKwh: 900 },
        ],
        model: null,
        eurPerKwh: 0.1,
        fixedEurPerYear: 0,
      },
      year: calendar,
      normalDegreeDays: normals,
    });
    expect(f).toMatchObject({
      status: "no_model",
      measuredKwh: 1900,
      unmeasured: [{ from: "2026-02-01", to: "2026-03-01" }],
      estimatedKwh: null,
    });
  });

  it("widens the interval by the periods left in the model's own unit: days for smart-meter days", () => {
    // A daily model: 2 kWh of error a day over 365 baseline days; 184 days left, from 1 July.
    const daily = { ...flat, cvRmse: 0.2, meanPeriodKwh: 10, meanPeriodDays: 1, baselinePeriods: 365 };
    const f = forecastEnergy({
      input: {
        energy: "electricity",
        // Every day measured up to 1 July (here as one stretch).
        periods: [{ from: "2026-01-01", to: "2026-07-01", usageKwh: 1810 }],
        model: daily,
        eurPerKwh: 1,
        fixedEurPerYear: 0,
      },
      year: calendar,
      normalDegreeDays: new Map(),
    });
    // t · 2 kWh · √184 ≈ ±44.7 kWh, not t · 2 · √(184 days / 30.4) ≈ ±8.1 as if days were months.
    expect(f.uncertaintyEur90).toBeCloseTo(tQuantile(0.95, 365) * 2 * Math.sqrt(184), 9);
    expect(f.uncertaintyEur90).toBeGreaterThan(44);
  });

  it("counts the unmeasured days among the periods the interval covers", () => {
    const f = forecastEnergy({
      input: {
        energy: "gas",
        periods: [
          { from: "2026-01-01", to: "2026-03-01", usageKwh: null },
          { from: "2026-03-01", to: "2026-04-01", usageKwh: 900 },
        ],
        model: flat,
        eurPerKwh: 1,
        fixedEurPerYear: 0,
      },
      year: calendar,
      normalDegreeDays: new Map(),
    });
    // 59 days estimated and 275 still to come: 334 days of 30.
    expect(f.uncertaintyEur90).toBeCloseTo(tQuantile(0.95, 12) * 0.1 * 300 * Math.sqrt(334 / 30), 9);
  });
});

describe("the model a projection rests on", () => {
  const months = Array.from(
    { length: 13 },
    (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`,
  );
  const degreeDays = new Map<string, number>();
  for (let d = "2024-12-01"; d < "2026-03-01"; d = addDays(d, 1))
    degreeDays.set(d, 5 + (Number(d.slice(5, 7)) % 6));
  const modelOf = (uses: readonly number[]) =>
    computeSavings({
      periods: uses.map((usageKwh, i) => ({
        from: months[i] as string,
        to: months[i + 1] as string,
        usageKwh,
      })),
      weather: { kind: "degree_days", convention: "equiv16_5", degreeDays },
      start: "2026-01-01",
      dataKind: "billing",
    });

  it("is none when the engine judged the model not fit (erratic use), though it returns one", () => {
    const erratic = modelOf([5000, 10, 10, 10, 8000, 10, 10, 10, 10, 9000, 10, 10]);
    expect(erratic.verdict).toBe("model_not_fit");
    expect(erratic.model).not.toBeNull();
    expect(projectableModel(erratic)).toBeNull();
  });

  it("is the engine's model when it fits: 300 kWh a day and 40 kWh per degree-day", () => {
    const uses = months.slice(0, 12).map((from, i) => {
      let kwh = 0;
      for (let d = from; d < (months[i + 1] as string); d = addDays(d, 1))
        kwh += 300 + 40 * (degreeDays.get(d) ?? 0);
      return kwh;
    });
    const steady = modelOf(uses);
    expect(steady.verdict).not.toBe("model_not_fit");
    expect(projectableModel(steady)).toBe(steady.model);
  });
});

describe("the bill against the advances", () => {
  const forecast = (costEur: number | null, uncertaintyEur90: number | null) => ({
    energy: "gas",
    measuredKwh: 0,
    measuredTo: "2025-09-01",
    unmeasured: [],
    estimatedKwh: 0,
    remainingKwh: 0,
    projectedKwh: 0,
    costEur,
    uncertaintyEur90,
    status: "projected" as const,
  });

  it("says what is left to pay, give or take, and an advance that covers the year", () => {
    expect(projectBill({ forecasts: [forecast(415, 30), forecast(600, 40)], monthlyAdvanceEur: 80 })).toEqual(
      {
        expectedCostEur: 1015,
        advancesEur: 960,
        regularisationEur: 55,
        uncertaintyEur90: 50,
        suggestedMonthlyAdvanceEur: 85,
      },
    );
  });

  it("guesses no total when an energy has no cost", () => {
    expect(
      projectBill({ forecasts: [forecast(415, 30), forecast(null, null)], monthlyAdvanceEur: 80 }),
    ).toMatchObject({
      expectedCostEur: null,
      regularisationEur: null,
      suggestedMonthlyAdvanceEur: null,
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type LocalDay } from "../../../api/consumption/brussels-days.ts";
import {
  computeSavings,
  normalYearKwh,
  splitByDegreeDays,
  type UsagePeriod,
  type WeatherInput,
} from "../../../api/savings/index.ts";
import { belgianTemperatures, monthlyPeriods } from "./synthetic.ts";

const START = "2025-01-01";
const temperatures = belgianTemperatures("2023-01-01", "2026-01-01", 7);
const weather: WeatherInput = { kind: "temperatures", tmeanC: temperatures };
/** A gas-heated home: 12 kWh a day for hot water and cooking, 9 kWh per degree-day below 15 °C. */
const home = { muKwhPerDay: 12, betaKwhPerDegreeDay: 9, balanceC: 15, temperatures };

function household(seed: number, factor?: (day: LocalDay) => number, noiseShare = 0.05) {
  return monthlyPeriods({ ...home, from: "2023-01-01", to: "2026-01-01", noiseShare, seed, factor });
}

describe("fitting the baseline", () => {
  it("recovers a household's base load, heating slope and balance point from monthly readings", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const result = computeSavings({ periods: household(seed), weather, start: START, dataKind: "billing" });
      expect(result.verdict).toBe("ok");
      expect(result.model?.kind).toBe("heating_only");
      // Monthly data blur the balance point: base load and slope trade off within it.
      expect(Math.abs((result.model?.balancePointC ?? 0) - 15)).toBeLessThanOrEqual(2);
      expect(result.model?.interceptKwhPerDay).toBeGreaterThan(12 * 0.6);
      expect(result.model?.interceptKwhPerDay).toBeLessThan(12 * 1.4);
      expect(result.model?.heatingKwhPerDegreeDay).toBeGreaterThan(9 * 0.8);
      expect(result.model?.heatingKwhPerDegreeDay).toBeLessThan(9 * 1.2);
      expect(result.model?.baselinePeriods).toBe(12);
      expect(result.model?.cvRmse).toBeLessThan(0.15);
    }
  });

  it("keeps every candidate with its status, and the winner has the highest adjusted R²", () => {
    const result = computeSavings({ periods: household(1), weather, start: START, dataKind: "billing" });
    expect(result.candidates).toHaveLength(35);
    const qualified = result.candidates.filter((c) => c.status === "qualified");
    const best = Math.max(...qualified.map((c) => c.adjustedR2 as number));
    expect(result.model?.adjustedR2).toBe(best);
    expect(result.candidates.find((c) => c.balancePointC === -1)?.status).toBe("too_few_degree_days");
  });

  it("chooses the intercept-only model when use does not rise with the cold", () => {
    // An all-electric flat heated by a neighbour's boiler: a little more in summer (a fan), never with cold.
    const flat = monthlyPeriods({
      ...home,
      muKwhPerDay: 8,
      betaKwhPerDegreeDay: 0,
      from: "2023-01-01",
      to: "2026-01-01",
      noiseShare: 0,
      seed: 1,
      factor: (d) => (["06", "07", "08"].includes(d.slice(5, 7)) ? 1.25 : 1),
    });
    const result = computeSavings({ periods: flat, weather, start: START, dataKind: "billing" });
    expect(result.model).toMatchObject({
      kind: "intercept_only",
      heatingKwhPerDegreeDay: 0,
      balancePointC: null,
    });
  });

  it("gives a fuel that only heats a base load of 0, not a flat yearly average, when the free line dips below", () => {
    // A heating-oil home: no use without cold (balance 15 °C), fitted on the equivalent 16.5 table, whose
    // mild months' degree-days come with no use: the free line's base load is below 0.
    const oil = monthlyPeriods({
      ...home,
      muKwhPerDay: 0,
      from: "2023-01-01",
      to: "2026-01-01",
      noiseShare: 0,
      seed: 1,
    });
    const degreeDays = new Map([...temperatures].map(([day, t]) => [day, Math.max(0, 16.5 - t)]));
    const table: WeatherInput = { kind: "degree_days", convention: "equiv16_5", degreeDays };
    const result = computeSavings({ periods: oil, weather: table, start: START, dataKind: "billing" });
    expect(result.model?.kind).toBe("heating_only");
    expect(result.model?.interceptKwhPerDay).toBe(0);
    expect(result.model?.heatingKwhPerDegreeDay).toBeGreaterThan(5);
    // Use that repeats the baseline year saves about nothing, not the summer-versus-average gap.
    expect(Math.abs(result.reporting?.savingsFraction ?? 1)).toBeLessThan(0.1);
  });
});

describe("savings", () => {
  it("finds a 15 % saving of known size inside its 90 % interval in most seeded trials", () => {
    // ASHRAE Guideline 14's interval on twelve monthly periods is a little narrow: measured here at
    // 84 % over 300 trials (see uncertainty.ts); the issue hoped for ~90 %.
    let inside = 0;
    const trials = 200;
    for (let seed = 1; seed <= trials; seed++) {
      const t = belgianTemperatures("2023-01-01", "2026-01-01", 1000 + seed);
      const periods = monthlyPeriods({
        ...home,
        temperatures: t,
        from: "2023-01-01",
        to: "2026-01-01",
        noiseShare: 0.05,
        seed,
        factor: (d) => (d >= START ? 0.85 : 1),
      });
      const result = computeSavings({
        periods,
        weather: { kind: "temperatures", tmeanC: t },
        start: START,
        dataKind: "billing",
      });
      const r = result.reporting;
      // The true saving: 15 % of what the home would have used.
      if (
        r?.uncertaintyKwh90 != null &&
        Math.abs(r.savingsKwh - (r.actualKwh / 0.85) * 0.15) <= r.uncertaintyKwh90
      )
        inside++;
    }
    expect(inside / trials).toBeGreaterThanOrEqual(0.8);
  });

  it("reports the reporting period's totals in kWh, and the fraction saved", () => {
    const result = computeSavings({
      periods: household(3, (d) => (d >= START ? 0.85 : 1), 0.02),
      weather,
      start: START,
      dataKind: "billing",
    });
    expect(result.reporting).toMatchObject({ from: START, to: "2026-01-01", periods: 12 });
    const r = result.reporting as NonNullable<typeof result.reporting>;
    expect(r.savingsKwh).toBeCloseTo(r.counterfactualKwh - r.actualKwh, 6);
    expect(r.savingsFraction).toBeGreaterThan(0.11);
    expect(r.savingsFraction).toBeLessThan(0.19);
    expect(result.points.filter((p) => p.phase === "reporting")).toHaveLength(12);
  });

  it("are about zero when the reporting year repeats the baseline year, weather included", () => {
    // A degree-day table whose 2025 repeats 2024 day for day, and the same use both years.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        (seed, scale) => {
          const { periods, table } = repeatedYear(seed, scale);
          const result = computeSavings({ periods, weather: table, start: START, dataKind: "billing" });
          expect(result.verdict).toBe("ok");
          expect(Math.abs(result.reporting?.savingsFraction ?? 1)).toBeLessThan(0.02);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("scale with consumption: twice the use, twice the savings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (seed, k) => {
          const periods = household(seed, (d) => (d >= START ? 0.9 : 1));
          const scaled = periods.map((p) => ({ ...p, usageKwh: (p.usageKwh as number) * k }));
          const a = computeSavings({ periods, weather, start: START, dataKind: "billing" });
          const b = computeSavings({ periods: scaled, weather, start: START, dataKind: "billing" });
          expect(b.reporting?.savingsKwh).toBeCloseTo((a.reporting?.savingsKwh ?? 0) * k, 6);
          expect(b.reporting?.uncertaintyKwh90).toBeCloseTo((a.reporting?.uncertaintyKwh90 ?? 0) * k, 6);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("what is not enough", () => {
  it("300 days of baseline: not enough yet, with the days still needed", () => {
    const periods = household(1).filter((p) => p.from >= "2024-03-01");
    const result = computeSavings({ periods, weather, start: START, dataKind: "billing" });
    expect(result.verdict).toBe("insufficient_baseline");
    expect(result.baselineCoverage).toMatchObject({ coveredDays: 306, requiredDays: 329 });
    expect(result.model).toBeNull();
  });

  it("summer readings only: not enough baseline", () => {
    const periods = household(1).filter((p) => p.from.slice(5, 7) >= "04" && p.from.slice(5, 7) <= "09");
    const result = computeSavings({ periods, weather, start: START, dataKind: "billing" });
    expect(result.verdict).toBe("insufficient_baseline");
  });

  it("a winter month without weather is left out and said; two leave no counterfactual to trust", () => {
    const withoutDays = (from: LocalDay, to: LocalDay) => {
      const copy = new Map(temperatures);
      for (let d = from; d < to; d = addDays(d, 1)) copy.delete(d);
      return { kind: "temperatures", tmeanC: copy } as const;
    };
    const periods = household(1);
    const oneMonth = computeSavings({
      periods,
      weather: withoutDays("2024-01-01", "2024-02-01"),
      start: START,
      dataKind: "billing",
    });
    expect(oneMonth.verdict).toBe("ok");
    expect(oneMonth.flags).toContainEqual({ code: "no_weather", from: "2024-01-01", to: "2024-02-01" });
    expect(oneMonth.model?.baselinePeriods).toBe(11);
    const twoMonths = computeSavings({
      periods,
      weather: withoutDays("2024-01-01", "2024-03-01"),
      start: START,
      dataKind: "billing",
    });
    expect(twoMonths.verdict).toBe("no_weather_data");
    const reportingGap = computeSavings({
      periods,
      weather: withoutDays("2025-02-01", "2025-03-01"),
      start: START,
      dataKind: "billing",
    });
    expect(reportingGap.reporting?.periods).toBe(11);
    expect(reportingGap.flags).toContainEqual({ code: "no_weather", from: "2025-02-01", to: "2025-03-01" });
  });

  it("no reading since the start: not enough reporting data", () => {
    const periods = household(1).filter((p) => p.to <= START);
    expect(computeSavings({ periods, weather, start: START, dataKind: "billing" }).verdict).toBe(
      "insufficient_reporting",
    );
  });

  it("a model that explains nothing (one big bill in four, zeros between) is not fit for savings", () => {
    const noise = household(1, undefined, 0).map((p, i) => ({ ...p, usageKwh: i % 4 ? 0 : 8000 }));
    const result = computeSavings({ periods: noise, weather, start: START, dataKind: "billing" });
    expect(result.verdict).toBe("model_not_fit");
    expect(result.model?.cvRmse).toBeGreaterThan(1);
  });

  it("drops baseline periods outside 25–35 days and merges an estimated reading into the next", () => {
    const periods: UsagePeriod[] = household(1).flatMap((p) =>
      p.from === "2024-03-01"
        ? [
            { from: "2024-03-01", to: "2024-03-11", usageKwh: (p.usageKwh as number) / 3, estimated: true },
            { from: "2024-03-11", to: "2024-04-01", usageKwh: ((p.usageKwh as number) * 2) / 3 },
          ]
        : [p],
    );
    const merged = computeSavings({ periods, weather, start: START, dataKind: "billing" });
    expect(merged.model?.baselinePeriods).toBe(12);
    const short = periods.map((p) => ({ ...p, estimated: false }));
    const dropped = computeSavings({ periods: short, weather, start: START, dataKind: "billing" });
    expect(dropped.flags).toContainEqual({
      code: "baseline_period_too_short",
      from: "2024-03-01",
      to: "2024-03-11",
    });
  });
});

describe("splitting a period's heating over its days", () => {
  it("adds up to the period, whatever the degree-days", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 25, noNaN: true }), { minLength: 1, maxLength: 62 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (usageKwh, dd, mu, beta) => {
          const days = splitByDegreeDays(usageKwh, dd, {
            interceptKwhPerDay: mu,
            heatingKwhPerDegreeDay: beta,
          });
          expect(days.reduce((s, d) => s + d, 0)).toBeCloseTo(usageKwh, 6);
        },
      ),
    );
  });
});

/** Degree-days whose 2025 repeats 2024, and a home using the same each year (no noise). */
function repeatedYear(seed: number, scale: number): { periods: UsagePeriod[]; table: WeatherInput } {
  const t = belgianTemperatures("2024-01-01", "2025-01-01", seed);
  const degreeDays = new Map<LocalDay, number>();
  for (const [day, tmean] of t) {
    const dd = Math.max(16.5 - tmean, 0);
    degreeDays.set(day, dd);
    degreeDays.set(`2025${day.slice(4)}`, dd);
  }
  degreeDays.delete("2025-02-29");
  const periods = monthlyPeriods({
    muKwhPerDay: 5 * scale,
    betaKwhPerDegreeDay: 3 * scale,
    balanceC: 16.5,
    temperatures: new Map([...t].flatMap(([d, v]) => [[d, v] as const, [`2025${d.slice(4)}`, v] as const])),
    from: "2024-01-01",
    to: "2026-01-01",
    noiseShare: 0,
    seed,
  });
  return { periods, table: { kind: "degree_days", convention: "equiv16_5", degreeDays } };
}

describe("normal-year use", () => {
  it("applies the model to normal degree-days, base and heating apart", () => {
    // January and February normals (Synergrid equivalent 16.5, 1991–2020): 396 and 349 degree-days.
    const year = normalYearKwh({ interceptKwhPerDay: 10, heatingKwhPerDegreeDay: 2 }, [
      { days: 31, degreeDays: 396 },
      { days: 28, degreeDays: 349 },
    ]);
    expect(year).toEqual({ baseKwh: 590, heatingKwh: 1490, totalKwh: 2080 });
  });
});

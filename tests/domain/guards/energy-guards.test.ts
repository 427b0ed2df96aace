import { describe, expect, it } from "vitest";
import { addDays } from "../../../api/consumption/brussels-days.ts";
import {
  comfortFlags,
  restrictionVerdict,
  selfDisconnectionVerdict,
  sizeBand,
  type TopUp,
} from "../../../api/guards/energy-guards.ts";

describe("possible restriction", () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 100 + i * 10); // median 195 kWh/m²

  it("flags a household using under half what comparable households use", () => {
    expect(restrictionVerdict({ householdValue: 90, comparableValues: twenty })).toEqual({
      status: "possible_restriction",
      householdValue: 90,
      comparableMedian: 195,
      comparableCount: 20,
    });
    expect(restrictionVerdict({ householdValue: 100, comparableValues: twenty }).status).toBe("no_sign");
  });

  it("is not assessable with fewer than twenty comparable households, or without normal-year use", () => {
    expect(restrictionVerdict({ householdValue: 10, comparableValues: twenty.slice(0, 19) })).toEqual({
      status: "not_assessable",
      reason: "no_comparable_population",
    });
    expect(restrictionVerdict({ householdValue: null, comparableValues: twenty })).toEqual({
      status: "not_assessable",
      reason: "no_normal_year_use",
    });
  });

  it("compares households of the same size band", () => {
    expect([1, 2, 3, 4, 5, 8].map(sizeBand)).toEqual(["1", "2", "3-4", "3-4", "5+", "5+"]);
  });
});

describe("self-disconnection on a budget meter", () => {
  const today = "2026-02-01";
  /** A 20 € top-up every `everyDays` days, from 240 days ago until `stopDaysAgo`. */
  const topUps = (everyDays: number, stopDaysAgo: number, amountEur = 20): TopUp[] => {
    const out: TopUp[] = [];
    for (let ago = 240; ago >= stopDaysAgo; ago -= everyDays)
      out.push({ day: addDays(today, -ago), amountEur });
    return out;
  };

  it("flags top-ups that stopped although they came every week", () => {
    expect(selfDisconnectionVerdict({ budgetMeter: true, topUps: topUps(7, 40), today })).toMatchObject({
      status: "top_ups_stopped",
    });
  });

  it("flags top-ups that shrank to less than half", () => {
    const shrinking = [...topUps(7, 61), ...topUps(7, 0, 5).filter((t) => t.day >= addDays(today, -60))];
    expect(selfDisconnectionVerdict({ budgetMeter: true, topUps: shrinking, today }).status).toBe(
      "top_ups_shrinking",
    );
  });

  it("sees no sign in steady top-ups; cannot tell without a budget meter or history", () => {
    expect(selfDisconnectionVerdict({ budgetMeter: true, topUps: topUps(7, 0), today }).status).toBe(
      "no_sign",
    );
    expect(selfDisconnectionVerdict({ budgetMeter: false, topUps: topUps(7, 0), today })).toEqual({
      status: "not_assessable",
      reason: "no_budget_meter",
    });
    expect(selfDisconnectionVerdict({ budgetMeter: true, topUps: topUps(7, 0).slice(-3), today })).toEqual({
      status: "not_assessable",
      reason: "too_few_top_ups",
    });
  });
});

describe("comfort check-ins", () => {
  it("flag a cold home, a damp home and feeling cold, and nothing else", () => {
    expect(
      comfortFlags([
        { day: "2026-01-10", indoorC: 16.5, humidityPct: 75, feltCold: true },
        { day: "2026-01-20", indoorC: 19.5, humidityPct: 55, feltCold: false },
        { day: "2026-01-25", indoorC: null, humidityPct: null, feltCold: true },
      ]),
    ).toEqual([
      { day: "2026-01-10", reasons: ["cold_home", "damp_home", "felt_cold"] },
      { day: "2026-01-25", reasons: ["felt_cold"] },
    ]);
  });
});

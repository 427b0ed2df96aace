import { describe, expect, it } from "vitest";
import { toCo2Parts } from "../../../api/consumption/co2.ts";
import { toKwhParts } from "../../../api/consumption/conversion.ts";
import { costByDay } from "../../../api/consumption/cost.ts";
import { meterIntervals } from "../../../api/consumption/meter-intervals.ts";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import { at, meter, reading, start } from "../meters/builders.ts";
import { costByPeriod, splitAllToDays, totalsByPeriod } from "./per-day-totals.ts";

/**
 * A household's gas meter from indexes to months in m³, kWh, € and kg CO₂, the way the consumption
 * endpoint composes the pure steps: intervals → day parts → (kWh → CO₂) and (€) → months.
 */
describe("from indexes to a monthly statement", () => {
  const gas = meter({ kind: "gas", unit: "m3", gasType: "H", startedAt: at("2024-09-01") });
  const readings = [
    start(gas, 1000),
    reading({ on: "2024-10-01", value: 1030 }), // 30 m³ in 30 days
    reading({ on: "2024-11-01", value: 1124 }), // 94 m³ in 31 days, across the October clock change
  ];
  const tariff: Tariff = {
    id: "demo-gas",
    energy: "gas",
    scope: "organisation",
    social: false,
    validFrom: "2024-01-01",
    unit: "kwh",
    pricesEur: { single: 0.1 },
    fixedEurPerYear: 91.5, // 0.25 € a day in 2024 (366 days)
    vatRate: 0.06,
    pricesIncludeVat: false,
    label: "Tarif de démonstration",
  };
  const { intervals } = meterIntervals({ meter: gas, readings });
  const parts = splitAllToDays({ intervals });
  const kwhParts = toKwhParts({ parts });
  const month = (xs: { quantity: number }[]) => xs.map((x) => Number(x.quantity.toFixed(9)));

  it("splits October evenly per day, the 25-hour Sunday included", () => {
    // 1 October 00:00 CEST → 1 November 00:00 CET is 31 days and 1 hour: still 94/31 m³ a day.
    expect(intervals[1]?.to.getTime()).toBe(at("2024-10-01").getTime() + (31 * 24 + 1) * 3_600_000);
    expect(parts.find((p) => p.day === "2024-10-27")?.quantity).toBeCloseTo(94 / 31, 12);
  });

  it("gives m³ and kWh per month: 30 m³ × 11.6 = 348 kWh; 94 m³ × 11.6 = 1090.4 kWh", () => {
    expect(month(totalsByPeriod({ parts, granularity: "month" }))).toEqual([30, 94]);
    expect(month(totalsByPeriod({ parts: kwhParts, granularity: "month" }))).toEqual([348, 1090.4]);
  });

  it("gives € per month: (kWh × 0.10 + days × 0.25) × 1.06", () => {
    // September: (34.80 + 7.50) × 1.06 = 44.838; October: (109.04 + 7.75) × 1.06 = 123.7974.
    const { days } = costByDay({ parts, tariffs: [tariff], protectedCustomer: false });
    expect(
      costByPeriod({ dayCosts: days, granularity: "month" }).map((m) => Number(m.costEur?.toFixed(9))),
    ).toEqual([44.838, 123.7974]);
  });

  it("gives kg CO₂ per month: kWh × 0.181", () => {
    // 348 × 0.181 = 62.988; 1090.4 × 0.181 = 197.3624.
    const co2 = toCo2Parts({ kwhParts }).parts;
    expect(month(totalsByPeriod({ parts: co2, granularity: "month" }))).toEqual([62.988, 197.3624]);
  });
});

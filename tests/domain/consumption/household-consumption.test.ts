import { describe, expect, it } from "vitest";
import { consumptionWindow } from "../../../api/consumption/consumption-window.ts";
import { householdConsumption, shiftYears } from "../../../api/consumption/household-consumption.ts";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import { meter, reading, start } from "../meters/builders.ts";

const tariff = (overrides: Partial<Tariff>): Tariff => ({
  id: "t",
  energy: "electricity",
  scope: "organisation",
  social: false,
  validFrom: "2024-01-01",
  unit: "kwh",
  pricesEur: { single: 0.3 },
  fixedEurPerYear: 0,
  vatRate: 0.06,
  pricesIncludeVat: false,
  ...overrides,
});

/**
 * Electricity at 10 kWh a day through 2024, then 20 kWh a day from 2025:
 * - 2024-01-01 → 2024-02-01: 310 kWh, wholly in January 2024 (measured);
 * - 2024-02-01 → 2025-01-01: 3,350 kWh;
 * - 2025-01-01 → 2025-01-16: 300 kWh, wholly in January 2025 (measured);
 * - 2025-01-16 → 2025-02-16: 620 kWh over 31 days, 16 of them in January (320 kWh, estimated).
 */
const electricity = meter({ id: "e", startedAt: new Date("2023-12-31T23:00:00Z") });
const electricityData = {
  meter: electricity,
  readings: [
    start(electricity, 0),
    reading({ on: "2024-02-01", value: 310 }),
    reading({ on: "2025-01-01", value: 3660 }),
    reading({ on: "2025-01-16", value: 3960 }),
    reading({ on: "2025-02-16", value: 4580 }),
  ],
  deliveries: [],
};

describe("a household's consumption over a window", () => {
  const january = (tariffs: Tariff[]) =>
    householdConsumption({
      meters: [electricityData],
      pricing: { tariffs, protectedCustomer: false },
      from: "2025-01-01",
      to: "2025-01-31",
      granularity: "month",
    });

  it("gives January in kWh, € and CO₂, the estimated share, and January a year before", () => {
    const result = january([tariff({})]);
    const [energy] = result.energies;
    expect(energy?.energy).toBe("electricity");
    expect(energy?.unit).toBe("kwh");
    // 300 measured + 320 spread from an interval crossing into February = 620 kWh; 320/620 = 0.516.
    // € 620 × 0.30 × 1.06 = 197.16; CO₂ 620 × 0.22 = 136.4 kg.
    expect(energy?.periods).toEqual([
      {
        period: "2025-01",
        quantity: 620,
        kwh: 620,
        injectionKwh: 0,
        costEur: 197.16,
        co2Kg: 136.4,
        estimatedShare: 0.516,
        coveredDays: 31,
        days: 31,
        // 310 kWh, wholly inside January 2024: € 310 × 0.30 × 1.06 = 98.58; CO₂ 68.2 kg.
        lastYear: {
          quantity: 310,
          kwh: 310,
          injectionKwh: 0,
          costEur: 98.58,
          co2Kg: 68.2,
          estimatedShare: 0,
          coveredDays: 31,
          days: 31,
        },
      },
    ]);
    expect(energy?.total).toMatchObject({ quantity: 620, costEur: 197.16, lastYear: { quantity: 310 } });
    expect(result.notes).toEqual([{ code: "daily_split_estimated" }]);
  });

  it("keeps a reading interval's share of the hours a smart-meter day lacks, as an estimate", () => {
    // 15 January 2024 has only two hourly values (0.8 kWh). The index difference holds: the 310 kWh
    // of January less those 0.8 go to the 30 other days and the 22 hours the file lacks (30 + 22/24
    // days): 309.2 kWh, estimated. January: 310 kWh, 309.2 of it estimated.
    const twoHours = { register: "single" as const, day: "2024-01-15", slotMinutes: 60, measuredSlots: 2 };
    const result = householdConsumption({
      meters: [{ ...electricityData, intervalDays: [{ ...twoHours, totalKwh: 0.8, totalNative: 0.8 }] }],
      pricing: { tariffs: [tariff({})], protectedCustomer: false },
      from: "2024-01-01",
      to: "2024-01-31",
      granularity: "month",
    });
    const period = result.energies[0]?.periods[0];
    expect(period?.kwh).toBe(310);
    expect(period?.estimatedShare).toBe(Math.round((309.2 / 310) * 1000) / 1000);
    expect(period?.coveredDays).toBe(31);
    expect(result.notes).toEqual([{ code: "daily_split_estimated" }]);
  });

  it("never guesses a cost: a tariff starting on the 10th leaves January without one", () => {
    const result = january([tariff({ validFrom: "2025-01-10" })]);
    const period = result.energies[0]?.periods[0];
    expect(period).toMatchObject({ costEur: null, costMissingReason: "tariff_missing", kwh: 620 });
    expect(period?.lastYear).toMatchObject({ costEur: null, costMissingReason: "tariff_missing" });
    expect(result.notes).toContainEqual({
      code: "tariff_missing",
      energy: "electricity",
      from: "2025-01-01",
    });
  });

  it("gives days, each an estimate, with the same day a year before", () => {
    const result = householdConsumption({
      meters: [electricityData],
      pricing: { tariffs: [], protectedCustomer: false },
      from: "2025-01-20",
      to: "2025-01-21",
      granularity: "day",
    });
    const periods = result.energies[0]?.periods ?? [];
    expect(periods.map((p) => [p.period, p.quantity, p.estimatedShare, p.lastYear?.quantity])).toEqual([
      ["2025-01-20", 20, 1, 10],
      ["2025-01-21", 20, 1, 10],
    ]);
  });

  it("keeps water in m³ without kWh or CO₂, priced by a tariff per m³", () => {
    const water = meter({ id: "w", kind: "water", unit: "m3", startedAt: new Date("2024-12-31T23:00:00Z") });
    const result = householdConsumption({
      meters: [
        {
          meter: water,
          readings: [start(water, 10), reading({ on: "2025-02-01", value: 13.1 })],
          deliveries: [],
        },
      ],
      pricing: {
        tariffs: [tariff({ energy: "water", unit: "m3", pricesEur: { single: 5 } })],
        protectedCustomer: false,
      },
      from: "2025-01-01",
      to: "2025-12-31",
      granularity: "year",
    });
    // 3.1 m³ × 5 € × 1.06 = 16.43 €.
    expect(result.energies[0]?.total).toMatchObject({
      quantity: 3.1,
      kwh: null,
      costEur: 16.43,
      co2Kg: null,
      co2MissingReason: "no_kwh",
      coveredDays: 31,
      days: 365,
      lastYear: null,
    });
  });

  it("says which energies have no data in the window", () => {
    const gas = meter({ id: "g", kind: "gas", unit: "m3", startedAt: new Date("2025-05-31T22:00:00Z") });
    const result = householdConsumption({
      meters: [electricityData, { meter: gas, readings: [start(gas, 5)], deliveries: [] }],
      pricing: { tariffs: [], protectedCustomer: false },
      from: "2025-01-01",
      to: "2025-01-31",
      granularity: "month",
    });
    expect(result.energies.map((e) => e.energy)).toEqual(["electricity"]);
    expect(result.notes).toContainEqual({ code: "no_data", energy: "gas" });
  });
});

describe("windows", () => {
  it("shifts days by years, 29 February becoming the 28th", () => {
    expect(shiftYears("2025-03-10", -1)).toBe("2024-03-10");
    expect(shiftYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(shiftYears("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("defaults to the last twelve calendar months up to today", () => {
    expect(consumptionWindow({ today: "2026-03-10" })).toEqual({
      ok: true,
      from: "2025-04-01",
      to: "2026-03-10",
    });
    expect(consumptionWindow({ to: "2026-01-31", today: "2026-03-10" })).toMatchObject({
      from: "2025-02-01",
    });
  });

  it("refuses a start after the end, and more than ten years", () => {
    expect(consumptionWindow({ from: "2026-03-11", today: "2026-03-10" })).toEqual({
      ok: false,
      problems: [{ field: "from", message: "consumption.from_after_to" }],
    });
    expect(consumptionWindow({ from: "2016-01-01", to: "2025-12-31", today: "2026-03-10" }).ok).toBe(true);
    expect(consumptionWindow({ from: "2016-01-01", to: "2026-01-01", today: "2026-03-10" })).toMatchObject({
      problems: [{ field: "to", message: "consumption.span_too_long" }],
    });
  });
});

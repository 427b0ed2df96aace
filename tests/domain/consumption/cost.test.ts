import { describe, expect, it } from "vitest";
import { costByDay } from "../../../api/consumption/cost.ts";
import { splitToDays } from "../../../api/consumption/daily-split.ts";
import { REFERENCE_SOCIAL_TARIFFS, type Tariff, tariffFor } from "../../../api/consumption/tariff-rules.ts";
import type { DayPart } from "../../../api/consumption/types.ts";
import { at, interval } from "../meters/builders.ts";
import { costByPeriod, totalCost } from "./per-day-totals.ts";

const tariff = (overrides: Partial<Tariff>): Tariff => ({
  id: "org-elec",
  energy: "electricity",
  scope: "organisation",
  social: false,
  validFrom: "2024-01-01",
  validTo: null,
  unit: "kwh",
  pricesEur: { single: 0.25, day: 0.3, night: 0.2, injection_day: -0.05 },
  // 2024 has 366 days: 73.2 € a year is 0.20 € a day.
  fixedEurPerYear: 73.2,
  vatRate: 0.06,
  pricesIncludeVat: false,
  ...overrides,
});

const part = (overrides: Partial<DayPart>): DayPart => ({
  meterId: "m",
  kind: "electricity",
  unit: "kwh",
  register: "single",
  day: "2024-03-05",
  quantity: 10,
  estimated: false,
  coverage: 1,
  ...overrides,
});

const euros = (value: number | null | undefined) => (value == null ? value : Number(value.toFixed(9)));

describe("costByDay", () => {
  it("prices registers, adds the day's share of fixed fees, VAT on offtake and fees, none on injection", () => {
    // Day 10 kWh × 0.30 + night 5 × 0.20 = 4.00; fixed 0.20; VAT 6 % of 4.20 = 0.252 → 4.452;
    // injection 4 kWh × −0.05 = −0.20, no VAT → 4.252 €.
    const { days, missing } = costByDay({
      parts: [
        part({ register: "day", quantity: 10 }),
        part({ register: "night", quantity: 5 }),
        part({ register: "injection_day", quantity: 4 }),
      ],
      tariffs: [tariff({})],
      protectedCustomer: false,
    });
    expect(missing).toEqual([]);
    expect(days.map((d) => [d.day, d.energy, euros(d.costEur), euros(d.vatEur), d.tariffId])).toEqual([
      ["2024-03-05", "electricity", 4.252, 0.252, "org-elec"],
    ]);
  });

  it("prorates fixed fees by the part of the day covered, once per energy", () => {
    // Half a day: 5 kWh × 0.25 = 1.25 + 0.10 fixed = 1.35 × 1.06 = 1.431.
    const { days } = costByDay({
      parts: [part({ quantity: 5, coverage: 0.5 })],
      tariffs: [tariff({})],
      protectedCustomer: false,
    });
    expect(euros(days[0]?.costEur)).toBe(1.431);
  });

  it("prefers the household's own contract to the organisation's default", () => {
    const own = tariff({
      id: "own",
      scope: "household",
      pricesEur: { single: 0.4 },
      fixedEurPerYear: 0,
      vatRate: 0,
    });
    const { days } = costByDay({ parts: [part({})], tariffs: [tariff({}), own], protectedCustomer: false });
    expect(days[0]).toMatchObject({ tariffId: "own", costEur: 4 });
  });

  it("splits a period spanning two tariffs by days", () => {
    // 8 → 12 March, 10 kWh a day; 0.30 until 10 March, then 0.20: 3 + 3 + 2 + 2 = 10 €.
    const parts = splitToDays({
      interval: interval({ from: at("2024-03-08"), to: at("2024-03-12"), quantity: 40 }),
    });
    const plain = { fixedEurPerYear: 0, vatRate: 0 };
    const tariffs = [
      tariff({ id: "a", validTo: "2024-03-10", pricesEur: { single: 0.3 }, ...plain }),
      tariff({ id: "b", validFrom: "2024-03-10", pricesEur: { single: 0.2 }, ...plain }),
    ];
    const { days } = costByDay({ parts, tariffs, protectedCustomer: false });
    expect(days.map((d) => [d.tariffId, euros(d.costEur)])).toEqual([
      ["a", 3],
      ["a", 3],
      ["b", 2],
      ["b", 2],
    ]);
    expect(euros(totalCost({ dayCosts: days }).costEur)).toBe(10);
  });

  it("prices gas m³ with a kWh tariff through the calorific value, and water per m³", () => {
    const gasTariff = tariff({
      id: "gas",
      energy: "gas",
      pricesEur: { single: 0.1 },
      fixedEurPerYear: 0,
      vatRate: 0,
    });
    const water = tariff({
      id: "water",
      energy: "water",
      unit: "m3",
      pricesEur: { single: 4.5 },
      fixedEurPerYear: 0,
      vatRate: 0,
    });
    const { days } = costByDay({
      parts: [
        part({ kind: "gas", unit: "m3", quantity: 10 }),
        part({ kind: "water", unit: "m3", quantity: 2 }),
      ],
      tariffs: [gasTariff, water],
      protectedCustomer: false,
    });
    // 10 m³ × 11.6 kWh/m³ × 0.10 € = 11.60 €; 2 m³ × 4.50 € = 9 €.
    expect(days.map((d) => [d.energy, euros(d.costEur)])).toEqual([
      ["gas", 11.6],
      ["water", 9],
    ]);
  });

  it("gives allocator units no cost here (the heating cost split prices them)", () => {
    const { days, missing } = costByDay({
      parts: [part({ kind: "heat_cost_allocator", unit: "units" })],
      tariffs: [],
      protectedCustomer: false,
    });
    expect([days, missing]).toEqual([[], []]);
  });
});

describe("social tariff", () => {
  it("applies the federal social tariff to a protected customer's single-rate electricity (VAT included)", () => {
    // 2024-Q1: 23.441 c€/kWh → 10 kWh = 2.3441 €, even though an organisation tariff exists.
    const { days } = costByDay({
      parts: [part({})],
      tariffs: [tariff({}), ...REFERENCE_SOCIAL_TARIFFS],
      protectedCustomer: true,
    });
    expect(days.map((d) => [d.tariffId, euros(d.costEur), euros(d.vatEur)])).toEqual([
      ["social-electricity-2024-01-01", 2.3441, euros(2.3441 - 2.3441 / 1.06)],
    ]);
  });

  it("has no social price for a day/night register: tarif manquant, not the commercial price", () => {
    const { days, missing } = costByDay({
      parts: [part({ register: "day" })],
      tariffs: [tariff({}), ...REFERENCE_SOCIAL_TARIFFS],
      protectedCustomer: true,
    });
    expect(days[0]?.costEur).toBeNull();
    expect(missing).toEqual([{ day: "2024-03-05", energy: "electricity", register: "day" }]);
  });

  it("leaves a protected customer's heating oil on the ordinary contract", () => {
    const oil = tariff({
      id: "oil",
      energy: "heating_oil",
      unit: "litre",
      pricesEur: { single: 1 },
      fixedEurPerYear: 0,
      vatRate: 0.21,
    });
    expect(
      tariffFor({ tariffs: [oil], energy: "heating_oil", day: "2024-03-05", protectedCustomer: true })?.id,
    ).toBe("oil");
    expect(
      tariffFor({ tariffs: [oil], energy: "electricity", day: "2024-03-05", protectedCustomer: true }),
    ).toBeNull();
  });

  it("has no quarter after 2024-Q4 in the shipped figures", () => {
    expect(
      tariffFor({
        tariffs: REFERENCE_SOCIAL_TARIFFS,
        energy: "gas",
        day: "2024-12-31",
        protectedCustomer: true,
      })?.pricesEur,
    ).toEqual({
      single: 0.05126,
    });
    expect(
      tariffFor({
        tariffs: REFERENCE_SOCIAL_TARIFFS,
        energy: "gas",
        day: "2025-01-01",
        protectedCustomer: true,
      }),
    ).toBeNull();
  });
});

describe("tariff missing", () => {
  it("makes the day, its month and the total null with the reason, never a partial sum", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2023-12-30"), to: at("2024-01-03"), quantity: 40 }),
    });
    const { days, missing } = costByDay({ parts, tariffs: [tariff({})], protectedCustomer: false });
    expect(days.map((d) => d.costEur === null)).toEqual([true, true, false, false]);
    expect(missing.map((m) => m.day)).toEqual(["2023-12-30", "2023-12-31"]);
    expect(costByPeriod({ dayCosts: days, granularity: "month" })).toEqual([
      { period: "2023-12", costEur: null, reason: "tariff_missing" },
      { period: "2024-01", costEur: expect.closeTo(2 * (10 * 0.25 + 0.2) * 1.06, 9) },
    ]);
    expect(totalCost({ dayCosts: days })).toEqual({
      costEur: null,
      reason: "tariff_missing",
      missingFrom: "2023-12-30",
    });
  });

  it("treats a tariff in another unit as no tariff (litres cannot price m³ of gas)", () => {
    const wrong = tariff({ energy: "gas", unit: "litre", pricesEur: { single: 1 } });
    const { days } = costByDay({
      parts: [part({ kind: "gas", unit: "m3" })],
      tariffs: [wrong],
      protectedCustomer: false,
    });
    expect(days[0]?.costEur).toBeNull();
  });
});

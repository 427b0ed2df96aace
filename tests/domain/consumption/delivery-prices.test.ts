import { describe, expect, it } from "vitest";
import { deliveryPriceOn } from "../../../api/consumption/delivery-prices.ts";
import { householdConsumption } from "../../../api/consumption/household-consumption.ts";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import type { FuelDelivery } from "../../../api/meters/meter-rules.ts";
import { meter, reading, start } from "../meters/builders.ts";

/** 1 000 l for 900 € (0.90 €/l), then 500 l for 550 € (1.10 €/l). */
const TWO: FuelDelivery[] = [
  { deliveredOn: "2024-10-01", quantity: 1000, costEur: 900 },
  { deliveredOn: "2025-01-10", quantity: 500, costEur: 550 },
];

describe("the price of a fuel from what was paid for its deliveries", () => {
  it("is the weighted average of the year's priced deliveries", () => {
    // (900 + 550) € / (1 000 + 500) l = 1 450 / 1 500 = 0.9667 €/l, not the mean of 0.90 and 1.10.
    const price = deliveryPriceOn({ deliveries: TWO, day: "2025-02-15" });
    expect(price).toBeCloseTo(0.966_667, 6);
    // The year ends with the day priced: on 2025-09-30 both still count, on 2025-10-01 the first
    // is 365 days old and only the second counts (550 / 500 = 1.10 €/l).
    expect(deliveryPriceOn({ deliveries: TWO, day: "2025-09-30" })).toBeCloseTo(0.966_667, 6);
    expect(deliveryPriceOn({ deliveries: TWO, day: "2025-10-01" })).toBeCloseTo(1.1, 9);
    // Before the second delivery, the first alone: 0.90 €/l.
    expect(deliveryPriceOn({ deliveries: TWO, day: "2025-01-09" })).toBeCloseTo(0.9, 9);
  });

  it("is the latest delivery's price more than 365 days after it", () => {
    expect(deliveryPriceOn({ deliveries: TWO, day: "2026-02-01" })).toBeCloseTo(1.1, 9);
    expect(deliveryPriceOn({ deliveries: TWO, day: "2027-06-30" })).toBeCloseTo(1.1, 9);
  });

  it("is none before the first priced delivery: the tariff then", () => {
    expect(deliveryPriceOn({ deliveries: TWO, day: "2024-09-30" })).toBeNull();
    expect(deliveryPriceOn({ deliveries: [], day: "2025-02-15" })).toBeNull();
  });

  it("ignores a delivery without a cost (or at 0 €): it says nothing about the price", () => {
    const withUnpriced: FuelDelivery[] = [
      ...TWO,
      { deliveredOn: "2025-01-20", quantity: 800, costEur: null },
      { deliveredOn: "2025-01-25", quantity: 300 },
      { deliveredOn: "2025-01-28", quantity: 300, costEur: 0 },
    ];
    expect(deliveryPriceOn({ deliveries: withUnpriced, day: "2025-02-15" })).toBeCloseTo(0.966_667, 6);
    expect(
      deliveryPriceOn({ deliveries: [{ deliveredOn: "2025-01-20", quantity: 800 }], day: "2025-02-15" }),
    ).toBeNull();
  });
});

/** Heating oil at 1.20 €/l with 50 € a year of fixed fees: what an adviser could have typed. */
const oilTariff: Tariff = {
  id: "oil",
  energy: "heating_oil",
  scope: "organisation",
  social: false,
  validFrom: "2024-01-01",
  unit: "litre",
  pricesEur: { single: 1.2 },
  fixedEurPerYear: 50,
  vatRate: 0.21,
  pricesIncludeVat: true,
};

/**
 * A tank with 500 l at the start (1 September 2024), its gauge read on the 1st of the month:
 * - 1 October 2024: + 1 000 l (900 €) before the reading: 1 300, so 200 l burnt in September;
 * - October: 1 300 → 1 100, 200 l;
 * - 10 January 2025: + 500 l (550 €); read 1 200 on 1 February;
 * - February 2025: 1 200 → 900, 300 l.
 */
const tank = meter({
  id: "tank",
  kind: "heating_oil",
  unit: "litre",
  startedAt: new Date("2024-08-31T22:00:00Z"),
});
const tankData = {
  meter: tank,
  readings: [
    start(tank, 500),
    reading({ on: "2024-10-01", value: 1300 }),
    reading({ on: "2024-11-01", value: 1100 }),
    reading({ on: "2025-02-01", value: 1200 }),
    reading({ on: "2025-03-01", value: 900 }),
  ],
  deliveries: TWO,
};

const months = (tariffs: Tariff[], from: string, to: string) =>
  householdConsumption({
    meters: [tankData],
    pricing: { tariffs, protectedCustomer: false },
    from,
    to,
    granularity: "month",
  });

describe("heating oil priced at what the household paid", () => {
  it("costs the litres burnt at the deliveries' average price, without fixed fees, and says so", () => {
    // February 2025: 300 l × 1 450 € / 1 500 l = 290.00 €, the tariff (1.20 €/l, 50 €/year) unused.
    // kWh and CO₂ as always: 300 l × 10 kWh/l = 3 000 kWh; × 0.263 kg/kWh = 789 kg.
    const result = months([oilTariff], "2025-02-01", "2025-02-28");
    expect(result.energies[0]?.periods[0]).toMatchObject({
      period: "2025-02",
      quantity: 300,
      kwh: 3000,
      costEur: 290,
      co2Kg: 789,
    });
    expect(result.notes).toContainEqual({ code: "price_from_deliveries", energy: "heating_oil" });
    expect(result.notes).not.toContainEqual(expect.objectContaining({ code: "tariff_missing" }));
  });

  it("uses the tariff before the first priced delivery, and says 'tarif manquant' without one", () => {
    // September 2024: 200 l before any delivery: 200 × 1.20 + 30 days × 50 € / 366 = 244.10 €.
    // October: 200 l at the October delivery's 0.90 €/l = 180 €, no fixed fees.
    const priced = months([oilTariff], "2024-09-01", "2024-10-31");
    expect(priced.energies[0]?.periods.map((p) => [p.period, p.costEur])).toEqual([
      ["2024-09", 244.1],
      ["2024-10", 180],
    ]);
    const unpriced = months([], "2024-09-01", "2024-10-31");
    expect(unpriced.energies[0]?.periods.map((p) => [p.period, p.costEur, p.costMissingReason])).toEqual([
      ["2024-09", null, "tariff_missing"],
      ["2024-10", 180, undefined],
    ]);
    expect(unpriced.notes).toEqual(
      expect.arrayContaining([
        { code: "tariff_missing", energy: "heating_oil", from: "2024-09-01" },
        { code: "price_from_deliveries", energy: "heating_oil" },
      ]),
    );
  });

  it("prices pellets, known from their deliveries only, the same way", () => {
    // 2 000 kg for 760 € on 1 October, then 1 000 kg on 1 December: the first burnt over October and
    // November (61 days) at 0.38 €/kg = 760 €; October's 31 days: 2 000 × 31/61 kg × 0.38 = 386.23 €.
    const stove = meter({
      id: "stove",
      kind: "pellets",
      unit: "kg",
      startedAt: new Date("2024-08-31T22:00:00Z"),
    });
    const result = householdConsumption({
      meters: [
        {
          meter: stove,
          readings: [],
          deliveries: [
            { deliveredOn: "2024-10-01", quantity: 2000, costEur: 760 },
            { deliveredOn: "2024-12-01", quantity: 1000, costEur: 400 },
          ],
        },
      ],
      pricing: { tariffs: [], protectedCustomer: false },
      from: "2024-10-01",
      to: "2024-11-30",
      granularity: "month",
    });
    expect(result.energies[0]?.periods.map((p) => [p.period, p.costEur])).toEqual([
      ["2024-10", 386.23],
      ["2024-11", 373.77],
    ]);
    expect(result.notes).toEqual([
      { code: "price_from_deliveries", energy: "pellets" },
      { code: "deliveries_estimated", energy: "pellets" },
    ]);
  });
});

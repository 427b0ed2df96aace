import { describe, expect, it } from "vitest";
import type { Tariff } from "../../../api/consumption/tariff-rules.ts";
import type { FuelDelivery } from "../../../api/meters/meter-rules.ts";
import { priceOfKwhSaved } from "../../../api/savings/savings-value.ts";

/** Three fills of the tank: 1.00 €/l, then 0.90 €/l, then 0.95 €/l, all-in as paid. */
const DELIVERIES: FuelDelivery[] = [
  { deliveredOn: "2024-10-15", quantity: 1000, costEur: 1000 },
  { deliveredOn: "2025-05-15", quantity: 1000, costEur: 900 },
  { deliveredOn: "2025-11-15", quantity: 1000, costEur: 950 },
];

/** What an adviser could have typed for heating oil: 1.20 €/l, VAT 21 % not included. */
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
  pricesIncludeVat: false,
};

const tank = (deliveries: FuelDelivery[]) => ({ meter: { kind: "heating_oil" as const }, deliveries });

const priceOn = (day: string, deliveries: FuelDelivery[], tariffs: Tariff[] = [oilTariff]) =>
  priceOfKwhSaved({
    tariffs,
    meters: [tank(deliveries)],
    energy: "heating_oil",
    day,
    protectedCustomer: false,
  });

describe("what a kWh of heating oil saved is worth", () => {
  it("is the year's average price of the deliveries, per kWh of the litre", () => {
    // On 2026-02-28 the year runs from 2025-03-01: the deliveries of May and November count, the
    // one of October 2024 no longer does. (900 + 950) € / (1 000 + 1 000) l = 0.925 €/l, and a
    // litre is 10 kWh: 0.0925 €/kWh, so 1 000 kWh saved are worth 92.50 €, not the tariff's 145.20 €.
    const price = priceOn("2026-02-28", DELIVERIES);
    expect(price?.fromDeliveries).toBe(true);
    expect(price?.eurPerKwh).toBeCloseTo(0.0925, 12);
    expect((price?.eurPerKwh ?? 0) * 1000).toBeCloseTo(92.5, 9);
  });

  it("counts the deliveries of every oil meter of the household: a replaced gauge's too", () => {
    // The old gauge got the first two fills, the new one the third, and a wood stove's delivery
    // (0.30 €/kg) is no oil: the same 0.0925 €/kWh as with one tank.
    const price = priceOfKwhSaved({
      tariffs: [oilTariff],
      meters: [
        tank(DELIVERIES.slice(0, 2)),
        tank(DELIVERIES.slice(2)),
        {
          meter: { kind: "wood" },
          deliveries: [{ deliveredOn: "2025-12-01", quantity: 1000, costEur: 300 }],
        },
      ],
      energy: "heating_oil",
      day: "2026-02-28",
      protectedCustomer: false,
    });
    expect(price).toEqual({ eurPerKwh: expect.closeTo(0.0925, 12), fromDeliveries: true });
  });

  it("is the tariff's before any priced delivery, and unknown with neither", () => {
    // 1.20 €/l × 1.21 / 10 kWh/l = 0.1452 €/kWh, fixed fees left out.
    expect(priceOn("2024-10-14", DELIVERIES)).toEqual({
      eurPerKwh: expect.closeTo(0.1452, 12),
      fromDeliveries: false,
    });
    const unpriced: FuelDelivery[] = [{ deliveredOn: "2025-05-15", quantity: 1000, costEur: null }];
    expect(priceOn("2026-02-28", unpriced)?.fromDeliveries).toBe(false);
    expect(priceOn("2026-02-28", unpriced, [])).toBeNull();
    expect(priceOn("2026-02-28", [], [])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { type EnergyTotal, readingMoney } from "../../web/meters/reading-money.ts";

const total = (over: Partial<EnergyTotal> = {}): EnergyTotal => ({
  quantity: 42.5,
  kwh: 493,
  costEur: 58.4,
  coveredDays: 29,
  lastYear: { quantity: 50, kwh: 580, coveredDays: 29 },
  ...over,
});

describe("readingMoney", () => {
  it("gives the interval's euros, per day, its kWh and the change against last year", () => {
    const money = readingMoney({ quantity: 42.5, days: 29, unit: "m3", stockLevel: false, total: total() });
    expect(money).toMatchObject({ eur: 58.4, eurPerDay: 2.01, missing: null, kwh: 493 });
    expect(money?.change).toBeCloseTo(-0.15, 5);
  });

  it("takes the interval's share when the days also hold a bit of the interval before", () => {
    const money = readingMoney({
      quantity: 40,
      days: 29,
      unit: "kwh",
      stockLevel: false,
      total: total({ quantity: 50, kwh: 50, costEur: 20 }),
    });
    expect(money).toMatchObject({ eur: 16, kwh: null });
  });

  it("says a tariff is missing rather than giving 0 €", () => {
    const money = readingMoney({
      quantity: 7,
      days: 30,
      unit: "m3",
      stockLevel: false,
      total: total({ quantity: 7, kwh: null, costEur: null, costMissingReason: "tariff_missing" }),
    });
    expect(money).toMatchObject({ eur: null, eurPerDay: null, missing: "tariff_missing", kwh: null });
  });

  it("makes no comparison when last year's readings cover too few of the same days", () => {
    const money = readingMoney({
      quantity: 42.5,
      days: 29,
      unit: "m3",
      stockLevel: false,
      total: total({ lastYear: { quantity: 10, kwh: 116, coveredDays: 5 } }),
    });
    expect(money?.change).toBeNull();
    expect(
      readingMoney({
        quantity: 42.5,
        days: 29,
        unit: "m3",
        stockLevel: false,
        total: total({ lastYear: null }),
      })?.change,
    ).toBeNull();
  });

  it("gives no price per day for less than a day, and none for a tank refilled in between", () => {
    expect(
      readingMoney({ quantity: 2, days: 0.5, unit: "m3", stockLevel: false, total: total({ quantity: 2 }) }),
    ).toMatchObject({ eurPerDay: null });
    expect(
      readingMoney({
        quantity: 60,
        days: 30,
        unit: "litre",
        stockLevel: true,
        total: total({ quantity: 560 }),
      }),
    ).toBeNull();
  });
  it("compares with last year only over a day or more, and only when something was used", () => {
    const sameDay = readingMoney({ quantity: 1.8, days: 0, unit: "kwh", stockLevel: false, total: total() });
    expect(sameDay).toMatchObject({ change: null, comparable: false });
    const nothing = readingMoney({ quantity: 0, days: 3, unit: "kwh", stockLevel: false, total: total() });
    expect(nothing).toMatchObject({ change: null, comparable: false });
    const month = readingMoney({ quantity: 42.5, days: 29, unit: "m3", stockLevel: false, total: total() });
    expect(month?.comparable).toBe(true);
  });
});

describe("readingMoney of an oil tank", () => {
  const tank = total({ quantity: 120, kwh: 1200, costEur: 111, coveredDays: 30 });

  it("says when the euros are at the average price of the household's deliveries", () => {
    const money = readingMoney({
      quantity: 120,
      days: 30,
      unit: "litre",
      stockLevel: true,
      total: tank,
      priceFromDeliveries: true,
    });
    expect(money).toMatchObject({ eur: 111, eurPerDay: 3.7, missing: null, fromDeliveries: true, kwh: 1200 });
  });

  it("without a price, misses the deliveries' price, not a tariff", () => {
    const money = readingMoney({
      quantity: 120,
      days: 30,
      unit: "litre",
      stockLevel: true,
      total: { ...tank, costEur: null, costMissingReason: "tariff_missing" },
    });
    expect(money).toMatchObject({ eur: null, missing: "delivery_price_missing", fromDeliveries: false });
  });
});

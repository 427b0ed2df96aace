import { describe, expect, it } from "vitest";
import type { Consumption } from "../../web/consumption/consumption-api.ts";
import { shapeConsumption, yearWindow } from "../../web/consumption/consumption-shape.ts";

type Energy = Consumption["energies"][number];
type Period = Energy["periods"][number];

const figures = (over: Partial<Period> = {}): Period => ({
  period: "2026-01",
  quantity: 100,
  kwh: 1160,
  injectionKwh: 0,
  costEur: 120.5,
  co2Kg: 200,
  estimatedShare: 0,
  coveredDays: 31,
  days: 31,
  lastYear: null,
  ...over,
});

const energy = (over: Partial<Energy>): Energy => ({
  energy: "gas",
  unit: "m3",
  periods: [],
  total: { ...figures(), lastYear: null },
  ...over,
});

describe("yearWindow", () => {
  it("asks for the year before and the year shown, never past today", () => {
    expect(yearWindow({ year: 2026, today: "2026-03-10" })).toEqual({ from: "2025-01-01", to: "2026-03-10" });
    expect(yearWindow({ year: 2025, today: "2026-03-10" })).toEqual({ from: "2024-01-01", to: "2025-12-31" });
  });
});

describe("shapeConsumption", () => {
  const gas = energy({
    periods: [
      figures({ period: "2025-01", quantity: 150, kwh: 1740, costEur: 160 }),
      figures({ period: "2025-02", quantity: 130, kwh: 1508, costEur: 140, estimatedShare: 0.4 }),
      figures({ period: "2026-01", quantity: 120, kwh: 1392, costEur: 131 }),
      figures({ period: "2026-02", quantity: 40, kwh: 464, costEur: 45, coveredDays: 9, days: 28 }),
    ],
  });

  it("puts each month of the year beside the same month of the year before, in kWh", () => {
    const [chart] = shapeConsumption({ answer: { energies: [gas] }, year: 2026, measure: "kwh" });
    expect(chart?.unit).toBe("kwh");
    expect(chart?.rows).toHaveLength(12);
    expect(chart?.rows[0]).toMatchObject({ month: 1, current: { value: 1392 }, previous: { value: 1740 } });
    expect(chart?.allMissing).toBeNull();
  });

  it("marks estimated and incomplete months, and never turns a month without data into zero", () => {
    const [chart] = shapeConsumption({ answer: { energies: [gas] }, year: 2026, measure: "native" });
    expect(chart?.unit).toBe("m3");
    expect(chart?.rows[1]?.previous).toMatchObject({ value: 130, estimated: true, partial: false });
    expect(chart?.rows[1]?.current).toMatchObject({ value: 40, estimated: false, partial: true });
    expect(chart?.rows[2]?.current).toEqual({
      value: null,
      missing: "no_data",
      estimated: false,
      partial: false,
    });
  });

  it("gives euros, and a missing tariff as a reason instead of 0 €", () => {
    const water = energy({
      energy: "water",
      unit: "m3",
      periods: [
        figures({
          period: "2026-01",
          quantity: 7,
          kwh: null,
          costEur: null,
          costMissingReason: "tariff_missing",
        }),
      ],
    });
    const [gasChart, waterChart] = shapeConsumption({
      answer: { energies: [gas, water] },
      year: 2026,
      measure: "eur",
    });
    expect(gasChart?.unit).toBe("eur");
    expect(gasChart?.rows[0]?.current.value).toBe(131);
    expect(waterChart?.rows[0]?.current).toMatchObject({ value: null, missing: "tariff_missing" });
    expect(waterChart?.allMissing).toBe("tariff_missing");
  });

  it("says which energies' euros come from the average price of the deliveries", () => {
    const oil = energy({ energy: "heating_oil", unit: "litre", periods: [figures({ costEur: 290 })] });
    const [gasChart, oilChart] = shapeConsumption({
      answer: {
        energies: [gas, oil],
        notes: [{ code: "price_from_deliveries", energy: "heating_oil" }, { code: "daily_split_estimated" }],
      },
      year: 2026,
      measure: "eur",
    });
    expect(oilChart).toMatchObject({ energy: "heating_oil", priceFromDeliveries: true });
    expect(oilChart?.rows[0]?.current.value).toBe(290);
    expect(gasChart?.priceFromDeliveries).toBe(false);
  });

  it("says which heating energy is spread between readings by how cold each day was", () => {
    const oil = energy({ energy: "heating_oil", unit: "litre", periods: [figures({ quantity: 90 })] });
    const [gasChart, oilChart] = shapeConsumption({
      answer: { energies: [gas, oil], notes: [{ code: "heating_by_degree_days", energy: "gas" }] },
      year: 2026,
      measure: "kwh",
    });
    expect(gasChart?.spreadByWeather).toBe(true);
    expect(oilChart?.spreadByWeather).toBe(false);
  });

  it("keeps water in m³ when kWh are asked, as it has none", () => {
    const water = energy({
      energy: "water",
      unit: "m3",
      periods: [figures({ quantity: 7, kwh: null })],
      total: { ...figures({ quantity: 7, kwh: null }), lastYear: null },
    });
    const [chart] = shapeConsumption({ answer: { energies: [water] }, year: 2026, measure: "kwh" });
    expect(chart?.unit).toBe("m3");
    expect(chart?.rows[0]?.current.value).toBe(7);
  });

  it("says there is no data at all when no month has any", () => {
    const [chart] = shapeConsumption({ answer: { energies: [energy({})] }, year: 2026, measure: "kwh" });
    expect(chart?.allMissing).toBe("no_data");
  });
});

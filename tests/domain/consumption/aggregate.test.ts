import { describe, expect, it } from "vitest";
import { byText } from "../../../api/consumption/aggregate.ts";
import { at, interval } from "../meters/builders.ts";
import { splitAllToDays, totalsByPeriod } from "./per-day-totals.ts";

/** Full precision is kept; 10 × 17 added day by day is 170 give or take 1e-13. */
const rounded = (totals: ReturnType<typeof totalsByPeriod>) =>
  totals.map((t) => ({
    ...t,
    quantity: Number(t.quantity.toFixed(9)),
    estimatedQuantity: Number(t.estimatedQuantity.toFixed(9)),
    coveredDays: Number(t.coveredDays.toFixed(9)),
  }));

describe("totalsByPeriod", () => {
  // 15 Jan → 15 Feb: 31 days, 310 kWh = 10 a day; 15 Feb → 1 March: 14 days, 140 kWh = 10 a day.
  const parts = splitAllToDays({
    intervals: [
      interval({ from: at("2024-01-15"), to: at("2024-02-15"), quantity: 310 }),
      interval({ from: at("2024-02-15"), to: at("2024-03-01"), quantity: 140 }),
    ],
  });

  it("sums Brussels months and says how much of each month the data covers", () => {
    expect(rounded(totalsByPeriod({ parts, granularity: "month" }))).toEqual([
      { period: "2024-01", quantity: 170, estimatedQuantity: 170, coveredDays: 17, days: 31 },
      { period: "2024-02", quantity: 280, estimatedQuantity: 280, coveredDays: 29, days: 29 },
    ]);
  });

  it("sums years and days", () => {
    expect(rounded(totalsByPeriod({ parts, granularity: "year" }))).toEqual([
      { period: "2024", quantity: 450, estimatedQuantity: 450, coveredDays: 46, days: 366 },
    ]);
    expect(rounded(totalsByPeriod({ parts, granularity: "day" }))[0]).toEqual({
      period: "2024-01-15",
      quantity: 10,
      estimatedQuantity: 10,
      coveredDays: 1,
      days: 1,
    });
  });

  it("puts a day on its Brussels month: the last evening of October is October, whatever UTC says", () => {
    const evening = splitAllToDays({
      intervals: [
        interval({ from: at("2024-10-31T20:00:00+01:00"), to: at("2024-10-31T22:00:00+01:00"), quantity: 1 }),
      ],
    });
    expect(evening[0]?.day).toBe("2024-10-31");
    expect(totalsByPeriod({ parts: evening, granularity: "month" })[0]?.period).toBe("2024-10");
  });

  it("counts covered days once when two registers cover the same day, and adds a day's halves", () => {
    const dayNight = splitAllToDays({
      intervals: [
        interval({
          register: "day",
          from: at("2024-03-01"),
          to: at("2024-03-01T12:00:00+01:00"),
          quantity: 2,
        }),
        interval({
          register: "day",
          from: at("2024-03-01T12:00:00+01:00"),
          to: at("2024-03-02"),
          quantity: 3,
        }),
        interval({ register: "night", from: at("2024-03-01"), to: at("2024-03-02"), quantity: 4 }),
      ],
    });
    expect(rounded(totalsByPeriod({ parts: dayNight, granularity: "month" }))).toEqual([
      { period: "2024-03", quantity: 9, estimatedQuantity: 0, coveredDays: 1, days: 31 },
    ]);
  });
});

describe("byText", () => {
  it("orders days and energy names as localeCompare does", () => {
    const words = [
      "2024-10-01",
      "2024-01-31",
      "2023-12-31",
      "heating_oil",
      "heat_cost_allocator",
      "gas",
      "wood",
    ];
    const expected = [...words].sort((a, b) => a.localeCompare(b));
    expect([...words].sort(byText)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { splitToDays } from "../../../api/consumption/daily-split.ts";
import { at, interval } from "../meters/builders.ts";
import { splitAllToDays } from "./per-day-totals.ts";

const days = (parts: ReturnType<typeof splitToDays>) =>
  parts.map((p) => [p.day, Number(p.quantity.toFixed(9)), p.estimated, Number(p.coverage.toFixed(9))]);

describe("splitToDays", () => {
  it("keeps a one-day interval whole and measured", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2024-03-05"), to: at("2024-03-06"), quantity: 12 }),
    });
    expect(days(parts)).toEqual([["2024-03-05", 12, false, 1]]);
  });

  it("keeps an interval inside one day measured, with its coverage", () => {
    const parts = splitToDays({
      interval: interval({
        from: at("2024-03-05T08:00:00+01:00"),
        to: at("2024-03-05T20:00:00+01:00"),
        quantity: 3,
      }),
    });
    expect(days(parts)).toEqual([["2024-03-05", 3, false, 0.5]]);
  });

  it("splits evenly per day and marks every day estimated", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2024-03-01"), to: at("2024-03-11"), quantity: 100 }),
    });
    expect(parts).toHaveLength(10);
    expect(parts.every((p) => p.quantity === 10 && p.estimated && p.coverage === 1)).toBe(true);
  });

  it("gives partial end days their share: ½ + 1 + ¼ day of 35 kWh → 10, 20, 5", () => {
    const parts = splitToDays({
      interval: interval({
        from: at("2024-03-01T12:00:00+01:00"),
        to: at("2024-03-03T06:00:00+01:00"),
        quantity: 35,
      }),
    });
    expect(days(parts)).toEqual([
      ["2024-03-01", 10, true, 0.5],
      ["2024-03-02", 20, true, 1],
      ["2024-03-03", 5, true, 0.25],
    ]);
  });

  it("counts the 23-hour spring Sunday as a whole day: 30 March → 1 April (47 hours), 46 kWh → 23 + 23", () => {
    const i = interval({ from: at("2024-03-30"), to: at("2024-04-01"), quantity: 46 });
    expect(i.to.getTime() - i.from.getTime()).toBe(47 * 3_600_000);
    expect(days(splitToDays({ interval: i }))).toEqual([
      ["2024-03-30", 23, true, 1],
      ["2024-03-31", 23, true, 1],
    ]);
  });

  it("counts the 25-hour autumn Sunday as a whole day: 26 → 28 October (49 hours), 50 kWh → 25 + 25", () => {
    const i = interval({ from: at("2024-10-26"), to: at("2024-10-28"), quantity: 50 });
    expect(i.to.getTime() - i.from.getTime()).toBe(49 * 3_600_000);
    expect(days(splitToDays({ interval: i }))).toEqual([
      ["2024-10-26", 25, true, 1],
      ["2024-10-27", 25, true, 1],
    ]);
  });

  it("measures a partial DST Sunday against its own length: 00:00 → 12:00 on 31 March is 11 of 23 hours", () => {
    const i = interval({ from: at("2024-03-31"), to: at("2024-03-31T12:00:00+02:00"), quantity: 4 });
    expect(splitToDays({ interval: i })[0]?.coverage).toBeCloseTo(11 / 23, 12);
  });

  it("splits heating energy by the weights given (degree-days): 1, 2, 3 → 10, 20, 30 of 60", () => {
    const weights = (day: string) => ({ "2024-01-01": 1, "2024-01-02": 2, "2024-01-03": 3 })[day] ?? 0;
    const parts = splitToDays({
      interval: interval({ from: at("2024-01-01"), to: at("2024-01-04"), quantity: 60 }),
      weights,
    });
    expect(days(parts).map((d) => d[1])).toEqual([10, 20, 30]);
  });

  it("weights partial days by coverage too: ½ day of weight 4 and a full day of weight 1 → 2 : 1", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2024-01-01T12:00:00+01:00"), to: at("2024-01-03"), quantity: 30 }),
      weights: (day) => (day === "2024-01-01" ? 4 : 1),
    });
    expect(days(parts).map((d) => d[1])).toEqual([20, 10]);
  });

  it("falls back to an even split when every weight is zero (a summer interval): the energy was used", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2024-07-01"), to: at("2024-07-05"), quantity: 8 }),
      weights: () => 0,
    });
    expect(parts.map((p) => p.quantity)).toEqual([2, 2, 2, 2]);
  });

  it("never places anything beyond the interval's last reading", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2024-03-01"), to: at("2024-03-03T00:00:01+01:00") }),
    });
    expect(parts.map((p) => p.day)).toEqual(["2024-03-01", "2024-03-02", "2024-03-03"]);
    expect(parts.at(-1)?.coverage).toBeCloseTo(1 / 86_400, 12);
    expect(splitToDays({ interval: interval({ from: at("2024-03-01"), to: at("2024-03-01") }) })).toEqual([]);
  });

  it("keeps an estimated interval (deliveries) estimated even on one day", () => {
    const parts = splitToDays({
      interval: interval({ from: at("2024-03-05"), to: at("2024-03-06"), estimated: true }),
    });
    expect(parts[0]?.estimated).toBe(true);
  });

  it("weights only the intervals the caller says are heating", () => {
    const gas = interval({
      kind: "gas",
      unit: "m3",
      from: at("2024-01-01"),
      to: at("2024-01-03"),
      quantity: 4,
    });
    const power = interval({ from: at("2024-01-01"), to: at("2024-01-03"), quantity: 4 });
    const parts = splitAllToDays({
      intervals: [gas, power],
      weightsFor: (i) => (i.kind === "gas" ? (day) => (day === "2024-01-01" ? 3 : 1) : undefined),
    });
    expect(parts.map((p) => [p.kind, p.quantity])).toEqual([
      ["gas", 3],
      ["gas", 1],
      ["electricity", 2],
      ["electricity", 2],
    ]);
  });
});

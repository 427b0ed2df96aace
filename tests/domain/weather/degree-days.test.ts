import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../api/consumption/brussels-days.ts";
import { dailyDegreeDays, daysOfMonth, dj1515, monthlySums } from "../../../api/weather/degree-days.ts";

const temps = (first: string, values: number[]) =>
  values.map((tmeanC, i) => ({ day: addDays(first, i), tmeanC }));

describe("DJ 15/15", () => {
  it("is 15 minus the mean temperature, never negative", () => {
    expect(dj1515(10)).toBe(5);
    expect(dj1515(-2.5)).toBe(17.5);
    expect(dj1515(15)).toBe(0);
    expect(dj1515(21)).toBe(0);
  });

  it("gives every day with a temperature its value", () => {
    expect(dailyDegreeDays(temps("2024-01-01", [10, 16, 20, 5]), "dj15_15")).toEqual([
      { day: "2024-01-01", degreeDays: 5 },
      { day: "2024-01-02", degreeDays: 0 },
      { day: "2024-01-03", degreeDays: 0 },
      { day: "2024-01-04", degreeDays: 10 },
    ]);
  });
});

describe("equivalent degree-days 16.5/16.5", () => {
  it("weights today, yesterday and the day before 0.6 / 0.3 / 0.1 (worked example)", () => {
    // DD = max(0, 16.5 − T): 6.5, 0.5, 0, 11.5
    // 3 Jan: 0.6·0 + 0.3·0.5 + 0.1·6.5 = 0.8; 4 Jan: 0.6·11.5 + 0.3·0 + 0.1·0.5 = 6.95
    expect(dailyDegreeDays(temps("2024-01-01", [10, 16, 20, 5]), "equiv16_5")).toEqual([
      { day: "2024-01-03", degreeDays: 0.8 },
      { day: "2024-01-04", degreeDays: 6.95 },
    ]);
  });

  it("has no value for a day whose day before or two days before is missing", () => {
    const withGap = [...temps("2024-01-01", [5, 5, 5]), ...temps("2024-01-05", [5, 5, 5])];
    const days = dailyDegreeDays(withGap, "equiv16_5").map((d) => d.day);
    expect(days).toEqual(["2024-01-03", "2024-01-07"]);
  });

  it("equals the plain 16.5 degree-days when the temperature does not change (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 30, noNaN: true }), (t) => {
        const rounded = Math.round(t * 100) / 100;
        const [value] = dailyDegreeDays(temps("2024-02-01", [rounded, rounded, rounded]), "equiv16_5");
        expect(value?.degreeDays).toBeCloseTo(Math.max(0, 16.5 - rounded), 3);
      }),
    );
  });

  it("is never negative (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -30, max: 40, noNaN: true }), { minLength: 3, maxLength: 40 }),
        (ts) => {
          for (const conv of ["dj15_15", "equiv16_5"] as const)
            for (const d of dailyDegreeDays(temps("2023-12-20", ts), conv))
              expect(d.degreeDays).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("monthly sums", () => {
  it("sums a complete month and names the missing days of an incomplete one", () => {
    const january = daysOfMonth("2024-01").map((day) => ({ day, degreeDays: 10 }));
    const february = daysOfMonth("2024-02")
      .filter((day) => day !== "2024-02-10" && day !== "2024-02-29")
      .map((day) => ({ day, degreeDays: 1.5 }));
    expect(monthlySums([...january, ...february], ["2024-01", "2024-02", "2024-03"])).toEqual([
      { month: "2024-01", complete: true, degreeDays: 310 },
      { month: "2024-02", complete: false, missingDays: ["2024-02-10", "2024-02-29"] },
      { month: "2024-03", complete: false, missingDays: daysOfMonth("2024-03") },
    ]);
  });

  it("knows month lengths, leap years included", () => {
    expect(daysOfMonth("2024-02")).toHaveLength(29);
    expect(daysOfMonth("2023-02")).toHaveLength(28);
    expect(daysOfMonth("2024-12").at(-1)).toBe("2024-12-31");
  });
});

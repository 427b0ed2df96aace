import { describe, expect, it } from "vitest";
import { addDays, type LocalDay } from "../../../api/consumption/brussels-days.ts";
import { normalYearUse } from "../../../api/savings/normal-year.ts";
import { daysBetween, type UsagePeriod } from "../../../api/savings/periods.ts";
import { dailyDegreeDays } from "../../../api/weather/index.ts";
import { belgianTemperatures, monthStarts } from "./synthetic.ts";

// Equivalent 16.5 normals, January to December: 2,252 degree-days a year.
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const normals = new Map(NORMALS.map((dd, i) => [i + 1, dd]));
/** The household: 10 kWh a day, and 2 kWh per equivalent 16.5 degree-day. */
const NORMAL_YEAR_KWH = 365 * 10 + 2 * 2252;

const months = monthStarts("2023-01-01", "2024-01-01");
const monthly = (usageOf: (from: LocalDay, to: LocalDay, i: number) => number | null): UsagePeriod[] =>
  months.slice(0, -1).map((from, i) => {
    const to = months[i + 1] as LocalDay;
    return { from, to, usageKwh: usageOf(from, to, i) };
  });

/** Synergrid's table as the station's monthly values, spread evenly over each month's days. */
function tableOf(perMonth: (month: number) => number, convention: "equiv16_5" | "dj15_15" = "equiv16_5") {
  const degreeDays = new Map<LocalDay, number>();
  for (let d = "2022-12-01"; d < "2024-02-01"; d = addDays(d, 1)) {
    const [y, m] = d.split("-").map(Number) as [number, number];
    degreeDays.set(d, perMonth(m) / new Date(Date.UTC(y, m, 0)).getUTCDate());
  }
  return { kind: "degree_days" as const, convention, degreeDays };
}

describe("a household's normal-year use", () => {
  it("is its model on the normals when the station has the monthly table", () => {
    const weather = tableOf((m) => NORMALS[m - 1] as number);
    const periods = monthly((from, to, i) => 10 * daysBetween(from, to) + 2 * (NORMALS[i] as number));
    expect(normalYearUse({ periods, weather, normals })).toBeCloseTo(NORMAL_YEAR_KWH, 6);
  });

  it("is fitted on equivalent 16.5 degree-days when the station has daily temperatures", () => {
    const tmeanC = belgianTemperatures("2022-12-01", "2024-02-01", 11);
    // Use that follows the equivalent 16.5 degree-days of these temperatures exactly.
    const equivalent = dailyDegreeDays(
      [...tmeanC].map(([day, t]) => ({ day, tmeanC: t })),
      "equiv16_5",
    );
    const degreeDays = new Map(equivalent.map((d) => [d.day, d.degreeDays]));
    const periods = monthly((from, to) => {
      let kwh = 0;
      for (let d = from; d < to; d = addDays(d, 1)) kwh += 10 + 2 * (degreeDays.get(d) as number);
      return kwh;
    });
    // A balance point searched on the temperatures would not meet the normals: it was null before.
    expect(normalYearUse({ periods, weather: { kind: "temperatures", tmeanC }, normals })).toBeCloseTo(
      NORMAL_YEAR_KWH,
      6,
    );
  });

  it("is none when the model is not fit (CV(RMSE) above 100 %), though the engine returns one", () => {
    // 0, 0, 3,000 kWh, again and again: an intercept of 33 kWh a day that explains nothing.
    const weather = tableOf((m) => NORMALS[m - 1] as number);
    const periods = monthly((_from, _to, i) => (i % 3 === 2 ? 3000 : 0));
    expect(normalYearUse({ periods, weather, normals })).toBeNull();
  });

  it("is none on a table of another convention than the normals'", () => {
    const weather = tableOf((m) => NORMALS[m - 1] as number, "dj15_15");
    const periods = monthly((from, to, i) => 10 * daysBetween(from, to) + 2 * (NORMALS[i] as number));
    expect(normalYearUse({ periods, weather, normals })).toBeNull();
  });
});

import type { DbOrTx } from "../../db/client.ts";
import { daysInMonth, type LocalDay } from "../consumption/brussels-days.ts";
import { NotFound } from "../http/errors.ts";
import { missingMonths } from "./months.ts";
import * as repo from "./weather.repo.ts";

/** Daily temperatures are used when they cover this share of the span; the monthly table otherwise. */
const TEMPERATURES_SHARE = 0.9;

export type SavingsWeatherInput =
  | { kind: "temperatures"; tmeanC: Map<LocalDay, number> }
  | { kind: "degree_days"; convention: "equiv16_5"; degreeDays: Map<LocalDay, number> };

/**
 * The weather of a station over `fromDay`–`toDay` (inclusive) as the savings engine reads it: daily
 * temperatures when the station has them for the span (the balance point is then searched), else the
 * measured equivalent 16.5 monthly table, each month's degree-days spread evenly over its days. Months
 * without data are listed, never filled.
 */
export async function weatherForSavings({
  db,
  stationCode,
  fromDay,
  toDay,
}: {
  db: DbOrTx;
  stationCode: string;
  fromDay: LocalDay;
  toDay: LocalDay;
}) {
  const station = await repo.findStation(db, stationCode);
  if (!station) throw new NotFound("weather.station_not_found");
  const [fromMonth, toMonth] = [fromDay.slice(0, 7), toDay.slice(0, 7)];
  const [temperatures, monthly, normalRows] = await Promise.all([
    repo.temperaturesBetween(db, { stationCode, fromDay, toDay }),
    repo.monthlyValues(db, { stationCode, convention: "equiv16_5", kind: "measured", fromMonth, toMonth }),
    repo.monthlyValues(db, { stationCode, convention: "equiv16_5", kind: "normal" }),
  ]);
  // Equivalent 16.5 normals by month of year (1–12), for normal-year use and bill projections.
  const normals = new Map(normalRows.map((n) => [Number(n.month), n.degreeDays]));
  const spanDays = Math.round((Date.parse(toDay) - Date.parse(fromDay)) / 86_400_000) + 1;
  if (temperatures.length >= TEMPERATURES_SHARE * spanDays) {
    return {
      station,
      normals,
      source: "daily_temperatures" as const,
      input: {
        kind: "temperatures",
        tmeanC: new Map(temperatures.map((t) => [t.day, t.tmeanC])),
      } as SavingsWeatherInput,
      missingMonths: missingMonths({
        from: fromMonth,
        to: toMonth,
        present: temperatures.map((t) => t.day.slice(0, 7)),
      }),
    };
  }
  const degreeDays = new Map<LocalDay, number>();
  for (const m of monthly) {
    const days = daysInMonth(m.month);
    for (let i = 1; i <= days; i++)
      degreeDays.set(`${m.month}-${String(i).padStart(2, "0")}`, m.degreeDays / days);
  }
  return {
    station,
    normals,
    source: "monthly_degree_days" as const,
    input: { kind: "degree_days", convention: "equiv16_5", degreeDays } as SavingsWeatherInput,
    missingMonths: missingMonths({ from: fromMonth, to: toMonth, present: monthly.map((m) => m.month) }),
  };
}

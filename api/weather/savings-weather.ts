import type { DbOrTx } from "../../db/client.ts";
import { daysInMonth, type LocalDay } from "../consumption/brussels-days.ts";
import { NotFound } from "../http/errors.ts";
import { dailyDegreeDays } from "./degree-days.ts";
import { missingMonths } from "./months.ts";
import * as repo from "./weather.repo.ts";

/** Daily temperatures are used when they cover this share of the span; the monthly table otherwise. */
const TEMPERATURES_SHARE = 0.9;

export type SavingsWeatherInput =
  | { kind: "temperatures"; tmeanC: Map<LocalDay, number> }
  | { kind: "degree_days"; convention: "equiv16_5"; degreeDays: Map<LocalDay, number> };

/** What a station holds over a span: its daily temperatures, its measured equivalent 16.5 months, its normals. */
export type StationWeather = Awaited<ReturnType<typeof repo.weatherRowsBetween>>;

/** A station's weather over `fromDay`–`toDay` (inclusive): none for an unknown station. */
export const stationWeather = (
  db: DbOrTx,
  span: { stationCode: string; fromDay: LocalDay; toDay: LocalDay },
) => repo.weatherRowsBetween(db, span);

/**
 * The weather of a station over `fromDay`–`toDay` (inclusive) as the savings engine reads it: daily
 * temperatures when the station has them for the span (the balance point is then searched), else the
 * measured equivalent 16.5 monthly table, each month's degree-days spread evenly over its days. Months
 * without data are listed, never filled.
 */
export async function weatherForSavings({
  db,
  ...span
}: {
  db: DbOrTx;
  stationCode: string;
  fromDay: LocalDay;
  toDay: LocalDay;
}) {
  const [station, rows] = await Promise.all([
    repo.findStation(db, span.stationCode),
    stationWeather(db, span),
  ]);
  if (!station) throw new NotFound("weather.station_not_found");
  return { station, ...savingsWeatherOver(rows, span) };
}

/** `weatherForSavings`'s weather over a span inside the rows fetched (`stationWeather`). */
export function savingsWeatherOver(
  { temperatures: allTemperatures, monthly: allMonthly, normals }: StationWeather,
  { fromDay, toDay }: { fromDay: LocalDay; toDay: LocalDay },
) {
  const [fromMonth, toMonth] = [fromDay.slice(0, 7), toDay.slice(0, 7)];
  const temperatures = allTemperatures.filter((t) => t.day >= fromDay && t.day <= toDay);
  const monthly = allMonthly.filter((m) => m.month >= fromMonth && m.month <= toMonth);
  const spanDays = Math.round((Date.parse(toDay) - Date.parse(fromDay)) / 86_400_000) + 1;
  if (temperatures.length >= TEMPERATURES_SHARE * spanDays) {
    return {
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
  return {
    normals,
    source: "monthly_degree_days" as const,
    input: {
      kind: "degree_days",
      convention: "equiv16_5",
      degreeDays: spreadMonths(monthly),
    } as SavingsWeatherInput,
    missingMonths: missingMonths({ from: fromMonth, to: toMonth, present: monthly.map((m) => m.month) }),
  };
}

/**
 * Each day's equivalent 16.5 degree-days, the best the station has for it: from its daily
 * temperatures where it has them (and the two days before), else its month's measured value spread
 * evenly. The two sources share a convention, so a day-by-day use (spreading readings over days) may
 * take each day from either; a model is fitted on one source only (`savingsWeatherOver`).
 */
export function bestDegreeDaysByDay({ temperatures, monthly }: StationWeather): Map<LocalDay, number> {
  const byDay = spreadMonths(monthly);
  for (const d of dailyDegreeDays(temperatures, "equiv16_5")) byDay.set(d.day, d.degreeDays);
  return byDay;
}

function spreadMonths(monthly: readonly { month: string; degreeDays: number }[]): Map<LocalDay, number> {
  const degreeDays = new Map<LocalDay, number>();
  for (const m of monthly) {
    const days = daysInMonth(m.month);
    for (let i = 0; i < days; i++) degreeDays.set(m.month + (DAY_SUFFIXES[i] as string), m.degreeDays / days);
  }
  return degreeDays;
}

/** "-01" … "-31": a month's days are its `YYYY-MM` and these. */
const DAY_SUFFIXES = Array.from({ length: 31 }, (_, i) => `-${String(i + 1).padStart(2, "0")}`);

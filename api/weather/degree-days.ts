import { addDays, type LocalDay } from "../consumption/brussels-days.ts";

/**
 * Degree-days from daily mean outdoor temperatures (°C), the two Belgian conventions:
 * - DJ 15/15 (IRM/KMI): DJ(d) = max(0, 15 − Tmean(d)).
 * - Equivalent 16.5/16.5 (Synergrid, gas sector): DDeq(d) = 0.6·DD(d) + 0.3·DD(d−1) + 0.1·DD(d−2)
 *   with DD = max(0, 16.5 − Tmean). A day whose d−1 or d−2 temperature is missing has no value:
 *   it is never guessed. (gas.be words the weights as applying to temperatures; we follow Synergrid,
 *   who publishes the tables: weights on degree-days.)
 */
export type DegreeDayConvention = "dj15_15" | "equiv16_5";
export const CONVENTIONS: readonly DegreeDayConvention[] = ["dj15_15", "equiv16_5"];

export interface DailyTemperature {
  day: LocalDay;
  tmeanC: number;
}

export interface DailyDegreeDays {
  day: LocalDay;
  degreeDays: number;
}

/** Three decimals, as stored: sums of stored values are then the same whatever computed them. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function dj1515(tmeanC: number): number {
  return round3(Math.max(0, 15 - tmeanC));
}

function dd165(tmeanC: number): number {
  return Math.max(0, 16.5 - tmeanC);
}

/** Each day's degree-days in one convention, in day order; days that cannot have one are left out. */
export function dailyDegreeDays(
  temperatures: readonly DailyTemperature[],
  convention: DegreeDayConvention,
): DailyDegreeDays[] {
  const sorted = [...temperatures].sort((a, b) => a.day.localeCompare(b.day));
  if (convention === "dj15_15") return sorted.map((t) => ({ day: t.day, degreeDays: dj1515(t.tmeanC) }));
  const byDay = new Map(sorted.map((t) => [t.day, t.tmeanC]));
  const out: DailyDegreeDays[] = [];
  for (const t of sorted) {
    const before = byDay.get(addDays(t.day, -1));
    const twoBefore = byDay.get(addDays(t.day, -2));
    if (before === undefined || twoBefore === undefined) continue;
    out.push({
      day: t.day,
      degreeDays: round3(0.6 * dd165(t.tmeanC) + 0.3 * dd165(before) + 0.1 * dd165(twoBefore)),
    });
  }
  return out;
}

export type MonthSum =
  | { month: string; complete: true; degreeDays: number }
  | { month: string; complete: false; missingDays: LocalDay[] };

/**
 * Monthly sums of daily degree-days for the months `YYYY-MM` asked: a sum only for a month whose
 * every day has a value; otherwise the days missing, so the reader knows what to import.
 */
export function monthlySums(daily: readonly DailyDegreeDays[], months: readonly string[]): MonthSum[] {
  const byDay = new Map(daily.map((d) => [d.day, d.degreeDays]));
  return months.map((month) => {
    const missingDays: LocalDay[] = [];
    let sum = 0;
    for (const day of daysOfMonth(month)) {
      const value = byDay.get(day);
      if (value === undefined) missingDays.push(day);
      else sum += value;
    }
    return missingDays.length
      ? { month, complete: false, missingDays }
      : { month, complete: true, degreeDays: round3(sum) };
  });
}

export function daysOfMonth(month: string): LocalDay[] {
  const days: LocalDay[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  return days;
}

/** A degree-day weather in the convention of the normals, as the savings engine takes it. */
export interface Equiv165Weather {
  kind: "degree_days";
  convention: "equiv16_5";
  degreeDays: Map<LocalDay, number>;
}

/**
 * Weather for a model whose figures meet the equivalent 16.5 normals (normal-year use, bill projection,
 * building signature): never mix conventions in one model (DESIGN §4). Daily temperatures become each
 * day's equivalent 16.5 degree-days (days without their two days before are left out); a table already
 * in that convention is taken as it is.
 */
export function equiv165Weather(
  input:
    | { kind: "temperatures"; tmeanC: ReadonlyMap<LocalDay, number> }
    | { kind: "degree_days"; convention: "equiv16_5"; degreeDays: ReadonlyMap<LocalDay, number> },
): Equiv165Weather {
  if (input.kind === "degree_days")
    return { kind: "degree_days", convention: "equiv16_5", degreeDays: new Map(input.degreeDays) };
  const temperatures = [...input.tmeanC].map(([day, tmeanC]) => ({ day, tmeanC }));
  const degreeDays = new Map(dailyDegreeDays(temperatures, "equiv16_5").map((d) => [d.day, d.degreeDays]));
  return { kind: "degree_days", convention: "equiv16_5", degreeDays };
}

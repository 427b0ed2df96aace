import { addDays, type LocalDay } from "../consumption/brussels-days.ts";
import { daysOf, type UsagePeriod } from "./periods.ts";

export type DegreeDayConvention = "dj15_15" | "equiv16_5";

/**
 * The weather a model is fitted with. Daily mean temperatures let the balance point be searched;
 * a published degree-day table fixes it (its monthly values spread evenly over the month's days by
 * the caller). Missing days are simply absent from the map: nothing is invented.
 */
export type WeatherInput =
  | { kind: "temperatures"; tmeanC: ReadonlyMap<LocalDay, number> }
  | { kind: "degree_days"; convention: DegreeDayConvention; degreeDays: ReadonlyMap<LocalDay, number> };

/** The balance point of each table convention, °C. */
export const CONVENTION_BALANCE_C: Record<DegreeDayConvention, number> = { dj15_15: 15, equiv16_5: 16.5 };

/** A period's weather is usable when at least this share of its days has a temperature. */
const MIN_WEATHER_SHARE = 0.9;

/**
 * What a period's heating degree-days per day need: its temperatures (mean over the days that have
 * one) or its table degree-days (every day needed). Null when the period has no usable weather.
 */
export type PeriodWeather =
  | { kind: "temperatures"; tmeanC: number[] }
  | { kind: "degree_days"; perDay: number };

export function periodWeather(
  period: Pick<UsagePeriod, "from" | "to">,
  weather: WeatherInput,
): PeriodWeather | null {
  const days = daysOf(period);
  if (weather.kind === "temperatures") {
    const tmeanC: number[] = [];
    for (let d = period.from; d < period.to; d = addDays(d, 1)) {
      const t = weather.tmeanC.get(d);
      if (t !== undefined) tmeanC.push(t);
    }
    return tmeanC.length >= MIN_WEATHER_SHARE * days && tmeanC.length > 0
      ? { kind: "temperatures", tmeanC }
      : null;
  }
  let sum = 0;
  for (let d = period.from; d < period.to; d = addDays(d, 1)) {
    const dd = weather.degreeDays.get(d);
    if (dd === undefined) return null;
    sum += dd;
  }
  return { kind: "degree_days", perDay: sum / days };
}

/** HDD per day of a period at balance point `balanceC`: mean of max(b − T, 0), or the table's mean. */
export function hddPerDay(weather: PeriodWeather, balanceC: number): number {
  if (weather.kind === "degree_days") return weather.perDay;
  let sum = 0;
  for (const t of weather.tmeanC) sum += Math.max(balanceC - t, 0);
  return sum / weather.tmeanC.length;
}

/** Balance points searched with daily temperatures: −1 to 32 °C by 1 °C (CalTRACK's 30–90 °F) [3.2]. */
export const BALANCE_POINT_GRID_C = Array.from({ length: 34 }, (_, i) => i - 1);

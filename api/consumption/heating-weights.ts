import type { Ctx } from "../http/context.ts";
import { intervalDaysForHousehold } from "../imports/index.ts";
import { listReadingsForHousehold } from "../meters/index.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import { type DayWeights, fitDataFrom, heatingDayWeights, type SavingsEnergy } from "../savings/index.ts";
import {
  bestDegreeDaysByDay,
  equiv165Weather,
  type StationWeather,
  savingsWeatherOver,
  stationWeather,
} from "../weather/index.ts";
import { addDays, dayNumber, dayOfNumber, daysInMonth, type LocalDay } from "./brussels-days.ts";
import type { ConversionSettings } from "./conversion.ts";
import type { DayWeight } from "./day-spans.ts";

/**
 * The weather rows of the organisation's station over `fromDay`–`toDay` (its two days before
 * included, which equivalent degree-days weigh). None for a station not known: the intervals are then
 * spread evenly, the screen still answers.
 */
export async function stationDegreeDays(
  ctx: Ctx,
  { fromDay, toDay }: { fromDay: LocalDay; toDay: LocalDay },
): Promise<StationWeather> {
  const stationCode = (await findWeatherStationCode(ctx.db, ctx.orgId)) ?? "uccle";
  return stationWeather(ctx.db, { stationCode, fromDay: addDays(fromDay, -2), toDay });
}

/** A household's readings and smart-meter days of the year its model is fitted on, for a past window. */
export async function loadFitData(ctx: Ctx, householdId: string, today: LocalDay) {
  const from = fitDataFrom(today);
  const [meters, intervalDays] = await Promise.all([
    listReadingsForHousehold({ ctx, householdId, days: { from, to: today } }),
    intervalDaysForHousehold({ ctx, householdId, fromDay: from, toDay: today }),
  ]);
  return { meters, intervalDays };
}

/**
 * Per heating energy, the weight of each day its intervals are spread by: the household's model of the
 * year before today (one model whatever the window, so a month reads the same on every screen and
 * export), on each day's degree-days.
 */
export function heatingWeightsOf({
  energies,
  fit,
  conversion,
  station,
  today,
}: {
  energies: readonly SavingsEnergy[];
  fit: Pick<Parameters<typeof heatingDayWeights>[0], "meters" | "intervalDays">;
  conversion?: ConversionSettings;
  station: StationWeather;
  today: LocalDay;
}): Map<SavingsEnergy, DayWeight> {
  // Fitted as the bill projection fits it: one source of weather over the year, in equivalent 16.5.
  const fitSpan = { fromDay: addDays(fitDataFrom(today), -2), toDay: today };
  const weather = equiv165Weather(savingsWeatherOver(station, fitSpan).input);
  const models = heatingDayWeights({ energies, ...fit, conversion, weather, until: today });
  return dayWeightsByEnergy(models, { degreeDays: bestDegreeDaysByDay(station), normals: station.normals });
}

/**
 * Each model as the weight of a day (`dayNumber`): base load plus heating by that day's degree-days. A
 * day the station has not published yet (this month, a late import) takes its month's normal
 * degree-days, spread evenly: an estimate, as the spread is, and never "a day without heating".
 */
export function dayWeightsByEnergy<E extends string>(
  models: ReadonlyMap<E, DayWeights>,
  station: { degreeDays: ReadonlyMap<LocalDay, number>; normals: ReadonlyMap<number, number> },
): Map<E, DayWeight> {
  const { normals } = station;
  const degreeDays = new Map<number, number>();
  for (const [day, dd] of station.degreeDays) degreeDays.set(dayNumber(day), dd);
  const degreeDaysOf = (day: number) => {
    const known = degreeDays.get(day);
    if (known !== undefined) return known;
    const month = dayOfNumber(day).slice(0, 7);
    const normal = normals.get(Number(month.slice(5)));
    return normal === undefined ? undefined : normal / daysInMonth(month);
  };
  const weights = new Map<E, DayWeight>();
  for (const [energy, model] of models)
    weights.set(energy, (day) => {
      const dd = degreeDaysOf(day);
      return dd === undefined ? undefined : model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * dd;
    });
  return weights;
}

import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import type { DayWeights } from "../savings/index.ts";
import { type Equiv165Weather, equiv165Weather, weatherForSavings } from "../weather/index.ts";
import { addDays, dayNumber, type LocalDay } from "./brussels-days.ts";
import type { DayWeight } from "./day-spans.ts";

/**
 * The weather of the organisation's station over `fromDay`–`toDay` in equivalent 16.5 degree-days (its
 * two days before included, which each day weighs). Null when the station is not known: the intervals
 * are then spread evenly, the screen still answers.
 */
export async function stationDegreeDays(
  ctx: Ctx,
  { fromDay, toDay }: { fromDay: LocalDay; toDay: LocalDay },
): Promise<Equiv165Weather | null> {
  const stationCode = (await findWeatherStationCode(ctx.db, ctx.orgId)) ?? "uccle";
  try {
    const weather = await weatherForSavings({
      db: ctx.db,
      stationCode,
      fromDay: addDays(fromDay, -2),
      toDay,
    });
    return equiv165Weather(weather.input);
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}

/** Each model as the weight of a day (`dayNumber`): base load plus heating by that day's degree-days. */
export function dayWeightsByEnergy<E extends string>(
  models: ReadonlyMap<E, DayWeights>,
  weather: Equiv165Weather,
): Map<E, DayWeight> {
  const degreeDays = new Map<number, number>();
  for (const [day, dd] of weather.degreeDays) degreeDays.set(dayNumber(day), dd);
  const weights = new Map<E, DayWeight>();
  for (const [energy, model] of models)
    weights.set(energy, (day) => {
      const dd = degreeDays.get(day);
      return dd === undefined ? undefined : model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * dd;
    });
  return weights;
}

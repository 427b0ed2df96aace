import { addDays, brusselsDayOf, type LocalDay, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import type { ConversionSettings } from "../consumption/conversion.ts";
import type { IndexReading } from "../meters/meter-rules.ts";
import type { Equiv165Weather } from "../weather/index.ts";
import { chooseUsagePeriods, dailyPeriods, engineInput, type MeterIntervalDay } from "./daily-periods.ts";
import { type MeterData, metersAsOf } from "./data-as-of.ts";
import type { FittedModel } from "./model-selection.ts";
import { projectableModel } from "./normal-year.ts";
import { BASELINE_DAYS } from "./periods.ts";
import { computeSavings } from "./savings-engine.ts";
import { readingPeriods, type SavingsEnergy } from "./usage-periods.ts";

/** What a model expects of a day: base load plus heating by the day's degree-days. */
export type DayWeights = Pick<FittedModel, "interceptKwhPerDay" | "heatingKwhPerDegreeDay">;

/**
 * Per heating energy of a household, its own model (the savings engine's, fitted on the year before
 * its last data up to `until`, in equivalent 16.5 degree-days as the bill projection fits it), when
 * the method judges it fit and it heats: the consumption screen spreads a reading interval of that
 * energy over its days in proportion to what this model expects of each day (DESIGN §4: heating
 * energy by degree-days, the rest by days). An energy without such a model is left out, and its
 * intervals stay spread evenly: a base load alone (intercept-only) is even, and without a fit the
 * share of heating in the interval is not known.
 */
export function heatingDayWeights({
  energies,
  meters,
  intervalDays,
  conversion,
  weather,
  until,
}: {
  energies: readonly SavingsEnergy[];
  meters: readonly MeterData[];
  intervalDays: readonly MeterIntervalDay[];
  conversion?: ConversionSettings;
  weather: Equiv165Weather;
  until: LocalDay;
}): Map<SavingsEnergy, DayWeights> {
  const weights = new Map<SavingsEnergy, DayWeights>();
  for (const energy of energies) {
    const { known, knownDays } = fitData({ energy, meters, intervalDays, until });
    if (!known.length) continue;
    const usage = chooseUsagePeriods({
      energy,
      start: until,
      billing: readingPeriods({ energy, meters: known, conversion }),
      daily: dailyPeriods({ energy, meters: known, intervalDays: knownDays, conversion }),
      meters: known,
      intervalDays: knownDays,
    });
    const { dataKind, periods } = engineInput(usage, weather.kind);
    const last = periods.at(-1);
    if (!last) continue;
    const model = projectableModel(computeSavings({ periods, weather, start: last.to, dataKind }));
    if (model?.kind === "heating_only" && model.heatingKwhPerDegreeDay > 0)
      weights.set(energy, {
        interceptKwhPerDay: model.interceptKwhPerDay,
        heatingKwhPerDegreeDay: model.heatingKwhPerDegreeDay,
      });
  }
  return weights;
}

/** A baseline period may be this long (two-monthly readers), and the baseline's first one starts before it. */
const LONGEST_PERIOD_DAYS = 100;

/** The first day a model fitted on the data up to `lastDay` reads: a year back and a longest period. */
export const fitDataFrom = (lastDay: LocalDay) => addDays(lastDay, -(BASELINE_DAYS + LONGEST_PERIOD_DAYS));

/**
 * The energy's meters as they stood on `until`, with only what its model's baseline year can read:
 * its last data back a year and a longest period, from the last reading of each register before that
 * (ten years of readings are not turned into periods to fit on one).
 */
function fitData({
  energy,
  meters,
  intervalDays,
  until,
}: {
  energy: SavingsEnergy;
  meters: readonly MeterData[];
  intervalDays: readonly MeterIntervalDay[];
  until: LocalDay;
}) {
  const asOf = metersAsOf({ meters: meters.filter((m) => m.meter.kind === energy), lastDay: until });
  const ids = new Set(asOf.map((m) => m.meter.id));
  const days = intervalDays.filter((d) => ids.has(d.meterId) && d.day <= until);
  const lastRead = Math.max(...asOf.flatMap((m) => m.readings.map((r) => r.readAt.getTime())));
  const lastDay = [
    Number.isFinite(lastRead) ? brusselsDayOf(new Date(lastRead)) : "",
    ...days.map((d) => d.day),
  ]
    .sort()
    .at(-1) as LocalDay;
  const from = fitDataFrom(lastDay || until);
  const fromMs = startOfBrusselsDay(from).getTime();
  return {
    known: asOf.map((m) => ({ ...m, readings: readingsSince(m.readings, fromMs) })),
    knownDays: days.filter((d) => d.day >= from),
  };
}

/** The readings from `fromMs` on, and the last one of each register before it (the first period's start). */
function readingsSince<R extends IndexReading>(readings: readonly R[], fromMs: number): R[] {
  const lastBefore = new Map<string, R>();
  for (const r of readings) {
    const kept = lastBefore.get(r.register);
    if (r.readAt.getTime() < fromMs && (!kept || kept.readAt < r.readAt)) lastBefore.set(r.register, r);
  }
  return readings.filter((r) => r.readAt.getTime() >= fromMs || lastBefore.get(r.register) === r);
}

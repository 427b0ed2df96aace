import type { ConversionSettings, LocalDay } from "../consumption/index.ts";
import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import {
  chooseUsagePeriods,
  computeSavings,
  dailyPeriods,
  engineInput,
  type MeterIntervalDay,
  normalYearKwh,
  readingPeriods,
  type SavingsResult,
  type UsagePeriod,
  type UsageSource,
} from "../savings/index.ts";
import { type Equiv165Weather, equiv165Weather } from "../weather/index.ts";

/** The heating energies the savings engine turns into reading periods, in the order they are preferred. */
const SIGNATURE_ENERGIES = ["gas", "heating_oil", "heat"] as const;
export type SignatureEnergy = (typeof SIGNATURE_ENERGIES)[number];

// The signature's weather is always in the normals' convention (equivalent 16.5): see equiv165Weather.
export { equiv165Weather };

export interface BuildingSignature {
  energy: SignatureEnergy;
  /** Fitted on reading-to-reading periods, or on smart-meter days summed by calendar month. */
  usageSource: UsageSource;
  result: SavingsResult;
  /** The fitted model, when fit for use. */
  model: SavingsResult["model"];
  /** The model on the station's normal degree-days; null without a model or without 12 normals. */
  normalYearKwh: number | null;
}

/**
 * The energy signature of a building (the savings engine's model: base load per day and kWh per
 * degree-day) fitted on the periods of its main heating energy — the one with the most kWh — over the
 * year before its last data up to `until`. The periods are its readings, or its smart-meter days
 * (summed by calendar month, the degree-days being monthly-grained) when they cover that year as the
 * savings method asks and no meter of the energy is read by hand only — the household rule
 * (`chooseUsagePeriods`). Null when it has neither.
 */
export function buildingSignature({
  meters,
  intervalDays = [],
  conversion,
  weather,
  normals,
  until,
}: {
  meters: ReadonlyArray<{
    meter: Meter;
    readings: readonly IndexReading[];
    deliveries: readonly FuelDelivery[];
  }>;
  /** Smart-meter day totals of the building's meters, at least over the year before `until`. */
  intervalDays?: readonly MeterIntervalDay[];
  conversion?: ConversionSettings;
  weather: Equiv165Weather;
  /** Equivalent 16.5 normals by month of the year (1–12). */
  normals: ReadonlyMap<number, number>;
  /** Periods ending after this day are left out. */
  until: LocalDay;
}): BuildingSignature | null {
  type Candidate = { energy: SignatureEnergy; usageSource: UsageSource; periods: UsagePeriod[]; kwh: number };
  let best: Candidate | null = null;
  for (const energy of SIGNATURE_ENERGIES) {
    const billing = readingPeriods({ energy, meters, conversion }).filter((p) => p.to <= until);
    const daily = dailyPeriods({ energy, meters, intervalDays, conversion }).filter((p) => p.to <= until);
    const lastDay = [billing.at(-1)?.to, daily.findLast((p) => p.usageKwh !== null)?.to]
      .filter((d): d is LocalDay => d !== undefined)
      .sort()
      .at(-1);
    if (!lastDay) continue;
    const usage = chooseUsagePeriods({ energy, start: lastDay, billing, daily, meters, intervalDays });
    const { periods } = engineInput(usage, weather.kind);
    const kwh = periods.reduce((s, p) => s + (p.usageKwh ?? 0), 0);
    if (periods.length && (!best || kwh > best.kwh))
      best = { energy, usageSource: usage.usageSource, periods, kwh };
  }
  const last = best?.periods.at(-1);
  if (!best || !last) return null;
  const result = computeSavings({ periods: best.periods, weather, start: last.to, dataKind: "billing" });
  // A model the engine would not report savings with (CV(RMSE) above 100 %) is no signature either.
  const model = result.verdict === "insufficient_reporting" || result.verdict === "ok" ? result.model : null;
  const normalYear =
    model && normals.size === 12
      ? normalYearKwh(
          model,
          DAYS_OF_NORMAL_MONTHS.map((days, i) => ({ days, degreeDays: normals.get(i + 1) ?? 0 })),
        ).totalKwh
      : null;
  return { energy: best.energy, usageSource: best.usageSource, result, model, normalYearKwh: normalYear };
}

const DAYS_OF_NORMAL_MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

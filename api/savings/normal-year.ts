import type { FittedModel } from "./model-selection.ts";
import type { UsagePeriod } from "./periods.ts";
import { computeSavings } from "./savings-engine.ts";
import type { WeatherInput } from "./weather-features.ts";

/**
 * Normal-year use (our addition to CalTRACK): the model applied to normal degree-days, month by month
 * — Synergrid's 1991–2020 normals for instance, in the model's own convention. Base and heating apart.
 */
export function normalYearKwh(
  model: Pick<FittedModel, "interceptKwhPerDay" | "heatingKwhPerDegreeDay">,
  normalMonths: ReadonlyArray<{ days: number; degreeDays: number }>,
): { totalKwh: number; baseKwh: number; heatingKwh: number } {
  let baseKwh = 0;
  let heatingKwh = 0;
  for (const m of normalMonths) {
    baseKwh += m.days * model.interceptKwhPerDay;
    heatingKwh += m.degreeDays * model.heatingKwhPerDegreeDay;
  }
  return { totalKwh: baseKwh + heatingKwh, baseKwh, heatingKwh };
}

/**
 * Spreads a period's measured use over its days in proportion to what the model expects each day
 * (base load plus heating by that day's degree-days); the days add up to the period exactly. Evenly
 * when the model expects nothing.
 */
export function splitByDegreeDays(
  usageKwh: number,
  degreeDaysPerDay: readonly number[],
  model: Pick<FittedModel, "interceptKwhPerDay" | "heatingKwhPerDegreeDay">,
): number[] {
  const expected = degreeDaysPerDay.map((dd) => model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * dd);
  const total = expected.reduce((s, e) => s + e, 0);
  if (total <= 0) return degreeDaysPerDay.map(() => usageKwh / degreeDaysPerDay.length);
  return expected.map((e) => usageKwh * (e / total));
}

const DAYS_OF_NORMAL_MONTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A household's normal-year use of one energy in kWh: the model of the year before its last reading,
 * on normal degree-days (equivalent 16.5 normals by month of year, 1–12). Null without a model, or
 * with a balance point the normals do not describe (a model searched on daily temperatures).
 */
export function normalYearUse({
  periods,
  weather,
  normals,
}: {
  periods: readonly UsagePeriod[];
  weather: WeatherInput;
  normals: ReadonlyMap<number, number>;
}): number | null {
  const last = periods.at(-1);
  if (!last || normals.size < 12) return null;
  const { model } = computeSavings({ periods, weather, start: last.to, dataKind: "billing" });
  if (!model || (model.balancePointC !== null && model.degreeDayConvention !== "equiv16_5")) return null;
  const months = DAYS_OF_NORMAL_MONTHS.map((days, i) => ({ days, degreeDays: normals.get(i + 1) ?? 0 }));
  return normalYearKwh(model, months).totalKwh;
}

import { equiv165Weather } from "../weather/index.ts";
import type { FittedModel } from "./model-selection.ts";
import type { UsagePeriod } from "./periods.ts";
import { computeSavings, type SavingsResult } from "./savings-engine.ts";
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
 * The engine's model, if normal-year figures (normal-year use, bill projection) may rest on it: one it
 * judged fit — not `model_not_fit`, whose CV(RMSE) is above the method's 100 % — on degree-days of the
 * normals' convention (equivalent 16.5), or without heating. Null otherwise.
 */
export function projectableModel(fitted: Pick<SavingsResult, "model" | "verdict">) {
  const { model } = fitted;
  if (!model || fitted.verdict === "model_not_fit") return null;
  return model.balancePointC === null || model.degreeDayConvention === "equiv16_5" ? model : null;
}

/**
 * A household's normal-year use of one energy in kWh: the model of the year before its last reading,
 * fitted on equivalent 16.5 degree-days (from daily temperatures when those are what the station has)
 * and applied to the equivalent 16.5 normals by month of year (1–12). Null without a projectable
 * model, or with a table in another convention (the normals would not describe its degree-days).
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
  const equivalent =
    weather.kind === "temperatures"
      ? equiv165Weather(weather)
      : weather.convention === "equiv16_5"
        ? weather
        : null;
  if (!equivalent) return null;
  const fitted = computeSavings({ periods, weather: equivalent, start: last.to, dataKind: "billing" });
  const model = projectableModel(fitted);
  if (!model) return null;
  const months = DAYS_OF_NORMAL_MONTHS.map((days, i) => ({ days, degreeDays: normals.get(i + 1) ?? 0 }));
  return normalYearKwh(model, months).totalKwh;
}

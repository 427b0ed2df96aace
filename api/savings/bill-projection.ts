import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { addDays, daysInMonth, type LocalDay } from "../consumption/brussels-days.ts";
import type { FittedModel } from "./model-selection.ts";
import { daysBetween, type UsagePeriod } from "./periods.ts";
import type { SavingsResult } from "./savings-engine.ts";

/**
 * The savings engine's model of the year before the last reading, if a projection may rest on it: one
 * it judged fit (not `model_not_fit`, whose CV(RMSE) is above the method's limit), on degree-days of
 * the normals' convention (equivalent 16.5) or without heating. Null otherwise.
 */
export function projectableModel(fitted: Pick<SavingsResult, "model" | "verdict">) {
  const { model } = fitted;
  if (!model || fitted.verdict === "model_not_fit") return null;
  return model.balancePointC === null || model.degreeDayConvention === "equiv16_5" ? model : null;
}

/** What projecting one energy's year needs: its periods, the model of the year before its last reading, prices. */
export interface EnergyForecastInput {
  energy: string;
  periods: readonly UsagePeriod[];
  /** Null when there is no model yet (too little history, no weather). */
  model:
    | (Pick<FittedModel, "interceptKwhPerDay" | "heatingKwhPerDegreeDay"> & {
        cvRmse: number | null;
        baselinePeriods: number;
        regressors: number;
        meanPeriodKwh: number;
      })
    | null;
  /** Null without a tariff. */
  eurPerKwh: number | null;
  fixedEurPerYear: number;
}

export type EnergyForecast = {
  energy: string;
  /** Measured since the billing year began, up to `measuredTo` (a period straddling the start counts pro rata). */
  measuredKwh: number;
  measuredTo: LocalDay;
  /** The model on normal weather from `measuredTo` to the end of the billing year. */
  remainingKwh: number | null;
  projectedKwh: number | null;
  costEur: number | null;
  uncertaintyEur90: number | null;
  status: "projected" | "no_model" | "no_tariff";
};

/** The billing year that ends with the next bill: from the 1st of `billingMonth` (1–12) on or before today. */
export function billingYear(today: LocalDay, billingMonth: number): { from: LocalDay; to: LocalDay } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const year = m >= billingMonth ? y : y - 1;
  const mm = String(billingMonth).padStart(2, "0");
  return { from: `${year}-${mm}-01`, to: `${year + 1}-${mm}-01` };
}

/**
 * One energy over a billing year: measured use so far, the model on normal degree-days for the rest
 * (`normalDegreeDays`: month of year 1–12 → degree-days in the model's convention), its cost at the
 * price in force plus fixed fees, and a 90 % interval on the part still to come: t · RMSE per period ·
 * √(periods still to come), periods being months, errors taken as independent.
 */
export function forecastEnergy({
  input,
  year,
  normalDegreeDays,
}: {
  input: EnergyForecastInput;
  year: { from: LocalDay; to: LocalDay };
  normalDegreeDays: ReadonlyMap<number, number>;
}): EnergyForecast {
  let measuredKwh = 0;
  let measuredTo = year.from;
  for (const p of input.periods) {
    if (p.usageKwh === null || p.to <= year.from || p.from >= year.to) continue;
    const from = p.from < year.from ? year.from : p.from;
    const to = p.to > year.to ? year.to : p.to;
    measuredKwh += (p.usageKwh * daysBetween(from, to)) / daysBetween(p.from, p.to);
    if (to > measuredTo) measuredTo = to;
  }
  const base = { energy: input.energy, measuredKwh, measuredTo };
  const model = input.model;
  if (!model)
    return {
      ...base,
      remainingKwh: null,
      projectedKwh: null,
      costEur: null,
      uncertaintyEur90: null,
      status: "no_model",
    };
  let remainingKwh = 0;
  for (let d = measuredTo; d < year.to; d = addDays(d, 1)) {
    const month = Number(d.slice(5, 7));
    const dd = (normalDegreeDays.get(month) ?? 0) / daysInMonth(d.slice(0, 7));
    remainingKwh += model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * dd;
  }
  const projectedKwh = measuredKwh + remainingKwh;
  if (input.eurPerKwh === null)
    return {
      ...base,
      remainingKwh,
      projectedKwh,
      costEur: null,
      uncertaintyEur90: null,
      status: "no_tariff",
    };
  const monthsLeft = daysBetween(measuredTo, year.to) / (365.25 / 12);
  const dof = model.baselinePeriods - model.regressors;
  const uncertaintyKwh =
    model.cvRmse === null || dof <= 0
      ? null
      : tQuantile(0.95, dof) * model.cvRmse * model.meanPeriodKwh * Math.sqrt(monthsLeft);
  return {
    ...base,
    remainingKwh,
    projectedKwh,
    costEur: projectedKwh * input.eurPerKwh + input.fixedEurPerYear,
    uncertaintyEur90: uncertaintyKwh === null ? null : uncertaintyKwh * input.eurPerKwh,
    status: "projected",
  };
}

/**
 * The year's bill against the advances: expected cost of the energies, what the advances pay, the
 * regularisation (positive: to pay; negative: to receive) with its interval (the energies' intervals
 * combined as independent), and an advance that would cover the year, rounded up to 5 €.
 */
export function projectBill({
  forecasts,
  monthlyAdvanceEur,
}: {
  forecasts: readonly EnergyForecast[];
  monthlyAdvanceEur: number | null;
}) {
  const complete = forecasts.length > 0 && forecasts.every((f) => f.costEur !== null);
  const expectedCostEur = complete ? forecasts.reduce((s, f) => s + (f.costEur as number), 0) : null;
  const uncertaintyEur90 =
    complete && forecasts.every((f) => f.uncertaintyEur90 !== null)
      ? Math.sqrt(forecasts.reduce((s, f) => s + (f.uncertaintyEur90 as number) ** 2, 0))
      : null;
  const advancesEur = monthlyAdvanceEur === null ? null : monthlyAdvanceEur * 12;
  return {
    expectedCostEur,
    advancesEur,
    regularisationEur:
      expectedCostEur === null || advancesEur === null ? null : expectedCostEur - advancesEur,
    uncertaintyEur90,
    suggestedMonthlyAdvanceEur: expectedCostEur === null ? null : Math.ceil(expectedCostEur / 12 / 5) * 5,
  };
}

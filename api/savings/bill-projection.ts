import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { byText } from "../consumption/aggregate.ts";
import { addDays, daysInMonth, type LocalDay } from "../consumption/brussels-days.ts";
import type { FittedModel } from "./model-selection.ts";
import { daysBetween, daysOf, type UsagePeriod } from "./periods.ts";

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
        /** Mean use and length of the baseline periods: the unit the model's error is measured in. */
        meanPeriodKwh: number;
        meanPeriodDays: number;
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
  /**
   * Days of the year gone by (before `measuredTo`) that no measured period covers — a reading missing
   * or unusable, a register skipped, a day without data, the weeks before the first reading — as
   * spans (`to` exclusive), and the model's kWh for them on normal weather (null without a model).
   * Counted in `projectedKwh`, never dropped.
   */
  unmeasured: Array<{ from: LocalDay; to: LocalDay }>;
  estimatedKwh: number | null;
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
 * One energy over a billing year: measured use so far, the model on normal degree-days for the days
 * gone by without a measured period and for the rest of the year (`normalDegreeDays`: month of year
 * 1–12 → degree-days in the model's convention), its cost at the price in force plus fixed fees, and a
 * 90 % interval on the modelled part: t · RMSE per period · √(modelled periods), periods in the unit
 * the model was fitted on (days for smart-meter days, months for monthly readings), errors taken as
 * independent.
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
  const covered: Array<{ from: LocalDay; to: LocalDay }> = [];
  for (const p of input.periods) {
    if (p.usageKwh === null || p.to <= year.from || p.from >= year.to) continue;
    const from = p.from < year.from ? year.from : p.from;
    const to = p.to > year.to ? year.to : p.to;
    measuredKwh += (p.usageKwh * daysBetween(from, to)) / daysBetween(p.from, p.to);
    covered.push({ from, to });
    if (to > measuredTo) measuredTo = to;
  }
  const unmeasured = uncovered(covered, { from: year.from, to: measuredTo });
  const base = { energy: input.energy, measuredKwh, measuredTo, unmeasured };
  const model = input.model;
  if (!model)
    return {
      ...base,
      estimatedKwh: null,
      remainingKwh: null,
      projectedKwh: null,
      costEur: null,
      uncertaintyEur90: null,
      status: "no_model",
    };
  const modelled = (span: { from: LocalDay; to: LocalDay }) => modelKwh(model, span, normalDegreeDays);
  const estimatedKwh = unmeasured.reduce((s, span) => s + modelled(span), 0);
  const remainingKwh = modelled({ from: measuredTo, to: year.to });
  const projectedKwh = measuredKwh + estimatedKwh + remainingKwh;
  if (input.eurPerKwh === null)
    return {
      ...base,
      estimatedKwh,
      remainingKwh,
      projectedKwh,
      costEur: null,
      uncertaintyEur90: null,
      status: "no_tariff",
    };
  const modelledDays = unmeasured.reduce((s, span) => s + daysOf(span), daysBetween(measuredTo, year.to));
  const dof = model.baselinePeriods - model.regressors;
  const uncertaintyKwh =
    model.cvRmse === null || dof <= 0 || model.meanPeriodDays <= 0
      ? null
      : tQuantile(0.95, dof) *
        model.cvRmse *
        model.meanPeriodKwh *
        Math.sqrt(modelledDays / model.meanPeriodDays);
  return {
    ...base,
    estimatedKwh,
    remainingKwh,
    projectedKwh,
    costEur: projectedKwh * input.eurPerKwh + input.fixedEurPerYear,
    uncertaintyEur90: uncertaintyKwh === null ? null : uncertaintyKwh * input.eurPerKwh,
    status: "projected",
  };
}

/** The model's kWh over `from`–`to` (exclusive), each month's normal degree-days spread over its days. */
function modelKwh(
  model: Pick<FittedModel, "interceptKwhPerDay" | "heatingKwhPerDegreeDay">,
  span: { from: LocalDay; to: LocalDay },
  normalDegreeDays: ReadonlyMap<number, number>,
): number {
  let kwh = 0;
  for (let d = span.from; d < span.to; d = addDays(d, 1)) {
    const dd = (normalDegreeDays.get(Number(d.slice(5, 7))) ?? 0) / daysInMonth(d.slice(0, 7));
    kwh += model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * dd;
  }
  return kwh;
}

/** The stretches of `within` that none of `covered` covers, oldest first. */
function uncovered(
  covered: ReadonlyArray<{ from: LocalDay; to: LocalDay }>,
  within: { from: LocalDay; to: LocalDay },
): Array<{ from: LocalDay; to: LocalDay }> {
  const gaps: Array<{ from: LocalDay; to: LocalDay }> = [];
  let cursor = within.from;
  for (const c of [...covered].sort((a, b) => byText(a.from, b.from))) {
    if (c.from > cursor) gaps.push({ from: cursor, to: c.from < within.to ? c.from : within.to });
    if (c.to > cursor) cursor = c.to;
  }
  if (cursor < within.to) gaps.push({ from: cursor, to: within.to });
  return gaps.filter((g) => g.from < g.to);
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

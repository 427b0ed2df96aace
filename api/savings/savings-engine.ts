import type { LocalDay } from "../consumption/brussels-days.ts";
import { type Candidate, type FittedModel, type Observation, selectModel } from "./model-selection.ts";
import {
  BASELINE_DAYS,
  type DataKind,
  daysBetween,
  daysOf,
  MIN_COVERED_SHARE,
  selectBaseline,
  selectReporting,
  type UsagePeriod,
} from "./periods.ts";
import { baselineFit, MAX_CV_RMSE, type NoIntervalReason, savingsInterval } from "./uncertainty.ts";
import {
  CONVENTION_BALANCE_C,
  type DegreeDayConvention,
  hddPerDay,
  type PeriodWeather,
  periodWeather,
  type WeatherInput,
} from "./weather-features.ts";

export type SavingsVerdict =
  | "ok"
  | "insufficient_baseline"
  | "insufficient_reporting"
  | "no_weather_data"
  | "model_not_fit";

export type SavingsFlag =
  | {
      code: "baseline_period_too_short" | "baseline_period_too_long" | "baseline_period_missing";
      from: LocalDay;
      to: LocalDay;
    }
  | {
      code: "reporting_period_long" | "no_weather" | "negative_use" | "unusually_high_use";
      from: LocalDay;
      to: LocalDay;
    }
  | { code: "no_interval"; reason: NoIntervalReason };

/** A point of the energy signature: use per day against degree-days per day. */
export interface SignaturePoint {
  phase: "baseline" | "reporting";
  from: LocalDay;
  to: LocalDay;
  kwhPerDay: number;
  /** At the model's balance point; null without weather. */
  hddPerDay: number | null;
}

export interface SavingsResult {
  verdict: SavingsVerdict;
  model:
    | (FittedModel & {
        /** The table's convention, or null when degree-days come from daily temperatures at the balance point. */
        degreeDayConvention: DegreeDayConvention | null;
        cvRmse: number | null;
        baselinePeriods: number;
      })
    | null;
  reporting: {
    from: LocalDay;
    to: LocalDay;
    actualKwh: number;
    counterfactualKwh: number;
    savingsKwh: number;
    savingsFraction: number | null;
    uncertaintyKwh90: number | null;
    periods: number;
  } | null;
  /** Days of the baseline with usage, against the 329 needed (90 % of 365). */
  baselineCoverage: { coveredDays: number; requiredDays: number; from: LocalDay; to: LocalDay };
  flags: SavingsFlag[];
  candidates: Candidate[];
  points: SignaturePoint[];
}

const REQUIRED_DAYS = Math.ceil(MIN_COVERED_SHARE * BASELINE_DAYS);
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Weather-normalised savings of one energy since `start` (METHOD-SAVINGS.md, CalTRACK 2.0 with ASHRAE
 * Guideline 14's uncertainty): baseline model, counterfactual over the reporting periods from
 * `completion` (the start itself for behavioural programmes), savings and their 90 % interval. Says
 * what is missing instead of failing.
 */
export function computeSavings({
  periods,
  weather,
  start,
  completion = start,
  dataKind,
}: {
  periods: readonly UsagePeriod[];
  weather: WeatherInput;
  start: LocalDay;
  completion?: LocalDay;
  dataKind: DataKind;
}): SavingsResult {
  const flags: SavingsFlag[] = [];
  const baseline = selectBaseline({ periods, start, dataKind });
  for (const { period, reason } of baseline.dropped)
    flags.push({ code: `baseline_period_${reason}`, from: period.from, to: period.to });
  flags.push(...unusualUse(baseline.periods));

  const withWeather = baseline.periods.map((p) => ({ period: p, weather: periodWeather(p, weather) }));
  const coveredDays = baseline.periods.reduce((s, p) => s + daysOf(p), 0);
  const weatherDays = withWeather.reduce((s, o) => s + (o.weather ? daysOf(o.period) : 0), 0);
  const coverage = { coveredDays, requiredDays: REQUIRED_DAYS, from: baseline.from, to: baseline.to };
  const empty = { model: null, reporting: null, baselineCoverage: coverage, candidates: [], points: [] };
  if (coveredDays < REQUIRED_DAYS) return { verdict: "insufficient_baseline", flags, ...empty };
  for (const o of withWeather)
    if (!o.weather) flags.push({ code: "no_weather", from: o.period.from, to: o.period.to });
  if (weatherDays < REQUIRED_DAYS) return { verdict: "no_weather_data", flags, ...empty };

  const usable = withWeather.filter(
    (o): o is { period: UsagePeriod; weather: PeriodWeather } => o.weather !== null,
  );
  const observations: Observation[] = usable.map(({ period, weather: w }) => ({
    days: daysOf(period),
    usageKwhPerDay: (period.usageKwh as number) / daysOf(period),
    weather: w,
  }));
  const tableBalancePointC = weather.kind === "degree_days" ? CONVENTION_BALANCE_C[weather.convention] : null;
  const { model, candidates } = selectModel({ observations, dataKind, tableBalancePointC });
  if (!model) return { verdict: "model_not_fit", flags, ...empty, candidates };

  const regressors = model.kind === "heating_only" ? 1 : 0;
  const predictKwh = (days: number, w: PeriodWeather) =>
    days * (model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * hddAt(w, model));
  const fit = baselineFit({
    actualKwh: usable.map((o) => o.period.usageKwh as number),
    fittedKwh: usable.map((o) => predictKwh(daysOf(o.period), o.weather)),
    regressors,
  });
  const described = {
    ...model,
    degreeDayConvention: weather.kind === "degree_days" ? weather.convention : null,
    cvRmse: fit.cvRmse,
    baselinePeriods: usable.length,
  };
  const points: SignaturePoint[] = usable.map((o) => signaturePoint("baseline", o.period, o.weather, model));
  if (fit.cvRmse === null || fit.cvRmse > MAX_CV_RMSE)
    return { verdict: "model_not_fit", flags, ...empty, model: described, candidates, points };

  const reportingSelection = selectReporting({ periods, completion, dataKind });
  for (const p of reportingSelection.long)
    flags.push({ code: "reporting_period_long", from: p.from, to: p.to });
  flags.push(...unusualUse(reportingSelection.periods));
  let actualKwh = 0;
  let counterfactualKwh = 0;
  const counted: UsagePeriod[] = [];
  for (const period of reportingSelection.periods) {
    const w = periodWeather(period, weather);
    if (!w) flags.push({ code: "no_weather", from: period.from, to: period.to });
    if (!w || period.usageKwh === null) continue;
    actualKwh += period.usageKwh;
    counterfactualKwh += predictKwh(daysOf(period), w);
    counted.push(period);
    points.push(signaturePoint("reporting", period, w, model));
  }
  const first = counted[0];
  const last = counted.at(-1);
  if (!first || !last)
    return { verdict: "insufficient_reporting", flags, ...empty, model: described, candidates, points };

  const savingsKwh = counterfactualKwh - actualKwh;
  const interval = savingsInterval({
    dataKind,
    fit,
    regressors,
    reportingMonths: counted.reduce((s, p) => s + daysOf(p), 0) / DAYS_PER_MONTH,
    reportingPeriods: counted.length,
    counterfactualKwh,
  });
  if (interval.uncertaintyKwh90 === null) flags.push({ code: "no_interval", reason: interval.reason });
  return {
    verdict: "ok",
    model: described,
    reporting: {
      from: first.from,
      to: last.to,
      actualKwh,
      counterfactualKwh,
      savingsKwh,
      savingsFraction: counterfactualKwh === 0 ? null : savingsKwh / counterfactualKwh,
      uncertaintyKwh90: interval.uncertaintyKwh90,
      periods: counted.length,
    },
    baselineCoverage: coverage,
    flags,
    candidates,
    points,
  };
}

/** Degree-days per day as the model uses them (none for the intercept-only model). */
function hddAt(w: PeriodWeather, model: FittedModel): number {
  return model.balancePointC === null ? 0 : hddPerDay(w, model.balancePointC);
}

function signaturePoint(
  phase: SignaturePoint["phase"],
  period: UsagePeriod,
  w: PeriodWeather,
  model: FittedModel,
): SignaturePoint {
  // An intercept-only model has no balance point: a table's degree-days still show, temperatures cannot.
  const hdd =
    model.balancePointC !== null
      ? hddPerDay(w, model.balancePointC)
      : w.kind === "degree_days"
        ? w.perDay
        : null;
  return {
    phase,
    from: period.from,
    to: period.to,
    kwhPerDay: (period.usageKwh as number) / daysOf(period),
    hddPerDay: hdd,
  };
}

/** Negative use, and use per day above median + 3·IQR, are flagged for review [2.3]. */
function unusualUse(periods: readonly UsagePeriod[]): SavingsFlag[] {
  const rates = periods
    .filter((p) => p.usageKwh !== null)
    .map((p) => ({ p, perDay: (p.usageKwh as number) / Math.max(1, daysBetween(p.from, p.to)) }));
  const sorted = rates.map((r) => r.perDay).sort((a, b) => a - b);
  const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * (sorted.length - 1)))] ?? 0;
  const ceiling = q(0.5) + 3 * (q(0.75) - q(0.25));
  return rates.flatMap(({ p, perDay }): SavingsFlag[] =>
    perDay < 0
      ? [{ code: "negative_use", from: p.from, to: p.to }]
      : sorted.length >= 4 && perDay > ceiling
        ? [{ code: "unusually_high_use", from: p.from, to: p.to }]
        : [],
  );
}

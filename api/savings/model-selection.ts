import { adjustedR2, fitLine, fitLineThroughOrigin, weightedMean } from "./least-squares.ts";
import type { DataKind } from "./periods.ts";
import { BALANCE_POINT_GRID_C, hddPerDay, type PeriodWeather } from "./weather-features.ts";

/** One baseline period as the model sees it: its days, usage per day, and weather. */
export interface Observation {
  days: number;
  usageKwhPerDay: number;
  weather: PeriodWeather;
}

export type ModelKind = "intercept_only" | "heating_only";

export interface FittedModel {
  kind: ModelKind;
  interceptKwhPerDay: number;
  /** Zero for the intercept-only model. */
  heatingKwhPerDegreeDay: number;
  /** Null for the intercept-only model. */
  balancePointC: number | null;
  adjustedR2: number;
}

export type CandidateStatus = "qualified" | "negative_estimate" | "too_few_degree_days" | "not_computable";

export interface Candidate {
  kind: ModelKind;
  balancePointC: number | null;
  interceptKwhPerDay: number | null;
  heatingKwhPerDegreeDay: number | null;
  adjustedR2: number | null;
  status: CandidateStatus;
}

/** A balance point qualifies with Σ HDD·n ≥ 20 over the baseline, and with daily data ≥ 10 days with HDD [3.2.2]. */
const MIN_DEGREE_DAYS = 20;
const MIN_DAYS_WITH_HDD = 10;

/**
 * Fits the intercept-only model and a heating-only model per balance point (the searched grid with
 * temperatures; the table's own point otherwise), weighted by days [3.4]. A candidate qualifies only if
 * every estimate is ≥ 0; the qualified one with the highest adjusted R² wins. Every candidate is kept
 * with its status, for audit and display.
 */
export function selectModel({
  observations,
  dataKind,
  tableBalancePointC,
}: {
  observations: readonly Observation[];
  dataKind: DataKind;
  /** With a degree-day table: the balance point of its convention (no search). */
  tableBalancePointC: number | null;
}): { model: FittedModel | null; candidates: Candidate[] } {
  const y = observations.map((o) => o.usageKwhPerDay);
  const w = observations.map((o) => o.days);
  const mean = observations.length ? weightedMean(y, w) : Number.NaN;
  const interceptOnly: Candidate = {
    kind: "intercept_only",
    balancePointC: null,
    interceptKwhPerDay: observations.length ? mean : null,
    heatingKwhPerDegreeDay: null,
    // CalTRACK defines it as 0: the yardstick the heating models must beat.
    adjustedR2: observations.length ? 0 : null,
    status: !observations.length ? "not_computable" : mean < 0 ? "negative_estimate" : "qualified",
  };
  const grid = tableBalancePointC === null ? BALANCE_POINT_GRID_C : [tableBalancePointC];
  const candidates = [interceptOnly, ...grid.map((b) => heatingCandidate(observations, y, w, b, dataKind))];
  const best = candidates
    .filter((c) => c.status === "qualified")
    .reduce<Candidate | null>(
      (a, c) => (a === null || (c.adjustedR2 as number) > (a.adjustedR2 as number) ? c : a),
      null,
    );
  return {
    candidates,
    model: best && {
      kind: best.kind,
      interceptKwhPerDay: best.interceptKwhPerDay as number,
      heatingKwhPerDegreeDay: best.heatingKwhPerDegreeDay ?? 0,
      balancePointC: best.balancePointC,
      adjustedR2: best.adjustedR2 as number,
    },
  };
}

function heatingCandidate(
  observations: readonly Observation[],
  y: readonly number[],
  w: readonly number[],
  balancePointC: number,
  dataKind: DataKind,
): Candidate {
  const hdd = observations.map((o) => hddPerDay(o.weather, balancePointC));
  const base = { kind: "heating_only", balancePointC } as const;
  const totalDegreeDays = hdd.reduce((s, h, i) => s + h * (w[i] as number), 0);
  const daysWithHdd = hdd.filter((h) => h > 0).length;
  if (totalDegreeDays < MIN_DEGREE_DAYS || (dataKind === "daily" && daysWithHdd < MIN_DAYS_WITH_HDD))
    return {
      ...base,
      interceptKwhPerDay: null,
      heatingKwhPerDegreeDay: null,
      adjustedR2: null,
      status: "too_few_degree_days",
    };
  const free = fitLine(hdd, y, w);
  // A fuel that only heats (a tank, pellets) has a base load near 0, so noise can push the free
  // line's below it. Under "every estimate ≥ 0" the best line then has a base load of exactly 0,
  // rather than the candidate dropped for the intercept-only model's flat yearly average.
  const line = free && free.intercept < 0 && free.slope > 0 ? fitLineThroughOrigin(hdd, y, w) : free;
  if (!line)
    return {
      ...base,
      interceptKwhPerDay: null,
      heatingKwhPerDegreeDay: null,
      adjustedR2: null,
      status: "not_computable",
    };
  const fitted = hdd.map((h) => line.intercept + line.slope * h);
  const r2 = adjustedR2({ y, fitted, w, regressors: 1 });
  const status =
    line.intercept < 0 || line.slope < 0 ? "negative_estimate" : r2 === null ? "not_computable" : "qualified";
  return {
    ...base,
    interceptKwhPerDay: line.intercept,
    heatingKwhPerDegreeDay: line.slope,
    adjustedR2: r2,
    status,
  };
}

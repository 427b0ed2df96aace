import { isCompleteMonth } from "./building-report.period.ts";
import { type ConsultationAnswerRow, consultationResults } from "./consultations.rules.ts";
import type { ProjectObjectiveKind } from "./projects.schemas.ts";
import { isCold, isComfortable } from "./survey.rules.ts";

/**
 * The building report's pure evaluation: the period's heating total from the indicators' months,
 * the comfort survey's summary, a consultation's result and turnout, and each project objective
 * against its target (measured, met / not met / not measurable yet and why). Hand-checked in
 * tests/domain/buildings/building-report-rules.test.ts.
 */

/** Below this many degree-days a span's kWh per degree-day says more about hot water than heating. */
const MIN_DEGREE_DAYS = 10;

/** A month as the building indicators give it. */
export interface IndicatorMonth {
  month: string;
  kwh: number | null;
  degreeDays: number | null;
  status: "measured" | "estimated" | "partial" | "missing";
}

/**
 * The heating of a span of months: kWh of the months that have some (null when none has), kWh per m²
 * of heated area, degree-days only when every month has them, and kWh/m² per degree-day only when
 * every month is fully covered (a partial span is never scaled up). `openEndMonths`: the months after
 * the last complete one, when there is one — the readings stop before the span does.
 */
export function heatingTotal(months: readonly IndicatorMonth[], heatedAreaM2: number) {
  let kwh: number | null = null;
  let degreeDays: number | null = months.length ? 0 : null;
  for (const m of months) {
    if (m.kwh !== null && m.status !== "missing") kwh = (kwh ?? 0) + m.kwh;
    degreeDays = m.degreeDays === null || degreeDays === null ? null : degreeDays + m.degreeDays;
  }
  const complete = months.length > 0 && months.every((m) => isCompleteMonth(m.status));
  const lastComplete = months.findLastIndex((m) => isCompleteMonth(m.status));
  const kwhPerM2 = kwh === null || heatedAreaM2 <= 0 ? null : kwh / heatedAreaM2;
  return {
    kwh,
    kwhPerM2,
    degreeDays,
    kwhPerM2PerDegreeDay:
      complete && kwhPerM2 !== null && degreeDays !== null && degreeDays >= MIN_DEGREE_DAYS
        ? kwhPerM2 / degreeDays
        : null,
    complete,
    openEndMonths: lastComplete < 0 ? [] : months.slice(lastComplete + 1).map((m) => m.month),
    missingMonths: months.filter((m) => m.status === "missing").map((m) => m.month),
    partialMonths: months.filter((m) => m.status === "partial").map((m) => m.month),
    estimatedMonths: months.filter((m) => m.status === "estimated").map((m) => m.month),
  };
}

/** `warmth`: 1 too cold, 2 a bit cold, 3 just right, 4 a bit warm, 5 too warm. */
export interface SurveyAnswer<P extends string = string> {
  warmth: number;
  problems: readonly P[];
}

/**
 * The comfort survey over a period: how many answers, how many for each warmth (1…5), the share
 * just right or a bit warm, the share too cold or a bit cold, and the problems reported, most
 * reported first (ties in the order given by `problemOrder`).
 */
export function surveySummary<P extends string>(
  answers: readonly SurveyAnswer<P>[],
  problemOrder: readonly P[],
) {
  const byWarmth = [1, 2, 3, 4, 5].map((w) => answers.filter((a) => a.warmth === w).length);
  const n = answers.length;
  const counts = new Map<P, number>();
  for (const a of answers) for (const p of new Set(a.problems)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const rank = (p: P) => {
    const i = problemOrder.indexOf(p);
    return i < 0 ? problemOrder.length : i;
  };
  return {
    answers: n,
    byWarmth,
    comfortableShare: n ? answers.filter((a) => isComfortable(a.warmth)).length / n : null,
    coldShare: n ? answers.filter((a) => isCold(a.warmth)).length / n : null,
    problems: [...counts.entries()]
      .map(([problem, count]) => ({ problem, count }))
      .sort((a, b) => b.count - a.count || rank(a.problem) - rank(b.problem)),
  };
}

/**
 * A consultation's result as the tenants see it (`consultationResults`: answers per option, turnout
 * over the dwellings that could answer), with the options' labels and the option most chosen (null
 * with no answer or a tie at the top).
 */
export function consultationResult({
  options,
  answers,
  occupiedDwellingIds,
}: {
  options: ReadonlyArray<{ id: string; label: string }>;
  answers: readonly ConsultationAnswerRow[];
  occupiedDwellingIds: readonly string[];
}) {
  const result = consultationResults({ optionIds: options.map((o) => o.id), answers, occupiedDwellingIds });
  const counted = options.map((o, i) => ({ ...o, answers: result.options[i]?.count ?? 0 }));
  const top = Math.max(0, ...counted.map((o) => o.answers));
  const leaders = counted.filter((o) => o.answers === top);
  return {
    answered: result.answeredDwellings,
    occupiedDwellings: result.occupiedDwellings,
    turnout: result.turnout,
    options: counted,
    leadingOptionId: top > 0 && leaders.length === 1 ? (leaders[0]?.id ?? null) : null,
  };
}

/** What the project's works saved, as the renovation's before/after says it. */
export type SavingsMeasure =
  | { state: "no_works" }
  | { state: "no_heating_meter" }
  | { state: "works_under_way" }
  | { state: "not_enough_data"; monthsStillNeeded: number | null }
  | { state: "not_computable"; verdict: string }
  | { state: "ok"; fraction: number; fractionLow: number | null; fractionHigh: number | null };

export type NotMeasurableReason =
  | "no_target"
  | "no_works_linked"
  | "no_heating_meter"
  | "works_under_way"
  | "not_enough_data"
  | "savings_not_computable"
  | "no_survey_answers"
  | "no_consultation"
  | "consultation_open"
  | "no_occupied_dwellings";

export interface ObjectiveEvaluation {
  status: "met" | "not_met" | "not_measurable" | "manual";
  /** In % (savings: % saved at equal weather). */
  measured: number | null;
  /** Savings only: the 90 % interval of the measured %, when known. */
  measuredLow: number | null;
  measuredHigh: number | null;
  reason: NotMeasurableReason | null;
  /** not_enough_data: months of readings still needed, when waiting is the answer. */
  monthsStillNeeded: number | null;
}

const notMeasurable = (reason: NotMeasurableReason, monthsStillNeeded: number | null = null) =>
  ({
    status: "not_measurable",
    measured: null,
    measuredLow: null,
    measuredHigh: null,
    reason,
    monthsStillNeeded,
  }) satisfies ObjectiveEvaluation;

/**
 * An objective against its target, in %: savings of the project's works at equal weather (a target
 * of 25 or −25 both mean "save 25 %"), the survey answers just right or a bit warm, the project's
 * closed consultations' turnout (answers over the occupied dwellings, consultations taken together;
 * one still open can still be answered, so it is not judged yet).
 * Met when the measure reaches the target; `manual` objectives are the manager's to judge.
 */
export function evaluateObjective({
  kind,
  targetValue,
  savings,
  survey,
  consultations,
}: {
  kind: ProjectObjectiveKind;
  targetValue: number | null;
  savings: SavingsMeasure;
  survey: { answers: number; comfortableShare: number | null };
  consultations: ReadonlyArray<{ answered: number; occupiedDwellings: number; open: boolean }>;
}): ObjectiveEvaluation {
  if (kind === "manual")
    return {
      status: "manual",
      measured: null,
      measuredLow: null,
      measuredHigh: null,
      reason: null,
      monthsStillNeeded: null,
    };
  let measured: number;
  let low: number | null = null;
  let high: number | null = null;
  if (kind === "savings_pct") {
    switch (savings.state) {
      case "no_works":
        return notMeasurable("no_works_linked");
      case "no_heating_meter":
        return notMeasurable("no_heating_meter");
      case "works_under_way":
        return notMeasurable("works_under_way");
      case "not_enough_data":
        return notMeasurable("not_enough_data", savings.monthsStillNeeded);
      case "not_computable":
        return notMeasurable("savings_not_computable");
    }
    measured = savings.fraction * 100;
    low = savings.fractionLow === null ? null : savings.fractionLow * 100;
    high = savings.fractionHigh === null ? null : savings.fractionHigh * 100;
  } else if (kind === "comfort_ok_pct") {
    if (!survey.answers || survey.comfortableShare === null) return notMeasurable("no_survey_answers");
    measured = survey.comfortableShare * 100;
  } else {
    if (!consultations.length) return notMeasurable("no_consultation");
    const closed = consultations.filter((c) => !c.open);
    if (!closed.length) return notMeasurable("consultation_open");
    const eligible = closed.reduce((s, c) => s + c.occupiedDwellings, 0);
    if (!eligible) return notMeasurable("no_occupied_dwellings");
    measured = (closed.reduce((s, c) => s + c.answered, 0) / eligible) * 100;
  }
  if (targetValue === null)
    return { ...notMeasurable("no_target"), measured, measuredLow: low, measuredHigh: high };
  const target = kind === "savings_pct" ? Math.abs(targetValue) : targetValue;
  return {
    status: measured >= target ? "met" : "not_met",
    measured,
    measuredLow: low,
    measuredHigh: high,
    reason: null,
    monthsStillNeeded: null,
  };
}

/** The works of the building the period saw: under way at its end, or completed in it. */
export function worksInPeriod<E extends { startedOn: string; completedOn: string | null }>(
  events: readonly E[],
  period: { from: string; to: string },
) {
  return events
    .filter((e) => e.startedOn <= period.to && (e.completedOn === null || e.completedOn >= period.from))
    .map((e) => ({
      ...e,
      status:
        e.completedOn !== null && e.completedOn <= period.to ? ("done" as const) : ("under_way" as const),
    }));
}

import { comfortProblem } from "../../db/schema/participation.ts";
import { addDays, dayNumber, type LocalDay } from "../consumption/brussels-days.ts";
import { monthRange } from "./indicators.rules.ts";

export const COMFORT_PROBLEMS = comfortProblem.enumValues;
export type ComfortProblem = (typeof COMFORT_PROBLEMS)[number];

/** 1 too cold, 2 a bit cold, 3 just right, 4 a bit warm, 5 too warm. */
export const WARMTH_LEVELS = [1, 2, 3, 4, 5] as const;

/** The Monday of the week `day` (a Brussels day) belongs to: the survey's week. */
export function weekStartOf(day: LocalDay): LocalDay {
  // Day 0 of dayNumber is 1970-01-01, a Thursday: Monday is 3 days after a Thursday's week start.
  const weekday = (((dayNumber(day) + 3) % 7) + 7) % 7;
  return addDays(day, -weekday);
}

/** The month (`YYYY-MM`) a survey week counts in: that of its Thursday, which holds most of its days. */
export function weekMonth(weekStart: LocalDay): string {
  return addDays(weekStart, 3).slice(0, 7);
}

/** The Mondays whose week counts in months `from` … `to`: [first, end), as days. */
export function weekStartsOfMonths(from: string, to: string): { first: LocalDay; end: LocalDay } {
  const [y, m] = to.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { first: addDays(`${from}-01`, -3), end: addDays(`${next}-01`, -3) };
}

export interface SurveyAnswer {
  /** Monday of the week answered for, `YYYY-MM-DD`. */
  weekStart: LocalDay;
  warmth: number;
  problems: readonly ComfortProblem[];
  comment: string | null;
}

/** One heating month of the building as the rollup holds it, for the table beside the answers. */
export interface HeatingMonthFigure {
  month: string;
  kwh: number | null;
  kwhPerM2: number | null;
  degreeDays: number | null;
  status: "measured" | "estimated" | "partial" | "missing";
}

/** "Too cold" or "a bit cold". */
export const isCold = (warmth: number) => warmth <= 2;
/** "Just right" or "a bit warm": what the comfort objectives count. */
export const isComfortable = (warmth: number) => warmth === 3 || warmth === 4;

type Distribution = Record<"1" | "2" | "3" | "4" | "5", number>;

interface Tally {
  count: number;
  /** How many answers gave each level, "1" (too cold) … "5" (too warm). */
  warmth: Distribution;
  /** Share of answers "too cold" or "a bit cold" (null without answers). */
  coldShare: number | null;
  /** Share of answers "just right" or "a bit warm": the building report's comfort objective. */
  okShare: number | null;
  problems: Record<ComfortProblem, number>;
}

function tally(answers: readonly SurveyAnswer[]): Tally {
  const warmth: Distribution = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  const problems = Object.fromEntries(COMFORT_PROBLEMS.map((p) => [p, 0])) as Record<ComfortProblem, number>;
  for (const a of answers) {
    warmth[String(a.warmth) as keyof Distribution] += 1;
    for (const p of new Set(a.problems)) problems[p] += 1;
  }
  const count = answers.length;
  const share = (n: number) => (count === 0 ? null : n / count);
  return {
    count,
    warmth,
    coldShare: share(answers.filter((a) => isCold(a.warmth)).length),
    okShare: share(answers.filter((a) => isComfortable(a.warmth)).length),
    problems,
  };
}

/**
 * The comfort survey of a building over months `from` … `to` (`YYYY-MM`, inclusive), aggregated:
 * per week that has answers (its comments, never who wrote them, in the order given), and per month,
 * every month of the span, beside the building's heating month from the rollup. A week counts once,
 * in the month of its Thursday (the month holding most of its days, as ISO 8601 places a week in a year).
 */
export function aggregateSurvey({
  answers,
  heating,
  from,
  to,
}: {
  answers: readonly SurveyAnswer[];
  heating: readonly HeatingMonthFigure[];
  from: string;
  to: string;
}) {
  const months = monthRange(from, to);
  const inSpan = answers.filter((a) => weekMonth(a.weekStart) >= from && weekMonth(a.weekStart) <= to);
  const weeks = [...new Set(inSpan.map((a) => a.weekStart))].sort().map((weekStart) => {
    const own = inSpan.filter((a) => a.weekStart === weekStart);
    return {
      weekStart,
      ...tally(own),
      comments: own.map((a) => a.comment?.trim() ?? "").filter((c) => c !== ""),
    };
  });
  const heatingByMonth = new Map(heating.map((h) => [h.month, h]));
  return {
    from,
    to,
    weeks,
    months: months.map((month) => {
      const h = heatingByMonth.get(month);
      return {
        month,
        ...tally(inSpan.filter((a) => weekMonth(a.weekStart) === month)),
        heating: {
          kwh: h?.kwh ?? null,
          kwhPerM2: h?.kwhPerM2 ?? null,
          degreeDays: h?.degreeDays ?? null,
          status: h?.status ?? ("missing" as const),
        },
      };
    }),
  };
}

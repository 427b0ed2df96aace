/**
 * Totals of the day-by-day path (see per-day-reference.ts): day parts summed per period, day costs
 * per period and over a span. The app sums spans instead (api/consumption/span-figures.ts); these
 * stay with the reference the span pipeline is tested against, and with their own worked examples.
 */
import {
  byText,
  coveredShare,
  type DayAmount,
  type Granularity,
  periodOf,
} from "../../../api/consumption/aggregate.ts";
import { daysInMonth, daysInYear, type LocalDay } from "../../../api/consumption/brussels-days.ts";
import type { DayCost } from "../../../api/consumption/cost.ts";
import { type HeatingWeights, splitToDays } from "../../../api/consumption/daily-split.ts";
import type { ConsumptionInterval, DayPart } from "../../../api/consumption/types.ts";

export interface PeriodTotal {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (Brussels calendar). */
  period: string;
  /** Sum of the parts, in their unit (callers never mix units in one call). */
  quantity: number;
  /** The part of `quantity` that comes from estimated day parts. */
  estimatedQuantity: number;
  /**
   * Days of the period with data: per day, the best-covered meter register (its parts summed, at most
   * one day), so a period ending with the last reading shows as incomplete rather than low.
   */
  coveredDays: number;
  /** Calendar days in the period. */
  days: number;
}

function calendarDays(period: string, granularity: Granularity): number {
  if (granularity === "month") return daysInMonth(period);
  if (granularity === "year") return daysInYear(Number(period));
  return 1;
}

/** Sums day parts into Brussels days, months or years, oldest first. Only periods with parts appear. */
export function totalsByPeriod({
  parts,
  granularity,
}: {
  parts: readonly DayAmount[];
  granularity: Granularity;
}): PeriodTotal[] {
  const totals = new Map<string, PeriodTotal>();
  const partsOfDay = new Map<LocalDay, DayAmount[]>();
  for (const part of parts) {
    const period = periodOf(part.day, granularity);
    const total = totals.get(period) ?? {
      period,
      quantity: 0,
      estimatedQuantity: 0,
      coveredDays: 0,
      days: calendarDays(period, granularity),
    };
    total.quantity += part.quantity;
    if (part.estimated) total.estimatedQuantity += part.quantity;
    totals.set(period, total);
    const dayParts = partsOfDay.get(part.day);
    if (dayParts) dayParts.push(part);
    else partsOfDay.set(part.day, [part]);
  }
  for (const [day, dayParts] of partsOfDay) {
    const total = totals.get(periodOf(day, granularity));
    if (total) total.coveredDays += coveredShare(dayParts);
  }
  return [...totals.values()].sort((a, b) => byText(a.period, b.period));
}

export interface PeriodCost {
  period: string;
  /** Null with `reason` when any day of the period lacks a tariff. */
  costEur: number | null;
  reason?: "tariff_missing";
}

/** Sums day costs into days, months or years (Brussels); one day without a tariff makes its period null. */
export function costByPeriod({
  dayCosts,
  granularity,
}: {
  dayCosts: readonly DayCost[];
  granularity: Granularity;
}): PeriodCost[] {
  const totals = new Map<string, PeriodCost>();
  for (const { day, costEur } of dayCosts) {
    const period = periodOf(day, granularity);
    const total = totals.get(period) ?? { period, costEur: 0 };
    if (costEur === null || total.costEur === null)
      totals.set(period, { period, costEur: null, reason: "tariff_missing" });
    else totals.set(period, { period, costEur: total.costEur + costEur });
  }
  return [...totals.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** Total of day costs over any span (e.g. "since the last reading"), null when a day lacks a tariff. */
export function totalCost({ dayCosts }: { dayCosts: readonly DayCost[] }): {
  costEur: number | null;
  reason?: "tariff_missing";
  /** First day without a tariff, for "tarif manquant à partir du …". */
  missingFrom?: LocalDay;
} {
  const missingFrom = dayCosts
    .filter((d) => d.costEur === null)
    .sort((a, b) => a.day.localeCompare(b.day))[0]?.day;
  if (missingFrom) return { costEur: null, reason: "tariff_missing", missingFrom };
  return { costEur: dayCosts.reduce((sum, d) => sum + (d.costEur ?? 0), 0) };
}

/**
 * Splits many intervals (several registers, several meters) into day parts. `weightsFor` says which
 * intervals are heating energy to split by degree-days; the others are split evenly.
 */
export function splitAllToDays({
  intervals,
  weightsFor,
}: {
  intervals: readonly ConsumptionInterval[];
  weightsFor?: (interval: ConsumptionInterval) => HeatingWeights | undefined;
}): DayPart[] {
  return intervals.flatMap((interval) => splitToDays({ interval, weights: weightsFor?.(interval) }));
}

import { daysInMonth, daysInYear, type LocalDay, monthOf, yearOf } from "./brussels-days.ts";

export type Granularity = "day" | "month" | "year";

/** The fields of a day part the totals need; works on day parts in any unit (native, kWh, kg CO₂). */
export interface DayAmount {
  meterId: string;
  register: string;
  day: LocalDay;
  quantity: number;
  estimated: boolean;
  coverage: number;
}

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

export function periodOf(day: LocalDay, granularity: Granularity): string {
  if (granularity === "month") return monthOf(day);
  if (granularity === "year") return yearOf(day);
  return day;
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
  const coverage = new Map<LocalDay, Map<string, number>>();
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
    const bySeries = coverage.get(part.day) ?? new Map<string, number>();
    const series = `${part.meterId}\u0000${part.register}`;
    bySeries.set(series, (bySeries.get(series) ?? 0) + part.coverage);
    coverage.set(part.day, bySeries);
  }
  for (const [day, bySeries] of coverage) {
    const total = totals.get(periodOf(day, granularity));
    if (total) total.coveredDays += Math.min(1, Math.max(...bySeries.values()));
  }
  return [...totals.values()].sort((a, b) => a.period.localeCompare(b.period));
}

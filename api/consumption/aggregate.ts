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

/**
 * Code-point order: the same as localeCompare for days, months and energy names (digits, '-',
 * lowercase, '_'), without ICU collation, run thousands of times per ten-year request.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A day's covered share: its best-covered meter register (parts summed), at most one day. */
export function coveredShare(dayParts: readonly DayAmount[]): number {
  const series: { meterId: string; register: string; coverage: number }[] = [];
  for (const { meterId, register, coverage } of dayParts) {
    const same = series.find((s) => s.meterId === meterId && s.register === register);
    if (same) same.coverage += coverage;
    else series.push({ meterId, register, coverage });
  }
  return Math.min(1, Math.max(...series.map((s) => s.coverage)));
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

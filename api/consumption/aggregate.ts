import { type LocalDay, monthOf, yearOf } from "./brussels-days.ts";

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

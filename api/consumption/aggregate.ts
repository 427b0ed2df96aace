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

/** What a day's covered share needs of a day part or a day span. */
export interface Coverage {
  meterId: string;
  register: string;
  coverage: number;
}

/**
 * A day's covered share, at most one day: per meter, its best-covered register (parts summed); the
 * meters of one line (`lines`, meter-lines.ts: a meter and the one replacing it) add up, as their
 * hours never overlap; of lines read side by side, the best-covered counts. Without `lines`, each
 * meter is its own line.
 */
export function coveredShare(dayParts: readonly Coverage[], lines?: ReadonlyMap<string, string>): number {
  const registers: Coverage[] = [];
  for (const { meterId, register, coverage } of dayParts) {
    const same = registers.find((r) => r.meterId === meterId && r.register === register);
    if (same) same.coverage += coverage;
    else registers.push({ meterId, register, coverage });
  }
  const meters = new Map<string, number>();
  for (const r of registers)
    meters.set(r.meterId, Math.max(meters.get(r.meterId) ?? 0, Math.min(1, r.coverage)));
  const byLine = new Map<string, number>();
  for (const [meterId, coverage] of meters) {
    const line = lines?.get(meterId) ?? meterId;
    byLine.set(line, (byLine.get(line) ?? 0) + coverage);
  }
  let best = 0;
  for (const coverage of byLine.values()) best = Math.max(best, coverage);
  return Math.min(1, best);
}

export function periodOf(day: LocalDay, granularity: Granularity): string {
  if (granularity === "month") return monthOf(day);
  if (granularity === "year") return yearOf(day);
  return day;
}

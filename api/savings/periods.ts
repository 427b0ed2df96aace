import { addDays, type LocalDay } from "../consumption/brussels-days.ts";

/** Consumption between two readings (or one day of interval data): days `from` … `to` − 1. */
export interface UsagePeriod {
  from: LocalDay;
  /** The day after the last day counted: the next reading's day. */
  to: LocalDay;
  /** Null when missing (no reading, or an electricity day at zero). */
  usageKwh: number | null;
  /** The period ends on an estimated reading; or, a smart-meter day, it was scaled up from a partly measured day. */
  estimated?: boolean;
}

/** `billing`: reading-to-reading periods; `daily`: one period per day (smart meters). */
export type DataKind = "billing" | "daily";

const DAY_MS = 86_400_000;

export function daysBetween(from: LocalDay, to: LocalDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const daysOf = (p: Pick<UsagePeriod, "from" | "to">) => daysBetween(p.from, p.to);

/** The baseline is the year just before the project start [CalTRACK 3.1.3]. */
export const BASELINE_DAYS = 365;
/** At most 37 of its 365 days may be missing (90 % coverage) [2.2.1.2]. */
export const MIN_COVERED_SHARE = 0.9;
/** Reading-to-reading periods kept in a baseline: 25 to 35 days, or up to 70 for two-monthly readers. */
export const BILLING_DAYS = { min: 25, max: 35, maxTwoMonthly: 70 } as const;

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Two periods as one (usage adds up; missing if either is). */
function merged(a: UsagePeriod, b: UsagePeriod): UsagePeriod {
  const usageKwh = a.usageKwh === null || b.usageKwh === null ? null : a.usageKwh + b.usageKwh;
  return { from: a.from, to: b.to, usageKwh, ...(b.estimated ? { estimated: true } : {}) };
}

/** An estimated reading is merged into the next real one: its period joins the next [3.5.5]. */
export function mergeEstimated(periods: readonly UsagePeriod[]): UsagePeriod[] {
  const out: UsagePeriod[] = [];
  let pending: UsagePeriod | null = null;
  for (const p of periods) {
    const current: UsagePeriod = pending ? merged(pending, p) : p;
    pending = current.estimated ? current : null;
    if (!pending) out.push(current);
  }
  if (pending) out.push(pending);
  return out;
}

export interface BaselineSelection {
  /** Periods fit for the model, oldest first. */
  periods: UsagePeriod[];
  /** Periods left out, with why. */
  dropped: Array<{ period: UsagePeriod; reason: "too_short" | "too_long" | "missing" }>;
  from: LocalDay;
  to: LocalDay;
}

/**
 * The baseline periods before `start`: billing periods making the span closest to 365 days, each kept
 * only if 25–35 days long (70 for households reading every two months); daily periods of the 365 days
 * before the start. Periods with missing usage are dropped and said so.
 */
export function selectBaseline({
  periods,
  start,
  dataKind,
}: {
  periods: readonly UsagePeriod[];
  start: LocalDay;
  dataKind: DataKind;
}): BaselineSelection {
  const before = periods.filter((p) => p.to <= start);
  const candidates =
    dataKind === "billing" ? closestToAYear(mergeEstimated(before), start) : lastYear(before, start);
  const dropped: BaselineSelection["dropped"] = [];
  const kept: UsagePeriod[] = [];
  const maxDays =
    dataKind === "billing" && candidates.length && median(candidates.map(daysOf)) > 45
      ? BILLING_DAYS.maxTwoMonthly
      : BILLING_DAYS.max;
  for (const period of candidates) {
    const days = daysOf(period);
    if (period.usageKwh === null) dropped.push({ period, reason: "missing" });
    else if (dataKind === "billing" && days < BILLING_DAYS.min) dropped.push({ period, reason: "too_short" });
    else if (dataKind === "billing" && days > maxDays) dropped.push({ period, reason: "too_long" });
    else kept.push(period);
  }
  return { periods: kept, dropped, from: candidates[0]?.from ?? addDays(start, -BASELINE_DAYS), to: start };
}

/** Going back from the start: consecutive periods whose span comes closest to 365 days. */
function closestToAYear(before: readonly UsagePeriod[], start: LocalDay): UsagePeriod[] {
  let best: UsagePeriod[] = [];
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = before.length - 1; i >= 0; i--) {
    const chosen = before.slice(i);
    const gap = Math.abs(daysBetween((chosen[0] as UsagePeriod).from, start) - BASELINE_DAYS);
    if (gap < bestGap) [best, bestGap] = [chosen, gap];
    else if (gap > bestGap) break;
  }
  return best;
}

function lastYear(before: readonly UsagePeriod[], start: LocalDay): UsagePeriod[] {
  const from = addDays(start, -BASELINE_DAYS);
  return before.filter((p) => p.from >= from);
}

/**
 * Reporting periods from completion on: short billing periods join the next one, long ones are only
 * flagged [3.5.5]; a partial year is never annualised.
 */
export function selectReporting({
  periods,
  completion,
  dataKind,
}: {
  periods: readonly UsagePeriod[];
  completion: LocalDay;
  dataKind: DataKind;
}): { periods: UsagePeriod[]; long: UsagePeriod[] } {
  const after = periods.filter((p) => p.from >= completion);
  if (dataKind === "daily") return { periods: after, long: [] };
  const out: UsagePeriod[] = [];
  let pending: UsagePeriod | null = null;
  for (const p of mergeEstimated(after)) {
    const current: UsagePeriod = pending ? merged(pending, p) : p;
    pending = daysOf(current) < BILLING_DAYS.min ? current : null;
    if (!pending) out.push(current);
  }
  if (pending) out.push(pending);
  const maxDays = out.length && median(out.map(daysOf)) > 45 ? BILLING_DAYS.maxTwoMonthly : BILLING_DAYS.max;
  return { periods: out, long: out.filter((p) => daysOf(p) > maxDays) };
}

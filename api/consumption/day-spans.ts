import type { MeterKind, NativeUnit, Register } from "../meters/meter-kinds.ts";
import type { GasType } from "../meters/meter-rules.ts";
import { isInjection, type Meter } from "../meters/meter-rules.ts";
import { type Granularity, periodOf } from "./aggregate.ts";
import { brusselsDayNumberOf, dayNumber, dayOfNumber, midnightMs } from "./brussels-days.ts";
import type { ConversionSettings } from "./conversion.ts";
import { meterFields } from "./index-intervals.ts";
import { type IntervalDay, intervalDayAmount } from "./interval-parts.ts";
import type { ConsumptionInterval } from "./types.ts";

/** Days as `dayNumber`s, `end` exclusive. */
export interface DayRange {
  first: number;
  end: number;
}

/**
 * Consecutive Brussels days on which one meter register used the same amount each day: the full
 * days of a reading interval spread evenly, its partly covered first or last day, or one day of
 * smart-meter data. The per-day amounts are those of `splitToDays` and `intervalDayParts`, so a
 * run of n days counts n times what each of its days would.
 */
export interface DaySpan extends DayRange {
  meterId: string;
  kind: MeterKind;
  unit: NativeUnit;
  gasType: GasType | null | undefined;
  register: Register;
  injection: boolean;
  /** Per day, in `unit`. */
  quantity: number;
  /** Per day, kWh the operator measured (smart-meter gas). */
  kwh: number | undefined;
  /** Per day, the fraction of the day covered (1 for a full day). */
  coverage: number;
  /** Estimated whatever the window: deliveries-only fuels. */
  estimated: boolean;
  /**
   * The whole interval a multi-day span comes from: its parts are estimated in a window unless the
   * interval lies inside that window and inside one period (then it was measured for that period).
   */
  spread: (DayRange & { onePeriod: boolean }) | null;
}

/** Whether a span's days count as estimated in a window (see `spread`). */
export function estimatedIn(span: DaySpan, window: DayRange): boolean {
  const s = span.spread;
  return span.estimated || (s !== null && !(s.onePeriod && s.first >= window.first && s.end <= window.end));
}

/**
 * One meter's consumption as day spans inside `range`: reading intervals spread evenly over their
 * days, except on the days where smart-meter data of the same register exists, which replace them
 * (never both, never a double count). A day the smart meter covered only partly (slots missing in
 * the file) keeps the reading interval's share for the rest of the day, marked estimated, rather than
 * losing it silently.
 */
export function meterSpans({
  meter,
  intervals,
  intervalDays,
  conversion,
  range,
  granularity,
}: {
  meter: Meter;
  intervals: readonly ConsumptionInterval[];
  intervalDays: readonly IntervalDay[];
  conversion?: ConversionSettings;
  range: DayRange;
  granularity: Granularity;
}): DaySpan[] {
  const spans: DaySpan[] = [];
  /** Per register, the days with smart-meter data and the fraction of each day it covers. */
  const measured = new Map<Register, Map<number, number>>();
  const source = { meterId: meter.id, ...meterFields(meter), estimated: false };
  for (const d of intervalDays) {
    const amount = intervalDayAmount({ meter, day: d, conversion });
    if (!amount) continue;
    const day = dayNumber(d.day);
    const days = measured.get(d.register) ?? new Map<number, number>();
    measured.set(d.register, days.set(day, amount.coverage));
    if (day >= range.first && day < range.end)
      spans.push(
        daySpan({
          source,
          register: d.register,
          first: day,
          end: day + 1,
          quantity: amount.quantity,
          kwh: amount.kwh,
          coverage: amount.coverage,
          spread: null,
        }),
      );
  }
  const sortedDays = new Map(
    [...measured].map(([register, days]) => [register, [...days.keys()].sort((a, b) => a - b)]),
  );
  for (const interval of intervals)
    for (const span of intervalSpans({ interval, range, granularity })) {
      const days = sortedDays.get(span.register) ?? [];
      spans.push(...withoutDays(span, days), ...restOfPartDays(span, days, measured.get(span.register)));
    }
  return spans;
}

/** On the span's days the smart meter covered only partly, the span's share of the uncovered rest. */
function restOfPartDays(span: DaySpan, days: readonly number[], coverage: Map<number, number> | undefined) {
  const rest: DaySpan[] = [];
  for (let i = firstAtOrAfter(days, span.first); i < days.length && (days[i] as number) < span.end; i++) {
    const day = days[i] as number;
    const uncovered = 1 - (coverage?.get(day) ?? 1);
    if (uncovered > 0)
      rest.push({
        ...span,
        first: day,
        end: day + 1,
        quantity: span.quantity * uncovered,
        coverage: span.coverage * uncovered,
        estimated: true,
      });
  }
  return rest;
}

/**
 * `splitToDays` as a few spans: the partly covered first and last days, the full days between, and
 * the day that takes the rounding remainder so that the spans add up to the interval (the first
 * day with the largest share).
 */
function intervalSpans({
  interval,
  range,
  granularity,
}: {
  interval: ConsumptionInterval;
  range: DayRange;
  granularity: Granularity;
}): DaySpan[] {
  const from = interval.from.getTime();
  const to = interval.to.getTime();
  if (!(to > from)) return [];
  const first = brusselsDayNumberOf(from);
  const last = brusselsDayNumberOf(to - 1);
  if (last < range.first || first >= range.end) return [];
  const share = (day: number) => {
    const start = midnightMs(day);
    const end = midnightMs(day + 1);
    return (Math.min(to, end) - Math.max(from, start)) / (end - start);
  };
  // Runs of days with the same share, in calendar order.
  const runs: { first: number; end: number; coverage: number }[] = [
    { first, end: first + 1, coverage: share(first) },
  ];
  if (last - first > 1) runs.push({ first: first + 1, end: last, coverage: 1 });
  if (last > first) runs.push({ first: last, end: last + 1, coverage: share(last) });
  const shareTotal = runs.reduce((sum, r) => sum + (r.end - r.first) * r.coverage, 0);
  const perDay = (coverage: number) => (interval.quantity * coverage) / shareTotal;
  const largest = runs.reduce((best, r) => (r.coverage > best.coverage ? r : best));
  const others = runs.reduce(
    (sum, r) => sum + (r.end - r.first - (r === largest ? 1 : 0)) * perDay(r.coverage),
    0,
  );
  const spread =
    last > first
      ? {
          first,
          end: last + 1,
          onePeriod: periodOf(dayOfNumber(first), granularity) === periodOf(dayOfNumber(last), granularity),
        }
      : null;
  const spans: DaySpan[] = [];
  const push = (first: number, end: number, coverage: number, quantity: number) => {
    const span = daySpan({
      source: interval,
      register: interval.register,
      first: Math.max(first, range.first),
      end: Math.min(end, range.end),
      quantity,
      kwh: undefined,
      coverage,
      spread,
    });
    if (span.end > span.first) spans.push(span);
  };
  for (const r of runs) {
    if (r !== largest) {
      push(r.first, r.end, r.coverage, perDay(r.coverage));
      continue;
    }
    // Only a subnormal quantity (1e-323) could make the remainder negative.
    push(r.first, r.first + 1, r.coverage, Math.max(0, interval.quantity - others));
    push(r.first + 1, r.end, r.coverage, perDay(r.coverage));
  }
  return spans;
}

/** Every span is built here, with one object shape: there is one for every day of ten years. */
function daySpan({
  source: { meterId, kind, unit, gasType, estimated },
  register,
  first,
  end,
  quantity,
  kwh,
  coverage,
  spread,
}: {
  source: Pick<ConsumptionInterval, "meterId" | "kind" | "unit" | "gasType" | "estimated">;
  register: Register;
  first: number;
  end: number;
  quantity: number;
  kwh: number | undefined;
  coverage: number;
  spread: DaySpan["spread"];
}): DaySpan {
  return {
    first,
    end,
    meterId,
    kind,
    unit,
    gasType,
    register,
    injection: isInjection(register),
    quantity,
    kwh,
    coverage,
    estimated,
    spread,
  };
}

/** The span without the given days (sorted day numbers): a register's days of smart-meter data. */
function withoutDays(span: DaySpan, days: readonly number[]): DaySpan[] {
  let i = firstAtOrAfter(days, span.first);
  if (i === days.length || (days[i] as number) >= span.end) return [span];
  const pieces: DaySpan[] = [];
  let first = span.first;
  for (; i < days.length && (days[i] as number) < span.end; i++) {
    const day = days[i] as number;
    if (day > first) pieces.push({ ...span, first, end: day });
    first = day + 1;
  }
  if (span.end > first) pieces.push({ ...span, first, end: span.end });
  return pieces;
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

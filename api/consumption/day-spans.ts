import type { MeterKind, NativeUnit, Register } from "../meters/meter-kinds.ts";
import type { GasType } from "../meters/meter-rules.ts";
import { isInjection, type Meter } from "../meters/meter-rules.ts";
import { type Granularity, periodOf } from "./aggregate.ts";
import { brusselsDayNumberOf, dayNumber, dayOfNumber, midnightMs } from "./brussels-days.ts";
import type { ConversionSettings } from "./conversion.ts";
import { meterFields } from "./index-intervals.ts";
import { type IntervalDay, intervalDayAmount, measuredAndEstimated } from "./interval-parts.ts";
import type { ConsumptionInterval } from "./types.ts";

/** Days as `dayNumber`s, `end` exclusive. */
export interface DayRange {
  first: number;
  end: number;
}

/**
 * Consecutive Brussels days on which one meter register used the same amount each day: the full
 * days of a reading interval spread evenly, its partly covered first or last day, or one day of
 * smart-meter data (its measured part, and its part the operator estimated). The per-day amounts are
 * those of `splitToDays` and `intervalDayParts`, so a run of n days counts n times what each of its
 * days would.
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
  /**
   * Estimated whatever the window: deliveries-only fuels, what a reading interval leaves to the days
   * its smart-meter days did not measure, and the slots the grid operator estimated.
   */
  estimated: boolean;
  /**
   * The whole interval a multi-day span comes from: its parts are estimated in a window unless the
   * interval lies inside that window and inside one period (then it was measured for that period).
   */
  spread: (DayRange & { onePeriod: boolean }) | null;
  /** Its share of an interval follows a heating energy's weights (`DayWeight`), not the days alone. */
  byWeather: boolean;
}

/** Whether a span's days count as estimated in a window (see `spread`). */
export function estimatedIn(span: DaySpan, window: DayRange): boolean {
  const s = span.spread;
  return span.estimated || (s !== null && !(s.onePeriod && s.first >= window.first && s.end <= window.end));
}

/**
 * What a heating energy's model expects of a day (base load plus heating by its degree-days), by
 * `dayNumber`; undefined for a day whose degree-days are not known. Only proportions matter.
 */
export type DayWeight = (day: number) => number | undefined;

/**
 * One meter's consumption as day spans inside `range`. Smart-meter days are measured (but for the
 * share of their slots the grid operator estimated) and replace what a reading interval would spread
 * over them: never both, never a double count. The interval's index difference still holds: what it
 * leaves after the smart meter's quantity within the interval (never below 0, the smart data are not
 * trimmed to it) is spread over the rest of its days, the part of a day the smart meter missed
 * included, and is estimated (`withSmartDays`). Without smart-meter days, the interval is spread
 * over its days (`intervalSpans`): evenly, or for a heating energy in proportion to `weightOf`.
 */
export function meterSpans({
  meter,
  intervals,
  intervalDays,
  conversion,
  range,
  granularity,
  weightOf,
}: {
  meter: Meter;
  intervals: readonly ConsumptionInterval[];
  /** Those of the days of `range` and of every interval meeting it, for the intervals to add up. */
  intervalDays: readonly IntervalDay[];
  conversion?: ConversionSettings;
  range: DayRange;
  granularity: Granularity;
  /** A heating energy's weight of a day (`DayWeight`); without it, an interval is spread evenly. */
  weightOf?: DayWeight;
}): DaySpan[] {
  const spans: DaySpan[] = [];
  /** Per register, its smart-meter days in calendar order. */
  const smart = new Map<Register, SmartDay[]>();
  const measured = { meterId: meter.id, ...meterFields(meter), estimated: false };
  const estimated = { ...measured, estimated: true };
  for (const d of intervalDays) {
    const amount = intervalDayAmount({ meter, day: d, conversion });
    if (!amount) continue;
    const day = dayNumber(d.day);
    let days = smart.get(d.register);
    if (!days) {
      days = [];
      smart.set(d.register, days);
    }
    days.push({ day, quantity: amount.quantity, coverage: amount.coverage });
    if (day < range.first || day >= range.end) continue;
    // Ten years of days: the common day without estimated slots is one span, built directly.
    if (!(amount.estimatedShare > 0))
      spans.push(smartDaySpan({ source: measured, register: d.register, day, amount }));
    else
      for (const part of measuredAndEstimated(amount))
        spans.push(
          smartDaySpan({
            source: part.estimated ? estimated : measured,
            register: d.register,
            day,
            amount: part,
          }),
        );
  }
  for (const days of smart.values()) days.sort((a, b) => a.day - b.day);
  for (const interval of intervals)
    spans.push(
      ...intervalSpans({
        interval,
        range,
        granularity,
        smart: smart.get(interval.register) ?? [],
        // Solar sent to the grid does not follow the heating.
        weightOf: isInjection(interval.register) ? undefined : weightOf,
      }),
    );
  return spans;
}

/** A smart-meter day's span, or its measured or estimated part (`measuredAndEstimated`). */
function smartDaySpan({
  source,
  register,
  day,
  amount,
}: {
  source: Pick<ConsumptionInterval, "meterId" | "kind" | "unit" | "gasType" | "estimated">;
  register: Register;
  day: number;
  amount: { quantity: number; coverage: number; kwh?: number };
}): DaySpan {
  const { quantity, kwh, coverage } = amount;
  return daySpan({
    source,
    register,
    first: day,
    end: day + 1,
    quantity,
    kwh,
    coverage,
    spread: null,
    byWeather: false,
  });
}

/** A smart-meter day of one register: its quantity (in the meter's unit) and the share of the day measured. */
interface SmartDay {
  day: number;
  quantity: number;
  coverage: number;
}

/**
 * `splitToDays` as a few spans: runs of days with the same weight (evenly: the partly covered first
 * and last days and the full days between; by `weightOf`: the days with the same degree-days), and the
 * day that takes the rounding remainder so that the spans add up to the interval (the first day with
 * the largest share). With smart-meter days of its register inside, `withSmartDays`.
 */
function intervalSpans({
  interval,
  range,
  granularity,
  smart,
  weightOf,
}: {
  interval: ConsumptionInterval;
  range: DayRange;
  granularity: Granularity;
  /** The register's smart-meter days, in calendar order. */
  smart: readonly SmartDay[];
  weightOf: DayWeight | undefined;
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
  const inside = smart.slice(firstAtOrAfter(smart, first), firstAtOrAfter(smart, last + 1));
  if (inside.length) return withSmartDays({ interval, range, first, last, share, smart: inside, weightOf });
  const days: Piece[] = [{ first, end: first + 1, coverage: share(first) }];
  if (last - first > 1) days.push({ first: first + 1, end: last, coverage: 1 });
  if (last > first) days.push({ first: last, end: last + 1, coverage: share(last) });
  const { runs, byWeather } = weighted(days, weightOf);
  const weightTotal = runs.reduce((sum, r) => sum + (r.end - r.first) * r.weight, 0);
  const perDay = (r: WeightedPiece) => (interval.quantity * r.weight) / weightTotal;
  const largest = runs.reduce((best, r) => (r.weight > best.weight ? r : best));
  const others = runs.reduce((sum, r) => sum + (r.end - r.first - (r === largest ? 1 : 0)) * perDay(r), 0);
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
      byWeather,
    });
    if (span.end > span.first) spans.push(span);
  };
  for (const r of runs) {
    if (r !== largest) {
      push(r.first, r.end, r.coverage, perDay(r));
      continue;
    }
    // Only a subnormal quantity (1e-323) could make the remainder negative.
    push(r.first, r.first + 1, r.coverage, Math.max(0, interval.quantity - others));
    push(r.first + 1, r.end, r.coverage, perDay(r));
  }
  return spans;
}

/** Days `first`…`end − 1`, each covered `coverage` of a day by what is spread over them. */
interface Piece {
  first: number;
  end: number;
  coverage: number;
}

/** A piece whose days each take `weight` of what is spread. */
interface WeightedPiece extends Piece {
  weight: number;
}

/**
 * The pieces' days weighted by `weightOf` × coverage, consecutive days of equal weight kept together
 * (`splitToDays`'s weights: below 0 counts as 0). Evenly — weight = coverage — without `weightOf`, when
 * a day's degree-days are not known (an unknown day is not a day without heating), or when every
 * weight is 0 (a summer interval: the energy was used all the same).
 */
function weighted(
  pieces: readonly Piece[],
  weightOf: DayWeight | undefined,
): { runs: WeightedPiece[]; byWeather: boolean } {
  const even = () => ({ runs: pieces.map((p) => ({ ...p, weight: p.coverage })), byWeather: false });
  if (!weightOf) return even();
  const runs: WeightedPiece[] = [];
  let total = 0;
  for (const p of pieces)
    for (let day = p.first; day < p.end; day++) {
      const w = weightOf(day);
      if (w === undefined || !Number.isFinite(w)) return even();
      const weight = p.coverage * Math.max(0, w);
      total += weight;
      const previous = runs.at(-1);
      if (previous && previous.end === day && previous.weight === weight && previous.coverage === p.coverage)
        previous.end = day + 1;
      else runs.push({ first: day, end: day + 1, coverage: p.coverage, weight });
    }
  return total > 0 ? { runs, byWeather: true } : even();
}

/**
 * A reading interval with smart-meter days of its register (`smart`, in calendar order, inside it):
 * the index difference holds. What it leaves after the smart meter's quantity within the interval (a
 * day the interval holds only part of counts for that part) is spread over the rest: the days without
 * smart-meter data at the interval's share of them, and the part of a smart-meter day its slots missed
 * (by `weightOf` too, for a heating energy).
 * Never below 0: smart data above the index difference stay as measured, the rest of the days then
 * used 0 rather than some invented amount. Estimated in every window, as any spread is. Where the
 * smart meter measured every hour of the interval, nothing is left to spread. O(smart days + 3).
 */
function withSmartDays({
  interval,
  range,
  first,
  last,
  share,
  smart,
  weightOf,
}: {
  interval: ConsumptionInterval;
  range: DayRange;
  first: number;
  last: number;
  /** The fraction of a day inside the interval. */
  share: (day: number) => number;
  smart: readonly SmartDay[];
  weightOf: DayWeight | undefined;
}): DaySpan[] {
  const pieces: Piece[] = [];
  let unmeasured = 0;
  let measured = 0;
  const piece = (f: number, e: number, coverage: number) => {
    if (e <= f || !(coverage > 0)) return;
    pieces.push({ first: f, end: e, coverage });
    unmeasured += (e - f) * coverage;
  };
  /** Days a…b−1, none with smart data: the interval's first and last days at their share. */
  const plain = (a: number, b: number) => {
    if (a >= b) return;
    if (a === first) piece(first, first + 1, share(first));
    const middle = Math.max(a, first + 1);
    const middleEnd = b - 1 === last && b > middle ? last : b;
    piece(middle, middleEnd, 1);
    piece(middleEnd, b, share(last));
  };
  let next = first;
  for (const d of smart) {
    plain(next, d.day);
    const inInterval = share(d.day);
    measured += d.quantity * inInterval;
    piece(d.day, d.day + 1, inInterval * (1 - d.coverage));
    next = d.day + 1;
  }
  plain(next, last + 1);
  if (!(unmeasured > 0)) return [];
  const rest = Math.max(0, interval.quantity - measured);
  const source = { ...interval, estimated: true };
  const { runs, byWeather } = weighted(pieces, weightOf);
  const weightTotal = runs.reduce((sum, r) => sum + (r.end - r.first) * r.weight, 0);
  const spans: DaySpan[] = [];
  for (const p of runs) {
    const span = daySpan({
      source,
      register: interval.register,
      first: Math.max(p.first, range.first),
      end: Math.min(p.end, range.end),
      quantity: (rest * p.weight) / weightTotal,
      kwh: undefined,
      coverage: p.coverage,
      spread: null,
      byWeather,
    });
    if (span.end > span.first) spans.push(span);
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
  byWeather,
}: {
  source: Pick<ConsumptionInterval, "meterId" | "kind" | "unit" | "gasType" | "estimated">;
  register: Register;
  first: number;
  end: number;
  quantity: number;
  kwh: number | undefined;
  coverage: number;
  spread: DaySpan["spread"];
  byWeather: boolean;
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
    byWeather,
  };
}

/** The index of the first smart-meter day on or after `day` (binary search). */
function firstAtOrAfter(sorted: readonly SmartDay[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as SmartDay).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

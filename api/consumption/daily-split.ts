import { addDays, brusselsDayOf, type LocalDay, startOfBrusselsDay } from "./brussels-days.ts";
import type { ConsumptionInterval, DayPart } from "./types.ts";

/**
 * Relative weight of a day in a split. The default gives every day the same weight; the savings
 * work passes degree-days so that heating energy lands on cold days. Negative weights count as 0.
 */
export type HeatingWeights = (day: LocalDay) => number;

/**
 * Splits an interval over the Brussels days it touches. Each day gets weight × coverage, where
 * coverage is the fraction of that day inside the interval (a full day is 1 even when daylight
 * saving makes it 23 or 25 hours long, so "evenly" means per day, not per hour). Nothing is placed
 * outside [from, to): never beyond the last reading. When the weights of all touched days are zero
 * (a summer interval weighted by degree-days), the split falls back to coverage alone, because the
 * energy was used all the same. Every part is estimated unless the interval lies within a single day.
 */
export function splitToDays({
  interval,
  weights,
}: {
  interval: ConsumptionInterval;
  weights?: HeatingWeights;
}): DayPart[] {
  const from = interval.from.getTime();
  const to = interval.to.getTime();
  if (!(to > from)) return [];
  const spans: { day: LocalDay; coverage: number }[] = [];
  for (let day = brusselsDayOf(interval.from); ; day = addDays(day, 1)) {
    const dayStart = startOfBrusselsDay(day).getTime();
    if (dayStart >= to) break;
    const dayEnd = startOfBrusselsDay(addDays(day, 1)).getTime();
    const covered = Math.min(to, dayEnd) - Math.max(from, dayStart);
    if (covered > 0) spans.push({ day, coverage: covered / (dayEnd - dayStart) });
  }
  const weighted = spans.map((s) => s.coverage * Math.max(0, weights?.(s.day) ?? 1));
  const totalWeight = weighted.reduce((a, b) => a + b, 0);
  const shares = totalWeight > 0 && Number.isFinite(totalWeight) ? weighted : spans.map((s) => s.coverage);
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const estimated = interval.estimated || spans.length > 1;
  const quantities = shares.map((share) => (interval.quantity * share) / shareTotal);
  // The largest part takes the rounding remainder, so the parts add up to the interval; only a
  // subnormal quantity (1e-323) could push that remainder below zero.
  const largest = shares.indexOf(Math.max(...shares));
  const others = quantities.reduce((sum, q, k) => (k === largest ? sum : sum + q), 0);
  quantities[largest] = Math.max(0, interval.quantity - others);
  return spans.map((span, i) => ({
    meterId: interval.meterId,
    kind: interval.kind,
    unit: interval.unit,
    ...(interval.gasType === undefined ? {} : { gasType: interval.gasType }),
    register: interval.register,
    day: span.day,
    quantity: quantities[i] ?? 0,
    estimated,
    coverage: span.coverage,
  }));
}

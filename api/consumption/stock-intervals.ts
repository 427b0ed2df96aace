import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import { brusselsDayOf, startOfBrusselsDay } from "./brussels-days.ts";
import { indexPoints, meterFields } from "./index-intervals.ts";
import type { ConsumptionGap, ConsumptionInterval, IntervalsResult } from "./types.ts";

/**
 * Heating oil read on the tank gauge (litres): consumption = previous level − current level +
 * deliveries in between. A delivery is dated by its day, i.e. 00:00 Brussels time like a plain-date
 * reading, and counts in the interval (previous reading, current reading], never twice. The start
 * index (flagged `start`) is the level at `startedAt`.
 *
 * A delivery on the day of a reading (the start level included) is taken as before it (people read
 * the gauge once the lorry has gone), unless the levels show the gauge was read first: the reading is
 * below the litres just poured in, or the next level rose with nothing delivered. It then counts
 * after that reading, if both intervals stay at or above zero that way, and the same question is
 * asked of the day's next reading; a delivery after the last reading waits for the next one. Without
 * this, a morning reading before an afternoon delivery would show the delivered litres as burnt. So
 * the interval before a reading may change once the next reading comes.
 */
export function stockIntervals({
  meter,
  readings,
  deliveries,
}: {
  meter: Meter;
  readings: readonly IndexReading[];
  deliveries: readonly FuelDelivery[];
}): IntervalsResult {
  const register = meter.registers[0] ?? "single";
  const levels = indexPoints({ meter, register, readings });
  const delivered = deliveredPerInterval(levels, deliveries);
  const intervals: ConsumptionInterval[] = [];
  const gaps: ConsumptionGap[] = [];
  for (let i = 1; i < levels.length; i++) {
    const previous = levels[i - 1] as (typeof levels)[number];
    const current = levels[i] as (typeof levels)[number];
    const span = { meterId: meter.id, register, from: previous.readAt, to: current.readAt };
    if (previous.readAt.getTime() === current.readAt.getTime()) {
      gaps.push({ ...span, reason: "same_moment" });
      continue;
    }
    const quantity = previous.value - current.value + (delivered[i] ?? 0);
    if (quantity < 0) gaps.push({ ...span, reason: "level_above_deliveries" });
    else intervals.push({ ...span, ...meterFields(meter), quantity, estimated: false, reset: false });
  }
  return { intervals, gaps };
}

type Level = { readAt: Date; value: number };

/**
 * Litres delivered per interval: index i is the interval ending at level i; index 0 holds what came
 * before the first level (in it already), index levels.length what came after the last reading (not
 * counted yet). A delivery on the day of one or more levels moves past each one the gauge was read
 * before, in turn.
 */
function deliveredPerInterval(levels: readonly Level[], deliveries: readonly FuelDelivery[]): number[] {
  const delivered = new Array<number>(levels.length + 1).fill(0);
  // Per level, the litres of its own day still counted before it.
  const onLevelDay = new Array<number>(levels.length).fill(0);
  const dayOf = levels.map((level) => brusselsDayOf(level.readAt));
  for (const d of deliveries) {
    const at = startOfBrusselsDay(d.deliveredOn).getTime();
    const found = levels.findIndex((level) => level.readAt.getTime() >= at);
    const i = found === -1 ? levels.length : found;
    delivered[i] = (delivered[i] ?? 0) + d.quantity;
    if (dayOf[i] === d.deliveredOn) onLevelDay[i] = (onLevelDay[i] ?? 0) + d.quantity;
  }
  const quantity = (j: number) =>
    (levels[j - 1] as Level).value - (levels[j] as Level).value + (delivered[j] ?? 0);
  for (let i = 0; i < levels.length; i++) {
    const sameDay = onLevelDay[i] ?? 0;
    if (sameDay === 0) continue;
    const hasNext = i + 1 < levels.length;
    const readFirst = (levels[i] as Level).value < sameDay || (hasNext && quantity(i + 1) < 0);
    const afterFits = (i === 0 || quantity(i) - sameDay >= 0) && (!hasNext || quantity(i + 1) + sameDay >= 0);
    if (!readFirst || !afterFits) continue;
    delivered[i] = (delivered[i] ?? 0) - sameDay;
    delivered[i + 1] = (delivered[i + 1] ?? 0) + sameDay;
    if (hasNext && dayOf[i + 1] === dayOf[i]) onLevelDay[i + 1] = (onLevelDay[i + 1] ?? 0) + sameDay;
  }
  return delivered;
}

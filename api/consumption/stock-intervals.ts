import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import { startOfBrusselsDay } from "./brussels-days.ts";
import { indexPoints, meterFields } from "./index-intervals.ts";
import type { ConsumptionGap, ConsumptionInterval, IntervalsResult } from "./types.ts";

/**
 * Heating oil read on the tank gauge (litres): consumption = previous level − current level +
 * deliveries in between. A delivery is dated by its day, i.e. 00:00 Brussels time like a plain-date
 * reading, and counts in the interval (previous reading, current reading]: a delivery on the day of
 * a reading is taken as before it (people read the gauge once the lorry has gone), and is never
 * counted twice. The start index (flagged `start`) is the level at `startedAt`.
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
  const delivered = deliveries.map((d) => ({
    at: startOfBrusselsDay(d.deliveredOn).getTime(),
    quantity: d.quantity,
  }));
  const intervals: ConsumptionInterval[] = [];
  const gaps: ConsumptionGap[] = [];
  for (let i = 1; i < levels.length; i++) {
    const previous = levels[i - 1] as (typeof levels)[number];
    const current = levels[i] as (typeof levels)[number];
    const from = previous.readAt.getTime();
    const to = current.readAt.getTime();
    const span = { meterId: meter.id, register, from: previous.readAt, to: current.readAt };
    if (from === to) {
      gaps.push({ ...span, reason: "same_moment" });
      continue;
    }
    const deliveredLitres = delivered
      .filter((d) => d.at > from && d.at <= to)
      .reduce((sum, d) => sum + d.quantity, 0);
    const quantity = previous.value - current.value + deliveredLitres;
    if (quantity < 0) gaps.push({ ...span, reason: "level_above_deliveries" });
    else intervals.push({ ...span, ...meterFields(meter), quantity, estimated: false, reset: false });
  }
  return { intervals, gaps };
}

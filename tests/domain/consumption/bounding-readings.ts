import type { IndexReading } from "../../../api/meters/meter-rules.ts";

/**
 * The reference of the bounded read (meters.repo `listReadingsForConsumption` with a span): per
 * register, the readings from the last one at or before `from` to the first one at or after `to`.
 */
export function boundingReadings<R extends IndexReading>(readings: readonly R[], from: Date, to: Date): R[] {
  const registers = new Set(readings.map((r) => r.register));
  const kept = new Set<R>();
  for (const register of registers) {
    const times = readings.filter((r) => r.register === register).map((r) => r.readAt.getTime());
    const low = Math.max(...times.filter((t) => t <= from.getTime()), Number.NEGATIVE_INFINITY);
    const high = Math.min(...times.filter((t) => t >= to.getTime()), Number.POSITIVE_INFINITY);
    for (const r of readings)
      if (r.register === register && r.readAt.getTime() >= low && r.readAt.getTime() <= high) kept.add(r);
  }
  return readings.filter((r) => kept.has(r));
}

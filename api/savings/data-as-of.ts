import { addDays, type LocalDay, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";

export interface MeterData {
  meter: Meter;
  readings: readonly IndexReading[];
  deliveries: readonly FuelDelivery[];
}

/**
 * A household's meters as they stood at the end of `lastDay` (a Brussels day), so that figures for a
 * past period — the programme report's — stay what they were when later data arrives: meters started
 * by then, with their readings and fuel deliveries up to the day after. A reading's day closes the
 * days before it (readingPeriods), so the one of the next morning is what measures `lastDay`; nothing
 * it closes lies after `lastDay`.
 */
export function metersAsOf({
  meters,
  lastDay,
}: {
  meters: readonly MeterData[];
  lastDay: LocalDay;
}): MeterData[] {
  const dayAfter = addDays(lastDay, 1);
  const startedBy = startOfBrusselsDay(dayAfter);
  const readBy = startOfBrusselsDay(addDays(lastDay, 2));
  return meters
    .filter((m) => m.meter.startedAt < startedBy)
    .map((m) => ({
      meter: m.meter,
      readings: m.readings.filter((r) => r.readAt < readBy),
      deliveries: m.deliveries.filter((d) => d.deliveredOn <= dayAfter),
    }));
}

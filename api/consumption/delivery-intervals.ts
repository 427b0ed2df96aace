import type { FuelDelivery, Meter } from "../meters/meter-rules.ts";
import { startOfBrusselsDay } from "./brussels-days.ts";
import { meterFields } from "./index-intervals.ts";
import type { ConsumptionInterval, IntervalsResult } from "./types.ts";

/**
 * Pellets and wood (kg), which nobody reads: each delivery is taken as burnt evenly from its day
 * (00:00 Brussels) until the next delivery's day (people reorder when the store runs low), and every
 * interval is marked estimated. The last delivery has no known end, so it yields nothing until the
 * next one arrives, or until the meter is closed (the stove replaced), which ends it; nothing is
 * extrapolated. Deliveries of the same day add up; deliveries outside the meter's period are ignored.
 * Such a meter has no register; its intervals use `single`.
 */
export function deliveryIntervals({
  meter,
  deliveries,
}: {
  meter: Meter;
  deliveries: readonly FuelDelivery[];
}): IntervalsResult {
  const start = meter.startedAt.getTime();
  const end = meter.closedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const stocks = new Map<number, number>();
  for (const d of deliveries) {
    const at = startOfBrusselsDay(d.deliveredOn).getTime();
    if (at >= start && at < end) stocks.set(at, (stocks.get(at) ?? 0) + d.quantity);
  }
  const moments = [...stocks.keys()].sort((a, b) => a - b);
  if (Number.isFinite(end) && moments.length > 0) moments.push(end);
  const intervals: ConsumptionInterval[] = [];
  for (let i = 1; i < moments.length; i++) {
    const from = moments[i - 1] as number;
    const quantity = stocks.get(from) ?? 0;
    if (quantity <= 0) continue;
    intervals.push({
      meterId: meter.id,
      ...meterFields(meter),
      register: meter.registers[0] ?? "single",
      from: new Date(from),
      to: new Date(moments[i] as number),
      quantity,
      estimated: true,
      reset: false,
    });
  }
  return { intervals, gaps: [] };
}

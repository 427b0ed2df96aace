import { type FuelDelivery, type IndexReading, type Meter, readingModeOf } from "../meters/meter-rules.ts";
import { deliveryIntervals } from "./delivery-intervals.ts";
import { indexIntervals } from "./index-intervals.ts";
import { stockIntervals } from "./stock-intervals.ts";
import type { IntervalsResult } from "./types.ts";

/** Consumption intervals of one meter period, by the way its kind turns readings into consumption. */
export function meterIntervals({
  meter,
  readings = [],
  deliveries = [],
}: {
  meter: Meter;
  readings?: readonly IndexReading[];
  deliveries?: readonly FuelDelivery[];
}): IntervalsResult {
  const mode = readingModeOf(meter.kind);
  if (mode === "stock_level") return stockIntervals({ meter, readings, deliveries });
  if (mode === "deliveries_only") return deliveryIntervals({ meter, deliveries });
  return indexIntervals({ meter, readings });
}

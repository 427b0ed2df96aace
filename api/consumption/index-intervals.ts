import type { MeterKind, Register } from "../meters/meter-kinds.ts";
import type { IndexReading, Meter } from "../meters/meter-rules.ts";
import type { ConsumptionGap, ConsumptionInterval, IntervalsResult } from "./types.ts";

/**
 * Consumption across a declared reset, in the meter's unit.
 * - Rollover (a counter with a known `maxIndex`): the counter went up to its last value and on from
 *   zero. A five-digit counter shows 99999 then 00000, so it wraps at 100000 = floor(maxIndex) + 1
 *   (not at maxIndex: from 99990 to 00005 it turned 15 units, not 14). `floor` makes 99999.999
 *   (decimals shown) wrap at 100000 too.
 * - Heat-cost allocators (yearly reset) and counters without a known maximum: counting from zero,
 *   so consumption = the new value. The units between the previous reading and the reset moment
 *   are unknown and not counted; advisers read allocators on the reset day for that reason.
 */
export function resetConsumption({
  kind,
  maxIndex,
  previousValue,
  value,
}: {
  kind: MeterKind;
  maxIndex?: number | null;
  previousValue: number;
  value: number;
}): number {
  if (kind !== "heat_cost_allocator" && maxIndex != null)
    return Math.floor(maxIndex) + 1 - previousValue + value;
  return value;
}

export interface IndexPoint {
  readAt: Date;
  value: number;
  reset: boolean;
}

/**
 * The readings of one register inside the meter's active period [startedAt, closedAt], oldest
 * first. The start index is the reading at `startedAt` (flagged `start`); a reset flag on it would
 * mean nothing, so it is ignored.
 */
export function indexPoints({
  meter,
  register,
  readings,
}: {
  meter: Pick<Meter, "startedAt" | "closedAt">;
  register: Register;
  readings: readonly IndexReading[];
}): IndexPoint[] {
  const start = meter.startedAt.getTime();
  const end = meter.closedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return readings
    .filter((r) => r.register === register && r.readAt.getTime() >= start && r.readAt.getTime() <= end)
    .map((r) => ({
      readAt: r.readAt,
      value: r.value,
      reset: r.readAt.getTime() > start && r.flags.includes("reset"),
    }))
    .sort((a, b) => a.readAt.getTime() - b.readAt.getTime());
}

/**
 * Consumption from `previous` to `next`, or null when it would be negative: an index below the
 * previous one without a declared reset, or a "rollover" from above the counter's maximum.
 */
export function stepConsumption({
  kind,
  maxIndex,
  previous,
  next,
}: {
  kind: MeterKind;
  maxIndex?: number | null;
  previous: Pick<IndexPoint, "value">;
  next: Pick<IndexPoint, "value" | "reset">;
}): number | null {
  const quantity = next.reset
    ? resetConsumption({ kind, maxIndex, previousValue: previous.value, value: next.value })
    : next.value - previous.value;
  return quantity >= 0 ? quantity : null;
}

/**
 * Intervals between consecutive readings of each register of one meter. A replacement is a new
 * meter id with its own start index, so calling this per meter never crosses a replacement.
 * An index below the previous one without a declared reset becomes a gap, and counting goes on
 * from it: what happened in between is unknown, never negative.
 */
export function indexIntervals({
  meter,
  readings,
}: {
  meter: Meter;
  readings: readonly IndexReading[];
}): IntervalsResult {
  const intervals: ConsumptionInterval[] = [];
  const gaps: ConsumptionGap[] = [];
  for (const register of meter.registers) {
    const points = indexPoints({ meter, register, readings });
    for (let i = 1; i < points.length; i++) {
      const previous = points[i - 1] as IndexPoint;
      const next = points[i] as IndexPoint;
      const span = { meterId: meter.id, register, from: previous.readAt, to: next.readAt };
      if (next.readAt.getTime() === previous.readAt.getTime()) {
        gaps.push({ ...span, reason: "same_moment" });
        continue;
      }
      const quantity = stepConsumption({ kind: meter.kind, maxIndex: meter.maxIndex, previous, next });
      if (quantity === null) gaps.push({ ...span, reason: "below_previous" });
      else intervals.push({ ...span, ...meterFields(meter), quantity, estimated: false, reset: next.reset });
    }
  }
  return { intervals, gaps };
}

/** What every interval of a meter repeats, so later steps (conversion, cost) need nothing else. */
export function meterFields(meter: Meter): Pick<ConsumptionInterval, "kind" | "unit" | "gasType"> {
  return meter.kind === "gas"
    ? { kind: meter.kind, unit: meter.unit, gasType: meter.gasType ?? null }
    : { kind: meter.kind, unit: meter.unit };
}

import type { MeterKind, NativeUnit, Register } from "../meters/meter-kinds.ts";
import type { GasType } from "../meters/meter-rules.ts";
import type { LocalDay } from "./brussels-days.ts";

/** What one meter register used between two instants, in the meter's own unit (`unit`). */
export interface ConsumptionInterval {
  meterId: string;
  kind: MeterKind;
  unit: NativeUnit;
  /** Gas meters: the gas their calorific value depends on. */
  gasType?: GasType | null;
  register: Register;
  from: Date;
  to: Date;
  /** Never negative. In `unit` (kwh, m3, litre, kg or allocator units). */
  quantity: number;
  /** True when the quantity itself is an estimate (deliveries-only fuels), not a measured difference. */
  estimated: boolean;
  /** True when a rollover or a yearly reset was declared at `to`. */
  reset: boolean;
}

/**
 * A stretch where consumption is unknown and left out, rather than guessed or made negative:
 * - `below_previous`: an index lower than the one before without a declared reset;
 * - `level_above_deliveries`: a tank level higher than the deliveries explain (an unrecorded delivery);
 * - `same_moment`: two readings of one register at the same instant.
 */
export interface ConsumptionGap {
  meterId: string;
  register: Register;
  from: Date;
  to: Date;
  reason: "below_previous" | "level_above_deliveries" | "same_moment";
}

export interface IntervalsResult {
  intervals: ConsumptionInterval[];
  gaps: ConsumptionGap[];
}

/** The share of one interval that falls on one Brussels day. */
export interface DayPart {
  meterId: string;
  kind: MeterKind;
  unit: NativeUnit;
  gasType?: GasType | null;
  register: Register;
  day: LocalDay;
  /** In `unit`. */
  quantity: number;
  /** True unless the interval was exactly this one day (or lay inside it) and was measured. */
  estimated: boolean;
  /** Fraction of the day the interval covers, 0 < coverage ≤ 1 (a 23- or 25-hour day counts as one). */
  coverage: number;
  /** kWh the operator measured (smart-meter gas): used instead of converting `quantity`. */
  kwh?: number;
}

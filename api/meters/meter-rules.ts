import type { LocalDay } from "../consumption/brussels-days.ts";
import {
  METER_KINDS,
  type MeterKind,
  type NativeUnit,
  type ReadingMode,
  type Register,
} from "./meter-kinds.ts";

/**
 * The shapes pure rules and consumption methods take: rows already fetched and scoped by the repo,
 * numerics already turned into numbers. The vocabulary (kinds, registers, units) is meter-kinds.ts.
 */

export function readingModeOf(kind: MeterKind): ReadingMode {
  return METER_KINDS[kind].mode;
}

export function isInjection(register: Register): boolean {
  return register === "injection_day" || register === "injection_night";
}

/**
 * Flags a reading may carry. `start` and `final` mark a meter's start index (at `startedAt`) and its
 * final index (at `closedAt`); `reset` declares a rollover or an allocator's yearly reset since the
 * previous reading; `confirmed_jump` records that the household confirmed an unusual jump.
 */
export type ReadingFlag = "start" | "final" | "reset" | "confirmed_jump";

export type GasType = "H" | "L";

export interface Meter {
  id: string;
  kind: MeterKind;
  unit: NativeUnit;
  registers: readonly Register[];
  startedAt: Date;
  /** Set when the meter was closed (replaced or removed); its final index is a reading at that moment. */
  closedAt?: Date | null;
  /** Highest index the counter shows before it wraps to zero, e.g. 99999 for five digits. */
  maxIndex?: number | null;
  /** Gas meters: rich (H) or poor (L) gas, for the calorific value. */
  gasType?: GasType | null;
}

/** A reading of a register: an index, or for a tank the level. The start index is one, flagged `start`. */
export interface Reading {
  id: string;
  register: Register;
  readAt: Date;
  value: number;
  clientId: string;
  flags: readonly string[];
  /** What the household wrote with it; part of what a retry must repeat. */
  note?: string | null;
}

/** What consumption needs of a reading (consumption/index-intervals.ts). */
export type IndexReading = Pick<Reading, "register" | "readAt" | "value" | "flags">;

/** A fuel delivery (oil, pellets, wood) in the meter's unit, on a Brussels day. */
export interface FuelDelivery {
  deliveredOn: LocalDay;
  quantity: number;
  /** What the household paid, € VAT included; null or absent when not given. */
  costEur?: number | null;
}

import type { meterKind, register } from "../../db/schema/meters.ts";

/** The vocabularies are the database enums (a type-only import: this module stays pure). */
export type MeterKind = (typeof meterKind.enumValues)[number];
export type Register = (typeof register.enumValues)[number];
/** The units meters count in (`unit` in the API); each kind has one (METER_KINDS). */
export const NATIVE_UNITS = ["kwh", "m3", "litre", "kg", "units"] as const;
export type NativeUnit = (typeof NATIVE_UNITS)[number];

/**
 * How readings become consumption: a cumulative index (difference of indexes), a stock level read on
 * a tank gauge (previous level − current level + deliveries), or deliveries only (estimated).
 */
export type ReadingMode = "cumulative_index" | "stock_level" | "deliveries_only";

interface KindSpec {
  unit: NativeUnit;
  mode: ReadingMode;
  /** Registers such a meter may have; the first set is what a new meter gets when none is given. */
  allowedRegisters: readonly Register[];
  defaultRegisters: readonly Register[];
  icon: string;
}

const SINGLE = ["single"] as const;

export const METER_KINDS: Record<MeterKind, KindSpec> = {
  electricity: {
    unit: "kwh",
    mode: "cumulative_index",
    allowedRegisters: ["single", "day", "night", "exclusive_night", "injection_day", "injection_night"],
    defaultRegisters: SINGLE,
    icon: "electricity",
  },
  gas: {
    unit: "m3",
    mode: "cumulative_index",
    allowedRegisters: SINGLE,
    defaultRegisters: SINGLE,
    icon: "gas",
  },
  water: {
    unit: "m3",
    mode: "cumulative_index",
    allowedRegisters: SINGLE,
    defaultRegisters: SINGLE,
    icon: "water",
  },
  heat: {
    unit: "kwh",
    mode: "cumulative_index",
    allowedRegisters: SINGLE,
    defaultRegisters: SINGLE,
    icon: "heat",
  },
  heat_cost_allocator: {
    unit: "units",
    mode: "cumulative_index",
    allowedRegisters: SINGLE,
    defaultRegisters: SINGLE,
    icon: "radiator",
  },
  heating_oil: {
    unit: "litre",
    mode: "stock_level",
    allowedRegisters: SINGLE,
    defaultRegisters: SINGLE,
    icon: "tank",
  },
  pellets: {
    unit: "kg",
    mode: "deliveries_only",
    allowedRegisters: [],
    defaultRegisters: [],
    icon: "pellets",
  },
  wood: { unit: "kg", mode: "deliveries_only", allowedRegisters: [], defaultRegisters: [], icon: "wood" },
};

/** Registers not allowed on this kind of meter (empty when all are fine). */
export function invalidRegisters(kind: MeterKind, registers: readonly Register[]): Register[] {
  return registers.filter((r) => !METER_KINDS[kind].allowedRegisters.includes(r));
}

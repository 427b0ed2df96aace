import type { LocalDay } from "../consumption/brussels-days.ts";
import type { MeterKind, Register } from "../meters/meter-kinds.ts";
import type { DsoLayout, GenericLayout, Layout } from "./import-formats.ts";
import { badRow, FileRefused } from "./import-refusals.ts";
import { brusselsDayOfMs, parseTimestamp, slotMinutes } from "./import-times.ts";
import {
  type IntervalUnit,
  mapRegister,
  memo,
  parseDay,
  parseDecimal,
  parseEan,
  parseStatus,
  parseUnit,
  parseWallTime,
} from "./import-values.ts";
import { dayClock, wallInstants } from "./local-time.ts";

/** One value of a file: what a register used from `startMs` for `minutes` (0 until known). */
export interface SlotReading {
  line: number;
  register: Register;
  unit: IntervalUnit;
  day: LocalDay;
  startMs: number;
  minutes: number;
  /** Null when the file leaves it empty without saying nothing was used. */
  value: number | null;
  estimated: boolean;
}

export type ImportFlag =
  | "calorific_value_out_of_range"
  | "estimated_values"
  | "missing_values"
  | "empty_registers_ignored";

export interface ImportMeter {
  kind: MeterKind;
  registers: readonly Register[];
  ean: string | null;
  /** The meter's period: a replaced meter's data stops at its closing, its successor's starts at its start. */
  startedAt?: Date;
  closedAt?: Date | null;
}

/** Units a file may give for each kind of meter; other kinds are not imported. */
/** Far above any slot of a building's boiler (kWh or m³ in 15 minutes to an hour); beyond it, a typing slip. */
const MAX_SLOT_VALUE = 1_000_000;

export const UNITS_BY_KIND: Partial<Record<MeterKind, readonly IntervalUnit[]>> = {
  electricity: ["kwh"],
  heat: ["kwh"],
  gas: ["kwh", "m3"],
  water: ["m3"],
};

/**
 * Reads data rows one at a time (the file streams through). The repeated October hour is told apart
 * by order: per register and unit, the first `02:15` of that day is summer time, the second winter
 * time; a third is a duplicate. A time in the missing March hour is refused.
 */
export function createRowReader({ layout, meter }: { layout: Layout; meter: ImportMeter }) {
  const occurrences = new Map<string, number>();
  const flags = new Set<ImportFlag>();
  const units = UNITS_BY_KIND[meter.kind] ?? [];
  let firstEan: string | null = null;
  const read = {
    day: memo(parseDay),
    time: memo(parseWallTime),
    decimal: memo(parseDecimal),
    ean: memo(parseEan),
    register: memo(mapRegister),
    status: memo(parseStatus),
    unit: memo(parseUnit),
  };

  /** `series` tells apart the values that may each have their own two 02:15 (register and unit). */
  function instant(day: LocalDay, wallMs: number, series: string, line: number, field: string): number {
    const clock = dayClock(day);
    if (clock.shiftAtMs === null) return clock.startMs + wallMs; // all but two days a year
    const found = wallInstants(clock, wallMs);
    if (!found) return badRow(line, field, "import.reason.missing_hour");
    if (found.kind === "one") return found.at;
    const key = `${series}|${day}|${wallMs}`;
    const seen = occurrences.get(key) ?? 0;
    occurrences.set(key, seen + 1);
    return seen === 0 ? found.first : found.second;
  }

  /** Registers the meter lacks are refused, unless the file says nothing was used on them. */
  function registerOf(text: string, value: number | null, line: number, field: string): Register | null {
    const register = read.register(text);
    if (register && meter.registers.includes(register)) return register;
    if (!value) {
      flags.add("empty_registers_ignored");
      return null;
    }
    throw new FileRefused({
      code: "import.unknown_register",
      line,
      field,
      register: text.trim(),
      registers: meter.registers.join(", "),
    });
  }

  function checkEan(text: string, line: number, field: string) {
    const ean = read.ean(text);
    if (ean === null) return;
    const expected = meter.ean ?? firstEan;
    if (expected !== null && ean !== expected) {
      if (meter.ean === null) badRow(line, field, "import.reason.several_meters", ean);
      throw new FileRefused({ code: "import.ean_mismatch", line, field, fileEan: ean, meterEan: expected });
    }
    firstEan = ean;
  }

  function value(text: string, noConsumption: boolean, line: number, field: string): number | null {
    if (text.trim() === "") {
      if (noConsumption) return 0;
      flags.add("missing_values");
      return null;
    }
    const parsed = read.decimal(text);
    if (parsed === null || !Number.isFinite(parsed) || parsed > MAX_SLOT_VALUE)
      return badRow(line, field, "import.reason.value", text);
    if (parsed < 0) return badRow(line, field, "import.reason.negative", text);
    return parsed;
  }

  function unitOf(text: string, line: number, field: string): IntervalUnit {
    const unit = read.unit(text);
    if (!unit || !units.includes(unit)) return badRow(line, field, "import.reason.unit", text);
    return unit;
  }

  function readDso(l: DsoLayout, r: readonly string[], line: number): SlotReading | null {
    const { at, names } = l;
    checkEan(r[at.ean] ?? "", line, names.ean);
    const status = read.status(r[at.status] ?? "");
    const amount = value(r[at.volume] ?? "", status === "no_consumption", line, names.volume);
    const register = registerOf(r[at.register] ?? "", amount, line, names.register);
    if (!register) return null;
    const unit = unitOf(r[at.unit] ?? "", line, names.unit);
    const from = r[at.fromDate] ?? "";
    const fromTime = r[at.fromTime] ?? "";
    const to = r[at.toDate] ?? "";
    const toTime = r[at.toTime] ?? "";
    const day = read.day(from) ?? badRow(line, names.fromDate, "import.reason.date", from);
    const wall = read.time(fromTime) ?? badRow(line, names.fromTime, "import.reason.time", fromTime);
    const toDay = (to === from ? day : read.day(to)) ?? badRow(line, names.toDate, "import.reason.date", to);
    const toWall = read.time(toTime) ?? badRow(line, names.toTime, "import.reason.time", toTime);
    const startMs = instant(day, wall, register + unit, line, names.fromTime);
    const minutes = slotMinutes({ day, wall, toDay, toWall, startMs });
    if (minutes === null) return badRow(line, names.toTime, "import.reason.slot_length", toTime);
    if (status === "estimated") flags.add("estimated_values");
    return { line, register, unit, day, startMs, minutes, value: amount, estimated: status === "estimated" };
  }

  function readGeneric(l: GenericLayout, r: readonly string[], line: number): SlotReading | null {
    // The mapping's unit, checked like an operator file's: m³ on an electricity meter would be lost.
    if (!units.includes(l.unit)) return badRow(line, "unit", "import.reason.unit", l.unit);
    const text = r[l.timestampAt] ?? "";
    const amount = value(r[l.valueAt] ?? "", false, line, l.names.value);
    const at = parseTimestamp(text);
    if (!at) return badRow(line, l.names.timestamp, "import.reason.date", text);
    const startMs = "instant" in at ? at.instant : instant(at.day, at.wall, "", line, l.names.timestamp);
    const day = "instant" in at ? brusselsDayOfMs(at.instant) : at.day;
    return {
      line,
      register: l.register,
      unit: l.unit,
      day,
      startMs,
      minutes: 0,
      value: amount,
      estimated: false,
    };
  }

  return {
    flags,
    read(record: readonly string[], line: number): SlotReading | null {
      if (record.length < layout.width) badRow(line, "", "import.reason.columns");
      return layout.format === "generic" ? readGeneric(layout, record, line) : readDso(layout, record, line);
    },
    /** For a generic file: refuses a register the meter does not have before reading any row. */
    checkGenericRegister() {
      if (layout.format === "generic" && !meter.registers.includes(layout.register))
        throw new FileRefused({
          code: "import.unknown_register",
          line: 1,
          field: "register",
          register: layout.register,
          registers: meter.registers.join(", "),
        });
    },
  };
}

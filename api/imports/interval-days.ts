import type { LocalDay } from "../consumption/brussels-days.ts";
import type { NativeUnit, Register } from "../meters/meter-kinds.ts";
import { badRow } from "./import-refusals.ts";
import type { ImportFlag, SlotReading } from "./import-rows.ts";
import type { IntervalUnit } from "./import-values.ts";
import { dayClock, MINUTE_MS } from "./local-time.ts";

/** One register's day as stored: its slots in order (null where the file has no value). */
export interface DayRow {
  register: Register;
  day: LocalDay;
  slotMinutes: number;
  slotUnit: IntervalUnit;
  slotValues: (number | null)[];
  totalKwh: number | null;
  totalNative: number | null;
  measuredSlots: number;
  estimatedSlots: number;
  flags: ImportFlag[];
  /** Lines of the file behind this day (both units for gas given in m³ and kWh). */
  rows: number;
}

/** Gas given in m³ and kWh: the operator's conversion is expected within this range (kWh per m³). */
export const CALORIFIC_RANGE_KWH_PER_M3 = { min: 9, max: 13 } as const;

export function calorificValueInRange(kwh: number, m3: number): boolean {
  if (m3 === 0) return kwh === 0;
  const implied = kwh / m3;
  return implied >= CALORIFIC_RANGE_KWH_PER_M3.min && implied <= CALORIFIC_RANGE_KWH_PER_M3.max;
}

interface Group {
  register: Register;
  day: LocalDay;
  minutes: number;
  values: Partial<Record<IntervalUnit, (number | null | undefined)[]>>;
  estimated: Partial<Record<IntervalUnit, number>>;
  rows: number;
}

/**
 * Places each value in its day's slot: slot = (start − local midnight) / slot length, so a day has
 * 92, 96 or 100 quarter-hours. Refuses a value twice for the same slot, a start off the slot grid
 * and a day mixing slot lengths. Totals are summed in slot order, so the same data always gives
 * the same totals whatever the order of the file's lines.
 */
export function buildDays({
  readings,
  meterUnit,
  timeField = "",
}: {
  readings: readonly SlotReading[];
  meterUnit: NativeUnit;
  /** The file's start-time column, named in refusals. */
  timeField?: string;
}): DayRow[] {
  const groups = new Map<string, Group>();
  // Files list a day's lines together: each register's last group spares building a key per line.
  const last = new Map<Register, Group>();
  for (const r of readings) {
    let group = last.get(r.register);
    if (group?.day !== r.day) {
      const key = `${r.register}|${r.day}`;
      group = groups.get(key);
      if (!group) {
        group = { register: r.register, day: r.day, minutes: r.minutes, values: {}, estimated: {}, rows: 0 };
        groups.set(key, group);
      }
      last.set(r.register, group);
    }
    if (group.minutes !== r.minutes) badRow(r.line, timeField, "import.reason.mixed_slots");
    const clock = dayClock(r.day);
    const slotMs = r.minutes === 1440 ? clock.lengthMs : r.minutes * MINUTE_MS;
    const offset = r.startMs - clock.startMs;
    if (offset % slotMs !== 0 || offset < 0 || offset >= clock.lengthMs)
      badRow(r.line, timeField, "import.reason.slot_boundary");
    const slots = group.values[r.unit] ?? new Array(Math.round(clock.lengthMs / slotMs));
    group.values[r.unit] = slots;
    const slot = offset / slotMs;
    if (slots[slot] !== undefined) badRow(r.line, timeField, "import.reason.duplicate");
    slots[slot] = r.value;
    if (r.estimated) group.estimated[r.unit] = (group.estimated[r.unit] ?? 0) + 1;
    group.rows++;
  }
  return [...groups.values()].map((g) => dayRow(g, meterUnit)).sort(byRegisterAndDay);
}

function dayRow(g: Group, meterUnit: NativeUnit): DayRow {
  const { kwh, m3 } = g.values;
  const slotUnit: IntervalUnit = kwh ? "kwh" : "m3";
  const primary = (kwh ?? m3) as (number | null | undefined)[];
  const sum = (slots?: (number | null | undefined)[]) => {
    if (!slots) return null;
    let total = 0;
    for (let i = 0; i < slots.length; i++) total += slots[i] ?? 0;
    return total;
  };
  const flags: ImportFlag[] = [];
  if (
    kwh &&
    m3 &&
    kwh.some(
      (k, i) =>
        typeof k === "number" && typeof m3[i] === "number" && !calorificValueInRange(k, m3[i] as number),
    )
  )
    flags.push("calorific_value_out_of_range");
  if (g.estimated[slotUnit]) flags.push("estimated_values");
  if (primary.some((v) => v === null)) flags.push("missing_values");
  const slotValues = Array.from(primary, (v) => (typeof v === "number" ? v : null));
  return {
    register: g.register,
    day: g.day,
    slotMinutes: g.minutes,
    slotUnit,
    slotValues,
    totalKwh: sum(kwh),
    totalNative: meterUnit === "kwh" ? sum(kwh) : sum(m3),
    measuredSlots: slotValues.filter((v) => v !== null).length,
    estimatedSlots: g.estimated[slotUnit] ?? 0,
    flags,
    rows: g.rows,
  };
}

function byRegisterAndDay(a: DayRow, b: DayRow) {
  return a.register.localeCompare(b.register) || a.day.localeCompare(b.day);
}

/**
 * Generic files give only a start time: the slot length is the smallest step between consecutive
 * values (15 or 60 minutes). Returns the readings with `minutes` filled in.
 */
export function inferSlotMinutes(readings: SlotReading[], timeField = ""): SlotReading[] {
  const starts = [...new Set(readings.map((r) => r.startMs))].sort((a, b) => a - b);
  let step = Number.POSITIVE_INFINITY;
  for (let i = 1; i < starts.length; i++)
    step = Math.min(step, ((starts[i] as number) - (starts[i - 1] as number)) / MINUTE_MS);
  if (step !== 15 && step !== 60) {
    const first = readings[starts.length > 1 ? 1 : 0];
    return badRow(first?.line ?? 2, timeField, "import.reason.slot_length");
  }
  return readings.map((r) => ({ ...r, minutes: step }));
}

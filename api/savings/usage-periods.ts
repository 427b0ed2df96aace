import { byText } from "../consumption/aggregate.ts";
import { brusselsDayOf, type LocalDay } from "../consumption/brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "../consumption/conversion.ts";
import { meterIntervals } from "../consumption/meter-intervals.ts";
import type { IntervalsResult } from "../consumption/types.ts";
import type { Register } from "../meters/meter-kinds.ts";
import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import { isInjection } from "../meters/meter-rules.ts";
import type { UsagePeriod } from "./periods.ts";

/** The energies whose savings are weather-normalised (they heat, or may heat, the home). */
export const SAVINGS_ENERGIES = ["gas", "electricity", "heat", "heating_oil"] as const;
export type SavingsEnergy = (typeof SAVINGS_ENERGIES)[number];

/**
 * Reading-to-reading periods of one energy in kWh, oldest first, for the savings engine: every meter
 * of that kind (a replaced meter and its successor follow each other), the offtake registers of a
 * reading added up (solar injection is not use). Readings become Brussels days. A period runs from a
 * day every offtake register was read to the next such day: a register skipped at one reading makes
 * the period run on to the next complete reading (day and night both known again), never a loss. What
 * cannot be known (an index below the previous one, stretches where some register has no reading) is
 * a missing period, never a guess. Readings on the same day as the previous one carry into the next
 * period.
 */
export function readingPeriods({
  energy,
  meters,
  conversion,
}: {
  energy: SavingsEnergy;
  meters: ReadonlyArray<{
    meter: Meter;
    readings: readonly IndexReading[];
    deliveries: readonly FuelDelivery[];
  }>;
  conversion?: ConversionSettings;
}): UsagePeriod[] {
  const out: UsagePeriod[] = [];
  for (const { meter, readings, deliveries } of meters) {
    if (meter.kind !== energy) continue;
    const intervals = meterIntervals({ meter, readings, deliveries });
    out.push(...periodsOfRegisters(registerStretches(meter, intervals, conversion)));
  }
  return out.sort((a, b) => byText(a.from, b.from));
}

/** What one register used from one of its readings' day to the next's, in kWh; null when unknown. */
type Stretch = { from: LocalDay; to: LocalDay; kwh: number | null };

/** Each offtake register's stretches, one list per register (a register never read has an empty one). */
function registerStretches(
  meter: Meter,
  { intervals, gaps }: IntervalsResult,
  conversion: ConversionSettings | undefined,
): Stretch[][] {
  const declared = meter.registers.filter((r) => !isInjection(r));
  const offtake = declared.length
    ? declared
    : [...new Set([...intervals, ...gaps].map((i) => i.register))].filter((r) => !isInjection(r));
  const byRegister = new Map<Register, Stretch[]>(offtake.map((r) => [r, []]));
  for (const i of intervals) {
    const to = brusselsDayOf(i.to);
    const factor = kwhPerUnit({
      kind: i.kind,
      unit: i.unit,
      gasType: i.gasType,
      day: to,
      settings: conversion,
    });
    byRegister
      .get(i.register)
      ?.push({ from: brusselsDayOf(i.from), to, kwh: factor === null ? null : i.quantity * factor });
  }
  for (const gap of gaps)
    byRegister
      .get(gap.register)
      ?.push({ from: brusselsDayOf(gap.from), to: brusselsDayOf(gap.to), kwh: null });
  return [...byRegister.values()];
}

/**
 * Periods from the registers' stretches. Between the first and the last day every register was read,
 * a period runs from one such day to the next and adds up every register's stretches starting in it
 * (a same-day stretch on its first day too); outside, from one reading day to the next, unknown.
 */
function periodsOfRegisters(registers: readonly Stretch[][]): UsagePeriod[] {
  const readDays = registers.map((stretches) => new Set(stretches.flatMap((s) => [s.from, s.to])));
  const allDays = [...new Set(readDays.flatMap((days) => [...days]))].sort(byText);
  const complete = new Set(allDays.filter((d) => readDays.every((days) => days.has(d))));
  const first = allDays.find((d) => complete.has(d));
  const last = allDays.findLast((d) => complete.has(d));
  const inside = (d: LocalDay) => first !== undefined && last !== undefined && d > first && d < last;
  const cuts = allDays.filter((d) => complete.has(d) || !inside(d));
  const periods: UsagePeriod[] = cuts.slice(1).map((to, k) => {
    const from = cuts[k] as LocalDay;
    return { from, to, usageKwh: complete.has(from) && complete.has(to) ? 0 : null };
  });
  // Each reading day to the period it lies in (none from the last cut on).
  const periodOf = new Map<LocalDay, UsagePeriod | undefined>();
  let k = -1;
  for (const day of allDays) {
    if (day === cuts[k + 1]) k++;
    periodOf.set(day, periods[k]);
  }
  for (const s of registers.flat()) {
    const p = periodOf.get(s.from);
    if (p && p.usageKwh !== null) p.usageKwh = s.kwh === null ? null : p.usageKwh + s.kwh;
  }
  return periods;
}

import { byText } from "../consumption/aggregate.ts";
import { brusselsDayOf, type LocalDay } from "../consumption/brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "../consumption/conversion.ts";
import { meterIntervals } from "../consumption/meter-intervals.ts";
import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import { isInjection } from "../meters/meter-rules.ts";
import type { UsagePeriod } from "./periods.ts";

/** The energies whose savings are weather-normalised (they heat, or may heat, the home). */
export const SAVINGS_ENERGIES = ["gas", "electricity", "heat", "heating_oil"] as const;
export type SavingsEnergy = (typeof SAVINGS_ENERGIES)[number];

/**
 * Reading-to-reading periods of one energy in kWh, oldest first, for the savings engine: every meter
 * of that kind (a replaced meter and its successor follow each other), the offtake registers of a
 * reading added up (solar injection is not use). Readings become Brussels days: a period runs from
 * the day of one reading to the day of the next. What cannot be known (an index below the previous
 * one, a register read alone) is a missing period, never a guess. Readings on the same day as the
 * previous one carry into the next period.
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
    const offtake = meter.registers.filter((r) => !isInjection(r));
    const { intervals, gaps } = meterIntervals({ meter, readings, deliveries });
    const byPeriod = new Map<
      string,
      { from: LocalDay; to: LocalDay; kwh: number | null; registers: number }
    >();
    for (const i of intervals) {
      if (isInjection(i.register)) continue;
      const from = brusselsDayOf(i.from);
      const to = brusselsDayOf(i.to);
      const factor = kwhPerUnit({
        kind: i.kind,
        unit: i.unit,
        gasType: i.gasType,
        day: to,
        settings: conversion,
      });
      const key = `${from}/${to}`;
      const period = byPeriod.get(key) ?? { from, to, kwh: 0, registers: 0 };
      period.kwh = factor === null || period.kwh === null ? null : period.kwh + i.quantity * factor;
      period.registers++;
      byPeriod.set(key, period);
    }
    for (const gap of gaps)
      if (!isInjection(gap.register))
        byPeriod.set(`${brusselsDayOf(gap.from)}/${brusselsDayOf(gap.to)}`, {
          from: brusselsDayOf(gap.from),
          to: brusselsDayOf(gap.to),
          kwh: null,
          registers: offtake.length,
        });
    let carried = 0;
    for (const p of [...byPeriod.values()].sort((a, b) => byText(a.from, b.from))) {
      const usageKwh = p.kwh === null || p.registers < offtake.length ? null : p.kwh + carried;
      if (p.from === p.to) {
        carried += usageKwh ?? 0;
        continue;
      }
      carried = 0;
      out.push({ from: p.from, to: p.to, usageKwh });
    }
  }
  return out.sort((a, b) => byText(a.from, b.from));
}

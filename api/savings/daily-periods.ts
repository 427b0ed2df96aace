import { addDays, type LocalDay, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "../consumption/conversion.ts";
import type { IntervalDay } from "../consumption/interval-parts.ts";
import type { IndexReading, Meter } from "../meters/meter-rules.ts";
import { isInjection } from "../meters/meter-rules.ts";
import { BASELINE_DAYS, type DataKind, daysBetween, MIN_COVERED_SHARE, type UsagePeriod } from "./periods.ts";
import type { SavingsEnergy } from "./usage-periods.ts";
import type { WeatherInput } from "./weather-features.ts";

export type MeterIntervalDay = IntervalDay & { meterId: string };

/**
 * One period per day of smart-meter data, in kWh, for one energy. A register's day counts when more
 * than half of it is measured (quarter-hours, or the day's total), scaled up to the whole day and then
 * marked estimated [METHOD: interval data → days], as is a day holding values the operator estimated;
 * a day one offtake register lacks, or less than half
 * measured, is missing. Meters of the same energy add up. An electricity day at zero is missing too:
 * a meter that sent nothing, not a home that used nothing [CalTRACK 2.2.1.4].
 */
export function dailyPeriods({
  energy,
  meters,
  intervalDays,
  conversion,
}: {
  energy: SavingsEnergy;
  meters: ReadonlyArray<{ meter: Meter }>;
  intervalDays: readonly MeterIntervalDay[];
  conversion?: ConversionSettings;
}): UsagePeriod[] {
  const byDay = new Map<LocalDay, { kwh: number | null; scaled: boolean }>();
  for (const { meter } of meters) {
    if (meter.kind !== energy) continue;
    const days = intervalDays.filter((d) => d.meterId === meter.id && !isInjection(d.register));
    const registers = new Set(days.map((d) => d.register));
    const perDay = new Map<LocalDay, { kwh: number | null; registers: number; scaled: boolean }>();
    for (const d of days) {
      const entry = perDay.get(d.day) ?? { kwh: 0, registers: 0, scaled: false };
      const share = measuredShare(d);
      const kwh = share > 0.5 ? dayKwh(meter, d, conversion) : null;
      entry.kwh = entry.kwh === null || kwh === null ? null : entry.kwh + kwh / share;
      // Scaled up, or holding values the operator estimated: either way not all measured.
      entry.scaled ||= share < 1 || (d.estimatedSlots ?? 0) > 0;
      entry.registers++;
      perDay.set(d.day, entry);
    }
    for (const [day, entry] of perDay) {
      const kwh = entry.registers < registers.size ? null : entry.kwh;
      const before = byDay.get(day);
      byDay.set(day, {
        kwh: before === undefined ? kwh : before.kwh === null || kwh === null ? null : before.kwh + kwh,
        scaled: (before?.scaled ?? false) || entry.scaled,
      });
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, { kwh, scaled }]) => {
      const usageKwh = energy === "electricity" && kwh === 0 ? null : kwh;
      return {
        from: day,
        to: addDays(day, 1),
        usageKwh,
        ...(scaled && usageKwh !== null ? { estimated: true } : {}),
      };
    });
}

/** The share of a register's day that was measured, 0–1 (a day's total counts as the whole day). */
function measuredShare(d: IntervalDay): number {
  if (d.slotMinutes === 1440) return d.measuredSlots >= 1 ? 1 : 0;
  const dayMinutes =
    (startOfBrusselsDay(addDays(d.day, 1)).getTime() - startOfBrusselsDay(d.day).getTime()) / 60_000;
  return Math.min(1, (d.measuredSlots * d.slotMinutes) / dayMinutes);
}

/** The kWh the operator measured; from the meter's own unit through the day's calorific value otherwise. */
function dayKwh(meter: Meter, d: IntervalDay, conversion?: ConversionSettings): number | null {
  if (d.totalKwh !== null) return d.totalKwh;
  if (d.totalNative === null) return null;
  const factor = kwhPerUnit({
    kind: meter.kind,
    unit: meter.unit,
    gasType: meter.gasType ?? null,
    day: d.day,
    settings: conversion,
  });
  return factor === null ? null : d.totalNative * factor;
}

export type UsageSource = "readings" | "smart_meter";

/**
 * Daily smart-meter data or reading-to-reading periods, whichever describes the household better:
 * daily data when it covers the baseline year as the method asks (90 % of its days) and no meter of
 * that energy is read by hand only in the years concerned (its use would be left out). Otherwise the
 * readings, as before.
 */
export function chooseUsagePeriods({
  energy,
  start,
  billing,
  daily,
  meters,
  intervalDays,
}: {
  energy: SavingsEnergy;
  start: LocalDay;
  billing: UsagePeriod[];
  daily: UsagePeriod[];
  meters: ReadonlyArray<{ meter: Meter; readings: readonly IndexReading[] }>;
  intervalDays: readonly MeterIntervalDay[];
}): { usageSource: UsageSource; periods: UsagePeriod[] } {
  const baselineFrom = addDays(start, -BASELINE_DAYS);
  const coveredDays = daily.filter(
    (p) => p.usageKwh !== null && p.from >= baselineFrom && p.from < start,
  ).length;
  const withData = new Set(intervalDays.map((d) => d.meterId));
  const since = startOfBrusselsDay(baselineFrom);
  const readByHandOnly = meters.some(
    ({ meter, readings }) =>
      meter.kind === energy &&
      !withData.has(meter.id) &&
      readings.some((r) => !r.flags.includes("start") && r.readAt >= since),
  );
  return coveredDays >= MIN_COVERED_SHARE * BASELINE_DAYS && !readByHandOnly
    ? { usageSource: "smart_meter", periods: daily }
    : { usageSource: "readings", periods: billing };
}

/**
 * What the engine fits: smart-meter days against daily temperatures (the daily method); against a
 * monthly degree-day table, days within a month share one value, so they are summed into calendar
 * months and fitted as billing periods — a month missing a day is missing, not completed.
 * Days must be sorted (dailyPeriods sorts them).
 */
export function engineInput(
  usage: { usageSource: UsageSource; periods: UsagePeriod[] },
  weatherKind: WeatherInput["kind"],
): { dataKind: DataKind; periods: UsagePeriod[] } {
  if (usage.usageSource === "readings") return { dataKind: "billing", periods: usage.periods };
  if (weatherKind === "temperatures") return { dataKind: "daily", periods: usage.periods };
  return { dataKind: "billing", periods: calendarMonths(usage.periods) };
}

/** Days summed by calendar month; the first and last months run over the days measured only. */
function calendarMonths(days: readonly UsagePeriod[]): UsagePeriod[] {
  const months = new Map<string, UsagePeriod & { days: number }>();
  for (const d of days) {
    const month = d.from.slice(0, 7);
    const m = months.get(month);
    if (!m) {
      months.set(month, { ...d, days: 1 });
      continue;
    }
    m.usageKwh = m.usageKwh === null || d.usageKwh === null ? null : m.usageKwh + d.usageKwh;
    m.to = d.to;
    m.days++;
  }
  return [...months.values()].map(({ from, to, usageKwh, days: count }) => ({
    from,
    to,
    // A day missing inside the month leaves it unknown.
    usageKwh: count === daysBetween(from, to) ? usageKwh : null,
  }));
}

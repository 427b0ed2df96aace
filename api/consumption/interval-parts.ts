import type { Register } from "../meters/meter-kinds.ts";
import type { Meter } from "../meters/meter-rules.ts";
import { addDays, type LocalDay, startOfBrusselsDay } from "./brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "./conversion.ts";
import { meterFields } from "./index-intervals.ts";
import type { DayPart } from "./types.ts";

/** A day of smart-meter interval data for one register, as stored (totals only). */
export interface IntervalDay {
  register: Register;
  day: LocalDay;
  slotMinutes: number;
  measuredSlots: number;
  totalKwh: number | null;
  /** In the meter's unit; null when a gas file gave only kWh. */
  totalNative: number | null;
}

/**
 * Interval data as day parts: measured, on its own day, covering the share of the day its slots
 * cover (96 quarter-hours of a 96-slot day = 1). Gas keeps the kWh its operator measured; when a
 * file gave only kWh, the m³ come from the day's calorific value. Where such a day exists it
 * replaces what manual indexes would spread over it (see day-spans.ts).
 */
export function intervalDayParts({
  meter,
  days,
  conversion,
}: {
  meter: Meter;
  days: readonly IntervalDay[];
  conversion?: ConversionSettings;
}): DayPart[] {
  const parts: DayPart[] = [];
  const fields = meterFields(meter);
  for (const d of days) {
    const amount = intervalDayAmount({ meter, day: d, conversion });
    if (amount)
      parts.push({
        meterId: meter.id,
        ...fields,
        register: d.register,
        day: d.day,
        estimated: false,
        ...amount,
      });
  }
  return parts;
}

/**
 * What one stored day counts for: its quantity in the meter's unit, the share of the day its slots
 * cover, and the kWh its operator measured (meters not in kWh); null when no slot was measured, or
 * the day has no total in the meter's unit and no kWh to convert.
 */
export function intervalDayAmount({
  meter,
  day: d,
  conversion,
}: {
  meter: Meter;
  day: IntervalDay;
  conversion?: ConversionSettings;
}): { quantity: number; coverage: number; kwh?: number } | null {
  if (d.measuredSlots <= 0) return null;
  const dayMinutes = minutesIn(d.day);
  const slotMinutes = d.slotMinutes === 1440 ? dayMinutes : d.slotMinutes;
  const coverage = Math.min(1, (d.measuredSlots * slotMinutes) / dayMinutes);
  let quantity = d.totalNative;
  if (quantity === null) {
    const factor = kwhPerUnit({ ...meterFields(meter), day: d.day, settings: conversion });
    if (factor === null || d.totalKwh === null) return null;
    quantity = d.totalKwh / factor;
  }
  return meter.unit !== "kwh" && d.totalKwh !== null
    ? { quantity, coverage, kwh: d.totalKwh }
    : { quantity, coverage };
}

const dayLengths = new Map<LocalDay, number>();

/** 1,380, 1,440 or 1,500 minutes (remembered: ten years of days are asked for again and again). */
function minutesIn(day: LocalDay): number {
  let minutes = dayLengths.get(day);
  if (minutes === undefined) {
    minutes = (startOfBrusselsDay(addDays(day, 1)).getTime() - startOfBrusselsDay(day).getTime()) / 60_000;
    if (dayLengths.size > 50_000) dayLengths.clear();
    dayLengths.set(day, minutes);
  }
  return minutes;
}

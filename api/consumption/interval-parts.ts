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
  /** Of the measured slots, those the grid operator marked estimated ("Geschat"); absent means none. */
  estimatedSlots?: number;
  totalKwh: number | null;
  /** In the meter's unit; null when a gas file gave only kWh. */
  totalNative: number | null;
}

/**
 * Interval data as day parts, on its own day, covering the share of the day its slots cover
 * (96 quarter-hours of a 96-slot day = 1): measured, but for the share of its slots the grid operator
 * estimated, which is a second part marked estimated (`measuredAndEstimated`). Gas keeps the kWh its
 * operator measured; when a file gave only kWh, the m³ come from the day's calorific value. Where
 * such a day exists it replaces what manual indexes would spread over it (see day-spans.ts).
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
      for (const { estimated, ...share } of measuredAndEstimated(amount))
        parts.push({ meterId: meter.id, ...fields, register: d.register, day: d.day, estimated, ...share });
  }
  return parts;
}

export interface IntervalDayAmount {
  quantity: number;
  coverage: number;
  kwh?: number;
  /** 0–1: the share of the measured slots the grid operator estimated. */
  estimatedShare: number;
}

/**
 * A day's amount as its measured part and its estimated part (the share of slots the operator
 * estimated: the file gives no value per slot flag, so the quantity is shared as the slots are),
 * each with its share of the quantity, kWh and coverage; a part with nothing is left out.
 */
export function measuredAndEstimated(
  amount: IntervalDayAmount,
): { quantity: number; coverage: number; kwh?: number; estimated: boolean }[] {
  const { estimatedShare: e, quantity, coverage, kwh } = amount;
  const part = (share: number, estimated: boolean) => ({
    quantity: quantity * share,
    coverage: coverage * share,
    ...(kwh === undefined ? {} : { kwh: kwh * share }),
    estimated,
  });
  if (e <= 0) return [part(1, false)];
  if (e >= 1) return [part(1, true)];
  return [part(1 - e, false), part(e, true)];
}

/**
 * What one stored day counts for: its quantity in the meter's unit, the share of the day its slots
 * cover, the kWh its operator measured (meters not in kWh) and the share of its slots the operator
 * estimated; null when no slot was measured, or the day has no total in the meter's unit and no kWh
 * to convert.
 */
export function intervalDayAmount({
  meter,
  day: d,
  conversion,
}: {
  meter: Meter;
  day: IntervalDay;
  conversion?: ConversionSettings;
}): IntervalDayAmount | null {
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
  const estimatedShare = Math.min(1, Math.max(0, d.estimatedSlots ?? 0) / d.measuredSlots);
  return meter.unit !== "kwh" && d.totalKwh !== null
    ? { quantity, coverage, kwh: d.totalKwh, estimatedShare }
    : { quantity, coverage, estimatedShare };
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

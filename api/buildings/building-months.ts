import type { HeatingWeights } from "../consumption/daily-split.ts";
import {
  addDays,
  brusselsDayOf,
  type ConsumptionInterval,
  type ConversionSettings,
  type DayPart,
  dayNumber,
  daysInMonth,
  kwhPerUnit,
  type LocalDay,
  meterFields,
  meterIntervals,
  monthOf,
  splitToDays,
} from "../consumption/index.ts";
import { intervalDayAmount } from "../consumption/interval-parts.ts";
import type { MeterKind } from "../meters/meter-kinds.ts";
import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import type { DayWeights, MeterIntervalDay } from "../savings/index.ts";
import { monthRange } from "./indicators.rules.ts";

/** The energies that heat a building (its boiler's fuel, or bought heat). */
export const HEATING_ENERGIES = ["gas", "heating_oil", "pellets", "wood", "heat"] as const;
/** What the rollup keeps: the heating energies and the common parts' electricity (water has no kWh). */
const ROLLED_UP: readonly MeterKind[] = [...HEATING_ENERGIES, "electricity"];

export interface BuildingMonth {
  energy: MeterKind;
  /** `YYYY-MM`. */
  month: string;
  kwh: number;
  estimatedKwh: number;
  coveredDays: number;
  /** The month's equivalent 16.5 degree-days, when the station has all its days. */
  degreeDays: number | null;
}

/**
 * A building's kWh per energy and month, from its meters. Reading-to-reading consumption is spread
 * over the days it covers — heating energy in proportion to what the building's signature expects of
 * each day (evenly without a signature) — and never beyond the last reading. A month's part of a
 * reading period that reaches more than one day outside the month is estimated: a reading taken the
 * day before or after the month's edge still counts as that month's. A day a meter's register has
 * smart-meter data for takes that data instead of the readings' share of it (interval data is
 * measured), as for a household (day-spans.ts): a smart meter starting mid-month leaves the days
 * before it to the readings, with what the index difference leaves after the smart meter's part
 * (`readingsShare`). A day the smart meter covered only partly keeps the readings' share for the rest
 * of the day, estimated. A period with a day whose degree-days are not published yet is spread
 * evenly: its days' weights are unknown, not those of days without heating.
 */
export function buildingMonths({
  meters,
  intervalDays = [],
  conversion,
  degreeDays,
  signature,
}: {
  meters: ReadonlyArray<{
    meter: Meter;
    readings: readonly IndexReading[];
    deliveries: readonly FuelDelivery[];
  }>;
  /** Every smart-meter day of the meters (not only the signature's years). */
  intervalDays?: readonly MeterIntervalDay[];
  conversion?: ConversionSettings;
  /** Equivalent 16.5 degree-days per Brussels day. */
  degreeDays: ReadonlyMap<LocalDay, number>;
  signature: DayWeights | null;
}): BuildingMonth[] {
  /** Per energy and month: kWh, and each meter's days with consumption (readings' or smart meter's). */
  const months = new Map<string, { kwh: number; estimatedKwh: number; days: Map<string, Set<LocalDay>> }>();
  /** `wholeDay`: the figures cover all of `day` (a smart-meter day missing slots does not). */
  const add = (meter: Meter, day: LocalDay, kwh: number, estimated: boolean, wholeDay = true) => {
    const key = `${meter.kind}|${monthOf(day)}`;
    const m = months.get(key) ?? { kwh: 0, estimatedKwh: 0, days: new Map() };
    months.set(key, m);
    m.kwh += kwh;
    if (estimated) m.estimatedKwh += kwh;
    const days = m.days.get(meter.id) ?? new Set<LocalDay>();
    m.days.set(meter.id, wholeDay ? days.add(day) : days);
  };
  const daysOf = new Map<string, MeterIntervalDay[]>();
  for (const d of intervalDays) {
    const days = daysOf.get(d.meterId);
    if (days) days.push(d);
    else daysOf.set(d.meterId, [d]);
  }

  for (const { meter, readings, deliveries } of meters) {
    if (!ROLLED_UP.includes(meter.kind)) continue;
    /** Per `register|day`, what the smart meter measured: its quantity and the share of the day. */
    const smart = new Map<string, { quantity: number; coverage: number }>();
    for (const d of daysOf.get(meter.id) ?? []) {
      if (d.register.startsWith("injection")) continue;
      const amount = intervalDayAmount({ meter, day: d, conversion });
      if (!amount) continue;
      const perUnit =
        amount.kwh === undefined
          ? kwhPerUnit({ ...meterFields(meter), day: d.day, settings: conversion })
          : null;
      const kwh = amount.kwh ?? (perUnit === null ? null : amount.quantity * perUnit);
      if (kwh === null) continue;
      smart.set(`${d.register}|${d.day}`, amount);
      // Its missing slots are whole only where a reading period gives them their share (below); the
      // values the operator estimated are estimated.
      const whole = amount.coverage >= 1;
      add(meter, d.day, kwh * (1 - amount.estimatedShare), false, whole);
      if (amount.estimatedShare > 0) add(meter, d.day, kwh * amount.estimatedShare, true, whole);
    }
    const heats = (HEATING_ENERGIES as readonly MeterKind[]).includes(meter.kind);
    for (const interval of meterIntervals({ meter, readings, deliveries }).intervals) {
      if (interval.register.startsWith("injection")) continue;
      const firstDay = brusselsDayOf(interval.from);
      const lastDay = brusselsDayOf(new Date(interval.to.getTime() - 1));
      const weights =
        heats && signature && hasEveryDay(degreeDays, firstDay, lastDay)
          ? (day: LocalDay) =>
              signature.interceptKwhPerDay +
              signature.heatingKwhPerDegreeDay * (degreeDays.get(day) as number)
          : undefined;
      const smartOn = (day: LocalDay) => smart.get(`${interval.register}|${day}`);
      for (const part of readingsShare({ interval, weights, smartOn })) {
        const factor = kwhPerUnit({ ...part, settings: conversion });
        if (factor === null) continue;
        const month = monthOf(part.day);
        const outside =
          Math.max(0, dayNumber(`${month}-01`) - dayNumber(firstDay)) +
          Math.max(0, dayNumber(lastDay) + 1 - dayNumber(addDays(`${month}-01`, daysInMonth(month))));
        const estimated = interval.estimated || outside > 1 || smartOn(part.day) !== undefined;
        add(meter, part.day, part.quantity * factor, estimated);
      }
    }
  }
  return [...months.entries()]
    .map(([key, m]) => {
      const [energy, month] = key.split("|") as [MeterKind, string];
      const open = meters
        .map((x) => x.meter)
        .filter((x) => x.kind === energy && x.registers.some((r) => !r.startsWith("injection")));
      return {
        energy,
        month,
        kwh: m.kwh,
        estimatedKwh: m.estimatedKwh,
        coveredDays: coveredDays(month, open, (id) => m.days.get(id)?.size ?? 0),
        degreeDays: monthDegreeDays(month, degreeDays),
      };
    })
    .sort((a, b) =>
      a.month === b.month ? a.energy.localeCompare(b.energy) : a.month.localeCompare(b.month),
    );
}

/**
 * The days of a month the energy's figures are whole for: each meter of the energy counts its days
 * with consumption plus the days it was not in service (before its start, from its replacement), and
 * the month is as covered as its least covered meter. Two boilers read side by side: one that stops
 * being read leaves the month partial. One meter replaced by another mid-month: covered throughout.
 */
function coveredDays(month: string, meters: readonly Meter[], daysWithData: (meterId: string) => number) {
  const total = daysInMonth(month);
  const first = `${month}-01`;
  const afterLast = addDays(first, total);
  let covered = total;
  for (const meter of meters) {
    const from = maxDay(first, brusselsDayOf(meter.startedAt));
    const to = meter.closedAt ? minDay(afterLast, brusselsDayOf(meter.closedAt)) : afterLast;
    const inService = Math.max(0, dayNumber(to) - dayNumber(from));
    if (inService > 0) covered = Math.min(covered, daysWithData(meter.id) + total - inService);
  }
  return Math.max(0, Math.min(total, covered));
}

/**
 * A reading period's days the smart meter did not measure, with what the index difference leaves
 * after the smart meter's quantity within the period (never below 0), spread by `weights` over those
 * days and the unmeasured part of partly measured ones: the period still adds up to its index
 * difference. Without smart-meter days in it, `splitToDays` as it is.
 */
function readingsShare({
  interval,
  weights,
  smartOn,
}: {
  interval: ConsumptionInterval;
  weights: HeatingWeights | undefined;
  smartOn: (day: LocalDay) => { quantity: number; coverage: number } | undefined;
}): DayPart[] {
  const parts = splitToDays({ interval, weights });
  const unmeasured = (day: LocalDay) => 1 - Math.min(1, smartOn(day)?.coverage ?? 0);
  let measured = 0;
  let unmeasuredWeight = 0;
  for (const part of parts) {
    // A boundary day's measured quantity counts for the share of the day the period holds.
    measured += (smartOn(part.day)?.quantity ?? 0) * part.coverage;
    unmeasuredWeight += part.coverage * unmeasured(part.day) * (weights?.(part.day) ?? 1);
  }
  if (parts.every((part) => smartOn(part.day) === undefined)) return parts;
  // The smart meter measured the whole period: its days are the period's consumption.
  if (!(unmeasuredWeight > 0)) return [];
  return splitToDays({
    interval: { ...interval, quantity: Math.max(0, interval.quantity - measured) },
    weights: (day) => (weights?.(day) ?? 1) * unmeasured(day),
  }).filter((part) => unmeasured(part.day) > 0);
}

function hasEveryDay(values: ReadonlyMap<LocalDay, number>, first: LocalDay, last: LocalDay): boolean {
  for (let day = first; day <= last; day = addDays(day, 1)) if (!values.has(day)) return false;
  return true;
}

const maxDay = (a: LocalDay, b: LocalDay) => (a > b ? a : b);
const minDay = (a: LocalDay, b: LocalDay) => (a < b ? a : b);

/**
 * The heating energies' kWh added up per month, from the first month with any to the last, a month
 * without any heating energy left null (not 0: nothing was measured): the row the portfolio reads.
 */
export function heatingSeries(months: readonly BuildingMonth[]): {
  fromMonth: string | null;
  kwh: Array<number | null>;
} {
  const byMonth = new Map<string, number>();
  for (const m of months)
    if ((HEATING_ENERGIES as readonly MeterKind[]).includes(m.energy))
      byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.kwh);
  const sorted = [...byMonth.keys()].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return { fromMonth: null, kwh: [] };
  return { fromMonth: first, kwh: monthRange(first, last).map((m) => byMonth.get(m) ?? null) };
}

/** The sum of a month's daily degree-days, or null when a day has none. */
export function monthDegreeDays(month: string, degreeDays: ReadonlyMap<LocalDay, number>): number | null {
  let sum = 0;
  for (let i = 0, day = `${month}-01`; i < daysInMonth(month); i++, day = addDays(day, 1)) {
    const dd = degreeDays.get(day);
    if (dd === undefined) return null;
    sum += dd;
  }
  // Three decimals, as the weather module stores degree-days: sums of days then match the month's value.
  return Math.round(sum * 1000) / 1000;
}

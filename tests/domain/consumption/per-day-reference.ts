/**
 * The household's figures computed day by day: every interval split into day parts, each part
 * converted, priced and counted on its own day. This was the production path before the span
 * pipeline (api/consumption/span-figures.ts); it stays here, short, as the reference the span
 * pipeline must equal.
 */
import { coveredShare, type Granularity, periodOf } from "../../../api/consumption/aggregate.ts";
import {
  addDays,
  dayNumber,
  type LocalDay,
  startOfBrusselsDay,
} from "../../../api/consumption/brussels-days.ts";
import { toCo2Parts } from "../../../api/consumption/co2.ts";
import { emptyFigures, finish, sumFigures } from "../../../api/consumption/consumption-figures.ts";
import { kwhPerUnit, toKwhParts } from "../../../api/consumption/conversion.ts";
import { costByDay } from "../../../api/consumption/cost.ts";
import { type HeatingWeights, splitToDays } from "../../../api/consumption/daily-split.ts";
import type { DayWeight } from "../../../api/consumption/day-spans.ts";
import { deliveriesByFuel, type FuelDeliveries } from "../../../api/consumption/delivery-prices.ts";
import type { MeterData } from "../../../api/consumption/household-consumption.ts";
import { shiftYears } from "../../../api/consumption/household-consumption.ts";
import {
  type IntervalDay,
  intervalDayAmount,
  intervalDayParts,
} from "../../../api/consumption/interval-parts.ts";
import { meterIntervals } from "../../../api/consumption/meter-intervals.ts";
import { meterLines } from "../../../api/consumption/meter-lines.ts";
import type { Pricing, RawFigures } from "../../../api/consumption/span-figures.ts";
import type { ConsumptionInterval, DayPart } from "../../../api/consumption/types.ts";
import { METER_KINDS, type MeterKind } from "../../../api/meters/meter-kinds.ts";
import { isInjection } from "../../../api/meters/meter-rules.ts";

type Window = { from: LocalDay; to: LocalDay };

/**
 * Day by day: a reading interval's parts on a register's days with smart-meter data are gone; what
 * its index difference leaves after the smart meter's quantity within it (each smart day's quantity
 * × the part of the day the interval holds; never below 0) goes to its parts by the part of each day
 * the smart meter missed, estimated.
 */
function respreadOverSmartDays({
  meter,
  intervalDays,
  conversion,
  weightOf,
}: {
  meter: MeterData["meter"];
  intervalDays: readonly IntervalDay[];
  conversion: Pricing["conversion"];
  weightOf: DayWeight | undefined;
}) {
  const smart = new Map<string, { quantity: number; coverage: number }>();
  for (const d of intervalDays) {
    const amount = intervalDayAmount({ meter, day: d, conversion });
    if (amount) smart.set(`${d.register}|${d.day}`, amount);
  }
  return (
    interval: ConsumptionInterval,
    parts: DayPart[],
    byWeather: boolean,
  ): { parts: DayPart[]; estimated: boolean; byWeather: boolean } => {
    const on = (p: DayPart) => smart.get(`${p.register}|${p.day}`);
    if (parts.every((p) => on(p) === undefined)) return { parts, estimated: interval.estimated, byWeather };
    let measured = 0;
    for (const p of parts) measured += (on(p)?.quantity ?? 0) * p.coverage;
    const rest = Math.max(0, interval.quantity - measured);
    const kept = parts
      .map((p) => ({ ...p, coverage: p.coverage * (1 - (on(p)?.coverage ?? 0)), estimated: true }))
      .filter((p) => p.coverage > 0);
    const weights = weightsOver(kept, weightOf);
    const weight = (p: DayPart) => p.coverage * (weights ? Math.max(0, weights(p.day)) : 1);
    const total = kept.reduce((sum, p) => sum + weight(p), 0);
    return {
      parts: kept.map((p) => ({ ...p, quantity: (rest * weight(p)) / total })),
      estimated: true,
      byWeather: weights !== undefined,
    };
  };
}

/**
 * A heating energy's weights for these days, if every one of them has one and they are not all 0:
 * otherwise the days are spread by coverage alone.
 */
function weightsOver(parts: readonly DayPart[], weightOf: DayWeight | undefined): HeatingWeights | undefined {
  if (!weightOf) return undefined;
  const known = parts.map((p) => weightOf(dayNumber(p.day)));
  if (known.some((w) => w === undefined)) return undefined;
  if (!parts.some((p, i) => p.coverage * Math.max(0, known[i] as number) > 0)) return undefined;
  return (day) => weightOf(dayNumber(day)) as number;
}

function partsIn(parts: DayPart[], window: Window, granularity: Granularity, estimated: boolean) {
  const first = parts[0]?.day ?? "";
  const last = parts.at(-1)?.day ?? "";
  const whole =
    !estimated &&
    first >= window.from &&
    last <= window.to &&
    periodOf(first, granularity) === periodOf(last, granularity);
  return parts
    .filter((p) => p.day >= window.from && p.day <= window.to)
    .map((p) => (whole ? { ...p, estimated: false } : p));
}

function energyDays(
  energy: MeterKind,
  parts: DayPart[],
  pricing: Pricing,
  deliveries: FuelDeliveries,
  lines: ReadonlyMap<string, string>,
) {
  const offtake = parts.filter((p) => !isInjection(p.register));
  const kwhParts = toKwhParts({ parts: offtake, settings: pricing.conversion });
  const hasKwh = kwhPerUnit({ kind: energy, unit: METER_KINDS[energy].unit, day: "2000-01-01" }) !== null;
  const co2 = toCo2Parts({ kwhParts, factors: pricing.co2Factors });
  const { days } = costByDay({ parts, ...pricing, deliveries, lines });
  return {
    lines,
    parts: offtake,
    kwhParts: hasKwh ? kwhParts : null,
    injectionKwhParts: toKwhParts({ parts: parts.filter((p) => isInjection(p.register)) }),
    co2Parts: hasKwh && co2.missingKinds.length === 0 ? co2.parts : null,
    dayCosts: energy !== "heat_cost_allocator" ? days : null,
    missingTariffFrom: days.find((d) => d.costEur === null)?.day ?? null,
    pricedFromDeliveries: days.some((d) => d.costEur !== null && d.fromDeliveries),
    co2FactorMissing: hasKwh && co2.missingKinds.length > 0,
  };
}

function figuresByPeriod(days: ReturnType<typeof energyDays>, periodOfDay: (day: LocalDay) => string) {
  const out = new Map<string, RawFigures>();
  const at = (day: LocalDay) => {
    const period = periodOfDay(day);
    let f = out.get(period);
    if (!f) {
      f = {
        quantity: 0,
        estimatedQuantity: 0,
        kwh: days.kwhParts ? 0 : null,
        injectionKwh: 0,
        costEur: days.dayCosts ? 0 : null,
        co2Kg: days.co2Parts ? 0 : null,
        coveredDays: 0,
      };
      out.set(period, f);
    }
    return f;
  };
  for (const p of days.parts) {
    at(p.day).quantity += p.quantity;
    if (p.estimated) at(p.day).estimatedQuantity += p.quantity;
  }
  for (const p of days.kwhParts ?? []) at(p.day).kwh = (at(p.day).kwh ?? 0) + p.quantity;
  for (const p of days.co2Parts ?? []) at(p.day).co2Kg = (at(p.day).co2Kg ?? 0) + p.quantity;
  for (const p of days.injectionKwhParts) at(p.day).injectionKwh += p.quantity;
  for (const d of days.dayCosts ?? []) {
    const f = at(d.day);
    f.costEur = f.costEur === null || d.costEur === null ? null : f.costEur + d.costEur;
  }
  const partsOfDay = new Map<LocalDay, DayPart[]>();
  for (const p of [...days.parts, ...days.injectionKwhParts])
    partsOfDay.set(p.day, [...(partsOfDay.get(p.day) ?? []), p]);
  for (const [day, dayParts] of partsOfDay) at(day).coveredDays += coveredShare(dayParts, days.lines);
  return out;
}

export function perDayHouseholdConsumption({
  meters,
  pricing,
  from,
  to,
  granularity,
  heatingWeights,
}: {
  meters: readonly MeterData[];
  pricing: Pricing;
  from: LocalDay;
  to: LocalDay;
  granularity: Granularity;
  heatingWeights?: ReadonlyMap<MeterKind, DayWeight>;
}) {
  const window = { from, to };
  const lastYear = { from: shiftYears(from, -1), to: shiftYears(to, -1) };
  const now: DayPart[] = [];
  const before: DayPart[] = [];
  const spreadByWeather = new Set<MeterKind>();
  const gaps = [];
  const deliveriesOf = deliveriesByFuel(meters);
  const lines = meterLines(meters.map((m) => m.meter));
  for (const { meter, readings, deliveries, intervalDays = [] } of meters) {
    const result = meterIntervals({ meter, readings, deliveries });
    for (const gap of result.gaps) gaps.push({ ...gap, energy: meter.kind });
    const smartParts = intervalDayParts({ meter, days: intervalDays, conversion: pricing.conversion });
    const weightOf = heatingWeights?.get(meter.kind);
    const respread = respreadOverSmartDays({ meter, intervalDays, conversion: pricing.conversion, weightOf });
    const injectionOf = respreadOverSmartDays({
      meter,
      intervalDays,
      conversion: pricing.conversion,
      weightOf: undefined,
    });
    for (const interval of result.intervals) {
      // Solar injection is spread by the days alone.
      const injection = isInjection(interval.register);
      const evenly = splitToDays({ interval });
      const weights = injection ? undefined : weightsOver(evenly, weightOf);
      const split = weights ? splitToDays({ interval, weights }) : evenly;
      const { parts, estimated, byWeather } = (injection ? injectionOf : respread)(
        interval,
        split,
        !!weights,
      );
      if (byWeather && parts.some((p) => p.day >= from && p.day <= to)) spreadByWeather.add(meter.kind);
      now.push(...partsIn(parts, window, granularity, estimated));
      before.push(...partsIn(parts, lastYear, granularity, estimated));
    }
    for (const part of smartParts) {
      if (part.day >= from && part.day <= to) now.push(part);
      if (part.day >= lastYear.from && part.day <= lastYear.to) before.push(part);
    }
  }
  const daysPerPeriod = new Map<string, number>();
  for (let day = from; day <= to; day = addDays(day, 1))
    daysPerPeriod.set(periodOf(day, granularity), (daysPerPeriod.get(periodOf(day, granularity)) ?? 0) + 1);
  const windowDays = [...daysPerPeriod.values()].reduce((a, b) => a + b, 0);
  const notes: object[] = [];
  if (now.some((p) => p.estimated && METER_KINDS[p.kind].mode !== "deliveries_only"))
    notes.push({ code: "daily_split_estimated" });
  const energies = [];
  const kinds = (Object.keys(METER_KINDS) as MeterKind[]).filter((k) =>
    meters.some((m) => m.meter.kind === k),
  );
  for (const energy of kinds) {
    const current = energyDays(
      energy,
      now.filter((p) => p.kind === energy),
      pricing,
      deliveriesOf,
      lines,
    );
    const previous = energyDays(
      energy,
      before.filter((p) => p.kind === energy),
      pricing,
      deliveriesOf,
      lines,
    );
    const hasData = (d: typeof current) => d.parts.length > 0 || d.injectionKwhParts.length > 0;
    if (!hasData(current)) notes.push({ code: "no_data", energy });
    if (!hasData(current) && !hasData(previous)) continue;
    const byPeriod = figuresByPeriod(current, (day) => periodOf(day, granularity));
    const lastByPeriod = figuresByPeriod(previous, (day) => periodOf(shiftYears(day, 1), granularity));
    const reasons = {
      cost: current.dayCosts ? ("tariff_missing" as const) : ("not_priced" as const),
      co2: current.kwhParts ? ("factor_missing" as const) : ("no_kwh" as const),
    };
    const shape = (raw: RawFigures | null | undefined, days: number) =>
      raw ? finish(raw, days, reasons) : null;
    const periods = [...byPeriod.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, raw]) => {
        const days = daysPerPeriod.get(period) ?? 0;
        return { period, ...finish(raw, days, reasons), lastYear: shape(lastByPeriod.get(period), days) };
      });
    const presence = { kwh: !!current.kwhParts, cost: !!current.dayCosts, co2: !!current.co2Parts };
    energies.push({
      energy,
      unit: METER_KINDS[energy].unit,
      periods,
      total: {
        ...finish(sumFigures([...byPeriod.values()]) ?? emptyFigures(presence), windowDays, reasons),
        lastYear: shape(sumFigures([...lastByPeriod.values()]), windowDays),
      },
    });
    if (current.missingTariffFrom)
      notes.push({ code: "tariff_missing", energy, from: current.missingTariffFrom });
    if (current.pricedFromDeliveries || previous.pricedFromDeliveries)
      notes.push({ code: "price_from_deliveries", energy });
    if (current.co2FactorMissing) notes.push({ code: "co2_factor_missing", energy });
    if (spreadByWeather.has(energy)) notes.push({ code: "heating_by_degree_days", energy });
    if (METER_KINDS[energy].mode === "deliveries_only") notes.push({ code: "deliveries_estimated", energy });
  }
  const nowStart = startOfBrusselsDay(from).getTime();
  const windowEnd = startOfBrusselsDay(addDays(to, 1)).getTime();
  for (const { energy, meterId, register, from: gapFrom, to: gapTo, reason } of gaps)
    if (gapTo.getTime() > nowStart && gapFrom.getTime() < windowEnd)
      notes.push({ code: "gap", energy, meterId, register, from: gapFrom, to: gapTo, reason });
  return { from, to, granularity, energies, notes };
}

import { METER_KINDS, type MeterKind, type NativeUnit, type Register } from "../meters/meter-kinds.ts";
import type { FuelDelivery, IndexReading, Meter } from "../meters/meter-rules.ts";
import { byText, type Granularity, periodOf } from "./aggregate.ts";
import { addDays, dayNumber, type LocalDay, startOfBrusselsDay } from "./brussels-days.ts";
import { emptyFigures, type Figures, finish, sumFigures } from "./consumption-figures.ts";
import { type DaySpan, type DayWeight, meterSpans } from "./day-spans.ts";
import { deliveriesByFuel } from "./delivery-prices.ts";
import type { IntervalDay } from "./interval-parts.ts";
import { meterIntervals } from "./meter-intervals.ts";
import { meterLines } from "./meter-lines.ts";
import {
  daysByPeriod,
  energyFigures,
  type FigureWindow,
  type Pricing,
  type RawFigures,
  type WindowFigures,
} from "./span-figures.ts";
import type { ConsumptionGap } from "./types.ts";

/**
 * A household's consumption over a window of Brussels days, per energy and period, with the same
 * period last year. What is estimated, and said so:
 * - a reading interval is spread over its days: evenly, or for an energy that heats the home in
 *   proportion to what its own model expects of each day by the weather (`heatingWeights`, note
 *   `heating_by_degree_days`); the part of a period's quantity that comes
 *   from an interval crossing the period's (or the window's) edge is estimated (`estimatedShare`);
 *   an interval lying wholly inside one period and the window is measured for that period;
 * - pellets and wood are estimated from their deliveries (burnt evenly until the next one);
 * - smart-meter interval data is measured, day by day, but for the slots the grid operator marked
 *   estimated; where it covers a register's day it wins over the manual indexes' share of that day
 *   (never both, never a double count), and the index difference still holds: what it leaves after
 *   the smart meter's part is spread over the interval's other days (and hours), estimated;
 * - kWh of gas use the calorific value of each day (the organisation's, else CREG typical values);
 * - fixed fees are prorated by the days the data covers (a meter and the one replacing it during a
 *   day cover it together); nothing is counted after the last reading.
 * A cost is never guessed: heating oil, pellets and wood are valued at what the household paid for
 * its deliveries of that fuel, to any of its meters, where it said so (delivery-prices.ts, note
 * `price_from_deliveries`), else at the tariff; without either it is null with `tariff_missing`.
 */
export interface MeterData {
  meter: Meter;
  readings: readonly IndexReading[];
  deliveries: readonly FuelDelivery[];
  /**
   * Smart-meter days of this meter inside the window and the year before it, and inside the reading
   * intervals reaching beyond them (their index difference holds with the days inside).
   */
  intervalDays?: readonly IntervalDay[];
}

export interface PeriodConsumption extends Figures {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  period: string;
  lastYear: Figures | null;
}

export interface EnergyConsumption {
  energy: MeterKind;
  unit: NativeUnit;
  periods: PeriodConsumption[];
  total: Figures & { lastYear: Figures | null };
}

export type ConsumptionNote =
  | { code: "daily_split_estimated" }
  | { code: "heating_by_degree_days"; energy: MeterKind }
  | { code: "deliveries_estimated"; energy: MeterKind }
  | { code: "tariff_missing"; energy: MeterKind; from: LocalDay }
  | { code: "price_from_deliveries"; energy: MeterKind }
  | { code: "co2_factor_missing"; energy: MeterKind }
  | { code: "no_data"; energy: MeterKind }
  | {
      code: "gap";
      energy: MeterKind;
      meterId: string;
      register: Register;
      from: Date;
      to: Date;
      reason: ConsumptionGap["reason"];
    };

/** The same calendar day `years` later (29 February becomes the 28th). */
export function shiftYears(day: LocalDay, years: number): LocalDay {
  const shifted = `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;
  return shifted.endsWith("-02-29") && !isLeap(Number(shifted.slice(0, 4)))
    ? shifted.replace(/29$/, "28")
    : shifted;
}

function isLeap(year: number) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The figures above, from day spans (day-spans.ts, span-figures.ts): ten years of monthly readings
 * are a few hundred runs of alike days, each priced and converted once, rather than 3,650 days.
 */
export function householdConsumption({
  meters,
  pricing,
  from,
  to,
  granularity,
  heatingWeights,
}: {
  meters: readonly MeterData[];
  pricing: Pricing;
  /** Inclusive Brussels days. */
  from: LocalDay;
  to: LocalDay;
  granularity: Granularity;
  /** Per energy heating the home, the weight of each day its reading intervals are spread by. */
  heatingWeights?: ReadonlyMap<MeterKind, DayWeight>;
}) {
  const lastYear = { from: shiftYears(from, -1), to: shiftYears(to, -1) };
  const windows: FigureWindow[] = [
    { first: dayNumber(from), end: dayNumber(to) + 1, periodOf: (day) => periodOf(day, granularity) },
    {
      first: dayNumber(lastYear.from),
      end: dayNumber(lastYear.to) + 1,
      periodOf: (day) => periodOf(shiftYears(day, 1), granularity),
    },
  ];
  const range = { first: dayNumber(lastYear.from), end: dayNumber(to) + 1 };
  const spansOf = new Map<MeterKind, DaySpan[]>();
  // A fuel is priced by its deliveries to any of the household's meters: a replaced gauge's too.
  const deliveriesOf = deliveriesByFuel(meters);
  const gaps: (ConsumptionGap & { energy: MeterKind })[] = [];
  for (const { meter, readings, deliveries, intervalDays = [] } of meters) {
    const result = meterIntervals({ meter, readings, deliveries });
    for (const gap of result.gaps) gaps.push({ ...gap, energy: meter.kind });
    const { conversion } = pricing;
    const spans = meterSpans({
      meter,
      intervals: result.intervals,
      intervalDays,
      conversion,
      range,
      granularity,
      weightOf: heatingWeights?.get(meter.kind),
    });
    spansOf.set(meter.kind, [...(spansOf.get(meter.kind) ?? []), ...spans]);
  }

  const lines = meterLines(meters.map((m) => m.meter));
  const now = windows[0] as FigureWindow;
  const daysPerPeriod = daysByPeriod(now, granularity);
  const windowDays = now.end - now.first;

  const notes: ConsumptionNote[] = [];
  const energies: EnergyConsumption[] = [];
  const kinds = (Object.keys(METER_KINDS) as MeterKind[]).filter((k) =>
    meters.some((m) => m.meter.kind === k),
  );
  let estimatedSplit = false;
  for (const energy of kinds) {
    const [current, previous] = energyFigures({
      energy,
      spans: spansOf.get(energy) ?? [],
      pricing,
      deliveries: deliveriesOf.get(energy),
      lines,
      windows,
      granularity,
    }) as [WindowFigures, WindowFigures];
    if (current.anyEstimated && METER_KINDS[energy].mode !== "deliveries_only") estimatedSplit = true;
    if (!current.hasData) notes.push({ code: "no_data", energy });
    if (!current.hasData && !previous.hasData) continue;
    const reasons = {
      cost: current.cost ? ("tariff_missing" as const) : ("not_priced" as const),
      co2: current.kwh ? ("factor_missing" as const) : ("no_kwh" as const),
    };
    const shape = (raw: RawFigures | null | undefined, days: number) =>
      raw ? finish(raw, days, reasons) : null;
    const periods = [...current.byPeriod.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([period, raw]) => {
        const days = daysPerPeriod.get(period) ?? 0;
        return {
          period,
          ...finish(raw, days, reasons),
          lastYear: shape(previous.byPeriod.get(period), days),
        };
      });
    const total = sumFigures([...current.byPeriod.values()]);
    energies.push({
      energy,
      unit: METER_KINDS[energy].unit,
      periods,
      total: {
        ...finish(total ?? emptyFigures(current), windowDays, reasons),
        lastYear: shape(sumFigures([...previous.byPeriod.values()]), windowDays),
      },
    });
    if (current.missingTariffFrom)
      notes.push({ code: "tariff_missing", energy, from: current.missingTariffFrom });
    if (current.pricedFromDeliveries || previous.pricedFromDeliveries)
      notes.push({ code: "price_from_deliveries", energy });
    if (current.co2FactorMissing) notes.push({ code: "co2_factor_missing", energy });
    if (spansOf.get(energy)?.some((s) => s.byWeather && s.first < now.end && s.end > now.first))
      notes.push({ code: "heating_by_degree_days", energy });
    if (METER_KINDS[energy].mode === "deliveries_only") notes.push({ code: "deliveries_estimated", energy });
  }
  if (estimatedSplit) notes.unshift({ code: "daily_split_estimated" });
  const nowStart = startOfBrusselsDay(from).getTime();
  const windowEnd = startOfBrusselsDay(addDays(to, 1)).getTime();
  for (const { energy, meterId, register, from: gapFrom, to: gapTo, reason } of gaps)
    if (gapTo.getTime() > nowStart && gapFrom.getTime() < windowEnd)
      notes.push({ code: "gap", energy, meterId, register, from: gapFrom, to: gapTo, reason });
  return { from, to, granularity, energies, notes };
}

export type HouseholdConsumption = ReturnType<typeof householdConsumption>;

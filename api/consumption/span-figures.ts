import { METER_KINDS, type MeterKind } from "../meters/meter-kinds.ts";
import type { FuelDelivery } from "../meters/meter-rules.ts";
import { coveredShare, type Granularity, periodOf } from "./aggregate.ts";
import { dayNumber, dayOfNumber, daysInYear, type LocalDay } from "./brussels-days.ts";
import { type Co2Factor, co2FactorFor, DEFAULT_CO2_FACTORS } from "./co2.ts";
import { type ConversionSettings, kwhPerUnit } from "./conversion.ts";
import { type DayRange, type DaySpan, estimatedIn } from "./day-spans.ts";
import { deliveryPriceChanges, deliveryPriceOn } from "./delivery-prices.ts";
import { type Tariff, tariffFor } from "./tariff-rules.ts";

export interface Pricing {
  tariffs: readonly Tariff[];
  protectedCustomer: boolean;
  conversion?: ConversionSettings;
  co2Factors?: readonly Co2Factor[];
}

/** Sums for one period (or a whole window) of one energy, at full precision. */
export interface RawFigures {
  /** Offtake in the meter's unit; injection (solar sent to the grid) is apart, in `injectionKwh`. */
  quantity: number;
  estimatedQuantity: number;
  /** Null where kWh makes no sense (water, allocator units). */
  kwh: number | null;
  injectionKwh: number;
  /** Null when a day of the period has no tariff, or the energy is not priced here (allocators). */
  costEur: number | null;
  co2Kg: number | null;
  coveredDays: number;
}

/** A window of days and the period each of its days is shown under. */
export interface FigureWindow extends DayRange {
  periodOf: (day: LocalDay) => string;
}

/** One energy's figures over one window, by period. */
export interface WindowFigures {
  byPeriod: Map<string, RawFigures>;
  /** Whether the energy has kWh at all, is priced at all, and had a CO₂ factor every day. */
  kwh: boolean;
  cost: boolean;
  co2: boolean;
  /** Offtake or injection on some day of the window. */
  hasData: boolean;
  /** First day without a tariff, if any. */
  missingTariffFrom: LocalDay | null;
  /** Some day's cost was priced at what the household paid for its deliveries. */
  pricedFromDeliveries: boolean;
  co2FactorMissing: boolean;
  /** Some of the window's quantity was spread over days (or estimated from deliveries). */
  anyEstimated: boolean;
}

/** What each day of a run of alike days adds up to; `costEur` null when a day has no (complete) tariff. */
interface DayAmounts {
  quantity: number;
  kwh: number;
  injectionKwh: number;
  co2Kg: number;
  co2Missing: boolean;
  costEur: number | null;
  /** Some of `costEur` is priced from the fuel's deliveries. */
  fromDeliveries: boolean;
  coveredShare: number;
}

/**
 * One energy's figures per period for several windows (this year, last year) in one pass over its
 * day spans. The timeline is cut wherever anything that matters changes: a span starts or ends, a
 * window or a period (or a year, for fixed fees) begins, a tariff, calorific value or CO₂ factor
 * starts or stops, a delivery's price enters or leaves its year. Between two cuts every day is alike,
 * so a run of n days is priced, converted and counted once, n times over: the sums `costByDay`,
 * `toKwhParts`, `toCo2Parts` and `coveredShare` give day by day, each day with its own tariff (or
 * delivery price), calorific value and factor.
 */
export function energyFigures({
  energy,
  spans,
  pricing,
  deliveries = [],
  lines,
  windows,
  granularity,
}: {
  energy: MeterKind;
  spans: readonly DaySpan[];
  pricing: Pricing;
  /** The fuel's deliveries to any of the household's meters (`deliveriesByFuel`): what was paid prices what was burnt. */
  deliveries?: readonly FuelDelivery[];
  /** `meterLines` of the household's meters: a meter replaced during a day and its successor cover it together. */
  lines?: ReadonlyMap<string, string>;
  windows: readonly FigureWindow[];
  granularity: Granularity;
}): WindowFigures[] {
  const hasKwh = kwhPerUnit({ kind: energy, unit: METER_KINDS[energy].unit, day: "2000-01-01" }) !== null;
  const priced = energy !== "heat_cost_allocator";
  const out = windows.map(
    (): WindowFigures => ({
      byPeriod: new Map(),
      kwh: hasKwh,
      cost: priced,
      co2: hasKwh,
      hasData: false,
      missingTariffFrom: null,
      pricedFromDeliveries: false,
      co2FactorMissing: false,
      anyEstimated: false,
    }),
  );
  const range = {
    first: Math.min(...windows.map((w) => w.first)),
    end: Math.max(...windows.map((w) => w.end)),
  };
  const settings = settingsLookup({ energy, pricing, deliveries });
  const periods = periodStarts(range, granularity);
  const cuts = new Set<number>([...settings.cuts, ...periods]);
  for (const s of spans) cuts.add(s.first).add(s.end);
  for (const w of windows) cuts.add(w.first).add(w.end);
  const bounds = [...cuts].filter((c) => c >= range.first && c <= range.end).sort((a, b) => a - b);

  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const active: DaySpan[] = [];
  let next = 0;
  // The period the current run of days lies in: its first day, and its figures in each window.
  let period = -1;
  let periodDay = "";
  const periodFigures: (RawFigures | null)[] = windows.map(() => null);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const first = bounds[i] as number;
    const end = bounds[i + 1] as number;
    let kept = 0;
    for (const s of active) if (s.end > first) active[kept++] = s;
    active.length = kept;
    while (next < sorted.length && (sorted[next] as DaySpan).first <= first) {
      const span = sorted[next++] as DaySpan;
      if (span.end > first) active.push(span);
    }
    if (!active.length) continue;
    if (period < 0 || (periods[period + 1] ?? Number.POSITIVE_INFINITY) <= first) {
      while ((periods[period + 1] ?? Number.POSITIVE_INFINITY) <= first) period++;
      periodDay = dayOfNumber(periods[period] as number);
      periodFigures.fill(null);
    }
    const year = Number(periodDay.slice(0, 4));
    const amounts = dayAmounts({ spans: active, year, settings: settings.at(first), priced, lines });
    const n = end - first;
    for (let k = 0; k < windows.length; k++) {
      const w = windows[k] as FigureWindow;
      if (first < w.first || end > w.end) continue;
      const figures = out[k] as WindowFigures;
      figures.hasData = true;
      if (amounts.co2Missing) figures.co2FactorMissing = true;
      if (priced && amounts.costEur === null) figures.missingTariffFrom ??= dayOfNumber(first);
      if (amounts.costEur !== null && amounts.fromDeliveries) figures.pricedFromDeliveries = true;
      let estimated = 0;
      for (const s of active)
        if (estimatedIn(s, w)) {
          figures.anyEstimated = true;
          if (!s.injection) estimated += s.quantity;
        }
      const f = periodFigures[k] ?? figuresOf(figures, w.periodOf(periodDay));
      periodFigures[k] = f;
      f.quantity += amounts.quantity * n;
      f.estimatedQuantity += estimated * n;
      if (f.kwh !== null) f.kwh += amounts.kwh * n;
      f.injectionKwh += amounts.injectionKwh * n;
      if (f.co2Kg !== null) f.co2Kg += amounts.co2Kg * n;
      if (f.costEur !== null) f.costEur = amounts.costEur === null ? null : f.costEur + amounts.costEur * n;
      f.coveredDays += amounts.coveredShare * n;
    }
  }
  // One day without a CO₂ factor leaves the whole window without CO₂: never a partial sum.
  for (const figures of out) {
    figures.co2 = hasKwh && !figures.co2FactorMissing;
    if (!figures.co2) for (const f of figures.byPeriod.values()) f.co2Kg = null;
  }
  return out;
}

/**
 * Each of the alike days (of `year`): offtake, kWh with the day's calorific value, CO₂ with the
 * day's factor, and the cost of `costByDay`: a fuel with priced deliveries, quantity × their
 * price (VAT included, no fixed fees); the others, Σ quantity × price(register) + fixed fees ×
 * covered share / days in the year, VAT on offtake and fixed fees, not on injection. Injection
 * registers exist on electricity meters only, in kWh, so every span also counts for the covered share.
 */
function dayAmounts({
  spans,
  year,
  settings,
  priced,
  lines,
}: {
  spans: readonly DaySpan[];
  year: number;
  settings: DaySettings;
  priced: boolean;
  lines: ReadonlyMap<string, string> | undefined;
}): DayAmounts {
  const { tariff, co2 } = settings;
  const amounts: DayAmounts = {
    quantity: 0,
    kwh: 0,
    injectionKwh: 0,
    co2Kg: 0,
    co2Missing: false,
    costEur: null,
    fromDeliveries: false,
    coveredShare: coveredShare(spans, lines),
  };
  let offtakeEur = 0;
  let injectionEur = 0;
  let paidEur = 0;
  const byTariff: DaySpan[] = [];
  let complete = priced;
  for (const s of spans) {
    const factor = settings.kwhPerUnit(s);
    if (s.injection) amounts.injectionKwh += s.kwh ?? s.quantity;
    else {
      amounts.quantity += s.quantity;
      if (factor !== null) {
        const kwh = s.kwh ?? s.quantity * factor;
        amounts.kwh += kwh;
        if (co2) amounts.co2Kg += kwh * co2.kgPerKwh;
        else amounts.co2Missing = true;
      }
    }
    if (!complete) continue;
    const paid = s.injection ? null : settings.deliveryPrice;
    if (paid !== null) {
      paidEur += s.quantity * paid;
      amounts.fromDeliveries = true;
      continue;
    }
    if (!tariff) {
      complete = false;
      continue;
    }
    byTariff.push(s);
    const price = tariff.pricesEur[s.register];
    const perUnit = tariff.unit === "kwh" ? factor : tariff.unit === s.unit ? 1 : null;
    if (price === undefined || perUnit === null) {
      complete = false;
      continue;
    }
    const amount = tariff.unit === "kwh" && s.kwh !== undefined ? s.kwh : s.quantity * perUnit;
    if (s.injection) injectionEur += amount * price;
    else offtakeEur += amount * price;
  }
  if (!complete) return amounts;
  if (!tariff) {
    amounts.costEur = paidEur;
    return amounts;
  }
  // Fixed fees for the days the tariff prices: none for a fuel priced by its deliveries (all-in).
  const covered = byTariff.length === spans.length ? amounts.coveredShare : coveredShare(byTariff, lines);
  const fixedEur = (tariff.fixedEurPerYear * covered) / daysInYear(year);
  const taxable = offtakeEur + fixedEur;
  const vatEur = tariff.pricesIncludeVat
    ? taxable - taxable / (1 + tariff.vatRate)
    : taxable * tariff.vatRate;
  amounts.costEur = (tariff.pricesIncludeVat ? taxable : taxable + vatEur) + injectionEur + paidEur;
  return amounts;
}

function figuresOf(figures: WindowFigures, period: string): RawFigures {
  let f = figures.byPeriod.get(period);
  if (!f) {
    f = {
      quantity: 0,
      estimatedQuantity: 0,
      kwh: figures.kwh ? 0 : null,
      injectionKwh: 0,
      costEur: figures.cost ? 0 : null,
      co2Kg: figures.kwh ? 0 : null,
      coveredDays: 0,
    };
    figures.byPeriod.set(period, f);
  }
  return f;
}

/** Days of each period inside the window (a month cut by the window's edge has fewer than its own). */
export function daysByPeriod(window: DayRange, granularity: Granularity): Map<string, number> {
  const days = new Map<string, number>();
  const starts = periodStarts(window, granularity);
  starts.forEach((start, i) => {
    const end = Math.min(window.end, starts[i + 1] ?? window.end);
    const inside = end - Math.max(window.first, start);
    if (inside > 0) days.set(periodOf(dayOfNumber(start), granularity), inside);
  });
  return days;
}

/**
 * The first day of every period that meets the range (the first may start before it), and of every
 * year: fixed fees are shared out by the days of their year.
 */
function periodStarts(range: DayRange, granularity: Granularity): number[] {
  const starts: number[] = [];
  if (granularity === "day") {
    for (let d = range.first; d <= range.end; d++) starts.push(d);
    return starts;
  }
  const [y, m] = dayOfNumber(range.first).split("-").map(Number) as [number, number];
  const step = granularity === "month" ? 1 : 12;
  for (let month = granularity === "month" ? y * 12 + m - 1 : y * 12; ; month += step) {
    const start = dayNumber(
      `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}-01`,
    );
    if (start > range.end) return starts;
    starts.push(start);
  }
}

interface DaySettings {
  tariff: Tariff | null;
  /** € per unit of the fuel from its deliveries (`deliveryPriceOn`), or null: the tariff then. */
  deliveryPrice: number | null;
  co2: Co2Factor | null;
  /** kWh per unit of a span's meter (its energy's unit), with the organisation's calorific values. */
  kwhPerUnit: (span: DaySpan) => number | null;
}

/**
 * The tariff, delivery prices and factors of an energy in force on a day, looked up once per stretch
 * between two days on which one of them starts or stops (`cuts`). Days are asked for in calendar order.
 */
function settingsLookup({
  energy,
  pricing,
  deliveries,
}: {
  energy: MeterKind;
  pricing: Pricing;
  deliveries: readonly FuelDelivery[];
}) {
  const days: (LocalDay | null | undefined)[] = [...deliveryPriceChanges(deliveries)];
  for (const t of pricing.tariffs) if (t.energy === energy) days.push(t.validFrom, t.validTo);
  if (energy === "gas")
    for (const c of pricing.conversion?.calorificValues ?? []) days.push(c.validFrom, c.validTo);
  for (const f of [...(pricing.co2Factors ?? []), ...DEFAULT_CO2_FACTORS])
    if (f.kind === energy) days.push(f.validFrom, f.validTo);
  const cuts = [...new Set(days.filter((d): d is LocalDay => !!d).map(dayNumber))].sort((a, b) => a - b);
  let index = -1;
  let current: DaySettings | null = null;
  return {
    cuts,
    at(n: number): DaySettings {
      let i = index;
      while (i + 1 < cuts.length && (cuts[i + 1] as number) <= n) i++;
      if (current && i === index) return current;
      index = i;
      const day = dayOfNumber(n);
      const factors = new Map<DaySpan["gasType"], number | null>();
      current = {
        tariff:
          energy === "heat_cost_allocator"
            ? null
            : tariffFor({
                tariffs: pricing.tariffs,
                energy,
                day,
                protectedCustomer: pricing.protectedCustomer,
              }),
        deliveryPrice: deliveries.length > 0 ? deliveryPriceOn({ deliveries, day }) : null,
        co2: co2FactorFor({ kind: energy, day, factors: pricing.co2Factors }),
        kwhPerUnit: (span) => {
          let factor = factors.get(span.gasType);
          if (factor === undefined) {
            factor = kwhPerUnit({ ...span, day, settings: pricing.conversion });
            factors.set(span.gasType, factor);
          }
          return factor;
        },
      };
      return current;
    },
  };
}

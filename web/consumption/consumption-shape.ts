import type { Consumption, Energy, EnergyConsumption } from "./consumption-api.ts";

/** What the bars count: kWh, euros, or the meter's own unit (m³, litres…). */
export type Measure = "kwh" | "eur" | "native";
export type Unit = "eur" | EnergyConsumption["unit"];
/** Why a month has no number: no readings, or no price (said in words, never shown as 0 €). */
export type Missing = "no_data" | "tariff_missing" | "not_priced";

export interface Cell {
  value: number | null;
  missing: Missing | null;
  /** Part of the month is spread from readings across its edges, or comes from deliveries. */
  estimated: boolean;
  /** Readings cover only part of the month (the month in progress, a meter started mid-month). */
  partial: boolean;
}

export interface MonthRow {
  /** 1 = January. */
  month: number;
  current: Cell;
  previous: Cell;
}

export interface EnergyChart {
  energy: Energy;
  unit: Unit;
  rows: MonthRow[];
  /** No value at all, for one reason: a sentence says it instead of an empty chart. */
  allMissing: Missing | null;
  /** Euros come from the average price of the household's deliveries (heating oil, pellets, wood). */
  priceFromDeliveries: boolean;
  /** Between two readings, this heating energy is spread by how cold each day was (not evenly). */
  spreadByWeather: boolean;
}

type Period = EnergyConsumption["periods"][number];

/** The days asked for to compare `year` with the year before: both whole years, never past today. */
export function yearWindow({ year, today }: { year: number; today: string }): { from: string; to: string } {
  const end = `${year}-12-31`;
  return { from: `${year - 1}-01-01`, to: end < today ? end : today };
}

const NO_DATA: Cell = { value: null, missing: "no_data", estimated: false, partial: false };

function cellOf({ period, measure }: { period: Period | undefined; measure: Measure }): Cell {
  if (!period) return NO_DATA;
  const marks = { estimated: (period.estimatedShare ?? 0) > 0, partial: period.coveredDays < period.days };
  if (measure === "eur") {
    if (period.costEur === null)
      return { value: null, missing: period.costMissingReason ?? "not_priced", ...marks };
    return { value: period.costEur, missing: null, ...marks };
  }
  const value = measure === "kwh" && period.kwh !== null ? period.kwh : period.quantity;
  return { value, missing: null, ...marks };
}

/** Water and allocator units have no kWh: asked in kWh, they stay in their own unit. */
export function unitOf({ energy, measure }: { energy: EnergyConsumption; measure: Measure }): Unit {
  if (measure === "eur") return "eur";
  if (measure === "kwh" && energy.total.kwh !== null) return "kwh";
  return energy.unit;
}

function allMissingOf(rows: readonly MonthRow[]): Missing | null {
  const cells = rows.flatMap((r) => [r.current, r.previous]);
  if (cells.some((c) => c.value !== null)) return null;
  const reasons = new Set(cells.map((c) => c.missing).filter((m) => m !== "no_data"));
  if (reasons.size === 0) return "no_data";
  return reasons.size === 1 ? ([...reasons][0] as Missing) : null;
}

/**
 * One chart per energy: the twelve months of `year` beside the same months of the year before,
 * from an answer covering both years month by month. A month without a period has no data; it is
 * never drawn as zero.
 */
export function shapeConsumption({
  answer,
  year,
  measure,
}: {
  answer: Pick<Consumption, "energies"> & Partial<Pick<Consumption, "notes">>;
  year: number;
  measure: Measure;
}): EnergyChart[] {
  const energiesNoted = (code: "price_from_deliveries" | "heating_by_degree_days") =>
    new Set((answer.notes ?? []).flatMap((n) => (n.code === code ? [n.energy] : [])));
  const fromDeliveries = energiesNoted("price_from_deliveries");
  const byWeather = energiesNoted("heating_by_degree_days");
  return answer.energies.map((energy) => {
    const byPeriod = new Map(energy.periods.map((p) => [p.period, p]));
    const rows = Array.from({ length: 12 }, (_, i): MonthRow => {
      const mm = String(i + 1).padStart(2, "0");
      return {
        month: i + 1,
        current: cellOf({ period: byPeriod.get(`${year}-${mm}`), measure }),
        previous: cellOf({ period: byPeriod.get(`${year - 1}-${mm}`), measure }),
      };
    });
    return {
      energy: energy.energy,
      unit: unitOf({ energy, measure }),
      rows,
      allMissing: allMissingOf(rows),
      priceFromDeliveries: fromDeliveries.has(energy.energy),
      spreadByWeather: byWeather.has(energy.energy),
    };
  });
}

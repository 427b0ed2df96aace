import type { MeterKind, Register } from "../meters/meter-kinds.ts";
import { isInjection } from "../meters/meter-rules.ts";
import { type Granularity, periodOf } from "./aggregate.ts";
import { daysInYear, type LocalDay } from "./brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "./conversion.ts";
import { type Tariff, type TariffEnergy, tariffFor } from "./tariff-rules.ts";
import type { DayPart } from "./types.ts";

/**
 * Money stays a full-precision number of euros here; only display rounds (to the cent). Rounding
 * each day would make a month differ from the sum of its days; the heating cost split, which must
 * add up to a bill to the cent, works in cents on its own.
 */
export interface DayCost {
  day: LocalDay;
  energy: TariffEnergy;
  /** Null when some part of that day has no tariff: never a partial sum passed off as the cost. */
  costEur: number | null;
  /** VAT inside `costEur` (null with it). */
  vatEur: number | null;
  tariffId: string | null;
}

export interface MissingTariff {
  day: LocalDay;
  energy: TariffEnergy;
  register: Register;
}

function isPriced(kind: MeterKind): kind is TariffEnergy {
  return kind !== "heat_cost_allocator";
}

/**
 * Cost per Brussels day and energy:
 *   Σ quantity × price(register) + fixedEurPerYear × coverage / days in that year, then VAT.
 * The tariff is chosen per day, so a period spanning two tariffs is split by days. Fixed fees are
 * prorated by the days the data covers (the best-covered meter register, at most one day), once
 * per energy whatever the number of registers or meters. VAT applies to offtake and fixed fees,
 * not to injection: a household does not charge VAT on what it sells to the grid.
 */
export function costByDay({
  parts,
  tariffs,
  protectedCustomer,
  conversion,
}: {
  parts: readonly DayPart[];
  tariffs: readonly Tariff[];
  protectedCustomer: boolean;
  conversion?: ConversionSettings;
}): { days: DayCost[]; missing: MissingTariff[] } {
  const groups = new Map<string, { day: LocalDay; energy: TariffEnergy; parts: DayPart[] }>();
  for (const part of parts) {
    if (!isPriced(part.kind)) continue;
    const key = `${part.day}\u0000${part.kind}`;
    const group = groups.get(key) ?? { day: part.day, energy: part.kind, parts: [] };
    group.parts.push(part);
    groups.set(key, group);
  }
  const days: DayCost[] = [];
  const missing: MissingTariff[] = [];
  for (const { day, energy, parts: dayParts } of groups.values()) {
    const tariff = tariffFor({ tariffs, energy, day, protectedCustomer });
    let offtakeEur = 0;
    let injectionEur = 0;
    let complete = tariff !== null;
    const coverage = new Map<string, number>();
    for (const part of dayParts) {
      const series = `${part.meterId}\u0000${part.register}`;
      coverage.set(series, (coverage.get(series) ?? 0) + part.coverage);
      const price = tariff?.pricesEur[part.register];
      const perUnit =
        tariff?.unit === "kwh"
          ? kwhPerUnit({ ...part, settings: conversion })
          : tariff?.unit === part.unit
            ? 1
            : null;
      if (price === undefined || perUnit === null) {
        complete = false;
        missing.push({ day, energy, register: part.register });
        continue;
      }
      if (isInjection(part.register)) injectionEur += part.quantity * perUnit * price;
      else offtakeEur += part.quantity * perUnit * price;
    }
    if (!tariff || !complete) {
      days.push({ day, energy, costEur: null, vatEur: null, tariffId: tariff?.id ?? null });
      continue;
    }
    const covered = Math.min(1, Math.max(...coverage.values()));
    const fixedEur = (tariff.fixedEurPerYear * covered) / daysInYear(Number(day.slice(0, 4)));
    const taxable = offtakeEur + fixedEur;
    const vatEur = tariff.pricesIncludeVat
      ? taxable - taxable / (1 + tariff.vatRate)
      : taxable * tariff.vatRate;
    const costEur = (tariff.pricesIncludeVat ? taxable : taxable + vatEur) + injectionEur;
    days.push({ day, energy, costEur, vatEur, tariffId: tariff.id });
  }
  return {
    days: days.sort((a, b) => a.day.localeCompare(b.day) || a.energy.localeCompare(b.energy)),
    missing,
  };
}

export interface PeriodCost {
  period: string;
  /** Null with `reason` when any day of the period lacks a tariff. */
  costEur: number | null;
  reason?: "tariff_missing";
}

/** Sums day costs into days, months or years (Brussels); one day without a tariff makes its period null. */
export function costByPeriod({
  dayCosts,
  granularity,
}: {
  dayCosts: readonly DayCost[];
  granularity: Granularity;
}): PeriodCost[] {
  const totals = new Map<string, PeriodCost>();
  for (const { day, costEur } of dayCosts) {
    const period = periodOf(day, granularity);
    const total = totals.get(period) ?? { period, costEur: 0 };
    if (costEur === null || total.costEur === null)
      totals.set(period, { period, costEur: null, reason: "tariff_missing" });
    else totals.set(period, { period, costEur: total.costEur + costEur });
  }
  return [...totals.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** Total of day costs over any span (e.g. "since the last reading"), null when a day lacks a tariff. */
export function totalCost({ dayCosts }: { dayCosts: readonly DayCost[] }): {
  costEur: number | null;
  reason?: "tariff_missing";
  /** First day without a tariff, for "tarif manquant à partir du …". */
  missingFrom?: LocalDay;
} {
  const missingFrom = dayCosts
    .filter((d) => d.costEur === null)
    .sort((a, b) => a.day.localeCompare(b.day))[0]?.day;
  if (missingFrom) return { costEur: null, reason: "tariff_missing", missingFrom };
  return { costEur: dayCosts.reduce((sum, d) => sum + (d.costEur ?? 0), 0) };
}

import type { MeterKind, Register } from "../meters/meter-kinds.ts";
import { isInjection } from "../meters/meter-rules.ts";
import { byText, coveredShare } from "./aggregate.ts";
import { daysInYear, type LocalDay } from "./brussels-days.ts";
import { type ConversionSettings, kwhPerUnitOf } from "./conversion.ts";
import { deliveryPriceOn, type FuelDeliveries } from "./delivery-prices.ts";
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
  /** VAT inside `costEur` (null with it, or when a delivery's price is in it: its VAT is not known). */
  vatEur: number | null;
  tariffId: string | null;
  /** Some of `costEur` is priced at what the household paid for its deliveries. */
  fromDeliveries: boolean;
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
 * prorated by the days the data covers (`coveredShare`: the best-covered meter register, a replaced
 * meter and its successor together, at most one day), once
 * per energy whatever the number of registers or meters. VAT applies to offtake and fixed fees,
 * not to injection: a household does not charge VAT on what it sells to the grid. A fuel with
 * priced deliveries is valued at their price instead (`deliveryPriceOn`: VAT included, no fixed fees).
 */
export function costByDay({
  parts,
  tariffs,
  protectedCustomer,
  conversion,
  deliveries = new Map(),
  lines,
}: {
  parts: readonly DayPart[];
  tariffs: readonly Tariff[];
  protectedCustomer: boolean;
  conversion?: ConversionSettings;
  /** `deliveriesByFuel` of the household's meters. */
  deliveries?: FuelDeliveries;
  /** `meterLines` of the household's meters (a meter and its replacement cover a day together). */
  lines?: ReadonlyMap<string, string>;
}): { days: DayCost[]; missing: MissingTariff[] } {
  const days: DayCost[] = [];
  const missing: MissingTariff[] = [];
  for (const { day, energy, parts: dayParts } of dayGroups(parts)) {
    const tariff = tariffFor({ tariffs, energy, day, protectedCustomer });
    let offtakeEur = 0;
    let injectionEur = 0;
    let paidEur = 0;
    const byTariff: DayPart[] = [];
    let complete = true;
    for (const part of dayParts) {
      const list = isInjection(part.register) ? undefined : deliveries.get(part.kind);
      const paid = list ? deliveryPriceOn({ deliveries: list, day }) : null;
      if (paid !== null) {
        paidEur += part.quantity * paid;
        continue;
      }
      byTariff.push(part);
      const price = tariff?.pricesEur[part.register];
      const perUnit =
        tariff?.unit === "kwh" ? kwhPerUnitOf(part, conversion) : tariff?.unit === part.unit ? 1 : null;
      if (price === undefined || perUnit === null) {
        complete = false;
        missing.push({ day, energy, register: part.register });
        continue;
      }
      // Measured kWh (smart-meter gas) are billed as they are, not converted again.
      const amount = tariff?.unit === "kwh" && part.kwh !== undefined ? part.kwh : part.quantity * perUnit;
      if (isInjection(part.register)) injectionEur += amount * price;
      else offtakeEur += amount * price;
    }
    const fromDeliveries = byTariff.length < dayParts.length;
    if (!complete) {
      days.push({ day, energy, costEur: null, vatEur: null, tariffId: tariff?.id ?? null, fromDeliveries });
      continue;
    }
    if (!tariff || byTariff.length === 0) {
      days.push({ day, energy, costEur: paidEur, vatEur: null, tariffId: null, fromDeliveries });
      continue;
    }
    const covered = coveredShare(byTariff, lines);
    const fixedEur = (tariff.fixedEurPerYear * covered) / daysInYear(Number(day.slice(0, 4)));
    const taxable = offtakeEur + fixedEur;
    const vatEur = tariff.pricesIncludeVat
      ? taxable - taxable / (1 + tariff.vatRate)
      : taxable * tariff.vatRate;
    const costEur = (tariff.pricesIncludeVat ? taxable : taxable + vatEur) + injectionEur + paidEur;
    days.push({
      day,
      energy,
      costEur,
      vatEur: fromDeliveries ? null : vatEur,
      tariffId: tariff.id,
      fromDeliveries,
    });
  }
  return {
    days: days.sort((a, b) => byText(a.day, b.day) || byText(a.energy, b.energy)),
    missing,
  };
}

type DayGroup = { day: LocalDay; energy: TariffEnergy; parts: DayPart[] };

/** Priced parts by day and energy, in the order they first appear (no string key per part). */
function dayGroups(parts: readonly DayPart[]): DayGroup[] {
  const groups: DayGroup[] = [];
  const byEnergy = new Map<TariffEnergy, Map<LocalDay, DayGroup>>();
  for (const part of parts) {
    if (!isPriced(part.kind)) continue;
    let byDay = byEnergy.get(part.kind);
    if (!byDay) {
      byDay = new Map();
      byEnergy.set(part.kind, byDay);
    }
    let group = byDay.get(part.day);
    if (!group) {
      group = { day: part.day, energy: part.kind, parts: [] };
      byDay.set(part.day, group);
      groups.push(group);
    }
    group.parts.push(part);
  }
  return groups;
}

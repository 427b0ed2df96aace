import type { MeterKind } from "../meters/meter-kinds.ts";
import type { FuelDelivery } from "../meters/meter-rules.ts";
import { addDays, type LocalDay } from "./brussels-days.ts";

/** Per fuel (heating oil, pellets, wood), the priced deliveries of all the household's meters of it. */
export type FuelDeliveries = ReadonlyMap<MeterKind, readonly FuelDelivery[]>;

/** The deliveries averaged for one day's price: that day and the 364 before it. */
export const DELIVERY_PRICE_DAYS = 365;

type PricedDelivery = FuelDelivery & { costEur: number };

/**
 * A delivery that says what a litre or a kg cost: a quantity and a cost above zero. A 0 € delivery
 * says nothing about the price of the fuel (a gift, or 0 typed for "I don't know").
 */
export function isPricedDelivery(delivery: FuelDelivery): delivery is PricedDelivery {
  return delivery.quantity > 0 && delivery.costEur != null && delivery.costEur > 0;
}

/**
 * The deliveries that price each fuel: the priced ones of all the household's meters of that fuel,
 * replaced meters included. Why: replacing a tank gauge closes one meter and opens another without
 * any delivery, yet the fuel in the tank is the one the household paid for; a household buys one
 * fuel for one heating, whatever meter reads it. Ma consommation, the reading feedback and Mes
 * économies all price a fuel with these.
 */
export function deliveriesByFuel(
  meters: readonly { meter: { kind: MeterKind }; deliveries: readonly FuelDelivery[] }[],
): FuelDeliveries {
  const out = new Map<MeterKind, FuelDelivery[]>();
  for (const { meter, deliveries } of meters) {
    const priced = deliveries.filter(isPricedDelivery);
    if (priced.length > 0) out.set(meter.kind, [...(out.get(meter.kind) ?? []), ...priced]);
  }
  return out;
}

/**
 * € per unit (litre, kg), VAT included as paid, of a fuel the household burnt on `day`: Σ cost ÷
 * Σ quantity of the priced deliveries of that fuel to any of its meters (`deliveriesByFuel`) in the
 * 365 days up to that day; with none in that year, the price of the latest one before it; with none
 * on or before that day, null (the tariff then, else "tarif manquant"). Why: the litres burnt come
 * out of a tank those deliveries filled; a year's weighted average follows price changes without
 * needing the stock's order of use (FIFO), which is unknowable: the stock at the first reading has
 * no known price. The price is all-in, so no fixed fees are added to it.
 */
export function deliveryPriceOn({
  deliveries,
  day,
}: {
  deliveries: readonly FuelDelivery[];
  day: LocalDay;
}): number | null {
  const yearFrom = addDays(day, 1 - DELIVERY_PRICE_DAYS);
  let costEur = 0;
  let quantity = 0;
  let latest: LocalDay | null = null;
  for (const d of deliveries) {
    if (!isPricedDelivery(d) || d.deliveredOn > day) continue;
    if (d.deliveredOn >= yearFrom) {
      costEur += d.costEur;
      quantity += d.quantity;
    }
    if (latest === null || d.deliveredOn > latest) latest = d.deliveredOn;
  }
  if (quantity > 0) return costEur / quantity;
  if (latest === null) return null;
  // Several deliveries on that latest day are averaged the same way.
  for (const d of deliveries)
    if (isPricedDelivery(d) && d.deliveredOn === latest) {
      costEur += d.costEur;
      quantity += d.quantity;
    }
  return costEur / quantity;
}

/** The days on which a fuel's delivery price may change: each priced delivery's, and the day it leaves the year. */
export function deliveryPriceChanges(deliveries: readonly FuelDelivery[]): LocalDay[] {
  return deliveries
    .filter(isPricedDelivery)
    .flatMap((d) => [d.deliveredOn, addDays(d.deliveredOn, DELIVERY_PRICE_DAYS)]);
}

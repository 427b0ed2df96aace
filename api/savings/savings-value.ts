import type { LocalDay } from "../consumption/brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "../consumption/conversion.ts";
import { deliveriesByFuel, deliveryPriceOn } from "../consumption/delivery-prices.ts";
import { type Tariff, tariffFor } from "../consumption/tariff-rules.ts";
import { METER_KINDS, type MeterKind } from "../meters/meter-kinds.ts";
import type { FuelDelivery } from "../meters/meter-rules.ts";
import type { SavingsEnergy } from "./usage-periods.ts";

type PriceQuery = {
  tariffs: readonly Tariff[];
  energy: SavingsEnergy;
  day: LocalDay;
  protectedCustomer: boolean;
  conversion?: ConversionSettings;
};

/**
 * What one kWh saved is worth, in € VAT included, on `day`, and whether that is what the household
 * paid for its deliveries. Heating oil with priced deliveries: their price as Ma consommation counts
 * the litres at (`deliveryPriceOn`: the year's weighted average up to `day`, else the latest), divided
 * by the litre's kWh in the organisation's conversion settings. The deliveries are those of all the
 * household's `meters` of that fuel, by the same rule as Ma consommation (`deliveriesByFuel`: a tank
 * gauge replaced within the year reads oil the household paid for). Otherwise the tariff's energy
 * price (`priceInForce`). Null with neither.
 */
export function priceOfKwhSaved({
  meters = [],
  ...query
}: PriceQuery & {
  /** The household's meters with their deliveries. */
  meters?: readonly { meter: { kind: MeterKind }; deliveries: readonly FuelDelivery[] }[];
}): {
  eurPerKwh: number;
  fromDeliveries: boolean;
} | null {
  const { energy, day, conversion } = query;
  const deliveries = deliveriesByFuel(meters).get(energy) ?? [];
  const paidEurPerUnit = deliveryPriceOn({ deliveries, day });
  const kwhPerPaidUnit =
    paidEurPerUnit === null
      ? null
      : kwhPerUnit({ kind: energy, unit: METER_KINDS[energy].unit, day, settings: conversion });
  if (paidEurPerUnit !== null && kwhPerPaidUnit)
    return { eurPerKwh: paidEurPerUnit / kwhPerPaidUnit, fromDeliveries: true };
  const tariff = priceInForce(query);
  return tariff && { eurPerKwh: tariff.eurPerKwh, fromDeliveries: false };
}

/**
 * The tariff in force as € per kWh and € of fixed fees per year, VAT included; null without one: the
 * household's contract, else the organisation's, else the published social tariff for protected
 * customers. Fixed fees do not shrink with savings, so a kWh saved is worth `eurPerKwh` alone. A
 * day/night meter's kWh is valued at the mean of its two prices (which hours were saved is not known).
 */
export function priceInForce({
  tariffs,
  energy,
  day,
  protectedCustomer,
  conversion,
}: PriceQuery): { eurPerKwh: number; fixedEurPerYear: number } | null {
  const tariff = tariffFor({ tariffs, energy, day, protectedCustomer });
  if (!tariff) return null;
  const prices = tariff.pricesEur;
  const price =
    prices.single ??
    (prices.day !== undefined && prices.night !== undefined ? (prices.day + prices.night) / 2 : prices.day);
  if (price === undefined) return null;
  const unit = energy === "gas" ? "m3" : energy === "heating_oil" ? "litre" : "kwh";
  const kwhPerTariffUnit =
    tariff.unit === "kwh" ? 1 : kwhPerUnit({ kind: energy, unit, day, settings: conversion });
  if (kwhPerTariffUnit === null) return null;
  const vat = tariff.pricesIncludeVat ? 1 : 1 + tariff.vatRate;
  return { eurPerKwh: (price / kwhPerTariffUnit) * vat, fixedEurPerYear: tariff.fixedEurPerYear * vat };
}

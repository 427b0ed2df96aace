import type { LocalDay } from "../consumption/brussels-days.ts";
import { type ConversionSettings, kwhPerUnit } from "../consumption/conversion.ts";
import { type Tariff, tariffFor } from "../consumption/tariff-rules.ts";
import type { SavingsEnergy } from "./usage-periods.ts";

type PriceQuery = {
  tariffs: readonly Tariff[];
  energy: SavingsEnergy;
  day: LocalDay;
  protectedCustomer: boolean;
  conversion?: ConversionSettings;
};

/**
 * What one kWh saved is worth, in € VAT included, on `day`: the energy price of the tariff in force
 * (the household's contract, else the organisation's, else the published social tariff for protected
 * customers). Fixed fees do not shrink with savings and are left out. A day/night meter's kWh is
 * valued at the mean of its two prices (which hours were saved is not known). Null without a tariff.
 */
export function eurPerKwhSaved(query: PriceQuery): number | null {
  return priceInForce(query)?.eurPerKwh ?? null;
}

/** The tariff in force as € per kWh and € of fixed fees per year, VAT included; null without one. */
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

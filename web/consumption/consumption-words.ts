import "../lib/i18n/fr-household.ts";
import "../lib/i18n/fr-staff.ts";
import { formatEuros, formatNumber } from "../lib/format.ts";
import { type MessageKey, t } from "../lib/i18n/index.ts";
import type { Energy } from "./consumption-api.ts";
import type { Cell, Missing, Unit } from "./consumption-shape.ts";

export function energyName(energy: Energy): string {
  return t(`energyName.${energy}` as MessageKey);
}

export function unitName(unit: Unit): string {
  return unit === "eur" ? "€" : t(`unit.${unit}` as MessageKey);
}

/** "98,85 €", "283 kWh", "7,3 m³". */
export function formatAmount(value: number, unit: Unit): string {
  return unit === "eur" ? formatEuros(value) : `${formatNumber(value)}\u00a0${unitName(unit)}`;
}

const MISSING: Record<Missing, MessageKey> = {
  no_data: "consumption.noData",
  tariff_missing: "consumption.tariffMissing",
  not_priced: "consumption.notPriced",
};

/**
 * Fuels bought by delivery: their price is what the household paid (noted with each delivery), so a
 * missing price is fixed by noting it, not by an adviser's tariff.
 */
const DELIVERED_FUELS: readonly Energy[] = ["heating_oil", "pellets", "wood"];
export const isDeliveredFuel = (energy: Energy) => DELIVERED_FUELS.includes(energy);

/** A table cell in words: the amount and how sure it is, or why there is none. */
export function cellText(cell: Cell, unit: Unit, energy: Energy): string {
  if (cell.value === null && cell.missing === "tariff_missing" && isDeliveredFuel(energy))
    return t("consumption.fuelPriceMissing");
  if (cell.value === null) return t(MISSING[cell.missing ?? "no_data"]);
  const marks = [
    ...(cell.estimated ? [t("consumption.estimated")] : []),
    ...(cell.partial ? [t("consumption.partial")] : []),
  ];
  return [formatAmount(cell.value, unit), ...marks].join(", ");
}

/**
 * Who adds a supplier's tariff: the household's adviser, or its housing company when no adviser
 * follows it (web/lib/adviser-follows.ts). A fuel's price is the household's own, whoever follows it.
 */
export interface TariffReader {
  adviserFollows: boolean;
}

function tariffKey(energy: Energy, { adviserFollows }: TariffReader, what: "some" | "all"): MessageKey {
  if (isDeliveredFuel(energy)) return `consumption.${what}FuelPriceMissing`;
  return adviserFollows ? `consumption.${what}TariffMissing` : `consumption.${what}TariffMissingCompany`;
}

/** Said above the chart when some months have no price: why, and who can give it. */
export function someTariffMissingText(energy: Energy, reader: TariffReader): string {
  return t(tariffKey(energy, reader, "some"));
}

/** Said instead of a chart when no month has a number. */
export function allMissingText(missing: Missing, energy: Energy, reader: TariffReader): string {
  if (missing === "tariff_missing") return t(tariffKey(energy, reader, "all"));
  if (missing === "not_priced") return t("consumption.allNotPriced");
  return t("consumption.allNoData");
}

/**
 * Euros, kWh and last year's comparison for a reading just saved, from the household's consumption
 * over the days of the interval (GET …/consumption). Pure: the answer comes already fetched.
 *
 * The answer covers whole Brussels days and every meter of the energy, so a few hours of the
 * interval before may sit on its first day: the interval's part is taken in proportion to its
 * quantity (a "about" figure, said so). A tank refilled in between is not priced here: its level
 * change is not what was burnt. A tank's oil is priced at what its deliveries cost, so a tank without
 * a price is missing a delivery's price, not a tariff.
 */

export interface EnergyTotal {
  quantity: number;
  kwh: number | null;
  costEur: number | null;
  costMissingReason?: "tariff_missing" | "not_priced";
  coveredDays: number;
  lastYear: {
    quantity: number;
    kwh: number | null;
    coveredDays: number;
  } | null;
}

export interface Money {
  /** null when no price can be given; `missing` says why (a missing tariff is said, never 0 €). */
  eur: number | null;
  eurPerDay: number | null;
  missing: "tariff_missing" | "delivery_price_missing" | "not_priced" | null;
  /** The euros are at the average price the household paid for its deliveries. */
  fromDeliveries: boolean;
  /** Energy in kWh, for meters counting m³ or litres; null for kWh meters and water. */
  kwh: number | null;
  /** Per-day use against the same days a year before (-0.12 = 12 % less); null without data. */
  change: number | null;
  /**
   * False under a day, or with nothing used: the days' per-day use would then be other readings'
   * (the whole day's), not this one's, and last year is not spoken of at all.
   */
  comparable: boolean;
}

/** Last year must cover most of the same days for a per-day comparison to mean something. */
const MIN_LAST_YEAR_COVER = 0.8;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function readingMoney({
  quantity,
  days,
  unit,
  stockLevel,
  total,
  priceFromDeliveries = false,
}: {
  /** Used since the reading before, in the meter's unit (injection left out). */
  quantity: number;
  days: number;
  unit: string;
  stockLevel: boolean;
  total: EnergyTotal;
  /** The consumption answer's note `price_from_deliveries` for this energy. */
  priceFromDeliveries?: boolean;
}): Money | null {
  if (!(total.quantity > 0) || quantity < 0) return null;
  const share = quantity / total.quantity;
  if (stockLevel && Math.abs(share - 1) > 0.1) return null;
  const eur = total.costEur === null ? null : round2(total.costEur * share);
  const reason = total.costMissingReason ?? "not_priced";
  const missing =
    total.costEur !== null
      ? null
      : stockLevel && reason === "tariff_missing"
        ? "delivery_price_missing"
        : reason;
  const ly = total.lastYear;
  const comparable = days >= 1 && quantity > 0;
  const change =
    comparable &&
    ly &&
    ly.quantity > 0 &&
    total.coveredDays > 0 &&
    ly.coveredDays >= MIN_LAST_YEAR_COVER * total.coveredDays
      ? total.quantity / total.coveredDays / (ly.quantity / ly.coveredDays) - 1
      : null;
  return {
    eur,
    eurPerDay: eur !== null && days >= 1 ? round2(eur / days) : null,
    missing,
    fromDeliveries: eur !== null && priceFromDeliveries,
    kwh: unit !== "kwh" && total.kwh !== null ? total.kwh * share : null,
    change,
    comparable,
  };
}

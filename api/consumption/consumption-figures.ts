import type { RawFigures, WindowFigures } from "./span-figures.ts";

export interface Figures {
  /** Offtake in `unit` of the energy. */
  quantity: number;
  kwh: number | null;
  /** kWh sent to the grid (electricity with injection registers), not part of `quantity`. */
  injectionKwh: number;
  costEur: number | null;
  costMissingReason?: "tariff_missing" | "not_priced";
  co2Kg: number | null;
  co2MissingReason?: "no_kwh" | "factor_missing";
  /** 0–1: the part of `quantity` spread over days across a period edge, or estimated from deliveries. */
  estimatedShare: number | null;
  /** Days of the period (inside the window) that readings cover. */
  coveredDays: number;
  /** Days of the period inside the window. */
  days: number;
}

/** Nothing used in the window (no readings there): zero, with zero covered days to say why. */
export function emptyFigures(window: Pick<WindowFigures, "kwh" | "cost" | "co2">): RawFigures {
  const zero = (present: boolean) => (present ? 0 : null);
  return {
    quantity: 0,
    estimatedQuantity: 0,
    kwh: zero(window.kwh),
    injectionKwh: 0,
    costEur: zero(window.cost),
    co2Kg: zero(window.co2),
    coveredDays: 0,
  };
}

/** The figures of several periods added up (a whole window); a cost stays null if any period's is. */
export function sumFigures(list: readonly RawFigures[]): RawFigures | null {
  if (!list.length) return null;
  const sum = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  return list.reduce((a, b) => ({
    quantity: a.quantity + b.quantity,
    estimatedQuantity: a.estimatedQuantity + b.estimatedQuantity,
    kwh: sum(a.kwh, b.kwh),
    injectionKwh: a.injectionKwh + b.injectionKwh,
    costEur: sum(a.costEur, b.costEur),
    co2Kg: sum(a.co2Kg, b.co2Kg),
    coveredDays: a.coveredDays + b.coveredDays,
  }));
}

/**
 * Half up. A sum that should land on a half (25.745 €) carries the float noise of its additions
 * (25.744999… added day by day, 25.745000…1 a month at once): near a half, that noise is dropped
 * first (12 significant digits), so the order of the additions never changes a shown figure.
 */
const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  const scaled = value * scale;
  const nearHalf = Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6;
  return Math.round(nearHalf ? Number(scaled.toPrecision(12)) : scaled) / scale + 0;
};

/** Rounded for people: € to the cent, quantities to 3 decimals; sums were made at full precision. */
export function finish(
  raw: RawFigures,
  days: number,
  reasons: { cost: "tariff_missing" | "not_priced"; co2: "no_kwh" | "factor_missing" },
): Figures {
  return {
    quantity: round(raw.quantity, 3),
    kwh: raw.kwh === null ? null : round(raw.kwh, 3),
    injectionKwh: round(raw.injectionKwh, 3),
    costEur: raw.costEur === null ? null : round(raw.costEur, 2),
    ...(raw.costEur === null ? { costMissingReason: reasons.cost } : {}),
    co2Kg: raw.co2Kg === null ? null : round(raw.co2Kg, 3),
    ...(raw.co2Kg === null ? { co2MissingReason: reasons.co2 } : {}),
    estimatedShare: raw.quantity > 0 ? round(raw.estimatedQuantity / raw.quantity, 3) : null,
    coveredDays: round(Math.min(days, raw.coveredDays), 3),
    days,
  };
}

import type { MeterKind } from "./meter-kinds.ts";

/**
 * What a litre or a kg of a delivered fuel can plausibly cost, € VAT included. Where they come from:
 * the Belgian maximum prices of heating oil (SPF Économie, « prix maximum du gasoil de chauffage »)
 * have stayed within ~0.6–1.6 €/l since 2015; pellets cost ~0.25–0.70 €/kg, firewood less per kg.
 * The bounds are about half the lowest and twice the highest: wide enough never to refuse a real
 * invoice, narrow enough to catch a price per litre typed as the total (0.95 € for 1 000 l) or a
 * misplaced comma, which would price the fuel burnt for a year (delivery-prices.ts).
 */
export const PLAUSIBLE_EUR_PER_UNIT = {
  heating_oil: { min: 0.3, max: 3 },
  pellets: { min: 0.05, max: 2 },
  wood: { min: 0.05, max: 2 },
} as const satisfies Partial<Record<MeterKind, { min: number; max: number }>>;

/** A delivery's price per unit outside `PLAUSIBLE_EUR_PER_UNIT`, or null when plausible (or not given). */
export interface ImplausiblePrice {
  eurPerUnit: number;
  side: "low" | "high";
}

/**
 * Whether a delivery's cost ÷ quantity is implausible for its fuel. No cost, or 0 €, says nothing
 * of the price (delivery-prices.ts leaves it out), so it is never refused.
 */
export function implausibleDeliveryPrice({
  kind,
  quantity,
  costEur,
}: {
  kind: MeterKind;
  quantity: number;
  costEur?: number | null;
}): ImplausiblePrice | null {
  const bounds: { min: number; max: number } | undefined =
    PLAUSIBLE_EUR_PER_UNIT[kind as keyof typeof PLAUSIBLE_EUR_PER_UNIT];
  if (!bounds || costEur == null || costEur <= 0 || quantity <= 0) return null;
  const eurPerUnit = costEur / quantity;
  if (eurPerUnit < bounds.min) return { eurPerUnit, side: "low" };
  if (eurPerUnit > bounds.max) return { eurPerUnit, side: "high" };
  return null;
}

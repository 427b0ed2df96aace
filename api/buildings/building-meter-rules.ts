import type { MeterKind } from "../meters/meter-kinds.ts";

/**
 * What a building or a dwelling may have as meters. A building: its boiler's fuel (gas, oil,
 * pellets, wood), heat meters, electricity of the common parts, water. A dwelling: heat-cost
 * allocators (one per radiator, each with its rating factor) or an individual heat meter, and hot
 * water. A dwelling's own electricity or gas is the tenant household's contract: its own meters.
 */
export const METER_KINDS_OF = {
  building: ["gas", "heating_oil", "pellets", "wood", "heat", "electricity", "water"],
  dwelling: ["heat_cost_allocator", "heat", "water"],
} as const satisfies Record<string, readonly MeterKind[]>;

export type MeterPlace = keyof typeof METER_KINDS_OF;

export type CompanyMeterRefusal =
  | { code: "building_meter.kind_not_allowed"; field: "kind"; kinds: string }
  | {
      code: "building_meter.rating_factor_missing" | "building_meter.rating_factor_not_allocator";
      field: "ratingFactor";
    };

/** Why a meter cannot be added to that place, or null: an allocator needs its radiator's rating factor, nothing else has one. */
export function companyMeterRefusal({
  place,
  kind,
  ratingFactor,
}: {
  place: MeterPlace;
  kind: MeterKind;
  ratingFactor: number | undefined;
}): CompanyMeterRefusal | null {
  const kinds: readonly MeterKind[] = METER_KINDS_OF[place];
  if (!kinds.includes(kind))
    return { code: "building_meter.kind_not_allowed", field: "kind", kinds: kinds.join(", ") };
  if (kind === "heat_cost_allocator" && ratingFactor === undefined)
    return { code: "building_meter.rating_factor_missing", field: "ratingFactor" };
  if (kind !== "heat_cost_allocator" && ratingFactor !== undefined)
    return { code: "building_meter.rating_factor_not_allocator", field: "ratingFactor" };
  return null;
}

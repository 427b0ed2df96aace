import type { CostSplitInput, DwellingInput, Occupancy } from "../../../api/buildings/cost-split-input.ts";

/** A season of 212 days: 1 October 2025 to 30 April 2026 (`to` is the first day not counted). */
export const SEASON = { from: "2025-10-01", to: "2026-05-01" } as const;

/** A dwelling with one allocator of rating factor 1 (so units are corrected units), lived in all season. */
export function dwelling(
  label: string,
  floorAreaM2: number,
  units: number | null,
  overrides: Partial<DwellingInput> = {},
): DwellingInput {
  return {
    id: `d-${label}`,
    label,
    floorAreaM2,
    measurement: {
      kind: "allocators",
      allocators: [
        { id: `a-${label}`, startUnits: units === null ? null : 0, endUnits: units, ratingFactor: 1 },
      ],
    },
    occupancies: [{ householdId: `h-${label}`, ...SEASON }],
    ...overrides,
  };
}

export function lived(householdId: string | null, from: string, to: string): Occupancy {
  return { householdId, from, to };
}

export function split(dwellings: DwellingInput[], totalEur = 10_000, fixedShare = 0.3): CostSplitInput {
  return { bill: { totalEur, ...SEASON }, fixedShare, dwellings };
}

/** Euros back to whole cents, to add them up without float noise. */
export const cents = (eur: number) => Math.round(eur * 100);

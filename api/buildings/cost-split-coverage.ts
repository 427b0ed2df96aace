/**
 * How much of the building a heating cost split covers. The engine shares the whole bill among the
 * dwellings on file (cost-split.ts); when they are only part of the building, each of them also pays
 * for the heat of the dwellings not entered, and the housing manager must be told before publishing.
 *
 * - `dwellings_missing`: fewer dwellings on file than the building declares (`buildings.dwelling_count`).
 * - `area_short`: every declared dwelling is on file, yet their floor areas add up to less than
 *   AREA_SHARE_MIN of the building's heated area: the count or the areas are likely wrong. The heated
 *   area also holds common parts (halls, stairs) and walls that are no dwelling's, so the dwellings
 *   normally come short of it; only a gap too wide for those is flagged.
 *
 * A split may still be published with a warning: a bill may genuinely cover one wing only.
 */
export type CoverageWarning = "dwellings_missing" | "area_short";

export interface Coverage {
  dwellingsOnFile: number;
  dwellingsInBuilding: number;
  /** The dwellings' floor areas added up, to 0.1 m² as they are kept. */
  areaOnFileM2: number;
  /** The building's heated floor area, as the company declared it. */
  buildingAreaM2: number;
  warning: CoverageWarning | null;
}

export const AREA_SHARE_MIN = 0.6;

export function splitCoverage({
  dwellingAreasM2,
  building,
}: {
  dwellingAreasM2: readonly number[];
  building: { dwellingCount: number; heatedAreaM2: number };
}): Coverage {
  // Tenths of m², added as integers: 72.5 + 61.3 must not read 133.79999999999998.
  const areaOnFileM2 = dwellingAreasM2.reduce((sum, a) => sum + Math.round(a * 10), 0) / 10;
  const coverage = {
    dwellingsOnFile: dwellingAreasM2.length,
    dwellingsInBuilding: building.dwellingCount,
    areaOnFileM2,
    buildingAreaM2: building.heatedAreaM2,
  };
  if (coverage.dwellingsOnFile < coverage.dwellingsInBuilding)
    return { ...coverage, warning: "dwellings_missing" };
  if (areaOnFileM2 < AREA_SHARE_MIN * building.heatedAreaM2) return { ...coverage, warning: "area_short" };
  return { ...coverage, warning: null };
}

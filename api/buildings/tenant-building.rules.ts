import type { LocalDay } from "../consumption/brussels-days.ts";

/**
 * Plain-words rules of the tenants' building page: which winters to compare, when a difference is
 * worth saying, and where the building stands in its company.
 */

/**
 * Below this change at equal weather, two winters are "about the same": occupancy and hot water alone
 * move a season's heating by a few per cent, and saying "less" for 2 % would promise what nobody did.
 */
export const SAME_WINTER_BAND = 0.05;
/** Within ±10 % of the company's median a building is "about the median". */
export const MEDIAN_BAND = 0.1;
/** A median of fewer buildings says little: the comparison is left out. */
export const MIN_BUILDINGS_FOR_MEDIAN = 3;

/** The last heating season (October–April) fully over on `today`, and the one before: `YYYY-YYYY`. */
export function lastTwoWinters(today: LocalDay): { last: string; previous: string } {
  const year = Number(today.slice(0, 4));
  // A season ends with April: from May on, the one that just ended is last winter.
  const lastStart = today.slice(5, 7) >= "05" ? year - 1 : year - 2;
  return { last: `${lastStart}-${lastStart + 1}`, previous: `${lastStart - 1}-${lastStart}` };
}

export interface WinterFigures {
  season: string;
  kwhPerM2: number | null;
  degreeDays: number | null;
  kwhPerM2PerDegreeDay: number | null;
  complete: boolean;
}

/**
 * Last winter against the one before at equal weather: the change of kWh/m² per degree-day (only
 * complete winters have one). `less` / `more` past the band, else `about_the_same`; null when a
 * winter lacks data.
 */
export function compareWinters(last: WinterFigures | undefined, previous: WinterFigures | undefined) {
  const a = last?.kwhPerM2PerDegreeDay ?? null;
  const b = previous?.kwhPerM2PerDegreeDay ?? null;
  if (a === null || b === null || b === 0) return null;
  const change = a / b - 1;
  const verdict =
    change <= -SAME_WINTER_BAND ? "less" : change >= SAME_WINTER_BAND ? "more" : "about_the_same";
  return { changeAtEqualWeather: change, verdict } as const;
}

/** The median of some numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The building's normal-year kWh/m² against the median of the company's buildings that have one (it
 * included): `better` when it uses less by more than the band, `worse` when more, else
 * `about_median`. Null when the building has no figure or fewer than three buildings do.
 */
export function compareWithCompany(own: number | null, company: readonly number[]) {
  const mid = median(company);
  if (own === null || mid === null || company.length < MIN_BUILDINGS_FOR_MEDIAN || mid === 0) return null;
  const difference = own / mid - 1;
  const verdict =
    difference <= -MEDIAN_BAND ? "better" : difference >= MEDIAN_BAND ? "worse" : "about_median";
  return { medianKwhPerM2: mid, buildingsCompared: company.length, difference, verdict } as const;
}

export type WorksStage = "planned" | "under_way" | "done";

/** Works not started yet are planned; started and not completed (or completed later) under way; else done. */
export function worksStage(
  { startedOn, completedOn }: { startedOn: LocalDay; completedOn: LocalDay | null },
  today: LocalDay,
): WorksStage {
  if (startedOn > today) return "planned";
  return completedOn === null || completedOn > today ? "under_way" : "done";
}

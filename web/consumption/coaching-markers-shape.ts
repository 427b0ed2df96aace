import type { CoachingMarker } from "./coaching-markers-api.ts";
import { yearWindow } from "./consumption-shape.ts";

/** The months the page shows for `year`: those of the year before and of `year`, never past today. */
export function markersWindow({ year, today }: { year: number; today: string }): {
  from: string;
  to: string;
} {
  const { from, to } = yearWindow({ year, today });
  return { from: from.slice(0, 7), to: to.slice(0, 7) };
}

/** Which bars carry a marker: month by month (index 0 = January), for `year` and the year before. */
export interface MarkedMonths {
  previous: boolean[];
  current: boolean[];
}

export function markedMonths({
  markers,
  year,
}: {
  markers: readonly Pick<CoachingMarker, "day">[];
  year: number;
}): MarkedMonths {
  const marked = { previous: Array<boolean>(12).fill(false), current: Array<boolean>(12).fill(false) };
  for (const { day } of markers) {
    const [y, m] = day.split("-").map(Number) as [number, number];
    if (y === year) marked.current[m - 1] = true;
    else if (y === year - 1) marked.previous[m - 1] = true;
  }
  return marked;
}

/** The markers of the months shown (`year` and the year before), in the API's order (by day). */
export function markersShown<M extends Pick<CoachingMarker, "day">>({
  markers,
  year,
}: {
  markers: readonly M[];
  year: number;
}): M[] {
  return markers.filter((m) => m.day >= `${year - 1}-01-01` && m.day <= `${year}-12-31`);
}

import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type CoachingMarker, getCoachingMarkers } from "./coaching-markers-api.ts";
import { markersWindow } from "./coaching-markers-shape.ts";
import { type Consumption, getConsumption } from "./consumption-api.ts";
import { yearWindow } from "./consumption-shape.ts";

/**
 * The figures of one year and the year before, fetched once per year shown; and, on their own, what
 * the household did with its group in those months (its markers).
 */
export function createConsumptionState({ householdId, today }: { householdId: string; today: string }) {
  const answer = signal<Consumption | null>(null);
  const problem = signal<ApiError | null>(null);
  /** The markers of the year shown; null while unknown, and when they could not be fetched. */
  const markers = signal<{ year: number; list: CoachingMarker[] } | null>(null);
  let asked = 0;
  let markersAsked = 0;

  async function load(year: number): Promise<void> {
    const ticket = ++asked;
    answer.value = null;
    problem.value = null;
    try {
      const result = await getConsumption({
        householdId,
        ...yearWindow({ year, today }),
        granularity: "month",
      });
      // A quicker answer for a year clicked later must not be overwritten by a slow earlier one.
      if (ticket === asked) answer.value = result;
    } catch (error) {
      if (ticket === asked) problem.value = asApiError(error);
    }
  }

  /**
   * Fetched beside the figures, never before them: a failure (or no group) shows nothing more and
   * says nothing, the figures are what the page is for. Asked again when the account's language
   * changes (the API words the tips and themes in it); the markers shown stay until the new ones come.
   */
  async function loadMarkers(year: number): Promise<void> {
    const ticket = ++markersAsked;
    if (markers.value?.year !== year) markers.value = null;
    try {
      const result = await getCoachingMarkers({ householdId, ...markersWindow({ year, today }) });
      if (ticket === markersAsked) markers.value = { year, list: result.markers };
    } catch {
      if (ticket === markersAsked) markers.value = null;
    }
  }

  return { answer, problem, markers, load, loadMarkers };
}

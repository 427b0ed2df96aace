import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type Meter, metersApi } from "./meters-api.ts";

/** A household's meters, as its own pages and its adviser's see them. */
export function createMetersState() {
  const meters = signal<Meter[] | null>(null);
  const loadProblem = signal<ApiError | null>(null);

  async function load(householdId: string): Promise<void> {
    loadProblem.value = null;
    try {
      meters.value = await metersApi.listMeters(householdId);
    } catch (error) {
      meters.value = null;
      loadProblem.value = asApiError(error);
    }
  }

  return { meters, loadProblem, load };
}

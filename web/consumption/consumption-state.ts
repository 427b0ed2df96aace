import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type Consumption, getConsumption } from "./consumption-api.ts";
import { yearWindow } from "./consumption-shape.ts";

/** The figures of one year and the year before, fetched once per year shown. */
export function createConsumptionState({ householdId, today }: { householdId: string; today: string }) {
  const answer = signal<Consumption | null>(null);
  const problem = signal<ApiError | null>(null);
  let asked = 0;

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

  return { answer, problem, load };
}

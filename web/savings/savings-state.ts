import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type Savings, type SavingsEnergy, savingsApi } from "./savings-api.ts";
import { savingsEnergiesOf } from "./savings-shape.ts";

/**
 * The energies a household has a meter of, fetched once per page, and the day it joined its group
 * (the savings' default start; null when it never joined one).
 */
export function createEnergiesState(householdId: string) {
  const energies = signal<SavingsEnergy[] | null>(null);
  const joinedOn = signal<string | null | undefined>(undefined);
  const problem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    problem.value = null;
    try {
      const found = savingsEnergiesOf(await savingsApi.meterKinds(householdId));
      joinedOn.value = found[0] ? await groupJoiningDay(householdId, found[0]) : null;
      energies.value = found;
    } catch (error) {
      problem.value = asApiError(error);
    }
  }

  return { energies, joinedOn, problem, load };
}

/** The API's default start is the day the household joined its group; it asks for one otherwise. */
async function groupJoiningDay(householdId: string, energy: SavingsEnergy): Promise<string | null> {
  try {
    const answer = await savingsApi.getSavings({ householdId, energy });
    return answer.startSource === "group_joined" ? answer.start : null;
  } catch (error) {
    if (asApiError(error).code === "savings.start_required") return null;
    throw error;
  }
}

/** One energy's savings, asked again each time the start date changes. */
export function createSavingsState({ householdId, energy }: { householdId: string; energy: SavingsEnergy }) {
  const answer = signal<Savings | null>(null);
  const problem = signal<ApiError | null>(null);
  let asked = 0;

  async function load(start: string): Promise<void> {
    const ticket = ++asked;
    answer.value = null;
    problem.value = null;
    try {
      const result = await savingsApi.getSavings({ householdId, energy, start });
      // An answer for a date changed since must not overwrite the newer one.
      if (ticket === asked) answer.value = result;
    } catch (error) {
      if (ticket === asked) problem.value = asApiError(error);
    }
  }

  return { answer, problem, load };
}

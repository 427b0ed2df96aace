import { signal } from "@preact/signals";
import { type ApiError, asApiError } from "../lib/api.ts";
import { type Savings, type SavingsEnergy, savingsApi } from "./savings-api.ts";
import { savingsEnergiesOf } from "./savings-shape.ts";

/** Savings already fetched, by energy and start, for the first card to use instead of asking again. */
export type Prefetched = Map<string, Savings>;
const prefetchKey = (energy: SavingsEnergy, start: string) => `${energy}|${start}`;

/**
 * The energies a household has a meter of, fetched once per page, and the day it joined its group
 * (the savings' default start; null when it never joined one). Learning that day costs one savings
 * request of the first energy, whose answer is kept for its card.
 */
export function createEnergiesState(householdId: string) {
  const energies = signal<SavingsEnergy[] | null>(null);
  const joinedOn = signal<string | null | undefined>(undefined);
  const problem = signal<ApiError | null>(null);
  const prefetched: Prefetched = new Map();

  async function load(): Promise<void> {
    problem.value = null;
    try {
      const found = savingsEnergiesOf(await savingsApi.meterKinds(householdId));
      const first = found[0] ? await groupJoiningAnswer(householdId, found[0]) : null;
      if (first && found[0]) prefetched.set(prefetchKey(found[0], first.start), first);
      joinedOn.value = first?.start ?? null;
      energies.value = found;
    } catch (error) {
      problem.value = asApiError(error);
    }
  }

  return { energies, joinedOn, problem, load, prefetched };
}

/** The API's default start is the day the household joined its group; it asks for one otherwise. */
async function groupJoiningAnswer(householdId: string, energy: SavingsEnergy): Promise<Savings | null> {
  try {
    const answer = await savingsApi.getSavings({ householdId, energy });
    return answer.startSource === "group_joined" ? answer : null;
  } catch (error) {
    if (asApiError(error).code === "savings.start_required") return null;
    throw error;
  }
}

/** One energy's savings, asked again each time the start date changes. */
export function createSavingsState({
  householdId,
  energy,
  prefetched,
}: {
  householdId: string;
  energy: SavingsEnergy;
  prefetched?: Prefetched;
}) {
  const answer = signal<Savings | null>(null);
  const problem = signal<ApiError | null>(null);
  let asked = 0;

  async function load(start: string): Promise<void> {
    const ticket = ++asked;
    const ready = prefetched?.get(prefetchKey(energy, start));
    if (ready) {
      // Used once: a later visit to the same start asks again, for fresh figures.
      prefetched?.delete(prefetchKey(energy, start));
      answer.value = ready;
      problem.value = null;
      return;
    }
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

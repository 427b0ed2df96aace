import { signal } from "@preact/signals";
import type { InferRequestType, InferResponseType } from "hono/client";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

export type Household = InferResponseType<typeof client.api.households.$get, 200>[number];
export type NewHousehold = InferRequestType<typeof client.api.households.$post>["json"];
/** What a household signs in with; the PIN is known only at creation or reset. */
export interface HouseholdSecret {
  pseudonym: string;
  code: string;
  pin: string;
}

/** The households of the active organisation, as staff see them. */
export function createHouseholdsState() {
  const households = signal<Household[] | null>(null);
  const loadProblem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    loadProblem.value = null;
    try {
      households.value = await request(client.api.households.$get());
    } catch (error) {
      loadProblem.value = asApiError(error);
    }
  }

  async function create(input: NewHousehold): Promise<HouseholdSecret> {
    const { household, pin } = await request(client.api.households.$post({ json: input }));
    households.value = [household, ...(households.value ?? [])];
    return { pseudonym: household.pseudonym, code: household.code, pin };
  }

  async function resetPin(household: Household): Promise<HouseholdSecret> {
    const { code, pin } = await request(
      client.api.households[":id"]["reset-pin"].$post({ param: { id: household.id } }),
    );
    return { pseudonym: household.pseudonym, code, pin };
  }

  return { households, loadProblem, load, create, resetPin };
}

export type HouseholdsState = ReturnType<typeof createHouseholdsState>;

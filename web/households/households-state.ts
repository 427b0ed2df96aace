import { signal } from "@preact/signals";
import type { InferRequestType, InferResponseType } from "hono/client";
import { type ApiError, asApiError, request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

export type Household = InferResponseType<typeof client.api.households.$get, 200>[number];
export type NewHousehold = InferRequestType<typeof client.api.households.$post>["json"];
/** A household's meters in use and when each was last read; only for households that share their data. */
export type MetersOverview = InferResponseType<
  (typeof client.api)["reading-overview"]["$get"],
  200
>[number]["meters"];
/** What a household signs in with; the PIN is known only at creation or reset. */
export interface HouseholdSecret {
  pseudonym: string;
  code: string;
  pin: string;
}

/** The households of the active organisation, as staff see them. */
export function createHouseholdsState() {
  const households = signal<Household[] | null>(null);
  /** By household id; a household absent from it does not share its data with staff. */
  const meters = signal<Map<string, MetersOverview> | null>(null);
  const loadProblem = signal<ApiError | null>(null);

  async function load(): Promise<void> {
    loadProblem.value = null;
    try {
      const [list, overview] = await Promise.all([
        request(client.api.households.$get()),
        request(client.api["reading-overview"].$get()),
      ]);
      households.value = list;
      meters.value = new Map(overview.map((entry) => [entry.householdId, entry.meters]));
    } catch (error) {
      loadProblem.value = asApiError(error);
    }
  }

  async function create(input: NewHousehold): Promise<HouseholdSecret> {
    const { household, pin } = await request(client.api.households.$post({ json: input }));
    // A retry answers with the household already listed.
    households.value = [household, ...(households.value ?? []).filter((h) => h.id !== household.id)];
    return { pseudonym: household.pseudonym, code: household.code, pin };
  }

  async function resetPin(household: Household): Promise<HouseholdSecret> {
    const { code, pin } = await request(
      client.api.households[":id"]["reset-pin"].$post({ param: { id: household.id } }),
    );
    return { pseudonym: household.pseudonym, code, pin };
  }

  return { households, meters, loadProblem, load, create, resetPin };
}

export type HouseholdsState = ReturnType<typeof createHouseholdsState>;

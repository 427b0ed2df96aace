import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const household = client.api.households[":id"];

export type ConsentScope = "adviser" | "group";
export type HouseholdConsent = InferResponseType<(typeof household)["$get"], 200>["consent"];

/** The household's own choices of what it shares (its consents), read and changed from its home. */
export const sharingApi = {
  consent: async (id: string) => (await request(household.$get({ param: { id } }))).consent,
  set: async (id: string, scope: ConsentScope, granted: boolean) =>
    (await request(household.consent.$post({ param: { id }, json: { scope, granted } }))).consent,
};

import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const markers = client.api.households[":id"]["coaching-markers"];

export type CoachingMarkers = InferResponseType<(typeof markers)["$get"], 200>;
export type CoachingMarker = CoachingMarkers["markers"][number];

/** What the household did with its group in the months `from`–`to` (`YYYY-MM`, both included). */
export function getCoachingMarkers({
  householdId,
  from,
  to,
}: {
  householdId: string;
  from: string;
  to: string;
}): Promise<CoachingMarkers> {
  return request(markers.$get({ param: { id: householdId }, query: { from, to } }));
}

import type { InferResponseType } from "hono/client";
import { request } from "../lib/api.ts";
import { client } from "../lib/api-client.ts";

const consumption = client.api.households[":id"].consumption;

export type Consumption = InferResponseType<(typeof consumption)["$get"], 200>;
export type EnergyConsumption = Consumption["energies"][number];
export type Energy = EnergyConsumption["energy"];
export type Figures = EnergyConsumption["total"];

/** Monthly or yearly figures of a household over Brussels days, both inclusive (`YYYY-MM-DD`). */
export function getConsumption({
  householdId,
  from,
  to,
  granularity,
}: {
  householdId: string;
  from: string;
  to: string;
  granularity: "day" | "month" | "year";
}): Promise<Consumption> {
  return request(consumption.$get({ param: { id: householdId }, query: { from, to, granularity } }));
}

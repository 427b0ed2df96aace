import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { getHouseholdConsumption } from "./consumption.actions.ts";
import { ConsumptionQuery, ConsumptionSchema } from "./consumption.schemas.ts";

const get = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/consumption",
  tags: ["consumption"],
  summary: "A household's consumption per energy and period (native unit, kWh, €, CO₂), with last year",
  request: { params: IdParam, query: ConsumptionQuery },
  responses: { 200: jsonResponse("Consumption", ConsumptionSchema), ...problems(400, 401, 403, 404) },
});

export const consumptionRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(
    await getHouseholdConsumption({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      query: c.req.valid("query"),
    }),
    200,
  ),
);

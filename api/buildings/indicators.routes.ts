import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_READERS } from "./building-access.ts";
import { getBuildingIndicators } from "./indicators.actions.ts";
import { IndicatorsQuery, IndicatorsSchema } from "./indicators.schemas.ts";

const get = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/indicators",
  tags: ["buildings"],
  summary:
    "Heating indicators of a building: kWh, kWh/m² and kWh/m² per degree-day by month, season and year, its energy signature and normal-year consumption",
  request: { params: IdParam, query: IndicatorsQuery },
  responses: { 200: jsonResponse("Indicators", IndicatorsSchema), ...problems(400, 401, 403, 404, 422) },
});

export const indicatorsRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(
    await getBuildingIndicators({
      ctx: ctxOf(c),
      buildingId: c.req.valid("param").id,
      query: c.req.valid("query"),
    }),
    200,
  ),
);

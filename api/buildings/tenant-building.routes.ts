import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_READERS } from "./building-access.ts";
import { getTenantBuilding } from "./tenant-building.actions.ts";
import { TenantBuildingSchema } from "./tenant-building.schemas.ts";

const tags = ["buildings"];

const get = defineRoute([...BUILDING_READERS, "household"], {
  method: "get",
  path: "/api/households/{id}/building",
  tags,
  summary:
    "The tenants' page of the building the household lives in: heating in plain figures, works, collective-heating tips, consultations, this week's survey (404 when the household lives in no dwelling of the company)",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Building page", TenantBuildingSchema), ...problems(401, 403, 404) },
});

export const tenantBuildingRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(await getTenantBuilding({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
);

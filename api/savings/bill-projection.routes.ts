import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { getBillProjection } from "./bill-projection.actions.ts";
import { BillProjectionSchema } from "./bill-projection.schemas.ts";

const get = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/bill-projection",
  tags: ["savings"],
  summary: "The year's energy bill projected at normal weather against the monthly advances",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Bill projection", BillProjectionSchema), ...problems(401, 403, 404) },
});

export const billProjectionRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(await getBillProjection({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
);

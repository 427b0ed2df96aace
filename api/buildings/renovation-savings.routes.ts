import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_READERS } from "./building-access.ts";
import { getRenovationSavings } from "./renovation-savings.actions.ts";
import { RenovationSavingsQuery, RenovationSavingsSchema } from "./renovation-savings.schemas.ts";

const get = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/savings",
  tags: ["buildings"],
  summary:
    "What works on the building saved: the year before they started against the months after their completion, at equal weather, with the 90 % interval",
  request: { params: IdParam, query: RenovationSavingsQuery },
  responses: {
    200: jsonResponse("Renovation savings", RenovationSavingsSchema),
    ...problems(400, 401, 403, 404),
  },
});

export const renovationSavingsRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(
    await getRenovationSavings({
      ctx: ctxOf(c),
      buildingId: c.req.valid("param").id,
      query: c.req.valid("query"),
    }),
    200,
  ),
);

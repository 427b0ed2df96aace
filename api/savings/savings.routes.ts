import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { getHouseholdSavings } from "./savings.actions.ts";
import { SavingsQuery, SavingsSchema } from "./savings.schemas.ts";

const get = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/savings",
  tags: ["savings"],
  summary:
    "A household's weather-normalised savings of one energy since a start date, with their 90 % interval",
  request: { params: IdParam, query: SavingsQuery },
  responses: { 200: jsonResponse("Savings", SavingsSchema), ...problems(400, 401, 403, 404, 422) },
});

export const savingsRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(
    await getHouseholdSavings({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      query: c.req.valid("query"),
    }),
    200,
  ),
);

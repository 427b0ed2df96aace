import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { getGroupView } from "./group-view.actions.ts";
import { GroupViewSchema } from "./group-view.schemas.ts";

const view = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/group-view",
  tags: ["groups"],
  summary: "The household's group, next session, own progress and the group's anonymised average",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Group view", GroupViewSchema), ...problems(401, 403, 404) },
});

export const groupViewRoutes = moduleRouter().openapi(view, async (c) =>
  c.json(await getGroupView({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
);

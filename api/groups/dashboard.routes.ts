import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { getGroupDashboard } from "./dashboard.actions.ts";
import { GroupDashboardSchema } from "./dashboard.schemas.ts";
import { GROUP_READERS } from "./groups.routes.ts";

const dashboard = defineRoute(GROUP_READERS, {
  method: "get",
  path: "/api/groups/{id}/dashboard",
  tags: ["groups"],
  summary:
    "The group's progress: readings' freshness, attendance, commitments, kit against the cap, flags, savings since joining",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Dashboard", GroupDashboardSchema), ...problems(401, 403, 404) },
});

export const groupDashboardRoutes = moduleRouter().openapi(dashboard, async (c) =>
  c.json(await getGroupDashboard({ ctx: ctxOf(c), groupId: c.req.valid("param").id }), 200),
);

import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { listCoachingMarkers } from "./coaching-markers.actions.ts";
import { CoachingMarkersQuery, CoachingMarkersSchema } from "./coaching-markers.schemas.ts";

const markers = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/coaching-markers",
  tags: ["groups"],
  summary:
    "What the household did with its group in some months, for its consumption chart: commitments done, kit items, sessions attended (its own; staff with its consent)",
  request: { params: IdParam, query: CoachingMarkersQuery },
  responses: { 200: jsonResponse("Markers", CoachingMarkersSchema), ...problems(400, 401, 403, 404, 422) },
});

export const coachingMarkersRoutes = moduleRouter().openapi(markers, async (c) =>
  c.json(
    await listCoachingMarkers({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      query: c.req.valid("query"),
    }),
    200,
  ),
);

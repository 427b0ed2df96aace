import { z } from "@hono/zod-openapi";
import { ctxOf, defineRoute, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { ReadingOverviewSchema, readingOverview } from "./meters-overview.ts";

const overview = defineRoute(["coordinator", "adviser", "housing_manager", "viewer"], {
  method: "get",
  path: "/api/reading-overview",
  tags: ["meters"],
  summary: "Each household sharing its data, with its meters in use and when each was last read",
  responses: {
    200: jsonResponse("Households with their meters' last readings", z.array(ReadingOverviewSchema)),
    ...problems(401, 403),
  },
});

export const meterOverviewRoutes = moduleRouter().openapi(overview, async (c) =>
  c.json(await readingOverview({ ctx: ctxOf(c) }), 200),
);

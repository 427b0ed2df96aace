import { ctxOf, defineRoute, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_READERS } from "./building-access.ts";
import { getPortfolio } from "./portfolio.actions.ts";
import { PortfolioQuery, PortfolioSchema } from "./portfolio.schemas.ts";

const get = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/portfolio",
  tags: ["buildings"],
  summary:
    "Every building of the housing company ranked by normal-year kWh/m², with its last 12 months, a 24-month trend and its open alerts (sortable, filterable)",
  request: { query: PortfolioQuery },
  responses: { 200: jsonResponse("Portfolio", PortfolioSchema), ...problems(400, 401, 403) },
});

export const portfolioRoutes = moduleRouter().openapi(get, async (c) =>
  c.json(await getPortfolio({ ctx: ctxOf(c), query: c.req.valid("query") }), 200),
);

import { z } from "@hono/zod-openapi";
import { CSV_TYPE } from "../exports/download.ts";
import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { BUILDING_READERS, BUILDING_WRITERS } from "./building-access.ts";
import {
  computeCostSplit,
  costSplitCsv,
  finaliseCostSplit,
  getCostSplit,
  getStatement,
  listCostSplits,
} from "./cost-split.actions.ts";
import {
  CostSplitInput,
  CostSplitSchema,
  CostSplitSummarySchema,
  StatementAnswerSchema,
  StatementIdParam,
} from "./cost-split.schemas.ts";

const tags = ["buildings"];

const compute = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings/{id}/cost-splits",
  tags,
  summary:
    "Split the season's heating bill between the dwellings from the readings on file (a draft); see README Buildings for which reading is taken",
  request: { params: IdParam, body: jsonBody(CostSplitInput) },
  responses: {
    201: jsonResponse("Computed", CostSplitSchema),
    200: jsonResponse(
      "The same draft, already computed from the same bill, readings and occupancies",
      CostSplitSchema,
    ),
    ...problems(400, 401, 403, 404, 422),
  },
});

const list = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/cost-splits",
  tags,
  summary: "The building's heating cost splits, latest season first",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Splits", z.array(CostSplitSummarySchema)), ...problems(401, 403, 404) },
});

const get = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/cost-splits/{id}",
  tags,
  summary: "A heating cost split with its statements, as computed",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Split", CostSplitSchema), ...problems(401, 403, 404) },
});

const finalise = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/cost-splits/{id}/finalise",
  tags,
  summary: "Make the split final: the one sent to tenants, kept as it is (one per building and season)",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Final", CostSplitSchema), ...problems(401, 403, 404, 409) },
});

const csv = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/cost-splits/{id}/statements.csv",
  tags,
  summary: "The statements as CSV for Belgian Excel, one line per statement",
  request: { params: IdParam },
  responses: {
    200: { description: "CSV", content: { "text/csv": { schema: z.string() } } },
    ...problems(401, 403, 404),
  },
});

const statement = defineRoute([...BUILDING_READERS, "household"], {
  method: "get",
  path: "/api/cost-splits/{id}/statements/{statementId}",
  tags,
  summary: "One statement; a tenant household reaches only its own, once the split is final",
  request: { params: StatementIdParam },
  responses: {
    200: jsonResponse("Statement, with its housing company and building", StatementAnswerSchema),
    ...problems(401, 403, 404),
  },
});

export const costSplitRoutes = moduleRouter()
  .openapi(compute, async (c) => {
    const ctx = ctxOf(c);
    const { id, created } = await computeCostSplit({
      ctx,
      buildingId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return c.json(await getCostSplit({ ctx, id, lang: c.get("lang") }), created ? 201 : 200);
  })
  .openapi(list, async (c) =>
    c.json(await listCostSplits({ ctx: ctxOf(c), buildingId: c.req.valid("param").id }), 200),
  )
  .openapi(get, async (c) =>
    c.json(await getCostSplit({ ctx: ctxOf(c), id: c.req.valid("param").id, lang: c.get("lang") }), 200),
  )
  .openapi(finalise, async (c) =>
    c.json(await finaliseCostSplit({ ctx: ctxOf(c), id: c.req.valid("param").id, lang: c.get("lang") }), 200),
  )
  .openapi(csv, async (c) => {
    const out = await costSplitCsv({ ctx: ctxOf(c), id: c.req.valid("param").id, lang: c.get("lang") });
    return c.body(out.csv, 200, {
      "cache-control": "no-store",
      "content-type": CSV_TYPE,
      "content-disposition": `attachment; filename="${out.filename}"`,
    });
  })
  .openapi(statement, async (c) => {
    const { id, statementId } = c.req.valid("param");
    return c.json(await getStatement({ ctx: ctxOf(c), id, statementId, lang: c.get("lang") }), 200);
  });

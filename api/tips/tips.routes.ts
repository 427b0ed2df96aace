import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { createTip, listTips, updateTip } from "./tips.actions.ts";
import { CreateTipInput, TipQuery, TipSchema, UpdateTipInput } from "./tips.schemas.ts";

const tags = ["tips"];

const list = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/tips",
  tags,
  summary: "The platform's tips library and the organisation's own tips, by category",
  request: { query: TipQuery },
  responses: { 200: jsonResponse("Tips", TipSchema.array()), ...problems(400, 401, 403) },
});

const create = defineRoute(["coordinator"], {
  method: "post",
  path: "/api/tips",
  tags,
  summary: "Adds a tip of the organisation's own",
  request: { body: jsonBody(CreateTipInput) },
  responses: { 201: jsonResponse("Created", TipSchema), ...problems(400, 401, 403) },
});

const update = defineRoute(["coordinator"], {
  method: "patch",
  path: "/api/tips/{id}",
  tags,
  summary: "Edits one of the organisation's tips (the platform's are read-only: 403)",
  request: { params: IdParam, body: jsonBody(UpdateTipInput) },
  responses: { 200: jsonResponse("Updated", TipSchema), ...problems(400, 401, 403, 404) },
});

export const tipsRoutes = moduleRouter()
  .openapi(list, async (c) => c.json(await listTips({ ctx: ctxOf(c), query: c.req.valid("query") }), 200))
  .openapi(create, async (c) => c.json(await createTip({ ctx: ctxOf(c), input: c.req.valid("json") }), 201))
  .openapi(update, async (c) =>
    c.json(await updateTip({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
  );

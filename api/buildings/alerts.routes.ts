import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { acknowledgeAlert, closeAlert, listAlerts } from "./alerts.actions.ts";
import { AlertSchema, AlertsQuery, CloseAlertInput } from "./alerts.schemas.ts";
import { BUILDING_READERS, BUILDING_WRITERS } from "./building-access.ts";

const tags = ["buildings"];

const list = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/alerts",
  tags,
  summary:
    "The housing company's building alerts (summer heating, above the model, readings missing, meter going backwards), newest first",
  request: { query: AlertsQuery },
  responses: { 200: jsonResponse("Alerts", AlertSchema.array()), ...problems(400, 401, 403, 404) },
});

const acknowledge = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/alerts/{id}/acknowledge",
  tags,
  summary: "Say the alert was seen: it stays open until closed",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Alert", AlertSchema), ...problems(401, 403, 404, 409) },
});

const close = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/alerts/{id}/close",
  tags,
  summary: "Close the alert, with an optional note of what was done; the same situation never reopens it",
  request: { params: IdParam, body: jsonBody(CloseAlertInput) },
  responses: { 200: jsonResponse("Alert", AlertSchema), ...problems(400, 401, 403, 404, 409) },
});

export const alertsRoutes = moduleRouter()
  .openapi(list, async (c) => c.json(await listAlerts({ ctx: ctxOf(c), query: c.req.valid("query") }), 200))
  .openapi(acknowledge, async (c) =>
    c.json(await acknowledgeAlert({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200),
  )
  .openapi(close, async (c) =>
    c.json(await closeAlert({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
  );

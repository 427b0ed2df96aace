import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import {
  listGroupSharedTips,
  listHouseholdSharedTips,
  promoteSharedTip,
  publishSharedTip,
  shareTip,
} from "./shared-tips.actions.ts";
import { PromoteInput, PublishInput, SharedTipSchema, ShareTipInput } from "./shared-tips.schemas.ts";

const tags = ["groups"];
const EVERYONE = ["coordinator", "adviser", "housing_manager", "viewer", "household"] as const;

const householdTips = defineRoute(EVERYONE, {
  method: "get",
  path: "/api/households/{id}/shared-tips",
  tags,
  summary: "The tips a household shared in its own words",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Shared tips", SharedTipSchema.array()), ...problems(401, 403, 404) },
});

const share = defineRoute(["coordinator", "adviser", "household"], {
  method: "post",
  path: "/api/households/{id}/shared-tips",
  tags,
  summary: "A household (or the adviser for it) shares a trick in its own words; private until published",
  request: { params: IdParam, body: jsonBody(ShareTipInput) },
  responses: { 201: jsonResponse("Shared", SharedTipSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const groupTips = defineRoute(EVERYONE, {
  method: "get",
  path: "/api/groups/{id}/shared-tips",
  tags,
  summary: "Tips shared in a group: all for staff; published ones, anonymous, for its households",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Shared tips", SharedTipSchema.array()), ...problems(401, 403, 404) },
});

const publish = defineRoute(["coordinator", "adviser"], {
  method: "patch",
  path: "/api/shared-tips/{id}",
  tags,
  summary: "Publishes a shared tip to the group, or takes it back to private",
  request: { params: IdParam, body: jsonBody(PublishInput) },
  responses: { 200: jsonResponse("Updated", SharedTipSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const promote = defineRoute(["coordinator"], {
  method: "post",
  path: "/api/shared-tips/{id}/promote",
  tags,
  summary: "Turns a shared tip into a tip of the organisation's library",
  request: { params: IdParam, body: jsonBody(PromoteInput) },
  responses: { 200: jsonResponse("Promoted", SharedTipSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

export const sharedTipsRoutes = moduleRouter()
  .openapi(householdTips, async (c) =>
    c.json(await listHouseholdSharedTips({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(share, async (c) =>
    c.json(
      await shareTip({ ctx: ctxOf(c), householdId: c.req.valid("param").id, input: c.req.valid("json") }),
      201,
    ),
  )
  .openapi(groupTips, async (c) =>
    c.json(await listGroupSharedTips({ ctx: ctxOf(c), groupId: c.req.valid("param").id }), 200),
  )
  .openapi(publish, async (c) =>
    c.json(
      await publishSharedTip({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  )
  .openapi(promote, async (c) =>
    c.json(
      await promoteSharedTip({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  );

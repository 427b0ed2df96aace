import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { createGroup, getGroup, listGroups, updateGroup } from "./groups.actions.ts";
import {
  AddMemberInput,
  CreateGroupInput,
  GroupSchema,
  GroupSummarySchema,
  MemberParams,
  UpdateGroupInput,
  UpdateMemberInput,
} from "./groups.schemas.ts";
import { addMember, updateMember } from "./members.actions.ts";
import { listSessions, planSession } from "./sessions.actions.ts";
import { PlanSessionInput, SessionSchema } from "./sessions.schemas.ts";

export const GROUP_READERS = ["coordinator", "adviser", "housing_manager", "viewer"] as const;
export const GROUP_WRITERS = ["coordinator", "adviser"] as const;
const tags = ["groups"];

const list = defineRoute(GROUP_READERS, {
  method: "get",
  path: "/api/groups",
  tags,
  summary: "The organisation's Eco-watchers groups, the latest first",
  responses: { 200: jsonResponse("Groups", GroupSummarySchema.array()), ...problems(401, 403) },
});

const create = defineRoute(GROUP_WRITERS, {
  method: "post",
  path: "/api/groups",
  tags,
  summary: "Creates a group with its advisers, partners and objectives",
  request: { body: jsonBody(CreateGroupInput) },
  responses: { 201: jsonResponse("Created", GroupSchema), ...problems(400, 401, 403, 422) },
});

const read = defineRoute(GROUP_READERS, {
  method: "get",
  path: "/api/groups/{id}",
  tags,
  summary: "A group: advisers, objectives, members and the themes not covered yet",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Group", GroupSchema), ...problems(401, 403, 404) },
});

const update = defineRoute(GROUP_WRITERS, {
  method: "patch",
  path: "/api/groups/{id}",
  tags,
  summary: "Edits a group; status closed makes it read-only (later writes: 409)",
  request: { params: IdParam, body: jsonBody(UpdateGroupInput) },
  responses: { 200: jsonResponse("Updated", GroupSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const addMemberRoute = defineRoute(GROUP_WRITERS, {
  method: "post",
  path: "/api/groups/{id}/members",
  tags,
  summary: "A household joins the group (one running group at a time)",
  request: { params: IdParam, body: jsonBody(AddMemberInput) },
  responses: { 201: jsonResponse("The group", GroupSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const updateMemberRoute = defineRoute(GROUP_WRITERS, {
  method: "patch",
  path: "/api/groups/{id}/members/{householdId}",
  tags,
  summary: "A household leaves the group (its last day), or stays after all (null)",
  request: { params: MemberParams, body: jsonBody(UpdateMemberInput) },
  responses: { 200: jsonResponse("The group", GroupSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const sessions = defineRoute(GROUP_READERS, {
  method: "get",
  path: "/api/groups/{id}/sessions",
  tags,
  summary: "The group's sessions in time order, with tips covered and attendance",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Sessions", SessionSchema.array()), ...problems(401, 403, 404) },
});

const plan = defineRoute(GROUP_WRITERS, {
  method: "post",
  path: "/api/groups/{id}/sessions",
  tags,
  summary: "Plans a session (the group answer's themesNotCovered proposes themes)",
  request: { params: IdParam, body: jsonBody(PlanSessionInput) },
  responses: { 201: jsonResponse("Planned", SessionSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

export const groupsRoutes = moduleRouter()
  .openapi(list, async (c) => c.json(await listGroups({ ctx: ctxOf(c) }), 200))
  .openapi(create, async (c) => c.json(await createGroup({ ctx: ctxOf(c), input: c.req.valid("json") }), 201))
  .openapi(read, async (c) => c.json(await getGroup({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200))
  .openapi(update, async (c) =>
    c.json(
      await updateGroup({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  )
  .openapi(addMemberRoute, async (c) =>
    c.json(
      await addMember({ ctx: ctxOf(c), groupId: c.req.valid("param").id, input: c.req.valid("json") }),
      201,
    ),
  )
  .openapi(updateMemberRoute, async (c) => {
    const { id, householdId } = c.req.valid("param");
    return c.json(
      await updateMember({ ctx: ctxOf(c), groupId: id, householdId, input: c.req.valid("json") }),
      200,
    );
  })
  .openapi(sessions, async (c) =>
    c.json(await listSessions({ ctx: ctxOf(c), groupId: c.req.valid("param").id }), 200),
  )
  .openapi(plan, async (c) =>
    c.json(
      await planSession({ ctx: ctxOf(c), groupId: c.req.valid("param").id, input: c.req.valid("json") }),
      201,
    ),
  );

import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { GROUP_READERS, GROUP_WRITERS } from "./groups.routes.ts";
import { getSession, putAttendance, updateSession } from "./sessions.actions.ts";
import { AttendanceInput, SessionSchema, UpdateSessionInput } from "./sessions.schemas.ts";

const tags = ["groups"];

const read = defineRoute(GROUP_READERS, {
  method: "get",
  path: "/api/sessions/{id}",
  tags,
  summary: "A group session with its tips covered and attendance",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Session", SessionSchema), ...problems(401, 403, 404) },
});

const update = defineRoute(GROUP_WRITERS, {
  method: "patch",
  path: "/api/sessions/{id}",
  tags,
  summary: "Edits a session: time, place, theme, agenda, notes, tips covered, speakers",
  request: { params: IdParam, body: jsonBody(UpdateSessionInput) },
  responses: { 200: jsonResponse("Updated", SessionSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const attendance = defineRoute(GROUP_WRITERS, {
  method: "put",
  path: "/api/sessions/{id}/attendance",
  tags,
  summary: "Replaces the session's attendance (members on the session's day only), all or nothing",
  request: { params: IdParam, body: jsonBody(AttendanceInput) },
  responses: { 200: jsonResponse("The session", SessionSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

export const sessionsRoutes = moduleRouter()
  .openapi(read, async (c) => c.json(await getSession({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200))
  .openapi(update, async (c) =>
    c.json(
      await updateSession({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  )
  .openapi(attendance, async (c) =>
    c.json(
      await putAttendance({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  );

import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { GROUP_READERS } from "./groups.routes.ts";
import { getSessionHandout } from "./handout.actions.ts";
import { HandoutSchema } from "./handout.schemas.ts";

const read = defineRoute(GROUP_READERS, {
  method: "get",
  path: "/api/sessions/{id}/handout",
  tags: ["groups"],
  summary: "What a session's printed handout shows: theme, tips covered, a reading card per member",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Handout", HandoutSchema), ...problems(401, 403, 404) },
});

export const handoutRoutes = moduleRouter().openapi(read, async (c) =>
  c.json(await getSessionHandout({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200),
);

import { z } from "@hono/zod-openapi";
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
import { createProject, deleteProject, listProjects, updateProject } from "./projects.actions.ts";
import { ProjectInput, ProjectSchema, UpdateProjectInput } from "./projects.schemas.ts";

const tags = ["buildings"];

const list = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/projects",
  tags,
  summary: "The building's projects, each with its works and objectives",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Projects", z.array(ProjectSchema)), ...problems(401, 403, 404) },
});

const create = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings/{id}/projects",
  tags,
  summary: "Start a project on the building, with objectives the building report measures",
  request: { params: IdParam, body: jsonBody(ProjectInput) },
  responses: { 201: jsonResponse("Created", ProjectSchema), ...problems(400, 401, 403, 404, 422) },
});

const edit = defineRoute(BUILDING_WRITERS, {
  method: "patch",
  path: "/api/projects/{id}",
  tags,
  summary: "Change a project (its objectives: the whole list, e.g. to write an assessment)",
  request: { params: IdParam, body: jsonBody(UpdateProjectInput) },
  responses: { 200: jsonResponse("Changed", ProjectSchema), ...problems(400, 401, 403, 404, 422) },
});

const remove = defineRoute(BUILDING_WRITERS, {
  method: "delete",
  path: "/api/projects/{id}",
  tags,
  summary: "Delete a project and its objectives (its consultations stay)",
  request: { params: IdParam },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});

export const projectRoutes = moduleRouter()
  .openapi(list, async (c) =>
    c.json(await listProjects({ ctx: ctxOf(c), buildingId: c.req.valid("param").id }), 200),
  )
  .openapi(create, async (c) => {
    const input = c.req.valid("json");
    return c.json(await createProject({ ctx: ctxOf(c), buildingId: c.req.valid("param").id, input }), 201);
  })
  .openapi(edit, async (c) => {
    const input = c.req.valid("json");
    return c.json(await updateProject({ ctx: ctxOf(c), id: c.req.valid("param").id, input }), 200);
  })
  .openapi(remove, async (c) => {
    await deleteProject({ ctx: ctxOf(c), id: c.req.valid("param").id });
    return c.body(null, 204);
  });

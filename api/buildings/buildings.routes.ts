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
import {
  createBuilding,
  createEvent,
  getBuilding,
  listBuildings,
  listEvents,
  updateBuilding,
  updateEvent,
} from "./buildings.actions.ts";
import {
  BuildingInput,
  BuildingListQuery,
  BuildingListSchema,
  BuildingSchema,
  EventIdParam,
  EventInput,
  EventSchema,
  UpdateBuildingInput,
  UpdateEventInput,
} from "./buildings.schemas.ts";

const tags = ["buildings"];

const list = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings",
  tags,
  summary: "The housing company's buildings, by name (paginated)",
  request: { query: BuildingListQuery },
  responses: { 200: jsonResponse("Buildings", BuildingListSchema), ...problems(400, 401, 403) },
});

const create = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings",
  tags,
  summary: "Add a building (housing companies only)",
  request: { body: jsonBody(BuildingInput) },
  responses: { 201: jsonResponse("Created", BuildingSchema), ...problems(400, 401, 403, 409, 422) },
});

const get = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}",
  tags,
  summary: "One building",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Building", BuildingSchema), ...problems(401, 403, 404) },
});

const edit = defineRoute(BUILDING_WRITERS, {
  method: "patch",
  path: "/api/buildings/{id}",
  tags,
  summary: "Change a building",
  request: { params: IdParam, body: jsonBody(UpdateBuildingInput) },
  responses: { 200: jsonResponse("Changed", BuildingSchema), ...problems(400, 401, 403, 404, 409) },
});

const events = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/events",
  tags,
  summary: "Works on the building (roof, walls, windows, boiler, regulation), by start day",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Events", z.array(EventSchema)), ...problems(401, 403, 404) },
});

const addEvent = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings/{id}/events",
  tags,
  summary: "Record works on the building, with their start and completion days",
  request: { params: IdParam, body: jsonBody(EventInput) },
  responses: { 201: jsonResponse("Recorded", EventSchema), ...problems(400, 401, 403, 404, 422) },
});

const editEvent = defineRoute(BUILDING_WRITERS, {
  method: "patch",
  path: "/api/buildings/{id}/events/{eventId}",
  tags,
  summary: "Change works on the building (e.g. their completion day)",
  request: { params: EventIdParam, body: jsonBody(UpdateEventInput) },
  responses: { 200: jsonResponse("Changed", EventSchema), ...problems(400, 401, 403, 404, 422) },
});

export const buildingRoutes = moduleRouter()
  .openapi(list, async (c) => c.json(await listBuildings({ ctx: ctxOf(c), page: c.req.valid("query") }), 200))
  .openapi(create, async (c) =>
    c.json(await createBuilding({ ctx: ctxOf(c), input: c.req.valid("json") }), 201),
  )
  .openapi(get, async (c) =>
    c.json(await getBuilding({ ctx: ctxOf(c), buildingId: c.req.valid("param").id }), 200),
  )
  .openapi(edit, async (c) => {
    const input = c.req.valid("json");
    return c.json(await updateBuilding({ ctx: ctxOf(c), buildingId: c.req.valid("param").id, input }), 200);
  })
  .openapi(events, async (c) =>
    c.json(await listEvents({ ctx: ctxOf(c), buildingId: c.req.valid("param").id }), 200),
  )
  .openapi(addEvent, async (c) => {
    const input = c.req.valid("json");
    return c.json(await createEvent({ ctx: ctxOf(c), buildingId: c.req.valid("param").id, input }), 201);
  })
  .openapi(editEvent, async (c) => {
    const { id, eventId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(await updateEvent({ ctx: ctxOf(c), buildingId: id, eventId, input }), 200);
  });

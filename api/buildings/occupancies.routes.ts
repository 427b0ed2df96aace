import { z } from "@hono/zod-openapi";
import { ctxOf, defineRoute, jsonBody, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_READERS, BUILDING_WRITERS } from "./building-access.ts";
import { DwellingIdParam } from "./buildings.schemas.ts";
import { createOccupancy, deleteOccupancy, listOccupancies, updateOccupancy } from "./occupancies.actions.ts";
import {
  OccupancyIdParam,
  OccupancyInput,
  OccupancySchema,
  UpdateOccupancyInput,
} from "./occupancies.schemas.ts";

const tags = ["buildings"];
const path = "/api/buildings/{id}/dwellings/{dwellingId}/occupancies";

const list = defineRoute(BUILDING_READERS, {
  method: "get",
  path,
  tags,
  summary: "Who lived in the dwelling when (move-ins and move-outs), earliest first",
  request: { params: DwellingIdParam },
  responses: { 200: jsonResponse("Occupancies", z.array(OccupancySchema)), ...problems(401, 403, 404) },
});

const create = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path,
  tags,
  summary: "Record a move-in (and its move-out when known)",
  request: { params: DwellingIdParam, body: jsonBody(OccupancyInput) },
  responses: { 201: jsonResponse("Created", OccupancySchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const edit = defineRoute(BUILDING_WRITERS, {
  method: "patch",
  path: `${path}/{occupancyId}`,
  tags,
  summary: "Change an occupancy (e.g. give its move-out day)",
  request: { params: OccupancyIdParam, body: jsonBody(UpdateOccupancyInput) },
  responses: { 200: jsonResponse("Changed", OccupancySchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const remove = defineRoute(BUILDING_WRITERS, {
  method: "delete",
  path: `${path}/{occupancyId}`,
  tags,
  summary: "Delete an occupancy entered by mistake",
  request: { params: OccupancyIdParam },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});

export const occupancyRoutes = moduleRouter()
  .openapi(list, async (c) => {
    const { id, dwellingId } = c.req.valid("param");
    return c.json(await listOccupancies({ ctx: ctxOf(c), buildingId: id, dwellingId }), 200);
  })
  .openapi(create, async (c) => {
    const { id, dwellingId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(await createOccupancy({ ctx: ctxOf(c), buildingId: id, dwellingId, input }), 201);
  })
  .openapi(edit, async (c) => {
    const { id, dwellingId, occupancyId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(
      await updateOccupancy({ ctx: ctxOf(c), buildingId: id, dwellingId, id: occupancyId, input }),
      200,
    );
  })
  .openapi(remove, async (c) => {
    const { id, dwellingId, occupancyId } = c.req.valid("param");
    await deleteOccupancy({ ctx: ctxOf(c), buildingId: id, dwellingId, id: occupancyId });
    return c.body(null, 204);
  });

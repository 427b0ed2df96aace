import { z } from "@hono/zod-openapi";
import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
  storedOnceResponses,
} from "../http/route.ts";
import { MeterSchema } from "../meters/index.ts";
import { BUILDING_READERS, BUILDING_WRITERS } from "./building-access.ts";
import { createPlaceMeter, listPlaceMeters } from "./building-meters.ts";
import {
  CompanyMeterInput,
  DwellingIdParam,
  DwellingInput,
  DwellingSchema,
  LinkHouseholdInput,
  UpdateDwellingInput,
} from "./buildings.schemas.ts";
import { createDwelling, linkHousehold, listDwellings, updateDwelling } from "./dwellings.actions.ts";

const tags = ["buildings"];

const list = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/dwellings",
  tags,
  summary: "The building's dwellings, by unit label, with the household living in each",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Dwellings", z.array(DwellingSchema)), ...problems(401, 403, 404) },
});

const create = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings/{id}/dwellings",
  tags,
  summary: "Add a dwelling to the building",
  request: { params: IdParam, body: jsonBody(DwellingInput) },
  responses: { 201: jsonResponse("Created", DwellingSchema), ...problems(400, 401, 403, 404, 409) },
});

const edit = defineRoute(BUILDING_WRITERS, {
  method: "patch",
  path: "/api/buildings/{id}/dwellings/{dwellingId}",
  tags,
  summary: "Change a dwelling",
  request: { params: DwellingIdParam, body: jsonBody(UpdateDwellingInput) },
  responses: { 200: jsonResponse("Changed", DwellingSchema), ...problems(400, 401, 403, 404, 409) },
});

const link = defineRoute(BUILDING_WRITERS, {
  method: "put",
  path: "/api/buildings/{id}/dwellings/{dwellingId}/household",
  tags,
  summary: "Say which household of the organisation lives in the dwelling (null: nobody); audited",
  request: { params: DwellingIdParam, body: jsonBody(LinkHouseholdInput) },
  responses: { 200: jsonResponse("Linked", DwellingSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const placeMeters = (path: "/api/buildings/{id}/meters" | "/api/dwellings/{id}/meters", what: string) =>
  [
    defineRoute(BUILDING_READERS, {
      method: "get",
      path,
      tags,
      summary: `The ${what}'s meters (replaced ones included), with the last index of each register`,
      request: { params: IdParam },
      responses: { 200: jsonResponse("Meters", z.array(MeterSchema)), ...problems(401, 403, 404) },
    }),
    defineRoute(BUILDING_WRITERS, {
      method: "post",
      path,
      tags,
      summary: `Add a meter to the ${what} with its start index; readings and imports then go through /api/meters/{meterId}`,
      request: { params: IdParam, body: jsonBody(CompanyMeterInput) },
      responses: { ...storedOnceResponses(MeterSchema), ...problems(400, 401, 403, 404, 409, 422) },
    }),
  ] as const;

const [buildingMeters, addBuildingMeter] = placeMeters("/api/buildings/{id}/meters", "building");
const [dwellingMeters, addDwellingMeter] = placeMeters("/api/dwellings/{id}/meters", "dwelling");

export const dwellingRoutes = moduleRouter()
  .openapi(list, async (c) =>
    c.json(await listDwellings({ ctx: ctxOf(c), buildingId: c.req.valid("param").id }), 200),
  )
  .openapi(create, async (c) => {
    const input = c.req.valid("json");
    return c.json(await createDwelling({ ctx: ctxOf(c), buildingId: c.req.valid("param").id, input }), 201);
  })
  .openapi(edit, async (c) => {
    const { id, dwellingId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(await updateDwelling({ ctx: ctxOf(c), buildingId: id, dwellingId, input }), 200);
  })
  .openapi(link, async (c) => {
    const { id, dwellingId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(await linkHousehold({ ctx: ctxOf(c), buildingId: id, dwellingId, input }), 200);
  })
  .openapi(buildingMeters, async (c) =>
    c.json(await listPlaceMeters({ ctx: ctxOf(c), place: { buildingId: c.req.valid("param").id } }), 200),
  )
  .openapi(addBuildingMeter, async (c) => {
    const input = c.req.valid("json");
    const place = { buildingId: c.req.valid("param").id };
    const { created, meter } = await createPlaceMeter({ ctx: ctxOf(c), place, input });
    return created ? c.json(meter, 201) : c.json(meter, 200);
  })
  .openapi(dwellingMeters, async (c) =>
    c.json(await listPlaceMeters({ ctx: ctxOf(c), place: { dwellingId: c.req.valid("param").id } }), 200),
  )
  .openapi(addDwellingMeter, async (c) => {
    const input = c.req.valid("json");
    const place = { dwellingId: c.req.valid("param").id };
    const { created, meter } = await createPlaceMeter({ ctx: ctxOf(c), place, input });
    return created ? c.json(meter, 201) : c.json(meter, 200);
  });

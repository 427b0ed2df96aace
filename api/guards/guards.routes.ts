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
import { getEnergyGuards, listCheckIns, recordCheckIn } from "./guards.actions.ts";
import { CheckInInput, CheckInSchema, EnergyGuardsSchema } from "./guards.schemas.ts";

const READERS = ["coordinator", "adviser", "housing_manager", "viewer", "household"] as const;
const tags = ["energy poverty"];

const addCheckIn = defineRoute(["coordinator", "adviser", "household"], {
  method: "post",
  path: "/api/households/{id}/comfort-checkins",
  tags,
  summary: "A comfort check-in: indoor °C, humidity, felt cold (idempotent by clientId)",
  request: { params: IdParam, body: jsonBody(CheckInInput) },
  responses: { ...storedOnceResponses(CheckInSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const checkIns = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/comfort-checkins",
  tags,
  summary: "A household's comfort check-ins of the last twelve months, newest first",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Check-ins", CheckInSchema.array()), ...problems(401, 403, 404) },
});

const guards = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/energy-guards",
  tags,
  summary: "Signs of hardship: possible restriction, budget-meter top-ups stopping, a cold or damp home",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Energy guards", EnergyGuardsSchema), ...problems(401, 403, 404) },
});

export const guardsRoutes = moduleRouter()
  .openapi(addCheckIn, async (c) => {
    const { created, checkIn } = await recordCheckIn({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return created ? c.json(checkIn, 201) : c.json(checkIn, 200);
  })
  .openapi(checkIns, async (c) =>
    c.json(await listCheckIns({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(guards, async (c) =>
    c.json(await getEnergyGuards({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  );

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
import { recordConsent } from "./consent.actions.ts";
import {
  createHousehold,
  listHouseholds,
  resetHouseholdPin,
  updateHousehold,
  viewHousehold,
} from "./households.actions.ts";
import {
  ConsentInput,
  CreateHouseholdInput,
  HouseholdDetailSchema,
  HouseholdSchema,
  UpdateHouseholdInput,
} from "./households.schemas.ts";

const STAFF = ["coordinator", "adviser", "housing_manager"] as const;

const list = defineRoute([...STAFF, "viewer"], {
  method: "get",
  path: "/api/households",
  tags: ["households"],
  summary: "Households of my organisation",
  responses: {
    200: { description: "Households", content: { "application/json": { schema: z.array(HouseholdSchema) } } },
    ...problems(401, 403),
  },
});

const get = defineRoute([...STAFF, "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}",
  tags: ["households"],
  summary:
    "One household (a household account sees only itself; staff see its details only with its consent)",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Household", HouseholdDetailSchema), ...problems(401, 403, 404) },
});

const update = defineRoute(STAFF, {
  method: "patch",
  path: "/api/households/{id}",
  tags: ["households"],
  summary: "Edit a household's pseudonym and profile",
  request: { params: IdParam, body: jsonBody(UpdateHouseholdInput) },
  responses: { 200: jsonResponse("Household", HouseholdDetailSchema), ...problems(400, 401, 403, 404) },
});

// The household itself, or the adviser or coordinator who took its signed form: a housing manager
// could otherwise give itself the consent that opens a tenant's data and PIN.
const consent = defineRoute(["coordinator", "adviser", "household"], {
  method: "post",
  path: "/api/households/{id}/consent",
  tags: ["households"],
  summary: "Record or withdraw a household's consent to share its data with the adviser or the group",
  description:
    "A consent the household withdrew itself (from its own account) only the household may give again: " +
    "staff get 409 `consent.withdrawn_by_household`. Withdrawing is always allowed.",
  request: { params: IdParam, body: jsonBody(ConsentInput) },
  responses: {
    200: jsonResponse("Household", HouseholdDetailSchema),
    ...problems(400, 401, 403, 404, 409),
  },
});

const CreatedHouseholdSchema = z.object({ household: HouseholdSchema, pin: z.string() });

const create = defineRoute(STAFF, {
  method: "post",
  path: "/api/households",
  tags: ["households"],
  summary: "Create a household and its sign-in code and PIN",
  request: { body: jsonBody(CreateHouseholdInput) },
  responses: {
    201: jsonResponse("Created; the PIN is shown this once", CreatedHouseholdSchema),
    200: jsonResponse(
      "Sent before with this clientId: the same household, with a new PIN",
      CreatedHouseholdSchema,
    ),
    ...problems(400, 401, 403, 409),
  },
});

const resetPin = defineRoute(STAFF, {
  method: "post",
  path: "/api/households/{id}/reset-pin",
  tags: ["households"],
  summary: "Give a household a new PIN (signs it out everywhere)",
  request: { params: IdParam },
  responses: {
    200: {
      description: "The new PIN, shown this once",
      content: { "application/json": { schema: z.object({ code: z.string(), pin: z.string() }) } },
    },
    ...problems(401, 403, 404),
  },
});

export const householdRoutes = moduleRouter()
  .openapi(list, async (c) => c.json(await listHouseholds({ ctx: ctxOf(c) }), 200))
  .openapi(get, async (c) => c.json(await viewHousehold({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200))
  .openapi(update, async (c) => {
    const input = c.req.valid("json");
    return c.json(await updateHousehold({ ctx: ctxOf(c), id: c.req.valid("param").id, input }), 200);
  })
  .openapi(consent, async (c) => {
    const input = c.req.valid("json");
    return c.json(await recordConsent({ ctx: ctxOf(c), id: c.req.valid("param").id, input }), 200);
  })
  .openapi(create, async (c) => {
    const { created, ...answer } = await createHousehold({ ctx: ctxOf(c), input: c.req.valid("json") });
    return created ? c.json(answer, 201) : c.json(answer, 200);
  })
  .openapi(resetPin, async (c) =>
    c.json(await resetHouseholdPin({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200),
  );

import { z } from "@hono/zod-openapi";
import { LANGUAGES } from "../http/i18n.ts";
import { ctxOf, defineRoute, IdParam, jsonBody, moduleRouter, problems } from "../http/route.ts";
import { createHousehold, getHousehold, listHouseholds, resetHouseholdPin } from "./households.actions.ts";

const HouseholdSchema = z
  .object({ id: z.uuid(), code: z.string(), pseudonym: z.string(), createdAt: z.date() })
  .openapi("Household");

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
  summary: "One household (a household account sees only itself)",
  request: { params: IdParam },
  responses: {
    200: { description: "Household", content: { "application/json": { schema: HouseholdSchema } } },
    ...problems(401, 403, 404),
  },
});

const create = defineRoute(STAFF, {
  method: "post",
  path: "/api/households",
  tags: ["households"],
  summary: "Create a household and its sign-in code and PIN",
  request: {
    body: jsonBody(
      z.object({
        pseudonym: z.string().trim().min(1).max(80),
        code: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, { error: "validation.household_code_format" })
          .min(3)
          .max(20)
          .optional(),
        language: z.enum(LANGUAGES).default("fr"),
      }),
    ),
  },
  responses: {
    201: {
      description: "Created; the PIN is shown this once",
      content: { "application/json": { schema: z.object({ household: HouseholdSchema, pin: z.string() }) } },
    },
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
  .openapi(get, async (c) => c.json(await getHousehold({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200))
  .openapi(create, async (c) =>
    c.json(await createHousehold({ ctx: ctxOf(c), input: c.req.valid("json") }), 201),
  )
  .openapi(resetPin, async (c) =>
    c.json(await resetHouseholdPin({ ctx: ctxOf(c), id: c.req.valid("param").id }), 200),
  );

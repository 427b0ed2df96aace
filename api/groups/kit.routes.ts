import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import {
  addCatalogueItem,
  getCatalogue,
  handOutKit,
  listHouseholdKit,
  setKitCap,
  updateCatalogueItem,
} from "./kit.actions.ts";
import {
  CatalogueItemInput,
  CatalogueItemSchema,
  CatalogueSchema,
  HandOutInput,
  HouseholdKitSchema,
  KitCapInput,
  UpdateCatalogueItemInput,
} from "./kit.schemas.ts";

const tags = ["kit"];
const STAFF_READERS = ["coordinator", "adviser", "housing_manager", "viewer"] as const;

const catalogue = defineRoute(STAFF_READERS, {
  method: "get",
  path: "/api/kit-catalogue",
  tags,
  summary: "The organisation's kit items with their unit price, and its cap per household",
  responses: { 200: jsonResponse("Catalogue", CatalogueSchema), ...problems(401, 403) },
});

const addItem = defineRoute(["coordinator"], {
  method: "post",
  path: "/api/kit-catalogue",
  tags,
  summary: "Adds an item to the kit catalogue",
  request: { body: jsonBody(CatalogueItemInput) },
  responses: { 201: jsonResponse("Added", CatalogueItemSchema), ...problems(400, 401, 403) },
});

const updateItem = defineRoute(["coordinator"], {
  method: "patch",
  path: "/api/kit-catalogue/{id}",
  tags,
  summary: "Renames, reprices (later hand-outs only) or withdraws a catalogue item",
  request: { params: IdParam, body: jsonBody(UpdateCatalogueItemInput) },
  responses: { 200: jsonResponse("Updated", CatalogueItemSchema), ...problems(400, 401, 403, 404) },
});

const cap = defineRoute(["coordinator"], {
  method: "put",
  path: "/api/kit-catalogue/cap",
  tags,
  summary: "Sets the kit € per household above which a hand-out needs confirming (null: none)",
  request: { body: jsonBody(KitCapInput) },
  responses: { 200: jsonResponse("Catalogue", CatalogueSchema), ...problems(400, 401, 403) },
});

const householdKit = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/kit-items",
  tags,
  summary: "The kit items a household received, and their total against the cap",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Kit", HouseholdKitSchema), ...problems(401, 403, 404) },
});

const handOut = defineRoute(["coordinator", "adviser"], {
  method: "post",
  path: "/api/households/{id}/kit-items",
  tags,
  summary: "Records kit items handed out; over the cap needs confirmOverCap (else 422 kit.over_cap)",
  request: { params: IdParam, body: jsonBody(HandOutInput) },
  responses: {
    201: jsonResponse("Kit", HouseholdKitSchema),
    200: jsonResponse("Sent before with this clientId: the kit as it is", HouseholdKitSchema),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

export const kitRoutes = moduleRouter()
  .openapi(catalogue, async (c) => c.json(await getCatalogue({ ctx: ctxOf(c) }), 200))
  .openapi(addItem, async (c) =>
    c.json(await addCatalogueItem({ ctx: ctxOf(c), input: c.req.valid("json") }), 201),
  )
  .openapi(cap, async (c) => c.json(await setKitCap({ ctx: ctxOf(c), input: c.req.valid("json") }), 200))
  .openapi(updateItem, async (c) =>
    c.json(
      await updateCatalogueItem({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  )
  .openapi(householdKit, async (c) =>
    c.json(await listHouseholdKit({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(handOut, async (c) => {
    const { kit, created } = await handOutKit({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return created ? c.json(kit, 201) : c.json(kit, 200);
  });

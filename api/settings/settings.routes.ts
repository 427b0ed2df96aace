import { z } from "@hono/zod-openapi";
import { LANGUAGES } from "../http/i18n.ts";
import {
  type Access,
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import * as conversion from "./conversion-settings.actions.ts";
import * as actions from "./settings.actions.ts";
import {
  CalorificValueSchema,
  Co2FactorSchema,
  CreateCalorificValueInput,
  CreateCo2FactorInput,
  CreateTariffInput,
  TariffListQuery,
  TariffSchema,
  UpdateCalorificValueInput,
  UpdateCo2FactorInput,
  UpdateTariffInput,
} from "./settings.schemas.ts";
import { chooseStaffLanguage } from "./staff-language.ts";
import { getWeatherStation, setWeatherStation } from "./weather-station.ts";

/**
 * Housing managers read them too: they see their tenants' consumption in € and must be able to say
 * which tariff and factors a figure comes from. Only staff who keep them may change them.
 */
const READERS = ["coordinator", "adviser", "housing_manager", "viewer"] as const;
const COORDINATOR = ["coordinator"] as const;
/** Advisers may write a household's own contract; the action keeps the defaults to the coordinator. */
const TARIFF_WRITERS = ["coordinator", "adviser"] as const;

/** The four routes of one settings resource: list, create, edit, delete. */
function resource<
  const P extends `/api/settings/${string}`,
  const I extends z.ZodType,
  const U extends z.ZodType,
  const O extends z.ZodType,
>({
  path,
  what,
  writers,
  input,
  update,
  output,
}: {
  path: P;
  what: string;
  writers: Access;
  input: I;
  update: U;
  output: O;
}) {
  const tags = ["settings"];
  const item: `${P}/{id}` = `${path}/{id}`;
  return {
    create: defineRoute(writers, {
      method: "post",
      path,
      tags,
      summary: `Add ${what}`,
      request: { body: jsonBody(input) },
      responses: { 201: jsonResponse(what, output), ...problems(400, 401, 403, 404) },
    }),
    update: defineRoute(writers, {
      method: "patch",
      path: item,
      tags,
      summary: `Edit ${what}`,
      request: { params: IdParam, body: jsonBody(update) },
      responses: { 200: jsonResponse(what, output), ...problems(400, 401, 403, 404) },
    }),
    remove: defineRoute(writers, {
      method: "delete",
      path: item,
      tags,
      summary: `Delete ${what}`,
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
    }),
  };
}

const tariffs = resource({
  path: "/api/settings/tariffs",
  what: "a tariff (the organisation's default, or a household's own contract)",
  writers: TARIFF_WRITERS,
  input: CreateTariffInput,
  update: UpdateTariffInput,
  output: TariffSchema,
});
const listTariffs = defineRoute(READERS, {
  method: "get",
  path: "/api/settings/tariffs",
  tags: ["settings"],
  summary: "The organisation's default tariffs, or one household's own contracts",
  request: { query: TariffListQuery },
  responses: { 200: jsonResponse("Tariffs", z.array(TariffSchema)), ...problems(400, 401, 403, 404) },
});

const calorific = resource({
  path: "/api/settings/calorific-values",
  what: "a gas calorific value for a period",
  writers: COORDINATOR,
  input: CreateCalorificValueInput,
  update: UpdateCalorificValueInput,
  output: CalorificValueSchema,
});
const listCalorific = defineRoute(READERS, {
  method: "get",
  path: "/api/settings/calorific-values",
  tags: ["settings"],
  summary: "Gas calorific values by period (CREG typical values apply outside them)",
  responses: { 200: jsonResponse("Calorific values", z.array(CalorificValueSchema)), ...problems(401, 403) },
});

const co2 = resource({
  path: "/api/settings/co2-factors",
  what: "a CO₂ factor with its source and convention",
  writers: COORDINATOR,
  input: CreateCo2FactorInput,
  update: UpdateCo2FactorInput,
  output: Co2FactorSchema,
});
const listCo2 = defineRoute(READERS, {
  method: "get",
  path: "/api/settings/co2-factors",
  tags: ["settings"],
  summary: "The organisation's CO₂ factors (shipped defaults apply where it has none)",
  responses: { 200: jsonResponse("CO₂ factors", z.array(Co2FactorSchema)), ...problems(401, 403) },
});

const StationSchema = z
  .object({ code: z.string(), name: z.string(), label: z.string().nullable() })
  .openapi("OrganisationWeatherStation");

const getStation = defineRoute(READERS, {
  method: "get",
  path: "/api/settings/weather-station",
  tags: ["settings"],
  summary: "The weather station whose degree-days this organisation's savings use",
  responses: { 200: jsonResponse("Station", StationSchema), ...problems(401, 403) },
});

const putStation = defineRoute(COORDINATOR, {
  method: "put",
  path: "/api/settings/weather-station",
  tags: ["settings"],
  summary: "Choose the organisation's weather station (one the platform holds)",
  request: { body: jsonBody(z.object({ stationCode: z.string().min(1).max(40) })) },
  responses: { 200: jsonResponse("Station", StationSchema), ...problems(400, 401, 403, 422) },
});

const StaffLanguageSchema = z.object({ staffLanguage: z.enum(LANGUAGES) }).openapi("StaffLanguage");

const putStaffLanguage = defineRoute(COORDINATOR, {
  method: "put",
  path: "/api/settings/staff-language",
  tags: ["settings"],
  summary: "Choose the language the organisation's staff write in (its members read it in GET /api/me)",
  request: { body: jsonBody(StaffLanguageSchema) },
  responses: { 200: jsonResponse("Chosen", StaffLanguageSchema), ...problems(400, 401, 403) },
});

export const settingsRoutes = moduleRouter()
  .openapi(getStation, async (c) => c.json(await getWeatherStation({ ctx: ctxOf(c) }), 200))
  .openapi(putStation, async (c) =>
    c.json(await setWeatherStation({ ctx: ctxOf(c), stationCode: c.req.valid("json").stationCode }), 200),
  )
  .openapi(putStaffLanguage, async (c) =>
    c.json(
      await chooseStaffLanguage({ ctx: ctxOf(c), staffLanguage: c.req.valid("json").staffLanguage }),
      200,
    ),
  )
  .openapi(listTariffs, async (c) =>
    c.json(await actions.listTariffs({ ctx: ctxOf(c), householdId: c.req.valid("query").householdId }), 200),
  )
  .openapi(tariffs.create, async (c) =>
    c.json(await actions.createTariff({ ctx: ctxOf(c), input: c.req.valid("json") }), 201),
  )
  .openapi(tariffs.update, async (c) => {
    const input = c.req.valid("json");
    return c.json(await actions.updateTariff({ ctx: ctxOf(c), id: c.req.valid("param").id, input }), 200);
  })
  .openapi(tariffs.remove, async (c) => {
    await actions.deleteTariff({ ctx: ctxOf(c), id: c.req.valid("param").id });
    return c.body(null, 204);
  })
  .openapi(listCalorific, async (c) => c.json(await conversion.listCalorificValues({ ctx: ctxOf(c) }), 200))
  .openapi(calorific.create, async (c) =>
    c.json(await conversion.createCalorificValue({ ctx: ctxOf(c), input: c.req.valid("json") }), 201),
  )
  .openapi(calorific.update, async (c) => {
    const input = c.req.valid("json");
    return c.json(
      await conversion.updateCalorificValue({ ctx: ctxOf(c), id: c.req.valid("param").id, input }),
      200,
    );
  })
  .openapi(calorific.remove, async (c) => {
    await conversion.deleteCalorificValue({ ctx: ctxOf(c), id: c.req.valid("param").id });
    return c.body(null, 204);
  })
  .openapi(listCo2, async (c) => c.json(await conversion.listCo2Factors({ ctx: ctxOf(c) }), 200))
  .openapi(co2.create, async (c) =>
    c.json(await conversion.createCo2Factor({ ctx: ctxOf(c), input: c.req.valid("json") }), 201),
  )
  .openapi(co2.update, async (c) => {
    const input = c.req.valid("json");
    return c.json(
      await conversion.updateCo2Factor({ ctx: ctxOf(c), id: c.req.valid("param").id, input }),
      200,
    );
  })
  .openapi(co2.remove, async (c) => {
    await conversion.deleteCo2Factor({ ctx: ctxOf(c), id: c.req.valid("param").id });
    return c.body(null, 204);
  });

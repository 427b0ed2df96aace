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
import { correctReading, deleteReading } from "./correct-reading.ts";
import { recordDelivery, recordTopUp } from "./deliveries-and-top-ups.ts";
import { listDeliveries, listTopUps, viewMeter, viewMeters, viewReadings } from "./meter-reads.ts";
import { createMeter, replaceMeter } from "./meters.actions.ts";
import {
  CorrectReadingInput,
  CreateMeterInput,
  DeliveryInput,
  DeliverySchema,
  MeterSchema,
  ReadingInput,
  ReadingListItemSchema,
  ReadingSchema,
  ReplaceMeterInput,
  TopUpInput,
  TopUpSchema,
} from "./meters.schemas.ts";
import { recordReading } from "./record-reading.ts";

const MeterIdParam = z.object({ meterId: z.uuid().openapi({ param: { name: "meterId", in: "path" } }) });

/** Households manage their own meters; staff of the organisation do it for them once they consent. */
const WRITERS = ["coordinator", "adviser", "housing_manager", "household"] as const;
const READERS = [...WRITERS, "viewer"] as const;

const list = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/meters",
  tags: ["meters"],
  summary: "A household's meters, with the last index of each register",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Meters", z.array(MeterSchema)), ...problems(401, 403, 404) },
});

const create = defineRoute(WRITERS, {
  method: "post",
  path: "/api/households/{id}/meters",
  tags: ["meters"],
  summary:
    "Add a meter with its start index (201; 200 with the stored meter when retried with the same clientId)",
  request: { params: IdParam, body: jsonBody(CreateMeterInput) },
  responses: { ...storedOnceResponses(MeterSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const get = defineRoute(READERS, {
  method: "get",
  path: "/api/meters/{meterId}",
  tags: ["meters"],
  summary: "One meter",
  request: { params: MeterIdParam },
  responses: { 200: jsonResponse("Meter", MeterSchema), ...problems(401, 403, 404) },
});

const replace = defineRoute(WRITERS, {
  method: "post",
  path: "/api/meters/{meterId}/replace",
  tags: ["meters"],
  summary: "Replace a meter: final index of the old one, start index of the new one",
  request: { params: MeterIdParam, body: jsonBody(ReplaceMeterInput) },
  responses: { 201: jsonResponse("The new meter", MeterSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const addReading = defineRoute(WRITERS, {
  method: "post",
  path: "/api/meters/{meterId}/readings",
  tags: ["readings"],
  summary:
    "Enter a reading (201 the first time, 200 with the stored reading when retried with the same clientId)",
  request: { params: MeterIdParam, body: jsonBody(ReadingInput) },
  responses: {
    ...storedOnceResponses(ReadingSchema),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const readings = defineRoute(READERS, {
  method: "get",
  path: "/api/meters/{meterId}/readings",
  tags: ["readings"],
  summary: "Every reading of a meter, oldest first (start and final indexes flagged), with mine and editable",
  request: { params: MeterIdParam },
  responses: { 200: jsonResponse("Readings", z.array(ReadingListItemSchema)), ...problems(401, 403, 404) },
});

const correct = defineRoute(WRITERS, {
  method: "patch",
  path: "/api/readings/{id}",
  tags: ["readings"],
  summary: "Correct a reading (its author or the coordinator; audited)",
  request: { params: IdParam, body: jsonBody(CorrectReadingInput) },
  responses: {
    200: jsonResponse("Corrected (as the readings list shows it)", ReadingListItemSchema),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const remove = defineRoute(WRITERS, {
  method: "delete",
  path: "/api/readings/{id}",
  tags: ["readings"],
  summary: "Delete a reading (its author or the coordinator; audited)",
  request: { params: IdParam },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404, 422) },
});

const delivery = defineRoute(WRITERS, {
  method: "post",
  path: "/api/meters/{meterId}/deliveries",
  tags: ["readings"],
  summary: "Record a delivery of heating oil, pellets or wood (idempotent by clientId)",
  request: { params: MeterIdParam, body: jsonBody(DeliveryInput) },
  responses: {
    ...storedOnceResponses(DeliverySchema),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const deliveries = defineRoute(READERS, {
  method: "get",
  path: "/api/meters/{meterId}/deliveries",
  tags: ["readings"],
  summary: "A fuel meter's deliveries, newest first",
  request: { params: MeterIdParam },
  responses: { 200: jsonResponse("Deliveries", z.array(DeliverySchema)), ...problems(401, 403, 404) },
});

const topUps = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/top-ups",
  tags: ["readings"],
  summary: "A household's budget-meter top-ups, newest first",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Top-ups", z.array(TopUpSchema)), ...problems(401, 403, 404) },
});

const topUp = defineRoute(WRITERS, {
  method: "post",
  path: "/api/households/{id}/top-ups",
  tags: ["readings"],
  summary: "Record money put on a budget meter (idempotent by clientId)",
  request: { params: IdParam, body: jsonBody(TopUpInput) },
  responses: {
    ...storedOnceResponses(TopUpSchema),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

export const meterRoutes = moduleRouter()
  .openapi(list, async (c) =>
    c.json(await viewMeters({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(create, async (c) => {
    const input = c.req.valid("json");
    const { created, meter } = await createMeter({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input,
    });
    return created ? c.json(meter, 201) : c.json(meter, 200);
  })
  .openapi(get, async (c) =>
    c.json(await viewMeter({ ctx: ctxOf(c), meterId: c.req.valid("param").meterId }), 200),
  )
  .openapi(replace, async (c) => {
    const input = c.req.valid("json");
    return c.json(await replaceMeter({ ctx: ctxOf(c), meterId: c.req.valid("param").meterId, input }), 201);
  })
  .openapi(addReading, async (c) => {
    const input = c.req.valid("json");
    const { created, reading } = await recordReading({
      ctx: ctxOf(c),
      meterId: c.req.valid("param").meterId,
      input,
    });
    return created ? c.json(reading, 201) : c.json(reading, 200);
  })
  .openapi(readings, async (c) =>
    c.json(await viewReadings({ ctx: ctxOf(c), meterId: c.req.valid("param").meterId }), 200),
  )
  .openapi(correct, async (c) => {
    const input = c.req.valid("json");
    return c.json(await correctReading({ ctx: ctxOf(c), id: c.req.valid("param").id, input }), 200);
  })
  .openapi(remove, async (c) => {
    await deleteReading({ ctx: ctxOf(c), id: c.req.valid("param").id });
    return c.body(null, 204);
  })
  .openapi(delivery, async (c) => {
    const input = c.req.valid("json");
    const { created, delivery } = await recordDelivery({
      ctx: ctxOf(c),
      meterId: c.req.valid("param").meterId,
      input,
    });
    return created ? c.json(delivery, 201) : c.json(delivery, 200);
  })
  .openapi(deliveries, async (c) =>
    c.json(await listDeliveries({ ctx: ctxOf(c), meterId: c.req.valid("param").meterId }), 200),
  )
  .openapi(topUps, async (c) =>
    c.json(await listTopUps({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(topUp, async (c) => {
    const input = c.req.valid("json");
    const { created, topUp } = await recordTopUp({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input,
    });
    return created ? c.json(topUp, 201) : c.json(topUp, 200);
  });

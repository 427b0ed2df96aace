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
  answerConsultation,
  createConsultation,
  listConsultations,
  updateConsultation,
} from "./consultations.actions.ts";
import {
  AnswerInput,
  ConsultationInput,
  ConsultationSchema,
  StoredAnswerSchema,
  UpdateConsultationInput,
} from "./consultations.schemas.ts";

const tags = ["buildings"];

const create = defineRoute(BUILDING_WRITERS, {
  method: "post",
  path: "/api/buildings/{id}/consultations",
  tags,
  summary:
    "Put a question to the building's tenants, with 2 to 6 options explained (cost, comfort); draft or open",
  request: { params: IdParam, body: jsonBody(ConsultationInput) },
  responses: { 201: jsonResponse("Created", ConsultationSchema), ...problems(400, 401, 403, 404, 422) },
});

const list = defineRoute([...BUILDING_READERS, "household"], {
  method: "get",
  path: "/api/buildings/{id}/consultations",
  tags,
  summary:
    "The building's consultations: staff see all with results; a tenant household the open and closed ones, results once closed, and its dwelling's answer",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Consultations", z.array(ConsultationSchema)), ...problems(401, 403, 404) },
});

const update = defineRoute(BUILDING_WRITERS, {
  method: "patch",
  path: "/api/consultations/{id}",
  tags,
  summary: "Open a draft, close an open consultation, or edit a draft (options frozen once open)",
  request: { params: IdParam, body: jsonBody(UpdateConsultationInput) },
  responses: { 200: jsonResponse("Updated", ConsultationSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const answer = defineRoute(["household"], {
  method: "post",
  path: "/api/consultations/{id}/answers",
  tags,
  summary:
    "A tenant household answers for its dwelling (one answer per dwelling; again replaces it while open; closed: 409)",
  request: { params: IdParam, body: jsonBody(AnswerInput) },
  responses: {
    201: jsonResponse("Stored", StoredAnswerSchema),
    200: jsonResponse("Replaced the dwelling's answer", StoredAnswerSchema),
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

export const consultationsRoutes = moduleRouter()
  .openapi(create, async (c) =>
    c.json(
      await createConsultation({
        ctx: ctxOf(c),
        buildingId: c.req.valid("param").id,
        input: c.req.valid("json"),
      }),
      201,
    ),
  )
  .openapi(list, async (c) =>
    c.json(await listConsultations({ ctx: ctxOf(c), buildingId: c.req.valid("param").id }), 200),
  )
  .openapi(update, async (c) =>
    c.json(
      await updateConsultation({ ctx: ctxOf(c), id: c.req.valid("param").id, input: c.req.valid("json") }),
      200,
    ),
  )
  .openapi(answer, async (c) => {
    const out = await answerConsultation({
      ctx: ctxOf(c),
      id: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return out.created ? c.json(out.answer, 201) : c.json(out.answer, 200);
  });

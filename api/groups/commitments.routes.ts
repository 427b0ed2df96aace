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
import { createCommitment, listCommitments, updateCommitment } from "./commitments.actions.ts";
import {
  CommitmentParams,
  CommitmentSchema,
  CreateCommitmentInput,
  UpdateCommitmentInput,
} from "./commitments.schemas.ts";

const tags = ["groups"];
const WRITERS = ["coordinator", "adviser", "household"] as const;

const list = defineRoute(["coordinator", "adviser", "housing_manager", "viewer", "household"], {
  method: "get",
  path: "/api/households/{id}/commitments",
  tags,
  summary: "The household's commitments (its own; staff with its consent)",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Commitments", CommitmentSchema.array()), ...problems(401, 403, 404) },
});

const create = defineRoute(WRITERS, {
  method: "post",
  path: "/api/households/{id}/commitments",
  tags,
  summary: "A tip the household will act on, within its group",
  request: { params: IdParam, body: jsonBody(CreateCommitmentInput) },
  responses: { ...storedOnceResponses(CommitmentSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

const update = defineRoute(WRITERS, {
  method: "patch",
  path: "/api/households/{id}/commitments/{commitmentId}",
  tags,
  summary: "Done, dropped or planned again, on a day; records who said so",
  request: { params: CommitmentParams, body: jsonBody(UpdateCommitmentInput) },
  responses: { 200: jsonResponse("Updated", CommitmentSchema), ...problems(400, 401, 403, 404, 409, 422) },
});

export const commitmentsRoutes = moduleRouter()
  .openapi(list, async (c) =>
    c.json(await listCommitments({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(create, async (c) => {
    const { commitment, created } = await createCommitment({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return created ? c.json(commitment, 201) : c.json(commitment, 200);
  })
  .openapi(update, async (c) => {
    const { id, commitmentId } = c.req.valid("param");
    return c.json(
      await updateCommitment({ ctx: ctxOf(c), householdId: id, commitmentId, input: c.req.valid("json") }),
      200,
    );
  });

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
import {
  listReferrals,
  listVisits,
  recordReferral,
  recordVisit,
  updateReferral,
  updateVisit,
} from "./visits.actions.ts";
import {
  ItemParams,
  ReferralInput,
  ReferralSchema,
  UpdateReferralInput,
  UpdateVisitInput,
  VisitInput,
  VisitSchema,
} from "./visits.schemas.ts";

const tags = ["groups"];
const READERS = ["coordinator", "adviser", "housing_manager", "viewer"] as const;
const WRITERS = ["coordinator", "adviser"] as const;
const writeProblems = problems(400, 401, 403, 404, 422);

const visits = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/visits",
  tags,
  summary: "The household's home visits (with its consent; reads audited)",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Visits", VisitSchema.array()), ...problems(401, 403, 404) },
});

const addVisit = defineRoute(WRITERS, {
  method: "post",
  path: "/api/households/{id}/visits",
  tags,
  summary: "Records a home visit: checklist, findings, follow-up day",
  request: { params: IdParam, body: jsonBody(VisitInput) },
  responses: { ...storedOnceResponses(VisitSchema), ...writeProblems },
});

const editVisit = defineRoute(WRITERS, {
  method: "patch",
  path: "/api/households/{id}/visits/{itemId}",
  tags,
  summary: "Edits a home visit",
  request: { params: ItemParams, body: jsonBody(UpdateVisitInput) },
  responses: { 200: jsonResponse("Updated", VisitSchema), ...writeProblems },
});

const referrals = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/referrals",
  tags,
  summary: "The household's referrals to partners (with its consent; reads audited)",
  request: { params: IdParam },
  responses: { 200: jsonResponse("Referrals", ReferralSchema.array()), ...problems(401, 403, 404) },
});

const addReferral = defineRoute(WRITERS, {
  method: "post",
  path: "/api/households/{id}/referrals",
  tags,
  summary: "Records a referral: to whom, why, when (and its outcome once known)",
  request: { params: IdParam, body: jsonBody(ReferralInput) },
  responses: { ...storedOnceResponses(ReferralSchema), ...writeProblems },
});

const editReferral = defineRoute(WRITERS, {
  method: "patch",
  path: "/api/households/{id}/referrals/{itemId}",
  tags,
  summary: "Records a referral's outcome, or corrects it",
  request: { params: ItemParams, body: jsonBody(UpdateReferralInput) },
  responses: { 200: jsonResponse("Updated", ReferralSchema), ...writeProblems },
});

export const visitsRoutes = moduleRouter()
  .openapi(visits, async (c) =>
    c.json(await listVisits({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(addVisit, async (c) => {
    const { visit, created } = await recordVisit({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return created ? c.json(visit, 201) : c.json(visit, 200);
  })
  .openapi(editVisit, async (c) => {
    const { id, itemId } = c.req.valid("param");
    return c.json(
      await updateVisit({ ctx: ctxOf(c), householdId: id, id: itemId, input: c.req.valid("json") }),
      200,
    );
  })
  .openapi(referrals, async (c) =>
    c.json(await listReferrals({ ctx: ctxOf(c), householdId: c.req.valid("param").id }), 200),
  )
  .openapi(addReferral, async (c) => {
    const { referral, created } = await recordReferral({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      input: c.req.valid("json"),
    });
    return created ? c.json(referral, 201) : c.json(referral, 200);
  })
  .openapi(editReferral, async (c) => {
    const { id, itemId } = c.req.valid("param");
    return c.json(
      await updateReferral({ ctx: ctxOf(c), householdId: id, id: itemId, input: c.req.valid("json") }),
      200,
    );
  });

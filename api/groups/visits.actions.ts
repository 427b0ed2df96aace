import type { z } from "@hono/zod-openapi";
import { recordHouseholdRead } from "../audit/index.ts";
import { createOnce } from "../client-requests/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { type FieldError, NotFound, Validation } from "../http/errors.ts";
import { audit } from "./groups.actions.ts";
import * as repo from "./visits.repo.ts";
import type { ReferralInput, UpdateReferralInput, UpdateVisitInput, VisitInput } from "./visits.schemas.ts";

/**
 * Home visits and referrals to partners: staff records about a household, behind its consent like
 * the rest of its data; staff reads are audited.
 */

/** Days not in the future (a follow-up may be), and not before the day they follow (`tooEarly` says so). */
function dayProblems(
  ctx: Ctx,
  days: {
    field: string;
    day: string | null | undefined;
    notBefore?: string | null;
    tooEarly?: string;
    future?: boolean;
  }[],
) {
  const today = brusselsDayOf(ctx.now);
  const problems: FieldError[] = [];
  for (const { field, day, notBefore, tooEarly, future } of days) {
    if (!day) continue;
    if (day > today && !future) problems.push({ field, code: "in_future", message: "group.day_in_future" });
    else if (notBefore && tooEarly && day < notBefore)
      problems.push({ field, code: "too_early", message: tooEarly });
  }
  if (problems.length) throw new Validation(problems[0]?.message as string, problems);
}

const followUp = { field: "followUpOn", tooEarly: "visit.follow_up_before_visit", future: true } as const;
const outcome = { field: "outcomeOn", tooEarly: "referral.outcome_before_referral" } as const;

export async function listVisits({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const visits = await repo.listVisits(ctx.db, ctx.orgId, householdId);
  await recordHouseholdRead({ ctx, householdId, action: "household.visits_viewed" });
  return visits;
}

export async function recordVisit({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof VisitInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  dayProblems(ctx, [
    { field: "visitedOn", day: input.visitedOn },
    { ...followUp, day: input.followUpOn, notBefore: input.visitedOn },
  ]);
  const { clientId, ...fields } = input;
  const request = { clientId, action: "visit.recorded", subjectId: householdId, body: input };
  const { id, created } = await createOnce(ctx, request, async (tx) => {
    const created = await repo.insertVisit(tx, {
      ...fields,
      organisationId: ctx.orgId,
      householdId,
      visitedBy: ctx.actor.userId,
    });
    await audit(tx, ctx, "visit.recorded", householdId, { visitId: created });
    return created;
  });
  return { visit: await visitOrNotFound(ctx, householdId, id), created };
}

export async function updateVisit({
  ctx,
  householdId,
  id,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  id: string;
  input: z.infer<typeof UpdateVisitInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const stored = await visitOrNotFound(ctx, householdId, id);
  const visitedOn = input.visitedOn ?? stored.visitedOn;
  const followUpOn = input.followUpOn === undefined ? stored.followUpOn : input.followUpOn;
  dayProblems(ctx, [
    { field: "visitedOn", day: input.visitedOn },
    { ...followUp, day: followUpOn, notBefore: visitedOn },
  ]);
  await ctx.db.transaction(async (tx) => {
    await repo.updateVisit(tx, { orgId: ctx.orgId, householdId, id }, { ...input, updatedAt: ctx.now });
    await audit(tx, ctx, "visit.updated", householdId, { visitId: id, fields: Object.keys(input) });
  });
  return visitOrNotFound(ctx, householdId, id);
}

async function visitOrNotFound(ctx: Ctx, householdId: string, id: string) {
  const [visit] = await repo.listVisits(ctx.db, ctx.orgId, householdId, id);
  if (!visit) throw new NotFound();
  return visit;
}

export async function listReferrals({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const list = await repo.listReferrals(ctx.db, ctx.orgId, householdId);
  await recordHouseholdRead({ ctx, householdId, action: "household.referrals_viewed" });
  return list;
}

export async function recordReferral({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof ReferralInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  dayProblems(ctx, [
    { field: "referredOn", day: input.referredOn },
    { ...outcome, day: input.outcomeOn, notBefore: input.referredOn },
  ]);
  const { clientId, ...fields } = input;
  const request = { clientId, action: "referral.recorded", subjectId: householdId, body: input };
  const { id, created } = await createOnce(ctx, request, async (tx) => {
    const created = await repo.insertReferral(tx, {
      ...fields,
      organisationId: ctx.orgId,
      householdId,
      recordedBy: ctx.actor.userId,
    });
    await audit(tx, ctx, "referral.recorded", householdId, { referralId: created, partner: input.partner });
    return created;
  });
  return { referral: await referralOrNotFound(ctx, householdId, id), created };
}

/** Its outcome once known, or a correction. */
export async function updateReferral({
  ctx,
  householdId,
  id,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  id: string;
  input: z.infer<typeof UpdateReferralInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const stored = await referralOrNotFound(ctx, householdId, id);
  dayProblems(ctx, [
    { field: "referredOn", day: input.referredOn },
    {
      ...outcome,
      day: input.outcomeOn === undefined ? stored.outcomeOn : input.outcomeOn,
      notBefore: input.referredOn ?? stored.referredOn,
    },
  ]);
  await ctx.db.transaction(async (tx) => {
    await repo.updateReferral(tx, { orgId: ctx.orgId, householdId, id }, { ...input, updatedAt: ctx.now });
    await audit(tx, ctx, "referral.updated", householdId, { referralId: id, fields: Object.keys(input) });
  });
  return referralOrNotFound(ctx, householdId, id);
}

async function referralOrNotFound(ctx: Ctx, householdId: string, id: string) {
  const [referral] = await repo.listReferrals(ctx.db, ctx.orgId, householdId, id);
  if (!referral) throw new NotFound();
  return referral;
}

import type { z } from "@hono/zod-openapi";
import { recordHouseholdRead } from "../audit/index.ts";
import { createOnce } from "../client-requests/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import { visibleTipIds } from "../tips/index.ts";
import * as repo from "./commitments.repo.ts";
import type { CreateCommitmentInput, UpdateCommitmentInput } from "./commitments.schemas.ts";
import { writableGroup } from "./group-access.ts";
import { audit } from "./groups.actions.ts";
import { commitmentDates, membershipOn } from "./groups.rules.ts";
import * as memberRepo from "./members.repo.ts";

/** The household's commitments: its own, or, for staff, with its consent (and the read audited). */
export async function listCommitments({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const list = await repo.listCommitments(ctx.db, ctx.orgId, householdId);
  await recordHouseholdRead({ ctx, householdId, action: "household.commitments_viewed" });
  return list;
}

/** A tip the household will act on, within the group it belongs to on `plannedOn`. */
export async function createCommitment({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof CreateCommitmentInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const plannedOn = input.plannedOn ?? brusselsDayOf(ctx.now);
  if (plannedOn > brusselsDayOf(ctx.now))
    throw new Validation("group.day_in_future", [
      { field: "plannedOn", code: "in_future", message: "group.day_in_future" },
    ]);
  if (!(await visibleTipIds(ctx.db, ctx.orgId, [input.tipId])).has(input.tipId))
    throw new Validation("tips.unknown", [{ field: "tipId", code: "unknown_tip", message: "tips.unknown" }]);
  const request = {
    clientId: input.clientId,
    action: "commitment.created",
    subjectId: householdId,
    body: input,
  };
  const { id, created } = await createOnce(ctx, request, async (tx) => {
    const membership = membershipOn(
      await memberRepo.membershipsOfHousehold(tx, ctx.orgId, householdId),
      plannedOn,
    );
    if (!membership)
      throw new Validation(
        "commitment.not_a_member",
        [{ field: "plannedOn", code: "not_a_member", message: "commitment.not_a_member" }],
        { day: plannedOn },
      );
    await writableGroup(tx, ctx, membership.groupId);
    const created = await repo.insertCommitment(tx, {
      organisationId: ctx.orgId,
      householdId,
      tipId: input.tipId,
      groupId: membership.groupId,
      plannedOn,
      note: input.note,
      createdBy: ctx.actor.userId,
      recordedBy: ctx.actor.userId,
    });
    await audit(tx, ctx, "commitment.created", householdId, { commitmentId: created, tipId: input.tipId });
    return created;
  });
  const commitment = await repo.findCommitment(ctx.db, ctx.orgId, householdId, id);
  if (!commitment) throw new NotFound();
  return { commitment, created };
}

/** Done, dropped, or back to planned, on a day, recorded by the caller. */
export async function updateCommitment({
  ctx,
  householdId,
  commitmentId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  commitmentId: string;
  input: z.infer<typeof UpdateCommitmentInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const stored = await repo.findCommitment(ctx.db, ctx.orgId, householdId, commitmentId);
  if (!stored) throw new NotFound();
  const on = input.on ?? brusselsDayOf(ctx.now);
  if (on > brusselsDayOf(ctx.now))
    throw new Validation("group.day_in_future", [
      { field: "on", code: "in_future", message: "group.day_in_future" },
    ]);
  if (on < stored.plannedOn)
    throw new Validation(
      "commitment.before_planned",
      [{ field: "on", code: "before_planned", message: "commitment.before_planned" }],
      { day: stored.plannedOn },
    );
  await ctx.db.transaction(async (tx) => {
    await writableGroup(tx, ctx, stored.groupId);
    await repo.updateCommitment(tx, ctx.orgId, commitmentId, {
      status: input.status,
      ...commitmentDates(input.status, on),
      ...(input.note === undefined ? {} : { note: input.note }),
      recordedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    });
    await audit(tx, ctx, `commitment.${input.status}`, householdId, { commitmentId });
  });
  return (await repo.findCommitment(ctx.db, ctx.orgId, householdId, commitmentId)) as typeof stored;
}

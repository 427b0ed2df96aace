import type { z } from "@hono/zod-openapi";
import { isUniqueViolation } from "../../db/errors.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { writableGroup } from "./group-access.ts";
import { audit, getGroup } from "./groups.actions.ts";
import { lastAttendedAfterLeaving, runningGroupConflict } from "./groups.rules.ts";
import type { AddMemberInput, UpdateMemberInput } from "./groups.schemas.ts";
import * as memberRepo from "./members.repo.ts";
import * as sessionRepo from "./sessions.repo.ts";

/**
 * A household joins the group on `joinedOn` (its savings count from that day). One running group at
 * a time: the household's row is locked, so two advisers adding it to two groups at once cannot both
 * succeed.
 */
export async function addMember({
  ctx,
  groupId,
  input,
}: {
  ctx: Ctx;
  groupId: string;
  input: z.infer<typeof AddMemberInput>;
}) {
  try {
    await ctx.db.transaction(async (tx) => {
      const group = await writableGroup(tx, ctx, groupId);
      if (!(await memberRepo.lockHousehold(tx, ctx.orgId, input.householdId)))
        throw new Validation("group.unknown_household", [
          { field: "householdId", code: "unknown_household", message: "group.unknown_household" },
        ]);
      if (input.joinedOn < group.startsOn || (group.endsOn !== null && input.joinedOn > group.endsOn))
        throw new Validation("group.joined_outside_group", [
          { field: "joinedOn", code: "outside_group", message: "group.joined_outside_group" },
        ]);
      const others = (await memberRepo.membershipsOfHousehold(tx, ctx.orgId, input.householdId)).filter(
        (m) => m.groupId !== groupId,
      );
      const busy = group.status === "running" ? runningGroupConflict(others, input.joinedOn) : undefined;
      if (busy) throw new Conflict("group.in_running_group", { group: busy.groupName });
      await memberRepo.insertMember(tx, {
        organisationId: ctx.orgId,
        groupId,
        householdId: input.householdId,
        joinedOn: input.joinedOn,
        createdBy: ctx.actor.userId,
      });
      await audit(tx, ctx, "group.member_added", groupId, { householdId: input.householdId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("group.already_member");
    throw error;
  }
  return getGroup({ ctx, id: groupId });
}

/** Records that a household left the group (its last day), or, with null, that it stays after all. */
export async function updateMember({
  ctx,
  groupId,
  householdId,
  input,
}: {
  ctx: Ctx;
  groupId: string;
  householdId: string;
  input: z.infer<typeof UpdateMemberInput>;
}) {
  await ctx.db.transaction(async (tx) => {
    const group = await writableGroup(tx, ctx, groupId);
    const member = await memberRepo.findMember(tx, ctx.orgId, groupId, householdId);
    if (!member) throw new NotFound();
    if (input.leftOn !== null && input.leftOn < member.joinedOn)
      throw new Validation("group.left_before_joined", [
        { field: "leftOn", code: "before_joined", message: "group.left_before_joined" },
      ]);
    if (input.leftOn !== null) {
      const starts = await sessionRepo.attendedSessionStarts(tx, ctx.orgId, groupId, householdId);
      const day = lastAttendedAfterLeaving({
        member,
        leftOn: input.leftOn,
        attendedDays: starts.map((at) => brusselsDayOf(at)),
      });
      if (day)
        throw new Conflict("group.left_before_attended", { day }, [
          { field: "leftOn", code: "left_before_attended", message: "group.left_before_attended" },
        ]);
    }
    if (input.leftOn === null && group.status === "running") {
      await memberRepo.lockHousehold(tx, ctx.orgId, householdId);
      const others = (await memberRepo.membershipsOfHousehold(tx, ctx.orgId, householdId)).filter(
        (m) => m.groupId !== groupId,
      );
      const busy = runningGroupConflict(others, member.joinedOn);
      if (busy) throw new Conflict("group.in_running_group", { group: busy.groupName });
    }
    await memberRepo.setLeftOn(tx, {
      orgId: ctx.orgId,
      groupId,
      householdId,
      leftOn: input.leftOn,
      now: ctx.now,
    });
    await audit(tx, ctx, input.leftOn ? "group.member_left" : "group.member_returned", groupId, {
      householdId,
      leftOn: input.leftOn,
    });
  });
  return getGroup({ ctx, id: groupId });
}

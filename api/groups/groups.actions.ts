import type { z } from "@hono/zod-openapi";
import type { Tx } from "../../db/client.ts";
import { recordAudit } from "../audit/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { writableGroup } from "./group-access.ts";
import * as repo from "./groups.repo.ts";
import { type GroupDates, mayMoveTo, membersOutsideNewDates, themesNotCovered } from "./groups.rules.ts";
import type { CreateGroupInput, GroupSchema, UpdateGroupInput } from "./groups.schemas.ts";
import { householdNames } from "./household-names.ts";
import * as memberRepo from "./members.repo.ts";

type Create = z.infer<typeof CreateGroupInput>;
type Update = z.infer<typeof UpdateGroupInput>;

export async function listGroups({ ctx }: { ctx: Ctx }) {
  return repo.listGroups(ctx.db, ctx.orgId, { today: brusselsDayOf(ctx.now), now: ctx.now });
}

export async function getGroup({ ctx, id }: { ctx: Ctx; id: string }): Promise<z.infer<typeof GroupSchema>> {
  const group = await repo.findGroup(ctx.db, ctx.orgId, id);
  if (!group) throw new NotFound();
  const [advisers, objectives, members, themes] = await Promise.all([
    repo.listAdvisers(ctx.db, ctx.orgId, id),
    repo.listObjectives(ctx.db, ctx.orgId, id),
    memberRepo.listMembers(ctx.db, ctx.orgId, id),
    repo.sessionThemes(ctx.db, ctx.orgId, id),
  ]);
  return { ...group, advisers, objectives, members, themesNotCovered: themesNotCovered(themes) };
}

/** A new group; the adviser who creates it advises it unless others are named. */
export async function createGroup({ ctx, input }: { ctx: Ctx; input: Create }) {
  const { adviserIds, objectives, ...fields } = input;
  const advisers = adviserIds ?? (ctx.actor.role === "adviser" ? [ctx.actor.userId] : []);
  const id = await ctx.db.transaction(async (tx) => {
    await assertAdvisers(tx, ctx, advisers);
    const created = await repo.insertGroup(tx, {
      ...fields,
      organisationId: ctx.orgId,
      createdBy: ctx.actor.userId,
    });
    await repo.replaceAdvisers(tx, ctx.orgId, created, advisers);
    await repo.replaceObjectives(tx, ctx.orgId, created, objectives);
    await audit(tx, ctx, "group.created", created);
    return created;
  });
  return getGroup({ ctx, id });
}

/** Edits a group; setting `closed` makes it read-only for good, `running` checks its members first. */
export async function updateGroup({ ctx, id, input }: { ctx: Ctx; id: string; input: Update }) {
  const { adviserIds, objectives, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    const group = await writableGroup(tx, ctx, id);
    const startsOn = fields.startsOn ?? group.startsOn;
    const endsOn = fields.endsOn === undefined ? group.endsOn : fields.endsOn;
    if (endsOn !== null && endsOn < startsOn)
      throw new Validation("group.ends_before_start", [
        { field: "endsOn", code: "ends_before_start", message: "group.ends_before_start" },
      ]);
    await assertMembersWithinDates(tx, ctx, id, { stored: group, next: { startsOn, endsOn } });
    if (fields.status && !mayMoveTo(group.status, fields.status))
      throw new Validation("group.status_back_to_planned", [
        { field: "status", code: "back_to_planned", message: "group.status_back_to_planned" },
      ]);
    if (fields.status === "running" && group.status !== "running") {
      // Members locked first: no adviser adds one of them to another running group meanwhile.
      await memberRepo.lockMembersOf(tx, ctx.orgId, id);
      const busy = await memberRepo.membersInOtherRunningGroups(tx, {
        orgId: ctx.orgId,
        groupId: id,
        from: startsOn,
      });
      if (busy.length) throw new Conflict("group.members_in_running_group", householdNames(busy));
    }
    if (adviserIds) {
      await assertAdvisers(tx, ctx, adviserIds);
      await repo.replaceAdvisers(tx, ctx.orgId, id, adviserIds);
    }
    if (objectives) await repo.replaceObjectives(tx, ctx.orgId, id, objectives);
    await repo.updateGroup(tx, ctx.orgId, id, { ...fields, updatedAt: ctx.now });
    await audit(tx, ctx, fields.status === "closed" ? "group.closed" : "group.updated", id, {
      fields: Object.keys(input),
    });
  });
  return getGroup({ ctx, id });
}

/**
 * New dates must keep every member's joining day inside the group, as when it joined (409): the
 * joining day cannot be edited, so the refusal says how far the date may go.
 */
async function assertMembersWithinDates(
  tx: Tx,
  ctx: Ctx,
  groupId: string,
  dates: { stored: GroupDates; next: GroupDates },
) {
  // By joining day: the first is the latest start allowed, the last the earliest end.
  const members = await memberRepo.listMembers(tx, ctx.orgId, groupId);
  const { beforeStart, afterEnd } = membersOutsideNewDates({ members, ...dates });
  const first = beforeStart[0];
  if (first)
    throw new Conflict(
      "group.members_joined_before_start",
      { ...householdNames(beforeStart), day: first.joinedOn },
      [{ field: "startsOn", code: "members_joined_before", message: "group.members_joined_before_start" }],
    );
  const last = afterEnd.at(-1);
  if (last)
    throw new Conflict(
      "group.members_joined_after_end",
      { ...householdNames(afterEnd), day: last.joinedOn },
      [{ field: "endsOn", code: "members_joined_after", message: "group.members_joined_after_end" }],
    );
}

async function assertAdvisers(tx: Tx, ctx: Ctx, userIds: readonly string[]) {
  const allowed = await repo.staffWhoMayAdvise(tx, ctx.orgId, userIds);
  const fieldErrors = userIds.flatMap((userId, i) =>
    allowed.has(userId)
      ? []
      : [{ field: `adviserIds.${i}`, code: "unknown_adviser", message: "group.unknown_adviser" }],
  );
  if (fieldErrors.length) throw new Validation("group.unknown_adviser", fieldErrors);
}

export function audit(
  tx: Tx,
  ctx: Ctx,
  action: string,
  subjectId: string,
  details?: Record<string, unknown>,
) {
  return recordAudit(tx, {
    organisationId: ctx.orgId,
    actorUserId: ctx.actor.userId,
    action,
    subjectId,
    details,
    at: ctx.now,
  });
}

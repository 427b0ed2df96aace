import { recordHouseholdRead } from "../audit/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess, householdsSharingWithGroup } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import * as repo from "./group-view.repo.ts";
import { attendanceRate, currentMembership, doneShare, groupAverage } from "./group-view.rules.ts";
import * as memberRepo from "./members.repo.ts";

const NOTHING = { planned: 0, done: 0, dropped: 0 };

/**
 * The household's view of its group: the group, its next session, the household's own figures and
 * the group's anonymised averages over the members that consent to share with the group. Staff may
 * read it with the household's consent (read audited).
 */
export async function getGroupView({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const memberships = await memberRepo.membershipsOfHousehold(ctx.db, ctx.orgId, householdId);
  const membership = currentMembership(memberships, brusselsDayOf(ctx.now));
  await recordHouseholdRead({ ctx, householdId, action: "household.group_view_viewed" });
  if (!membership)
    return {
      group: null,
      nextSession: null,
      own: { commitments: NOTHING, doneShare: null, attendanceRate: null },
      groupAverage: null,
      averageWithheld: "no_group" as const,
    };
  const { groupId } = membership;
  const [nextSession, memberCount, counts, sharing] = await Promise.all([
    repo.nextSession(ctx.db, ctx.orgId, groupId, ctx.now),
    repo.memberCount(ctx.db, ctx.orgId, groupId),
    repo.countsByHousehold(ctx.db, ctx.orgId, groupId, ctx.now),
    householdsSharingWithGroup({ ctx }),
  ]);
  const mine = counts.find((c) => c.householdId === householdId);
  // Only the figures of households that agreed to share with the group make up its average.
  const { average, withheld } = groupAverage(
    memberCount,
    counts.filter((c) => sharing.has(c.householdId)),
  );
  return {
    group: {
      id: groupId,
      name: membership.groupName,
      status: membership.status,
      joinedOn: membership.joinedOn,
      leftOn: membership.leftOn,
    },
    nextSession,
    own: {
      commitments: mine?.commitments ?? NOTHING,
      doneShare: mine ? doneShare(mine.commitments) : null,
      attendanceRate: mine ? attendanceRate(mine.attendance) : null,
    },
    groupAverage: average,
    averageWithheld: withheld,
  };
}

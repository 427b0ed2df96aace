import { and, asc, count, eq, gte, lte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { attendance, commitments, groupMembers, groupSessions } from "../../db/schema/index.ts";
import type { HouseholdCounts } from "./group-view.rules.ts";

/** The figures of the household's group view: every query scoped by organisation and group. */

export async function nextSession(db: DbOrTx, orgId: string, groupId: string, now: Date) {
  const [row] = await db
    .select({
      id: groupSessions.id,
      startsAt: groupSessions.startsAt,
      place: groupSessions.place,
      theme: groupSessions.theme,
      themeText: groupSessions.themeText,
    })
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.organisationId, orgId),
        eq(groupSessions.groupId, groupId),
        gte(groupSessions.startsAt, now),
      ),
    )
    .orderBy(asc(groupSessions.startsAt))
    .limit(1);
  return row ?? null;
}

export async function memberCount(db: DbOrTx, orgId: string, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(groupMembers)
    .where(and(eq(groupMembers.organisationId, orgId), eq(groupMembers.groupId, groupId)));
  return row?.n ?? 0;
}

/** Each member's commitments in the group and attendance at its sessions held by `now`. */
export async function countsByHousehold(
  db: DbOrTx,
  orgId: string,
  groupId: string,
  now: Date,
): Promise<HouseholdCounts[]> {
  const [members, committed, attended] = await Promise.all([
    db
      .select({ householdId: groupMembers.householdId })
      .from(groupMembers)
      .where(and(eq(groupMembers.organisationId, orgId), eq(groupMembers.groupId, groupId))),
    db
      .select({ householdId: commitments.householdId, status: commitments.status, n: count() })
      .from(commitments)
      .where(and(eq(commitments.organisationId, orgId), eq(commitments.groupId, groupId)))
      .groupBy(commitments.householdId, commitments.status),
    db
      .select({ householdId: attendance.householdId, status: attendance.status, n: count() })
      .from(attendance)
      .innerJoin(
        groupSessions,
        and(
          eq(groupSessions.organisationId, attendance.organisationId),
          eq(groupSessions.id, attendance.sessionId),
        ),
      )
      .where(
        and(
          eq(attendance.organisationId, orgId),
          eq(groupSessions.groupId, groupId),
          lte(groupSessions.startsAt, now),
        ),
      )
      .groupBy(attendance.householdId, attendance.status),
  ]);
  return members.map(({ householdId }) => {
    const counts: HouseholdCounts = {
      householdId,
      commitments: { planned: 0, done: 0, dropped: 0 },
      attendance: { present: 0, excused: 0, absent: 0 },
    };
    for (const c of committed) if (c.householdId === householdId) counts.commitments[c.status] = c.n;
    for (const a of attended) if (a.householdId === householdId) counts.attendance[a.status] = a.n;
    return counts;
  });
}

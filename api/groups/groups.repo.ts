import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import {
  groupAdvisers,
  groupMembers,
  groupObjectives,
  groupSessions,
  groups,
  households,
  memberships,
  users,
} from "../../db/schema/index.ts";

const groupColumns = {
  id: groups.id,
  name: groups.name,
  place: groups.place,
  startsOn: groups.startsOn,
  endsOn: groups.endsOn,
  status: groups.status,
  partners: groups.partners,
};

/** The organisation's groups, the latest first, with today's member count and the next session. */
export async function listGroups(db: DbOrTx, orgId: string, { today, now }: { today: string; now: Date }) {
  // Written out: a single-table select leaves its columns unqualified, which the subqueries would capture.
  // An erasure ends the membership on its day, though at its hour: erased today, it no longer counts.
  const memberCount = sql<number>`(select count(*)::int from ${groupMembers} m
    join ${households} h on h.organisation_id = m.organisation_id and h.id = m.household_id
    where m.organisation_id = ${groups}.organisation_id and m.group_id = ${groups}.id
      and m.joined_on <= ${today}
      and (m.left_on is null or m.left_on > ${today} or (m.left_on = ${today} and h.erased_at is null)))`;
  const nextSessionAt = sql<string | null>`(select min(s.starts_at) from ${groupSessions} s
    where s.organisation_id = ${groups}.organisation_id and s.group_id = ${groups}.id
      and s.starts_at >= ${now.toISOString()}::timestamptz)`;
  const rows = await db
    .select({
      id: groups.id,
      name: groups.name,
      place: groups.place,
      startsOn: groups.startsOn,
      endsOn: groups.endsOn,
      status: groups.status,
      memberCount,
      nextSessionAt,
    })
    .from(groups)
    .where(eq(groups.organisationId, orgId))
    .orderBy(desc(groups.startsOn), asc(groups.name));
  // A raw timestamptz comes back as text from a subquery; count(*)::int as a string from postgres.js.
  return rows.map((r) => ({
    ...r,
    memberCount: Number(r.memberCount),
    nextSessionAt: r.nextSessionAt === null ? null : new Date(r.nextSessionAt),
  }));
}

/** The group, locked until the transaction ends when `forUpdate` (writes wait for a close, and back). */
export async function findGroup(db: DbOrTx, orgId: string, id: string, { forUpdate = false } = {}) {
  const query = db
    .select(groupColumns)
    .from(groups)
    .where(and(eq(groups.organisationId, orgId), eq(groups.id, id)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export async function insertGroup(db: DbOrTx, row: typeof groups.$inferInsert) {
  const [created] = await db.insert(groups).values(row).returning({ id: groups.id });
  return (created as { id: string }).id;
}

export async function updateGroup(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof groups.$inferInsert>,
) {
  await db
    .update(groups)
    .set(changes)
    .where(and(eq(groups.organisationId, orgId), eq(groups.id, id)));
}

export async function listAdvisers(db: DbOrTx, orgId: string, groupId: string) {
  return db
    .select({ userId: users.id, name: users.displayName })
    .from(groupAdvisers)
    .innerJoin(users, eq(users.id, groupAdvisers.userId))
    .where(and(eq(groupAdvisers.organisationId, orgId), eq(groupAdvisers.groupId, groupId)))
    .orderBy(asc(users.displayName));
}

/** The ids among `userIds` that are advisers or coordinators of the organisation. */
export async function staffWhoMayAdvise(db: DbOrTx, orgId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, orgId),
        inArray(memberships.userId, [...userIds]),
        inArray(memberships.role, ["adviser", "coordinator"]),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

export async function replaceAdvisers(
  db: DbOrTx,
  orgId: string,
  groupId: string,
  userIds: readonly string[],
) {
  await db
    .delete(groupAdvisers)
    .where(and(eq(groupAdvisers.organisationId, orgId), eq(groupAdvisers.groupId, groupId)));
  if (userIds.length)
    await db
      .insert(groupAdvisers)
      .values([...new Set(userIds)].map((userId) => ({ organisationId: orgId, groupId, userId })));
}

export async function listObjectives(db: DbOrTx, orgId: string, groupId: string) {
  const rows = await db
    .select({
      id: groupObjectives.id,
      label: groupObjectives.label,
      targetText: groupObjectives.targetText,
      kind: groupObjectives.kind,
      targetValue: groupObjectives.targetValue,
      assessment: groupObjectives.assessment,
    })
    .from(groupObjectives)
    .where(and(eq(groupObjectives.organisationId, orgId), eq(groupObjectives.groupId, groupId)))
    .orderBy(asc(groupObjectives.position));
  return rows.map((r) => ({ ...r, targetValue: r.targetValue === null ? null : Number(r.targetValue) }));
}

type ObjectiveInput = {
  label: string;
  targetText: string;
  kind: (typeof groupObjectives.kind.enumValues)[number];
  targetValue: number | null;
  assessment: string | null;
};

export async function replaceObjectives(
  db: DbOrTx,
  orgId: string,
  groupId: string,
  objectives: readonly ObjectiveInput[],
) {
  await db
    .delete(groupObjectives)
    .where(and(eq(groupObjectives.organisationId, orgId), eq(groupObjectives.groupId, groupId)));
  if (objectives.length)
    await db.insert(groupObjectives).values(
      objectives.map((o, position) => ({
        ...o,
        targetValue: o.targetValue === null ? null : String(o.targetValue),
        organisationId: orgId,
        groupId,
        position,
      })),
    );
}

/** The themes of the group's sessions so far (planned ones included). */
export async function sessionThemes(db: DbOrTx, orgId: string, groupId: string) {
  const rows = await db
    .selectDistinct({ theme: groupSessions.theme })
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.organisationId, orgId),
        eq(groupSessions.groupId, groupId),
        ne(groupSessions.theme, "free"),
      ),
    );
  return rows.map((r) => r.theme);
}

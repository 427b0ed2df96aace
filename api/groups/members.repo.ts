import { and, asc, desc, eq, gt, gte, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { groupMembers, groups, households } from "../../db/schema/index.ts";

/** Who is, or was, in which group: the membership queries of the groups module. */

/** A member's code, blank once the household is erased: its stand-in code is nobody's to see. */
const codeOnFile = sql<string>`case when ${households.erasedAt} is null then ${households.code} else '' end`;

/** Every household that was ever in the group, by joining date; erased households show no name. */
export async function listMembers(db: DbOrTx, orgId: string, groupId: string) {
  return db
    .select({
      householdId: groupMembers.householdId,
      code: codeOnFile,
      pseudonym: households.pseudonym,
      joinedOn: groupMembers.joinedOn,
      leftOn: groupMembers.leftOn,
    })
    .from(groupMembers)
    .innerJoin(
      households,
      and(
        eq(households.organisationId, groupMembers.organisationId),
        eq(households.id, groupMembers.householdId),
      ),
    )
    .where(and(eq(groupMembers.organisationId, orgId), eq(groupMembers.groupId, groupId)))
    .orderBy(asc(groupMembers.joinedOn), asc(households.code));
}

export async function findMember(db: DbOrTx, orgId: string, groupId: string, householdId: string) {
  const [row] = await db
    .select({ joinedOn: groupMembers.joinedOn, leftOn: groupMembers.leftOn })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.organisationId, orgId),
        eq(groupMembers.groupId, groupId),
        eq(groupMembers.householdId, householdId),
      ),
    );
  return row;
}

export async function insertMember(db: DbOrTx, row: typeof groupMembers.$inferInsert) {
  await db.insert(groupMembers).values(row);
}

export async function setLeftOn(
  db: DbOrTx,
  {
    orgId,
    groupId,
    householdId,
    leftOn,
    now,
  }: { orgId: string; groupId: string; householdId: string; leftOn: string | null; now: Date },
) {
  await db
    .update(groupMembers)
    .set({ leftOn, updatedAt: now })
    .where(
      and(
        eq(groupMembers.organisationId, orgId),
        eq(groupMembers.groupId, groupId),
        eq(groupMembers.householdId, householdId),
      ),
    );
}

/**
 * Ends the erased household's memberships on `day`, the erasure's (it was still a member that day,
 * and may have attended its session). A membership due to start later never began: it goes, as
 * `left_on` may not come before `joined_on`. Closed groups are a record that no longer changes: their
 * members stay as the group ended.
 */
export async function endMembershipsOfErased(
  db: DbOrTx,
  { orgId, householdId, day, now }: { orgId: string; householdId: string; day: string; now: Date },
) {
  const ofOpenGroup = and(
    eq(groupMembers.organisationId, orgId),
    eq(groupMembers.householdId, householdId),
    sql`${groupMembers.groupId} in (select g.id from ${groups} g
      where g.organisation_id = ${orgId} and g.status <> 'closed')`,
  );
  await db.delete(groupMembers).where(and(ofOpenGroup, gt(groupMembers.joinedOn, day)));
  await db
    .update(groupMembers)
    .set({ leftOn: day, updatedAt: now })
    .where(and(ofOpenGroup, or(isNull(groupMembers.leftOn), gt(groupMembers.leftOn, day))));
}

/** The household's memberships of every group, with each group's name and status. */
export async function membershipsOfHousehold(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select({
      groupId: groups.id,
      groupName: groups.name,
      status: groups.status,
      householdId: groupMembers.householdId,
      joinedOn: groupMembers.joinedOn,
      leftOn: groupMembers.leftOn,
    })
    .from(groupMembers)
    .innerJoin(
      groups,
      and(eq(groups.organisationId, groupMembers.organisationId), eq(groups.id, groupMembers.groupId)),
    )
    .where(and(eq(groupMembers.organisationId, orgId), eq(groupMembers.householdId, householdId)));
}

/**
 * Members of `groupId` still in it on `from` who belong to another running group then: what keeps
 * the group from starting (erased ones too, their code blank: erasure ends memberships on its day,
 * not before).
 */
export async function membersInOtherRunningGroups(
  db: DbOrTx,
  { orgId, groupId, from }: { orgId: string; groupId: string; from: string },
) {
  const other = sql`other`;
  return db
    .select({ code: codeOnFile })
    .from(groupMembers)
    .innerJoin(
      households,
      and(
        eq(households.organisationId, groupMembers.organisationId),
        eq(households.id, groupMembers.householdId),
      ),
    )
    .where(
      and(
        eq(groupMembers.organisationId, orgId),
        eq(groupMembers.groupId, groupId),
        or(isNull(groupMembers.leftOn), gte(groupMembers.leftOn, from)),
        sql`exists (select 1 from ${groupMembers} ${other} join ${groups} g
          on g.organisation_id = ${other}.organisation_id and g.id = ${other}.group_id
          where ${other}.organisation_id = ${orgId} and ${other}.household_id = ${groupMembers.householdId}
            and ${other}.group_id <> ${groupId} and g.status = 'running'
            and (${other}.left_on is null or ${other}.left_on >= ${from}))`,
      ),
    )
    .orderBy(asc(households.code));
}

/** Serialises membership changes of one household (one running group at a time). */
export async function lockHousehold(db: DbOrTx, orgId: string, householdId: string) {
  const [row] = await db
    .select({ id: households.id })
    .from(households)
    .where(
      and(eq(households.organisationId, orgId), eq(households.id, householdId), isNull(households.erasedAt)),
    )
    .for("update");
  return row !== undefined;
}

/**
 * Locks the rows of the group's members (in id order, as every locker here takes them), so that none
 * of them is added to another running group while this one starts.
 */
export async function lockMembersOf(db: DbOrTx, orgId: string, groupId: string) {
  await db
    .select({ id: households.id })
    .from(households)
    .where(
      and(
        eq(households.organisationId, orgId),
        sql`${households.id} in (select household_id from ${groupMembers}
          where organisation_id = ${orgId} and group_id = ${groupId})`,
      ),
    )
    .orderBy(asc(households.id))
    .for("update");
}

/**
 * The day the household joined its current group (running, not left), else its latest past one,
 * else a planned one.
 */
export async function joiningDateOf(db: DbOrTx, orgId: string, householdId: string): Promise<string | null> {
  const [row] = await db
    .select({ joinedOn: groupMembers.joinedOn })
    .from(groupMembers)
    .innerJoin(
      groups,
      and(eq(groups.organisationId, groupMembers.organisationId), eq(groups.id, groupMembers.groupId)),
    )
    .where(and(eq(groupMembers.organisationId, orgId), eq(groupMembers.householdId, householdId)))
    .orderBy(
      sql`case when ${groups.status} = 'running' and ${groupMembers.leftOn} is null then 0
        when ${groups.status} = 'planned' then 2 else 1 end`,
      desc(groupMembers.joinedOn),
    )
    .limit(1);
  return row?.joinedOn ?? null;
}

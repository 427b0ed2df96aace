import { and, count, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import {
  commitments,
  groupMembers,
  groups,
  homeVisits,
  kitHandouts,
  referrals,
} from "../../db/schema/index.ts";

/** What the programme report reads for an organisation and a period (both days included). */
type Period = { orgId: string; from: string; to: string };

/** Groups that ran, even partly, in the period (planned groups that started in it included). */
export async function groupsInPeriod(db: DbOrTx, { orgId, from, to }: Period) {
  return db
    .select({
      id: groups.id,
      name: groups.name,
      status: groups.status,
      startsOn: groups.startsOn,
      endsOn: groups.endsOn,
    })
    .from(groups)
    .where(
      and(
        eq(groups.organisationId, orgId),
        lte(groups.startsOn, to),
        or(isNull(groups.endsOn), gte(groups.endsOn, from)),
      ),
    )
    .orderBy(groups.startsOn, groups.name);
}

/**
 * Memberships overlapping the period, erased households included: a report of the past keeps its
 * counts when a household is erased (its savings, read from its data, are gone with it).
 */
export async function membershipsInPeriod(db: DbOrTx, { orgId, from, to }: Period) {
  return db
    .select({
      groupId: groupMembers.groupId,
      householdId: groupMembers.householdId,
      joinedOn: groupMembers.joinedOn,
      leftOn: groupMembers.leftOn,
    })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.organisationId, orgId),
        lte(groupMembers.joinedOn, to),
        or(isNull(groupMembers.leftOn), gte(groupMembers.leftOn, from)),
      ),
    );
}

/**
 * Households coached in the period one to one: a visit, a referral, a commitment done or planned, or
 * a kit item in it (with the group members, the households followed).
 */
export async function householdsCoachedInPeriod(db: DbOrTx, { orgId, from, to }: Period) {
  const result = await db.execute(sql`
    select household_id from ${homeVisits}
      where organisation_id = ${orgId} and visited_on between ${from} and ${to}
    union select household_id from ${referrals}
      where organisation_id = ${orgId} and referred_on between ${from} and ${to}
    union select household_id from ${commitments}
      where organisation_id = ${orgId} and (planned_on between ${from} and ${to} or done_on between ${from} and ${to})
    union select household_id from ${kitHandouts}
      where organisation_id = ${orgId} and handed_on between ${from} and ${to}`);
  return rowsOf<{ household_id: string }>(result).map((r) => r.household_id);
}

export async function visitsInPeriod(db: DbOrTx, { orgId, from, to }: Period) {
  const [row] = await db
    .select({ n: count() })
    .from(homeVisits)
    .where(
      and(
        eq(homeVisits.organisationId, orgId),
        gte(homeVisits.visitedOn, from),
        lte(homeVisits.visitedOn, to),
      ),
    );
  return row?.n ?? 0;
}

export async function referralsByPartner(db: DbOrTx, { orgId, from, to }: Period) {
  return db
    .select({ partner: referrals.partner, n: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.organisationId, orgId),
        gte(referrals.referredOn, from),
        lte(referrals.referredOn, to),
      ),
    )
    .groupBy(referrals.partner);
}

/** Commitments done in the period, by group. */
export async function commitmentsDoneByGroup(db: DbOrTx, { orgId, from, to }: Period) {
  return db
    .select({ groupId: commitments.groupId, n: count() })
    .from(commitments)
    .where(
      and(
        eq(commitments.organisationId, orgId),
        eq(commitments.status, "done"),
        gte(commitments.doneOn, from),
        lte(commitments.doneOn, to),
      ),
    )
    .groupBy(commitments.groupId);
}

/** Kit € handed out in the period, the households served and the hand-outs confirmed over the cap. */
export async function kitInPeriod(db: DbOrTx, { orgId, from, to }: Period) {
  const [row] = await db
    .select({
      totalEur: sql<string | null>`sum(${kitHandouts.quantity} * ${kitHandouts.unitPriceEur})`,
      households: sql<number>`count(distinct ${kitHandouts.householdId})::int`,
      overCap: sql<number>`count(*) filter (where ${kitHandouts.overCapConfirmed})::int`,
    })
    .from(kitHandouts)
    .where(
      and(
        eq(kitHandouts.organisationId, orgId),
        gte(kitHandouts.handedOn, from),
        lte(kitHandouts.handedOn, to),
      ),
    );
  return {
    totalEur: Number(row?.totalEur ?? 0),
    households: row?.households ?? 0,
    overCap: row?.overCap ?? 0,
  };
}

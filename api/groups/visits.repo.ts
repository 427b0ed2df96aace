import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { homeVisits, referrals, users } from "../../db/schema/index.ts";

const visitColumns = {
  id: homeVisits.id,
  householdId: homeVisits.householdId,
  visitedOn: homeVisits.visitedOn,
  checklist: homeVisits.checklist,
  findings: homeVisits.findings,
  followUpOn: homeVisits.followUpOn,
  visitedBy: users.displayName,
};

export async function listVisits(db: DbOrTx, orgId: string, householdId: string, id?: string) {
  return db
    .select(visitColumns)
    .from(homeVisits)
    .leftJoin(users, eq(users.id, homeVisits.visitedBy))
    .where(
      and(
        eq(homeVisits.organisationId, orgId),
        eq(homeVisits.householdId, householdId),
        id ? eq(homeVisits.id, id) : undefined,
      ),
    )
    .orderBy(asc(homeVisits.visitedOn), asc(homeVisits.createdAt));
}

export async function insertVisit(db: DbOrTx, row: typeof homeVisits.$inferInsert) {
  const [created] = await db.insert(homeVisits).values(row).returning({ id: homeVisits.id });
  return (created as { id: string }).id;
}

export async function updateVisit(
  db: DbOrTx,
  { orgId, householdId, id }: { orgId: string; householdId: string; id: string },
  changes: Partial<typeof homeVisits.$inferInsert>,
) {
  await db
    .update(homeVisits)
    .set(changes)
    .where(
      and(
        eq(homeVisits.organisationId, orgId),
        eq(homeVisits.householdId, householdId),
        eq(homeVisits.id, id),
      ),
    );
}

const referralColumns = {
  id: referrals.id,
  householdId: referrals.householdId,
  partner: referrals.partner,
  partnerName: referrals.partnerName,
  reason: referrals.reason,
  referredOn: referrals.referredOn,
  outcome: referrals.outcome,
  outcomeOn: referrals.outcomeOn,
  recordedBy: users.displayName,
};

export async function listReferrals(db: DbOrTx, orgId: string, householdId: string, id?: string) {
  return db
    .select(referralColumns)
    .from(referrals)
    .leftJoin(users, eq(users.id, referrals.recordedBy))
    .where(
      and(
        eq(referrals.organisationId, orgId),
        eq(referrals.householdId, householdId),
        id ? eq(referrals.id, id) : undefined,
      ),
    )
    .orderBy(asc(referrals.referredOn), asc(referrals.createdAt));
}

export async function insertReferral(db: DbOrTx, row: typeof referrals.$inferInsert) {
  const [created] = await db.insert(referrals).values(row).returning({ id: referrals.id });
  return (created as { id: string }).id;
}

export async function updateReferral(
  db: DbOrTx,
  { orgId, householdId, id }: { orgId: string; householdId: string; id: string },
  changes: Partial<typeof referrals.$inferInsert>,
) {
  await db
    .update(referrals)
    .set(changes)
    .where(
      and(eq(referrals.organisationId, orgId), eq(referrals.householdId, householdId), eq(referrals.id, id)),
    );
}

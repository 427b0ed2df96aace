import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { sharedTips } from "../../db/schema/index.ts";

const columns = {
  id: sharedTips.id,
  householdId: sharedTips.householdId,
  groupId: sharedTips.groupId,
  sessionId: sharedTips.sessionId,
  text: sharedTips.text,
  status: sharedTips.status,
  promotedTipId: sharedTips.promotedTipId,
  postedAt: sharedTips.createdAt,
};

type Status = (typeof sharedTips.status.enumValues)[number];

export async function listSharedTips(
  db: DbOrTx,
  orgId: string,
  by: { householdId?: string; groupId?: string; id?: string; statuses?: Status[] },
) {
  return db
    .select(columns)
    .from(sharedTips)
    .where(
      and(
        eq(sharedTips.organisationId, orgId),
        by.householdId ? eq(sharedTips.householdId, by.householdId) : undefined,
        by.groupId ? eq(sharedTips.groupId, by.groupId) : undefined,
        by.id ? eq(sharedTips.id, by.id) : undefined,
        by.statuses ? inArray(sharedTips.status, by.statuses) : undefined,
      ),
    )
    .orderBy(asc(sharedTips.createdAt));
}

/** The shared tip, locked until the transaction ends: two coordinators cannot promote it twice. */
export async function lockSharedTip(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(sharedTips)
    .where(and(eq(sharedTips.organisationId, orgId), eq(sharedTips.id, id)))
    .for("update");
  return row;
}

export async function insertSharedTip(db: DbOrTx, row: typeof sharedTips.$inferInsert) {
  const [created] = await db.insert(sharedTips).values(row).returning({ id: sharedTips.id });
  return (created as { id: string }).id;
}

export async function updateSharedTip(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof sharedTips.$inferInsert>,
) {
  await db
    .update(sharedTips)
    .set(changes)
    .where(and(eq(sharedTips.organisationId, orgId), eq(sharedTips.id, id)));
}

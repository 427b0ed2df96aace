import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { commitments, tips, users } from "../../db/schema/index.ts";

function select(db: DbOrTx) {
  return db
    .select({
      id: commitments.id,
      householdId: commitments.householdId,
      groupId: commitments.groupId,
      tipId: tips.id,
      tipCategory: tips.category,
      tipText: tips.text,
      status: commitments.status,
      plannedOn: commitments.plannedOn,
      doneOn: commitments.doneOn,
      droppedOn: commitments.droppedOn,
      note: commitments.note,
      recordedBy: users.displayName,
    })
    .from(commitments)
    .innerJoin(tips, eq(tips.id, commitments.tipId))
    .leftJoin(users, eq(users.id, commitments.recordedBy));
}

const asCommitment = ({
  tipId,
  tipCategory,
  tipText,
  ...row
}: Awaited<ReturnType<typeof select>>[number]) => ({
  ...row,
  tip: { id: tipId, category: tipCategory, text: tipText },
});

export async function listCommitments(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await select(db)
    .where(and(eq(commitments.organisationId, orgId), eq(commitments.householdId, householdId)))
    .orderBy(asc(commitments.plannedOn), asc(commitments.createdAt));
  return rows.map(asCommitment);
}

export async function findCommitment(db: DbOrTx, orgId: string, householdId: string, id: string) {
  const [row] = await select(db).where(
    and(
      eq(commitments.organisationId, orgId),
      eq(commitments.householdId, householdId),
      eq(commitments.id, id),
    ),
  );
  return row && asCommitment(row);
}

export async function insertCommitment(db: DbOrTx, row: typeof commitments.$inferInsert) {
  const [created] = await db.insert(commitments).values(row).returning({ id: commitments.id });
  return (created as { id: string }).id;
}

export async function updateCommitment(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof commitments.$inferInsert>,
) {
  await db
    .update(commitments)
    .set(changes)
    .where(and(eq(commitments.organisationId, orgId), eq(commitments.id, id)));
}

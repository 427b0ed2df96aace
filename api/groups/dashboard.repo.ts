import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { commitments, kitHandouts } from "../../db/schema/index.ts";

/** Commitments made in the group, counted by household and status. */
export async function commitmentCounts(db: DbOrTx, orgId: string, groupId: string) {
  return db
    .select({ householdId: commitments.householdId, status: commitments.status, n: count() })
    .from(commitments)
    .where(and(eq(commitments.organisationId, orgId), eq(commitments.groupId, groupId)))
    .groupBy(commitments.householdId, commitments.status);
}

/** Kit € handed out to each household, ever: the organisation's cap is per household, not per group. */
export async function kitTotals(db: DbOrTx, orgId: string, householdIds: readonly string[]) {
  if (!householdIds.length) return new Map<string, number>();
  const rows = await db
    .select({
      householdId: kitHandouts.householdId,
      totalEur: sql<string>`sum(${kitHandouts.quantity} * ${kitHandouts.unitPriceEur})`,
    })
    .from(kitHandouts)
    .where(and(eq(kitHandouts.organisationId, orgId), inArray(kitHandouts.householdId, [...householdIds])))
    .groupBy(kitHandouts.householdId);
  return new Map(rows.map((r) => [r.householdId, Number(r.totalEur)]));
}

import { and, arrayContains, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { type heatingType, type tipCategory, tips } from "../../db/schema/index.ts";

const columns = {
  id: tips.id,
  organisationId: tips.organisationId,
  key: tips.key,
  category: tips.category,
  heatingTypes: tips.heatingTypes,
  occupancy: tips.occupancy,
  effort: tips.effort,
  cost: tips.cost,
  saving: tips.saving,
  text: tips.text,
};

const asTip = <R extends { organisationId: string | null }>({ organisationId, ...row }: R) => ({
  ...row,
  scope: organisationId === null ? ("platform" as const) : ("organisation" as const),
});
export type Tip = Awaited<ReturnType<typeof listTips>>[number];

/** The tips an organisation sees: the platform library and its own. */
const visibleTo = (orgId: string) => or(isNull(tips.organisationId), eq(tips.organisationId, orgId));

export async function listTips(
  db: DbOrTx,
  orgId: string,
  filter: {
    category?: (typeof tipCategory.enumValues)[number];
    heatingType?: (typeof heatingType.enumValues)[number];
  },
) {
  const rows = await db
    .select(columns)
    .from(tips)
    .where(
      and(
        visibleTo(orgId),
        filter.category ? eq(tips.category, filter.category) : undefined,
        filter.heatingType
          ? or(
              sql`cardinality(${tips.heatingTypes}) = 0`,
              arrayContains(tips.heatingTypes, [filter.heatingType]),
            )
          : undefined,
      ),
    )
    .orderBy(asc(tips.category), sql`${tips.organisationId} nulls first`, asc(tips.key), asc(tips.createdAt));
  return rows.map(asTip);
}

export async function findTip(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(tips)
    .where(and(visibleTo(orgId), eq(tips.id, id)));
  return row && asTip(row);
}

/** The ids among `ids` the organisation may use (platform or its own). */
export async function visibleTipIds(db: DbOrTx, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: tips.id })
    .from(tips)
    .where(and(visibleTo(orgId), inArray(tips.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

export async function insertTip(db: DbOrTx, row: typeof tips.$inferInsert) {
  const [created] = await db.insert(tips).values(row).returning({ id: tips.id });
  return (created as { id: string }).id;
}

/** Only the organisation's own tips change: the platform's stay as shipped. */
export async function updateOwnTip(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof tips.$inferInsert>,
) {
  await db
    .update(tips)
    .set(changes)
    .where(and(eq(tips.organisationId, orgId), eq(tips.id, id)));
}

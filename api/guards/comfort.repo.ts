import { and, desc, eq, gte, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { comfortCheckIns } from "../../db/schema/index.ts";

const columns = {
  id: comfortCheckIns.id,
  householdId: comfortCheckIns.householdId,
  day: comfortCheckIns.day,
  indoorC: comfortCheckIns.indoorC,
  humidityPct: comfortCheckIns.humidityPct,
  feltCold: comfortCheckIns.feltCold,
  clientId: comfortCheckIns.clientId,
};
const withNumber = <T extends { indoorC: string | null }>(row: T) => ({
  ...row,
  indoorC: row.indoorC === null ? null : Number(row.indoorC),
});

/** Stores a check-in unless its clientId is already known; true when it was new. */
export async function insertCheckInOnce(db: DbOrTx, row: typeof comfortCheckIns.$inferInsert) {
  const created = await db
    .insert(comfortCheckIns)
    .values(row)
    .onConflictDoNothing({ target: [comfortCheckIns.organisationId, comfortCheckIns.clientId] })
    .returning({ id: comfortCheckIns.id });
  return created.length === 1;
}

export async function findCheckInByClientId(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select(columns)
    .from(comfortCheckIns)
    .where(and(eq(comfortCheckIns.organisationId, orgId), eq(comfortCheckIns.clientId, clientId)));
  return row && withNumber(row);
}

/** A household's check-ins since `fromDay`, newest first. */
export async function listCheckIns(db: DbOrTx, orgId: string, householdId: string, fromDay: string) {
  const rows = await db
    .select(columns)
    .from(comfortCheckIns)
    .where(
      and(
        eq(comfortCheckIns.organisationId, orgId),
        eq(comfortCheckIns.householdId, householdId),
        gte(comfortCheckIns.day, fromDay),
      ),
    )
    .orderBy(desc(comfortCheckIns.day), desc(comfortCheckIns.createdAt));
  return rows.map(withNumber);
}

/** The check-ins of several households since `fromDay`, newest first: one query for a group. */
export async function listCheckInsOfHouseholds(
  db: DbOrTx,
  orgId: string,
  householdIds: readonly string[],
  fromDay: string,
) {
  if (!householdIds.length) return [];
  const rows = await db
    .select(columns)
    .from(comfortCheckIns)
    .where(
      and(
        eq(comfortCheckIns.organisationId, orgId),
        inArray(comfortCheckIns.householdId, [...householdIds]),
        gte(comfortCheckIns.day, fromDay),
      ),
    )
    .orderBy(desc(comfortCheckIns.day), desc(comfortCheckIns.createdAt));
  return rows.map(withNumber);
}

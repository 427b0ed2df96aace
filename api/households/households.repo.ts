import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { households, memberships, users } from "../../db/schema/index.ts";

const householdColumns = {
  id: households.id,
  code: households.code,
  pseudonym: households.pseudonym,
  createdAt: households.createdAt,
};

export async function listHouseholds(db: DbOrTx, orgId: string) {
  return db
    .select(householdColumns)
    .from(households)
    .where(eq(households.organisationId, orgId))
    .orderBy(households.code);
}

export async function findHousehold(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ ...householdColumns, userId: households.userId })
    .from(households)
    .where(and(eq(households.organisationId, orgId), eq(households.id, id)));
  return row;
}

/** The household, its sign-in account and its membership: one unit, written in the caller's transaction. */
export async function insertHouseholdWithAccount(
  db: DbOrTx,
  row: {
    organisationId: string;
    code: string;
    pseudonym: string;
    pinHash: string;
    createdBy: string;
    language: "fr" | "nl" | "en" | "de";
  },
) {
  const [user] = await db
    .insert(users)
    .values({ secretHash: row.pinHash, displayName: row.pseudonym, language: row.language })
    .returning({ id: users.id });
  const userId = (user as { id: string }).id;
  await db.insert(memberships).values({ organisationId: row.organisationId, userId, role: "household" });
  const [household] = await db
    .insert(households)
    .values({
      organisationId: row.organisationId,
      code: row.code,
      pseudonym: row.pseudonym,
      userId,
      createdBy: row.createdBy,
    })
    .returning(householdColumns);
  return household as NonNullable<typeof household>;
}

export async function setAccountSecret(db: DbOrTx, userId: string, secretHash: string) {
  await db.update(users).set({ secretHash }).where(eq(users.id, userId));
}

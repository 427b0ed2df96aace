import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { householdConsents, households, memberships, users } from "../../db/schema/index.ts";
import type { ConsentScope } from "./consent-rules.ts";

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

const profileColumns = {
  adults: households.adults,
  children: households.children,
  heatingType: households.heatingType,
  floorAreaM2: households.floorAreaM2,
  budgetMeter: households.budgetMeter,
  protectedCustomer: households.protectedCustomer,
  billingMonth: households.billingMonth,
  monthlyAdvanceEur: households.monthlyAdvanceEur,
  dwellingId: households.dwellingId,
};

export async function findHousehold(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ ...householdColumns, ...profileColumns, userId: households.userId })
    .from(households)
    .where(and(eq(households.organisationId, orgId), eq(households.id, id)));
  if (!row) return undefined;
  // numeric columns arrive as strings from both drivers
  return {
    ...row,
    floorAreaM2: row.floorAreaM2 === null ? null : Number(row.floorAreaM2),
    monthlyAdvanceEur: row.monthlyAdvanceEur === null ? null : Number(row.monthlyAdvanceEur),
  };
}

export type HouseholdProfileRow = Partial<
  Omit<
    typeof households.$inferInsert,
    "id" | "organisationId" | "code" | "userId" | "createdBy" | "createdAt"
  >
>;

export async function updateHousehold(db: DbOrTx, orgId: string, id: string, changes: HouseholdProfileRow) {
  await db
    .update(households)
    .set(changes)
    .where(and(eq(households.organisationId, orgId), eq(households.id, id)));
}

export async function listConsents(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select({
      scope: householdConsents.scope,
      grantedAt: householdConsents.grantedAt,
      revokedAt: householdConsents.revokedAt,
    })
    .from(householdConsents)
    .where(and(eq(householdConsents.organisationId, orgId), eq(householdConsents.householdId, householdId)));
}

export async function insertConsent(db: DbOrTx, row: typeof householdConsents.$inferInsert) {
  await db.insert(householdConsents).values(row);
}

export async function revokeConsent(
  db: DbOrTx,
  { orgId, householdId, scope, now }: { orgId: string; householdId: string; scope: ConsentScope; now: Date },
) {
  await db
    .update(householdConsents)
    .set({ revokedAt: now })
    .where(
      and(
        eq(householdConsents.organisationId, orgId),
        eq(householdConsents.householdId, householdId),
        eq(householdConsents.scope, scope),
        isNull(householdConsents.revokedAt),
      ),
    );
}

/** The household, its sign-in account and its membership: one unit, written in the caller's transaction. */
export async function insertHouseholdWithAccount(
  db: DbOrTx,
  row: HouseholdProfileRow & {
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
  const { pinHash: _pin, language: _language, ...household } = row;
  const [created] = await db
    .insert(households)
    .values({ ...household, userId })
    .returning(householdColumns);
  return created as NonNullable<typeof created>;
}

export async function setAccountSecret(db: DbOrTx, userId: string, secretHash: string) {
  await db.update(users).set({ secretHash }).where(eq(users.id, userId));
}

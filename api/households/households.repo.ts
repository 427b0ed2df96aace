import { and, type Column, eq, isNull, sql, type Table } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { dwellings, householdConsents, households, memberships, users } from "../../db/schema/index.ts";
import type { ConsentRecord, ConsentScope } from "./consent-rules.ts";

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
    .where(and(eq(households.organisationId, orgId), isNull(households.erasedAt)))
    .orderBy(households.code);
}

/** Size, heating and floor area of every household on file: who compares with whom. */
export async function listHouseholdProfiles(db: DbOrTx, orgId: string) {
  const rows = await db
    .select({
      id: households.id,
      adults: households.adults,
      children: households.children,
      heatingType: households.heatingType,
      floorAreaM2: households.floorAreaM2,
    })
    .from(households)
    .where(and(eq(households.organisationId, orgId), isNull(households.erasedAt)));
  return rows.map((r) => ({ ...r, floorAreaM2: r.floorAreaM2 === null ? null : Number(r.floorAreaM2) }));
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
  /** Where it lives, if in a housing company's dwelling: `dwellings.household_id` says so. */
  dwellingId: sql<string | null>`(select d.id from ${dwellings} d
    where d.organisation_id = ${households}.organisation_id and d.household_id = ${households}.id)`,
};

/**
 * The consent records of a household, as a column of the caller's query (the access gate then needs
 * one round trip, not two). Columns are written out: a single-table select would drop their table.
 */
export function consentRecordsOf(table: Table, organisationId: Column, householdId: Column) {
  const column = (c: Column) => sql`${table}.${sql.identifier(c.name)}`;
  const record = sql`json_build_object('scope', c.scope, 'grantedAt', c.granted_at, 'revokedAt', c.revoked_at)`;
  return sql<RawConsent[]>`(select coalesce(json_agg(${record}), '[]') from ${householdConsents} c
    where c.organisation_id = ${column(organisationId)} and c.household_id = ${column(householdId)})`;
}
type RawConsent = { scope: ConsentScope; grantedAt: string; revokedAt: string | null };
/** JSON has no dates. */
export const consentRecords = (raw: RawConsent[]): ConsentRecord[] =>
  raw.map((r) => ({
    scope: r.scope,
    grantedAt: new Date(r.grantedAt),
    revokedAt: r.revokedAt === null ? null : new Date(r.revokedAt),
  }));

const householdRowColumns = { ...householdColumns, ...profileColumns, userId: households.userId };
const notErased = (orgId: string, id: string) =>
  and(eq(households.organisationId, orgId), eq(households.id, id), isNull(households.erasedAt));
// numeric columns arrive as strings from both drivers
const withNumbers = <T extends { floorAreaM2: string | null; monthlyAdvanceEur: string | null }>(row: T) => ({
  ...row,
  floorAreaM2: row.floorAreaM2 === null ? null : Number(row.floorAreaM2),
  monthlyAdvanceEur: row.monthlyAdvanceEur === null ? null : Number(row.monthlyAdvanceEur),
});

/** An erased household (GDPR) is gone for every caller: its anonymous figures stay for aggregates only. */
export async function findHousehold(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db.select(householdRowColumns).from(households).where(notErased(orgId, id));
  return row && withNumbers(row);
}

/** The household as its creation shows it, and the account that signs in for it. */
export async function findHouseholdAccount(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ ...householdColumns, userId: households.userId })
    .from(households)
    .where(notErased(orgId, id));
  return row;
}

/** `findHousehold` with its consent records, in one query. */
export async function findHouseholdWithConsents(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({
      ...householdRowColumns,
      consents: consentRecordsOf(households, households.organisationId, households.id),
    })
    .from(households)
    .where(notErased(orgId, id));
  return row && { ...withNumbers(row), consents: consentRecords(row.consents) };
}

export type HouseholdProfileRow = Partial<
  Omit<
    typeof households.$inferInsert,
    "id" | "organisationId" | "code" | "userId" | "createdBy" | "createdAt"
  >
>;

export async function updateHousehold(db: DbOrTx, orgId: string, id: string, changes: HouseholdProfileRow) {
  const [row] = await db
    .update(households)
    .set(changes)
    .where(and(eq(households.organisationId, orgId), eq(households.id, id)))
    .returning({ userId: households.userId });
  // Its account is shown by the same name (the audit log, "signed in as"): renamed with it.
  if (changes.pseudonym !== undefined && row?.userId)
    await db.update(users).set({ displayName: changes.pseudonym }).where(eq(users.id, row.userId));
}

/** Every consent record of the household, with who withdrew it. */
export async function listConsents(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select({
      scope: householdConsents.scope,
      grantedAt: householdConsents.grantedAt,
      revokedAt: householdConsents.revokedAt,
      revokedBy: householdConsents.revokedBy,
    })
    .from(householdConsents)
    .where(and(eq(householdConsents.organisationId, orgId), eq(householdConsents.householdId, householdId)));
}

/** Every consent record of the organisation's households still on file (not erased). */
export async function listOrganisationConsents(db: DbOrTx, orgId: string) {
  return db
    .select({
      householdId: householdConsents.householdId,
      scope: householdConsents.scope,
      grantedAt: householdConsents.grantedAt,
      revokedAt: householdConsents.revokedAt,
    })
    .from(householdConsents)
    .innerJoin(households, eq(households.id, householdConsents.householdId))
    .where(and(eq(householdConsents.organisationId, orgId), isNull(households.erasedAt)));
}

/**
 * Adds a record in force, unless one already is (household_consents_one_active_key): a grant sent
 * twice at once then writes one record, and the second waits for the first and changes nothing, as a
 * repeat grant does. ON CONFLICT rather than a caught violation: the transaction goes on to its audit line.
 */
export async function insertConsent(db: DbOrTx, row: typeof householdConsents.$inferInsert) {
  await db
    .insert(householdConsents)
    .values(row)
    .onConflictDoNothing({
      target: [householdConsents.organisationId, householdConsents.householdId, householdConsents.scope],
      where: isNull(householdConsents.revokedAt),
    });
}

export async function revokeConsent(
  db: DbOrTx,
  {
    orgId,
    householdId,
    scope,
    now,
    revokedBy,
  }: { orgId: string; householdId: string; scope: ConsentScope; now: Date; revokedBy: string },
) {
  await db
    .update(householdConsents)
    .set({ revokedAt: now, revokedBy })
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

/** A PIN staff hand out: the household's own choice, if it had made one, is over. */
export async function setAccountSecret(db: DbOrTx, userId: string, secretHash: string) {
  await db.update(users).set({ secretHash, secretChosenAt: null }).where(eq(users.id, userId));
}

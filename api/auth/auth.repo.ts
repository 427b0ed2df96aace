import { and, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { preparedPer } from "../../db/prepared.ts";
import {
  dwellings,
  households,
  loginFailures,
  memberships,
  organisations,
  sessions,
  users,
} from "../../db/schema/index.ts";

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, secretHash: users.secretHash })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

export async function findHouseholdAccount(db: DbOrTx, code: string) {
  const [row] = await db
    .select({ id: users.id, secretHash: users.secretHash, organisationId: households.organisationId })
    .from(households)
    .innerJoin(users, eq(users.id, households.userId))
    .where(eq(households.code, code));
  return row;
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** The session with everything the request context needs, in one round trip. */
export async function findSessionActor(db: DbOrTx, tokenHash: string) {
  const [row] = await sessionActorQuery(db).execute({ tokenHash });
  return row;
}

const sessionActorQuery = preparedPer((db) =>
  db
    .select({
      userId: users.id,
      isPlatformAdmin: users.isPlatformAdmin,
      language: users.language,
      activeOrganisationId: sessions.activeOrganisationId,
      persistent: sessions.persistent,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      role: memberships.role,
      householdId: households.id,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, sessions.userId),
        eq(memberships.organisationId, sessions.activeOrganisationId),
      ),
    )
    .leftJoin(households, eq(households.userId, users.id))
    .where(eq(sessions.tokenHash, sql.placeholder("tokenHash")))
    .prepare("session_actor"),
);

export async function touchSession(db: DbOrTx, tokenHash: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function setActiveOrganisation(db: DbOrTx, tokenHash: string, organisationId: string) {
  await db
    .update(sessions)
    .set({ activeOrganisationId: organisationId })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function listMemberships(db: DbOrTx, userId: string) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      staffLanguage: organisations.staffLanguage,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}

export async function findUserProfile(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      language: users.language,
      isPlatformAdmin: users.isPlatformAdmin,
      householdId: households.id,
      householdCode: households.code,
      householdPseudonym: households.pseudonym,
      dwellingId: dwellings.id,
      secretChosenAt: users.secretChosenAt,
    })
    .from(users)
    .leftJoin(households, eq(households.userId, users.id))
    .leftJoin(dwellings, eq(dwellings.householdId, households.id))
    .where(eq(users.id, userId));
  return row;
}

export async function setUserLanguage(db: DbOrTx, userId: string, language: "fr" | "nl" | "en" | "de") {
  await db.update(users).set({ language }).where(eq(users.id, userId));
}

export async function failuresSince(db: DbOrTx, keys: string[], since: Date) {
  return db
    .select({ id: loginFailures.id, key: loginFailures.key, failedAt: loginFailures.failedAt })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, keys), gte(loginFailures.failedAt, since)));
}

/** Counts an attempt as a failure until it succeeds (see `withAttempt`); returns the rows' ids. */
export async function recordFailures(db: DbOrTx, keys: string[], now: Date, pruneBefore: Date) {
  await db
    .delete(loginFailures)
    .where(and(inArray(loginFailures.key, keys), lt(loginFailures.failedAt, pruneBefore)));
  const rows = await db
    .insert(loginFailures)
    .values(keys.map((key) => ({ key, failedAt: now })))
    .returning({ id: loginFailures.id });
  return rows.map((r) => r.id);
}

export async function deleteFailures(db: DbOrTx, ids: string[]) {
  if (ids.length) await db.delete(loginFailures).where(inArray(loginFailures.id, ids));
}

export async function clearFailures(db: DbOrTx, key: string) {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}

/** The account of a signed-in household: its code (the throttle's key) and its PIN's hash. */
export async function findOwnHouseholdAccount(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      code: households.code,
      householdId: households.id,
      secretHash: users.secretHash,
      secretChosenAt: users.secretChosenAt,
    })
    .from(users)
    .innerJoin(households, eq(households.userId, users.id))
    .where(eq(users.id, userId));
  return row;
}

/** Whether the account signs in with a secret its holder chose (not one staff handed out). */
export async function ownsItsSecret(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db.select({ at: users.secretChosenAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.at);
}

/** The PIN the household chose itself (`secretChosenAt` says it is no longer the one staff handed out). */
export async function setChosenSecret(db: DbOrTx, userId: string, secretHash: string, chosenAt: Date) {
  await db.update(users).set({ secretHash, secretChosenAt: chosenAt }).where(eq(users.id, userId));
}

/** Ends a user's sessions on every other device, keeping the one that asked. */
export async function deleteOtherSessionsOfUser(db: DbOrTx, userId: string, keptTokenHash: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keptTokenHash)));
}

/** Ends every session of a user, e.g. after a PIN reset. */
export async function deleteSessionsOfUser(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

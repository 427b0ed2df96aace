import { and, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { invitations, memberships, organisations, users } from "../../db/schema/index.ts";
import type { Role } from "../http/context.ts";
import type { Language } from "../http/i18n.ts";

const organisationColumns = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  kind: organisations.kind,
  weatherStationCode: organisations.weatherStationCode,
};

export async function insertOrganisation(db: DbOrTx, row: typeof organisations.$inferInsert) {
  const [created] = await db.insert(organisations).values(row).returning(organisationColumns);
  return created as NonNullable<typeof created>;
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select(organisationColumns).from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function listAllOrganisations(db: DbOrTx) {
  return db.select(organisationColumns).from(organisations).orderBy(organisations.name);
}

export async function listOrganisationsOfUser(db: DbOrTx, userId: string) {
  return db
    .select(organisationColumns)
    .from(organisations)
    .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name);
}

export async function listMembers(db: DbOrTx, orgId: string) {
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, orgId), isNotNull(users.email)))
    .orderBy(users.displayName);
}

export async function insertInvitation(db: DbOrTx, row: typeof invitations.$inferInsert) {
  const [created] = await db.insert(invitations).values(row).returning({
    id: invitations.id,
    role: invitations.role,
    email: invitations.email,
    expiresAt: invitations.expiresAt,
  });
  return created as NonNullable<typeof created>;
}

export async function listPendingInvitations(db: DbOrTx, orgId: string, now: Date) {
  return db
    .select({
      id: invitations.id,
      role: invitations.role,
      email: invitations.email,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, orgId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

/** An invitation not yet accepted nor expired; `forUpdate` locks it until the transaction ends. */
export async function findUsableInvitation(db: DbOrTx, codeHash: string, now: Date, forUpdate = false) {
  const query = db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      role: invitations.role,
      email: invitations.email,
    })
    .from(invitations)
    .where(
      and(eq(invitations.codeHash, codeHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)),
    );
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

/**
 * The account that accepted an invitation not yet expired, if it has this e-mail and is still a member of
 * the invitation's organisation; one query whatever the code, the e-mail or the answer.
 */
export async function findAcceptor(
  db: DbOrTx,
  { codeHash, email, now }: { codeHash: string; email: string; now: Date },
) {
  const [row] = await db
    .select({ organisationId: invitations.organisationId, userId: users.id, secretHash: users.secretHash })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.acceptedBy))
    .innerJoin(
      memberships,
      and(eq(memberships.organisationId, invitations.organisationId), eq(memberships.userId, users.id)),
    )
    .where(
      and(
        eq(invitations.codeHash, codeHash),
        isNotNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
        eq(users.email, email),
      ),
    );
  return row;
}

export async function findMembershipRole(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row?.role;
}

export async function markInvitationAccepted(db: DbOrTx, id: string, userId: string, now: Date) {
  await db.update(invitations).set({ acceptedAt: now, acceptedBy: userId }).where(eq(invitations.id, id));
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, secretHash: users.secretHash })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert) {
  const [created] = await db.insert(users).values(row).returning({ id: users.id });
  return created as NonNullable<typeof created>;
}

/** Adds the membership; a member already there keeps its role (see acceptInvitation). */
export async function insertMembership(
  db: DbOrTx,
  row: { organisationId: string; userId: string; role: Role },
) {
  await db
    .insert(memberships)
    .values(row)
    .onConflictDoNothing({ target: [memberships.organisationId, memberships.userId] });
}

/** The weather station an organisation's savings use (a coordinator setting; `uccle` by default). */
export async function findWeatherStationCode(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select({ code: organisations.weatherStationCode })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.code ?? null;
}

export async function setStaffLanguage(db: DbOrTx, orgId: string, staffLanguage: Language) {
  await db.update(organisations).set({ staffLanguage }).where(eq(organisations.id, orgId));
}

export async function setWeatherStationCode(db: DbOrTx, orgId: string, code: string) {
  await db.update(organisations).set({ weatherStationCode: code }).where(eq(organisations.id, orgId));
}

import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { auditLog, memberships, users } from "../../db/schema/index.ts";

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string;
  /** Stable verb such as `household.pin_reset`. */
  action: string;
  subjectId?: string;
  details?: Record<string, unknown>;
  at: Date;
}

/** Written in the same transaction as the change it records. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/**
 * `entry` unless the same actor already did the same to the same subject since `since`: one
 * conditional INSERT, served by the (subject_id, at) index.
 */
export async function recordAuditUnlessSince(
  db: DbOrTx,
  entry: AuditEntry & { subjectId: string },
  since: Date,
): Promise<void> {
  const details = entry.details === undefined ? null : JSON.stringify(entry.details);
  await db.execute(sql`
    insert into audit_log (organisation_id, actor_user_id, action, subject_id, details, at)
    select ${entry.organisationId}::uuid, ${entry.actorUserId}::uuid, ${entry.action},
      ${entry.subjectId}::uuid, ${details}::jsonb, ${entry.at.toISOString()}::timestamptz
    where not exists (
      select 1 from audit_log
      where subject_id = ${entry.subjectId}::uuid and at > ${since.toISOString()}::timestamptz
        and actor_user_id = ${entry.actorUserId}::uuid and action = ${entry.action}
    )`);
}

/**
 * Entries about one subject (a household: its data's reads and changes), newest first, with the
 * actor's name and role in the organisation; the actor is null once its account is gone.
 */
export async function listAuditEntries(
  db: DbOrTx,
  {
    orgId,
    subjectId,
    before,
    limit,
  }: { orgId: string; subjectId: string; before?: { at: Date; id?: string }; limit: number },
) {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      details: auditLog.details,
      actorName: users.displayName,
      actorRole: memberships.role,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, auditLog.actorUserId),
        eq(memberships.organisationId, auditLog.organisationId),
      ),
    )
    .where(
      and(
        eq(auditLog.subjectId, subjectId),
        eq(auditLog.organisationId, orgId),
        // Entries of one instant are common (one request writes several): the id orders them.
        before &&
          or(
            lt(auditLog.at, before.at),
            before.id ? and(eq(auditLog.at, before.at), lt(auditLog.id, before.id)) : undefined,
          ),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map(({ actorName, actorRole, ...entry }) => ({
    ...entry,
    details: entry.details ?? {},
    actor: actorName === null ? null : { name: actorName, role: actorRole },
  }));
}

import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { attendance, groupSessions, sessionTips, tips } from "../../db/schema/index.ts";

const sessionColumns = {
  id: groupSessions.id,
  groupId: groupSessions.groupId,
  startsAt: groupSessions.startsAt,
  place: groupSessions.place,
  theme: groupSessions.theme,
  themeText: groupSessions.themeText,
  agenda: groupSessions.agenda,
  notes: groupSessions.notes,
  speakers: groupSessions.speakers,
};

/** Sessions with their tips and attendance: three queries, whatever the number of sessions. */
async function withDetails<S extends { id: string }>(db: DbOrTx, orgId: string, sessions: S[]) {
  const ids = sessions.map((s) => s.id);
  if (ids.length === 0) return [];
  const [covered, present] = await Promise.all([
    db
      .select({ sessionId: sessionTips.sessionId, id: tips.id, category: tips.category, text: tips.text })
      .from(sessionTips)
      .innerJoin(tips, eq(tips.id, sessionTips.tipId))
      .where(and(eq(sessionTips.organisationId, orgId), inArray(sessionTips.sessionId, ids)))
      .orderBy(asc(tips.category), asc(tips.key)),
    db
      .select({
        sessionId: attendance.sessionId,
        householdId: attendance.householdId,
        status: attendance.status,
      })
      .from(attendance)
      .where(and(eq(attendance.organisationId, orgId), inArray(attendance.sessionId, ids))),
  ]);
  return sessions.map((s) => ({
    ...s,
    tips: covered.filter((t) => t.sessionId === s.id).map(({ sessionId: _, ...t }) => t),
    attendance: present.filter((a) => a.sessionId === s.id).map(({ sessionId: _, ...a }) => a),
  }));
}

export async function listSessions(db: DbOrTx, orgId: string, groupId: string) {
  const rows = await db
    .select(sessionColumns)
    .from(groupSessions)
    .where(and(eq(groupSessions.organisationId, orgId), eq(groupSessions.groupId, groupId)))
    .orderBy(asc(groupSessions.startsAt));
  return withDetails(db, orgId, rows);
}

export async function findSession(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(sessionColumns)
    .from(groupSessions)
    .where(and(eq(groupSessions.organisationId, orgId), eq(groupSessions.id, id)));
  return row && (await withDetails(db, orgId, [row]))[0];
}

export async function findSessionGroupId(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ groupId: groupSessions.groupId, startsAt: groupSessions.startsAt })
    .from(groupSessions)
    .where(and(eq(groupSessions.organisationId, orgId), eq(groupSessions.id, id)));
  return row;
}

/** The households whose attendance is recorded at the session, whatever their status. */
export async function attendeesOf(db: DbOrTx, orgId: string, sessionId: string) {
  const rows = await db
    .select({ householdId: attendance.householdId })
    .from(attendance)
    .where(and(eq(attendance.organisationId, orgId), eq(attendance.sessionId, sessionId)));
  return rows.map((r) => r.householdId);
}

export async function insertSession(db: DbOrTx, row: typeof groupSessions.$inferInsert) {
  const [created] = await db.insert(groupSessions).values(row).returning({ id: groupSessions.id });
  return (created as { id: string }).id;
}

export async function updateSession(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof groupSessions.$inferInsert>,
) {
  await db
    .update(groupSessions)
    .set(changes)
    .where(and(eq(groupSessions.organisationId, orgId), eq(groupSessions.id, id)));
}

export async function replaceSessionTips(
  db: DbOrTx,
  orgId: string,
  sessionId: string,
  tipIds: readonly string[],
) {
  await db
    .delete(sessionTips)
    .where(and(eq(sessionTips.organisationId, orgId), eq(sessionTips.sessionId, sessionId)));
  if (tipIds.length)
    await db
      .insert(sessionTips)
      .values([...new Set(tipIds)].map((tipId) => ({ organisationId: orgId, sessionId, tipId })));
}

export async function replaceAttendance(
  db: DbOrTx,
  {
    orgId,
    sessionId,
    entries,
    recordedBy,
    now,
  }: {
    orgId: string;
    sessionId: string;
    entries: readonly { householdId: string; status: (typeof attendance.status.enumValues)[number] }[];
    recordedBy: string;
    now: Date;
  },
) {
  await db
    .delete(attendance)
    .where(and(eq(attendance.organisationId, orgId), eq(attendance.sessionId, sessionId)));
  if (entries.length)
    await db
      .insert(attendance)
      .values(entries.map((e) => ({ ...e, organisationId: orgId, sessionId, recordedBy, recordedAt: now })));
}

/** When the group's sessions the household is on the attendance list of took place (any status). */
export async function attendedSessionStarts(db: DbOrTx, orgId: string, groupId: string, householdId: string) {
  const rows = await db
    .select({ startsAt: groupSessions.startsAt })
    .from(attendance)
    .innerJoin(
      groupSessions,
      and(eq(groupSessions.organisationId, orgId), eq(groupSessions.id, attendance.sessionId)),
    )
    .where(
      and(
        eq(attendance.organisationId, orgId),
        eq(attendance.householdId, householdId),
        eq(groupSessions.groupId, groupId),
      ),
    );
  return rows.map((r) => r.startsAt);
}

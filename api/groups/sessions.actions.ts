import type { z } from "@hono/zod-openapi";
import type { Tx } from "../../db/client.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, type FieldError, NotFound, Validation } from "../http/errors.ts";
import { visibleTipIds } from "../tips/index.ts";
import { writableGroup } from "./group-access.ts";
import { audit } from "./groups.actions.ts";
import * as groups from "./groups.repo.ts";
import { attendanceNonMembers, sessionMoveConflict } from "./groups.rules.ts";
import { householdNames } from "./household-names.ts";
import * as memberRepo from "./members.repo.ts";
import * as repo from "./sessions.repo.ts";
import type { AttendanceInput, PlanSessionInput, UpdateSessionInput } from "./sessions.schemas.ts";

export async function listSessions({ ctx, groupId }: { ctx: Ctx; groupId: string }) {
  if (!(await groups.findGroup(ctx.db, ctx.orgId, groupId))) throw new NotFound();
  return repo.listSessions(ctx.db, ctx.orgId, groupId);
}

export async function getSession({ ctx, id }: { ctx: Ctx; id: string }) {
  const session = await repo.findSession(ctx.db, ctx.orgId, id);
  if (!session) throw new NotFound();
  return session;
}

export async function planSession({
  ctx,
  groupId,
  input,
}: {
  ctx: Ctx;
  groupId: string;
  input: z.infer<typeof PlanSessionInput>;
}) {
  const { tipIds, startsAt, ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const group = await writableGroup(tx, ctx, groupId);
    await assertTips(tx, ctx, tipIds);
    const created = await repo.insertSession(tx, {
      ...fields,
      // Most sessions meet where the group does.
      place: fields.place ?? group.place,
      startsAt: new Date(startsAt),
      organisationId: ctx.orgId,
      groupId,
      createdBy: ctx.actor.userId,
    });
    await repo.replaceSessionTips(tx, ctx.orgId, created, tipIds);
    await audit(tx, ctx, "group.session_planned", groupId, { sessionId: created });
    return created;
  });
  return getSession({ ctx, id });
}

/** Edits a session: its notes and tips afterwards, or its plan before; a move keeps its attendance valid. */
export async function updateSession({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof UpdateSessionInput>;
}) {
  const { tipIds, startsAt, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    const stored = await sessionUnderLock(tx, ctx, id, repo.findSession);
    const theme = fields.theme ?? stored.theme;
    const themeText = fields.themeText === undefined ? stored.themeText : fields.themeText;
    if (theme === "free" && !themeText)
      throw new Validation("session.free_theme_needs_text", [
        { field: "themeText", code: "required", message: "session.free_theme_needs_text" },
      ]);
    const day = startsAt && brusselsDayOf(new Date(startsAt));
    if (day && day !== brusselsDayOf(stored.startsAt))
      await assertAttendanceAllowsMove(tx, ctx, { sessionId: id, groupId: stored.groupId, day });
    if (tipIds) {
      await assertTips(tx, ctx, tipIds);
      await repo.replaceSessionTips(tx, ctx.orgId, id, tipIds);
    }
    await repo.updateSession(tx, ctx.orgId, id, {
      ...fields,
      ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
      updatedAt: ctx.now,
    });
    await audit(tx, ctx, "group.session_updated", stored.groupId, {
      sessionId: id,
      fields: Object.keys(input),
    });
  });
  return getSession({ ctx, id });
}

/**
 * Replaces the session's whole attendance list in one transaction: every household in it must have
 * been a member of the group on the session's day (Brussels), and the session must have begun.
 */
export async function putAttendance({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof AttendanceInput>;
}) {
  await ctx.db.transaction(async (tx) => {
    const session = await sessionUnderLock(tx, ctx, id, repo.findSessionGroupId);
    const day = brusselsDayOf(session.startsAt);
    if (day > brusselsDayOf(ctx.now))
      throw new Validation("session.attendance_in_future", [
        { field: "attendance", code: "in_future", message: "session.attendance_in_future" },
      ]);
    const householdIds = input.attendance.map((a) => a.householdId);
    const seen = new Set<string>();
    const problems: FieldError[] = [];
    householdIds.forEach((householdId, i) => {
      if (seen.has(householdId))
        problems.push({
          field: `attendance.${i}.householdId`,
          code: "duplicate",
          message: "session.attendance_duplicate",
        });
      seen.add(householdId);
    });
    const members = await memberRepo.listMembers(tx, ctx.orgId, session.groupId);
    for (const { index } of attendanceNonMembers({ householdIds, members, day }))
      problems.push({
        field: `attendance.${index}.householdId`,
        code: "not_member",
        message: "session.attendance_not_member",
      });
    if (problems.length) throw new Validation(problems[0]?.message as string, problems, { day });
    await repo.replaceAttendance(tx, {
      orgId: ctx.orgId,
      sessionId: id,
      entries: input.attendance,
      recordedBy: ctx.actor.userId,
      now: ctx.now,
    });
    await audit(tx, ctx, "group.attendance_taken", session.groupId, {
      sessionId: id,
      households: householdIds.length,
    });
  });
  return getSession({ ctx, id });
}

/**
 * The session read once its group is locked: every write to a group's sessions takes that lock, so a
 * move and an attendance list racing each other see each other's day and list.
 */
async function sessionUnderLock<S>(
  tx: Tx,
  ctx: Ctx,
  id: string,
  read: (db: Tx, orgId: string, id: string) => Promise<S | undefined>,
): Promise<S> {
  const found = await repo.findSessionGroupId(tx, ctx.orgId, id);
  if (!found) throw new NotFound();
  await writableGroup(tx, ctx, found.groupId);
  const session = await read(tx, ctx.orgId, id);
  if (!session) throw new NotFound();
  return session;
}

/**
 * A session moved to another day keeps the attendance taken true (409): taken once its day had come,
 * of members on that day. Read under the group's lock, so attendance taken meanwhile counts.
 */
async function assertAttendanceAllowsMove(
  tx: Tx,
  ctx: Ctx,
  { sessionId, groupId, day }: { sessionId: string; groupId: string; day: string },
) {
  const [attendees, members] = await Promise.all([
    repo.attendeesOf(tx, ctx.orgId, sessionId),
    memberRepo.listMembers(tx, ctx.orgId, groupId),
  ]);
  const conflict = sessionMoveConflict({ attendees, members, day, today: brusselsDayOf(ctx.now) });
  if (conflict?.code === "in_future")
    throw new Conflict("session.attendance_taken", {}, [
      { field: "startsAt", code: "attendance_taken", message: "session.attendance_taken" },
    ]);
  if (conflict?.code === "not_members") {
    const named = conflict.householdIds.flatMap((h) => members.filter((m) => m.householdId === h));
    throw new Conflict("session.attendance_of_non_members", { day, ...householdNames(named) }, [
      {
        field: "startsAt",
        code: "attendance_of_non_members",
        message: "session.attendance_of_non_members",
      },
    ]);
  }
}

async function assertTips(tx: Tx, ctx: Ctx, tipIds: readonly string[]) {
  const visible = await visibleTipIds(tx, ctx.orgId, tipIds);
  const fieldErrors = tipIds.flatMap((tipId, i) =>
    visible.has(tipId) ? [] : [{ field: `tipIds.${i}`, code: "unknown_tip", message: "tips.unknown" }],
  );
  if (fieldErrors.length) throw new Validation("tips.unknown", fieldErrors);
}

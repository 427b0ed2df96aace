import type { z } from "@hono/zod-openapi";
import type { Tx } from "../../db/client.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { type FieldError, NotFound, Validation } from "../http/errors.ts";
import { visibleTipIds } from "../tips/index.ts";
import { writableGroup } from "./group-access.ts";
import { audit } from "./groups.actions.ts";
import * as groups from "./groups.repo.ts";
import { attendanceNonMembers } from "./groups.rules.ts";
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

/** Edits a session: its notes and tips afterwards, or its plan before. */
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
    const stored = await repo.findSession(tx, ctx.orgId, id);
    if (!stored) throw new NotFound();
    await writableGroup(tx, ctx, stored.groupId);
    const theme = fields.theme ?? stored.theme;
    const themeText = fields.themeText === undefined ? stored.themeText : fields.themeText;
    if (theme === "free" && !themeText)
      throw new Validation("session.free_theme_needs_text", [
        { field: "themeText", code: "required", message: "session.free_theme_needs_text" },
      ]);
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
    const session = await repo.findSessionGroupId(tx, ctx.orgId, id);
    if (!session) throw new NotFound();
    await writableGroup(tx, ctx, session.groupId);
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

async function assertTips(tx: Tx, ctx: Ctx, tipIds: readonly string[]) {
  const visible = await visibleTipIds(tx, ctx.orgId, tipIds);
  const fieldErrors = tipIds.flatMap((tipId, i) =>
    visible.has(tipId) ? [] : [{ field: `tipIds.${i}`, code: "unknown_tip", message: "tips.unknown" }],
  );
  if (fieldErrors.length) throw new Validation("tips.unknown", fieldErrors);
}

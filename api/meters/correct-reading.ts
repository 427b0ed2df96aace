import type { z } from "@hono/zod-openapi";
import { recordAudit } from "../audit/index.ts";
import { meterDataChanged, refreshAfterMeterWrite } from "../buildings/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Forbidden, NotFound, Validation } from "../http/errors.ts";
import { findAccessibleMeter, ownerIdOf } from "./meters.actions.ts";
import * as repo from "./meters.repo.ts";
import type { CorrectReadingInput } from "./meters.schemas.ts";
import { checkReading } from "./reading-rules.ts";
import { parseInstant, refuseReading, toRuleMeter } from "./reading-verdicts.ts";

/**
 * The author of a reading may correct or delete it, and so may the organisation's coordinator. A
 * meter's start and final indexes belong to the meter (replacement), not to this flow.
 */
async function loadEditable({ ctx, id }: { ctx: Ctx; id: string }) {
  const reading = await repo.findReading(ctx.db, ctx.orgId, id);
  if (!reading) throw new NotFound();
  const meter = await findAccessibleMeter({ ctx, meterId: reading.meterId });
  const author = await repo.findReadingAuthor(ctx.db, ctx.orgId, id);
  if (author?.authorUserId !== ctx.actor.userId && ctx.actor.role !== "coordinator")
    throw new Forbidden("reading.not_author");
  if (reading.flags.includes("start") || reading.flags.includes("final"))
    throw new Validation("reading.meter_index", [
      { field: "id", code: "meter_index", message: "reading.meter_index" },
    ]);
  return { reading, meter, mine: author?.authorUserId === ctx.actor.userId };
}

export async function correctReading({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof CorrectReadingInput>;
}) {
  const { reading, meter, mine } = await loadEditable({ ctx, id });
  const readAt = input.readAt === undefined ? reading.readAt : parseInstant(input.readAt, "readAt");
  const value = input.value ?? reading.value;
  const reset = input.reset ?? reading.flags.includes("reset");
  let buildingId: string | null = null;
  const corrected = await ctx.db.transaction(async (tx) => {
    const others = (await repo.lockAndListReadings(tx, ctx.orgId, meter.id)).filter((r) => r.id !== id);
    const verdict = checkReading({
      meter: toRuleMeter(meter),
      readings: others,
      candidate: {
        register: reading.register,
        readAt,
        value,
        clientId: reading.clientId,
        confirm: input.confirm,
        reset,
      },
      now: ctx.now,
    });
    if (!verdict.ok) refuseReading(verdict);
    // Moved onto another reading of the same moment and value: it would be that reading twice.
    if ("duplicateOf" in verdict) {
      const twin = others.find((r) => r.id === verdict.duplicateOf);
      refuseReading({
        ok: false,
        code: "reading.conflict_same_moment",
        field: "readAt",
        params: { value, existingValue: twin?.value ?? value, date: brusselsDayOf(readAt) },
      });
    }
    const flags = "flags" in verdict ? verdict.flags : reading.flags;
    const updated = await repo.updateReading(tx, ctx.orgId, id, {
      readAt,
      value: String(value),
      note: input.note === undefined ? reading.note : input.note,
      flags,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "reading.corrected",
      // The household (or dwelling, building) is the subject: its audit log is one indexed lookup (subject_id, at).
      subjectId: ownerIdOf(meter),
      details: {
        readingId: id,
        meterId: meter.id,
        before: { readAt: reading.readAt, value: reading.value },
        after: { readAt, value },
      },
      at: ctx.now,
    });
    buildingId = await meterDataChanged(tx, ctx.orgId, meter.id);
    // Answered as the readings list shows it: whoever just corrected it may do so again.
    return { ...updated, mine, editable: true };
  });
  await refreshAfterMeterWrite(ctx, buildingId);
  return corrected;
}

export async function deleteReading({ ctx, id }: { ctx: Ctx; id: string }) {
  const { reading, meter } = await loadEditable({ ctx, id });
  const buildingId = await ctx.db.transaction(async (tx) => {
    await repo.lockMeterReadings(tx, ctx.orgId, reading.meterId);
    await repo.deleteReading(tx, ctx.orgId, id);
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "reading.deleted",
      subjectId: ownerIdOf(meter),
      details: {
        readingId: id,
        meterId: reading.meterId,
        register: reading.register,
        readAt: reading.readAt,
        value: reading.value,
      },
      at: ctx.now,
    });
    return meterDataChanged(tx, ctx.orgId, reading.meterId);
  });
  await refreshAfterMeterWrite(ctx, buildingId);
}

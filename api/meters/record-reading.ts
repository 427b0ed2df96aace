import type { z } from "@hono/zod-openapi";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict } from "../http/errors.ts";
import { getMeter } from "./meters.actions.ts";
import * as repo from "./meters.repo.ts";
import type { ReadingInput } from "./meters.schemas.ts";
import { checkReading } from "./reading-rules.ts";
import { parseInstant, readingSourceOf, refuseReading, toRuleMeter } from "./reading-verdicts.ts";

/**
 * Stores a reading once: a phone that retries with the same `clientId` gets the stored reading back
 * (`created: false`) and never a second row. Readings of one meter are checked and written one at a
 * time (the meter row is locked), so two phones cannot slip a lower index in between.
 */
export async function recordReading({
  ctx,
  meterId,
  input,
}: {
  ctx: Ctx;
  meterId: string;
  input: z.infer<typeof ReadingInput>;
}) {
  const meter = await getMeter({ ctx, meterId });
  const readAt = parseInstant(input.readAt, "readAt");
  try {
    return await ctx.db.transaction(async (tx) => {
      const readings = await repo.listReadingsOfMeter(tx, ctx.orgId, meterId, { lock: true });
      const verdict = checkReading({
        meter: toRuleMeter(meter),
        readings,
        candidate: { ...input, readAt },
        now: ctx.now,
      });
      if (!verdict.ok) refuseReading(verdict);
      if ("duplicateOf" in verdict) {
        return {
          created: false,
          reading: readings.find((r) => r.id === verdict.duplicateOf) as (typeof readings)[number],
        };
      }
      const reading = await repo.insertReading(tx, {
        organisationId: ctx.orgId,
        meterId,
        register: verdict.register,
        readAt,
        value: String(input.value),
        source: readingSourceOf(ctx),
        authorUserId: ctx.actor.userId,
        clientId: input.clientId,
        flags: verdict.flags,
        note: input.note ?? null,
      });
      return { created: true, reading };
    });
  } catch (error) {
    // The same clientId already used on another meter of the organisation.
    if (isUniqueViolation(error))
      throw new Conflict("reading.client_id_reused", {}, [
        { field: "clientId", code: "reading.client_id_reused", message: "reading.client_id_reused" },
      ]);
    throw error;
  }
}

export async function listReadings({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  await getMeter({ ctx, meterId });
  return repo.listReadingsOfMeter(ctx.db, ctx.orgId, meterId);
}

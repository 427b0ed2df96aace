import { randomUUID } from "node:crypto";
import type { z } from "@hono/zod-openapi";
import type { DbOrTx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { meterDataChanged, refreshAfterMeterWrite } from "../buildings/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict } from "../http/errors.ts";
import { passMeterGate } from "./meters.actions.ts";
import * as repo from "./meters.repo.ts";
import type { ReadingInput } from "./meters.schemas.ts";
import { checkReading } from "./reading-rules.ts";
import { parseInstant, readingSourceOf, refuseReading, toRuleMeter } from "./reading-verdicts.ts";

/** Checks redone because another writer changed the meter's history first, before waiting in line. */
const OPTIMISTIC_ATTEMPTS = 3;

/**
 * Stores a reading once: a phone that retries with the same `clientId` gets the stored reading back
 * (`created: false`) and never a second row. Two statements and no transaction: one reads the meter,
 * its gate and its history; the other stores the reading only if that history has not changed since
 * (`insertReadingAtVersion`), so two phones cannot slip a lower index in between. When it has, the
 * reading is checked again; writers that keep racing on one meter end up taking its lock in turn.
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
  const readAt = parseInstant(input.readAt, "readAt");
  const attempt = (db: DbOrTx) => checkAndStore({ ctx, db, meterId, input: { ...input, readAt } });
  let stored: Awaited<ReturnType<typeof attempt>> = null;
  for (let i = 0; i < OPTIMISTIC_ATTEMPTS && !stored; i++) stored = await attempt(ctx.db);
  stored ??= await ctx.db.transaction(async (tx) => {
    await repo.lockMeterReadings(tx, ctx.orgId, meterId);
    const locked = await attempt(tx);
    if (!locked) throw new Error("the meter's readings changed while it was locked");
    return locked;
  });
  // A building meter's reading moves its building's monthly rollup (marked first, then rewritten).
  if (stored.created && stored.buildingId)
    await refreshAfterMeterWrite(ctx, await meterDataChanged(ctx.db, ctx.orgId, meterId));
  return stored;
}

/** One check against the history as it is now, and the write if that history still holds; null otherwise. */
async function checkAndStore({
  ctx,
  db,
  meterId,
  input,
}: {
  ctx: Ctx;
  db: DbOrTx;
  meterId: string;
  input: Omit<z.infer<typeof ReadingInput>, "readAt"> & { readAt: Date };
}) {
  const found = await repo.findMeterForReading(db, ctx.orgId, meterId, {
    register: input.register ?? null,
    readAt: input.readAt,
    clientId: input.clientId,
  });
  const meter = passMeterGate(ctx, found);
  const readings = found?.readings ?? [];
  const verdict = checkReading({ meter: toRuleMeter(meter), readings, candidate: input, now: ctx.now });
  if (!verdict.ok) refuseReading(verdict);
  if ("duplicateOf" in verdict) {
    const stored = readings.find((r) => r.id === verdict.duplicateOf) as (typeof readings)[number];
    return { created: false, reading: stored };
  }
  const reading = {
    id: randomUUID(),
    meterId,
    register: verdict.register,
    readAt: input.readAt,
    value: input.value,
    source: readingSourceOf(ctx),
    flags: verdict.flags,
    clientId: input.clientId,
    note: input.note ?? null,
  };
  const row = {
    ...reading,
    organisationId: ctx.orgId,
    value: String(input.value),
    authorUserId: ctx.actor.userId,
  };
  try {
    const stored = await repo.insertReadingAtVersion(db, found?.readingsVersion ?? 0, row);
    return stored ? { created: true, reading, buildingId: meter.buildingId } : null;
  } catch (error) {
    // The same clientId already used on another meter of the organisation.
    if (isUniqueViolation(error))
      throw new Conflict("reading.client_id_reused", {}, [
        { field: "clientId", code: "reading.client_id_reused", message: "reading.client_id_reused" },
      ]);
    throw error;
  }
}

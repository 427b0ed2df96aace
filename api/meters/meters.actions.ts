import { randomUUID } from "node:crypto";
import type { z } from "@hono/zod-openapi";
import type { DbOrTx } from "../../db/client.ts";
import { recordAudit } from "../audit/index.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import { invalidRegisters, METER_KINDS, type MeterKind, type Register } from "./meter-kinds.ts";
import * as repo from "./meters.repo.ts";
import type { CreateMeterInput, IndexPerRegister, ReplaceMeterInput } from "./meters.schemas.ts";
import { checkReading } from "./reading-rules.ts";
import { parseInstant, readingSourceOf, refuseReading, toRuleMeter } from "./reading-verdicts.ts";

type Indexes = z.infer<typeof IndexPerRegister>;

/** `{ register: value }` for every register of the meter, or a refusal naming the missing ones. */
function indexesFor(registers: readonly Register[], given: Indexes | undefined, field: string) {
  const byRegister: Partial<Record<Register, number>> =
    typeof given === "number"
      ? registers.length === 1
        ? { [registers[0] as Register]: given }
        : {}
      : (given ?? {});
  const missing = registers.filter((r) => byRegister[r] === undefined);
  if (missing.length)
    throw new Validation(
      "meter.start_index_missing",
      [{ field, code: "missing", message: "meter.start_index_missing" }],
      {
        registers: missing.join(", "),
      },
    );
  return registers.map((register) => ({ register, value: byRegister[register] as number }));
}

export async function listMeters({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const meters = await repo.listMeters(ctx.db, ctx.orgId, householdId);
  return withLastReadings(ctx.db, ctx.orgId, meters);
}

export async function createMeter({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof CreateMeterInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const spec = METER_KINDS[input.kind as MeterKind];
  const registers = input.registers ?? [...spec.defaultRegisters];
  const wrong = invalidRegisters(input.kind, registers);
  if (wrong.length)
    throw new Validation(
      "meter.register_not_allowed",
      [{ field: "registers", code: "not_allowed", message: "meter.register_not_allowed" }],
      { registers: spec.allowedRegisters.join(", ") || "—" },
    );
  const startedAt = parseInstant(input.startedAt, "startedAt");
  const starts = indexesFor(registers, input.startIndex, "startIndex");
  const id = await ctx.db.transaction(async (tx) => {
    const meterId = await repo.insertMeter(tx, {
      organisationId: ctx.orgId,
      householdId,
      kind: input.kind,
      name: input.name,
      icon: input.icon ?? spec.icon,
      registers,
      ean: input.ean ?? null,
      serial: input.serial ?? null,
      maxIndex: input.maxIndex === undefined ? null : String(input.maxIndex),
      gasType: input.kind === "gas" ? (input.gasType ?? "H") : null,
      startedAt,
      createdBy: ctx.actor.userId,
    });
    await insertIndexes(tx, { ctx, meterId, at: startedAt, indexes: starts, flag: "start" });
    return meterId;
  });
  return getMeter({ ctx, meterId: id });
}

export async function getMeter({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  const meter = await repo.findMeter(ctx.db, ctx.orgId, meterId);
  if (!meter) throw new NotFound();
  await assertHouseholdDataAccess({ ctx, householdId: meter.householdId });
  const [withLast] = await withLastReadings(ctx.db, ctx.orgId, [meter]);
  return withLast as NonNullable<typeof withLast>;
}

/**
 * Closes a meter with its final index and opens its successor with a start index, in one transaction.
 * Consumption never crosses the two: they are separate meters.
 */
export async function replaceMeter({
  ctx,
  meterId,
  input,
}: {
  ctx: Ctx;
  meterId: string;
  input: z.infer<typeof ReplaceMeterInput>;
}) {
  const old = await getMeter({ ctx, meterId });
  if (old.closedAt)
    throw new Validation("meter.already_closed", [
      { field: "meterId", code: "closed", message: "meter.already_closed" },
    ]);
  const replacedAt = parseInstant(input.replacedAt, "replacedAt");
  const finals = indexesFor(old.registers, input.finalIndex, "finalIndex");
  const starts = indexesFor(old.registers, input.newMeter.startIndex, "newMeter.startIndex");
  const newId = await ctx.db.transaction(async (tx) => {
    const existing = await repo.listReadingsOfMeter(tx, ctx.orgId, meterId, { lock: true });
    for (const final of finals) {
      const verdict = checkReading({
        meter: toRuleMeter(old),
        readings: existing,
        candidate: { ...final, readAt: replacedAt, clientId: randomUUID(), confirm: true },
        now: ctx.now,
      });
      if (!verdict.ok) refuseReading(verdict, "finalIndex");
    }
    await insertIndexes(tx, { ctx, meterId, at: replacedAt, indexes: finals, flag: "final" });
    await repo.closeMeter(tx, ctx.orgId, meterId, replacedAt);
    const successor = await repo.insertMeter(tx, {
      organisationId: ctx.orgId,
      householdId: old.householdId,
      kind: old.kind,
      name: old.name,
      icon: old.icon,
      registers: [...old.registers],
      ean: input.newMeter.ean ?? old.ean,
      serial: input.newMeter.serial ?? null,
      maxIndex: input.newMeter.maxIndex === undefined ? null : String(input.newMeter.maxIndex),
      gasType: old.gasType,
      startedAt: replacedAt,
      replacesMeterId: meterId,
      createdBy: ctx.actor.userId,
    });
    await insertIndexes(tx, { ctx, meterId: successor, at: replacedAt, indexes: starts, flag: "start" });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "meter.replaced",
      subjectId: meterId,
      details: { successor },
      at: ctx.now,
    });
    return successor;
  });
  return getMeter({ ctx, meterId: newId });
}

async function insertIndexes(
  tx: DbOrTx,
  {
    ctx,
    meterId,
    at,
    indexes,
    flag,
  }: {
    ctx: Ctx;
    meterId: string;
    at: Date;
    indexes: { register: Register; value: number }[];
    flag: "start" | "final";
  },
) {
  await repo.insertReadings(
    tx,
    indexes.map(({ register, value }) => ({
      organisationId: ctx.orgId,
      meterId,
      register,
      readAt: at,
      value: String(value),
      source: readingSourceOf(ctx),
      authorUserId: ctx.actor.userId,
      clientId: randomUUID(),
      flags: [flag],
    })),
  );
}

async function withLastReadings<M extends repo.MeterRow>(db: DbOrTx, orgId: string, meters: M[]) {
  const last = await repo.latestReadings(
    db,
    orgId,
    meters.map((m) => m.id),
  );
  return meters.map((m) => ({
    ...m,
    maxIndex: m.maxIndex === null ? null : Number(m.maxIndex),
    gasType: m.gasType as "H" | "L" | null,
    unit: METER_KINDS[m.kind].unit,
    readingMode: METER_KINDS[m.kind].mode,
    lastReadings: last
      .filter((r) => r.meterId === m.id)
      .map((r) => ({ register: r.register, readAt: r.readAt, value: Number(r.value) })),
  }));
}

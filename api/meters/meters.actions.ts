import { randomUUID } from "node:crypto";
import type { z } from "@hono/zod-openapi";
import type { DbOrTx } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { assertBuildingAccess, meterDataChanged, refreshAfterMeterWrite } from "../buildings/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import {
  assertHouseholdDataAccess,
  type ConsentRecord,
  checkHouseholdDataAccess,
} from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { invalidRegisters, METER_KINDS, type MeterKind, type Register } from "./meter-kinds.ts";
import * as repo from "./meters.repo.ts";
import type { CreateMeterInput, IndexPerRegister, ReplaceMeterInput } from "./meters.schemas.ts";
import { checkReading, FUTURE_TOLERANCE_MS } from "./reading-rules.ts";
import { parseInstant, readingSourceOf, refuseReading, toRuleMeter } from "./reading-verdicts.ts";

type Indexes = z.infer<typeof IndexPerRegister>;

/** Whose a meter is: exactly one of a household, a dwelling or a building (the database checks it too). */
export type MeterOwner = { householdId: string } | { dwellingId: string } | { buildingId: string };

type NewMeterInput = z.infer<typeof CreateMeterInput> & { ratingFactor?: number };

const ownerColumns = (owner: MeterOwner) => ({
  householdId: null,
  dwellingId: null,
  buildingId: null,
  ...owner,
});

/** The id the audit log files a meter's changes under: its household, dwelling or building. */
export function ownerIdOf(meter: {
  householdId: string | null;
  dwellingId: string | null;
  buildingId: string | null;
}) {
  return (meter.householdId ?? meter.dwellingId ?? meter.buildingId) as string;
}

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

/**
 * The meters of a dwelling or a building with their last indexes, for a caller the buildings module
 * has let in (the place is in `ctx.orgId` and the caller may read the company's buildings).
 */
export async function listMetersOfPlace({
  ctx,
  place,
}: {
  ctx: Ctx;
  place: { dwellingId: string } | { buildingId: string };
}) {
  return withLastReadings(ctx.db, ctx.orgId, await repo.listMetersOfPlace(ctx.db, ctx.orgId, place));
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
  return addMeter({ ctx, owner: { householdId }, input });
}

/**
 * Adds a meter with its start index to an owner the caller has already found in `ctx.orgId` and may
 * write to (the household gate, or the buildings module's rules for a dwelling or a building).
 */
export async function addMeter({ ctx, owner, input }: { ctx: Ctx; owner: MeterOwner; input: NewMeterInput }) {
  const stored = await findRetriedMeter({ ctx, owner, input });
  if (stored) return { created: false, meter: stored };
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
  // A meter put in service later would refuse every reading until then.
  if (startedAt.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS)
    throw new Validation(
      "reading.in_future",
      [{ field: "startedAt", code: "in_future", message: "reading.in_future" }],
      { date: brusselsDayOf(startedAt), today: brusselsDayOf(ctx.now) },
    );
  const starts = indexesFor(registers, input.startIndex, "startIndex");
  const id = await ctx.db
    .transaction(async (tx) => {
      const meterId = await repo.insertMeter(tx, {
        organisationId: ctx.orgId,
        ...ownerColumns(owner),
        kind: input.kind,
        name: input.name,
        icon: input.icon ?? spec.icon,
        registers,
        ean: input.ean ?? null,
        serial: input.serial ?? null,
        maxIndex: input.maxIndex === undefined ? null : String(input.maxIndex),
        gasType: input.kind === "gas" ? (input.gasType ?? "H") : null,
        ratingFactor: input.ratingFactor === undefined ? null : String(input.ratingFactor),
        startedAt,
        clientId: input.clientId ?? null,
        createdBy: ctx.actor.userId,
      });
      await insertIndexes(tx, { ctx, meterId, at: startedAt, indexes: starts, flag: "start" });
      return meterId;
    })
    .catch(async (error) => {
      // Two copies of one retry raced: the other one created it.
      const raced = isUniqueViolation(error) && (await findRetriedMeter({ ctx, owner, input }));
      if (raced) return raced.id;
      throw error;
    });
  return { created: true, meter: await getMeter({ ctx, meterId: id }) };
}

/** The meter a phone already created with this clientId; a 409 when the id was used for another one. */
async function findRetriedMeter({
  ctx,
  owner,
  input,
}: {
  ctx: Ctx;
  owner: MeterOwner;
  input: NewMeterInput;
}) {
  if (!input.clientId) return null;
  const row = await repo.findMeterByClientId(ctx.db, ctx.orgId, input.clientId);
  if (!row) return null;
  const expected = ownerColumns(owner);
  const sameOwner =
    row.householdId === expected.householdId &&
    row.dwellingId === expected.dwellingId &&
    row.buildingId === expected.buildingId;
  const stored = sameOwner && row.kind === input.kind ? await getMeter({ ctx, meterId: row.id }) : null;
  // A retry sends the same meter again; another body under the same id is another meter.
  const sameMeter =
    stored !== null &&
    stored.name === input.name &&
    stored.startedAt.getTime() === parseInstant(input.startedAt, "startedAt").getTime() &&
    (input.registers === undefined || stored.registers.join() === input.registers.join()) &&
    (input.ean === undefined || stored.ean === input.ean) &&
    (input.serial === undefined || stored.serial === input.serial) &&
    (input.maxIndex === undefined || stored.maxIndex === input.maxIndex);
  if (!sameMeter)
    throw new Conflict("meter.client_id_reused", {}, [
      { field: "clientId", code: "meter.client_id_reused", message: "meter.client_id_reused" },
    ]);
  return stored;
}

export async function getMeter({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  const meter = await findAccessibleMeter({ ctx, meterId });
  const [withLast] = await withLastReadings(ctx.db, ctx.orgId, [meter]);
  return withLast as NonNullable<typeof withLast>;
}

/** The meter, once the caller may reach its owner; without its last readings (writes need none). */
export async function findAccessibleMeter({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  return passMeterGate(ctx, await repo.findMeterWithHousehold(ctx.db, ctx.orgId, meterId));
}

/**
 * The meter described for its caller, or 404/403 when the caller may not reach it: a household's
 * meter through the household consent gate, a dwelling's or a building's as the housing company's
 * data (buildings module). Viewers reach writes of neither: the routes keep them out.
 */
export function passMeterGate<M extends repo.MeterRow>(
  ctx: Ctx,
  found: { meter: M; household: { consents: ConsentRecord[] } | undefined } | undefined,
) {
  if (!found) throw new NotFound();
  const { householdId } = found.meter;
  if (householdId === null) assertBuildingAccess(ctx, "read");
  else checkHouseholdDataAccess({ ctx, householdId, found: found.household });
  return describeMeter(found.meter);
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
    const existing = await repo.lockAndListReadings(tx, ctx.orgId, meterId);
    // A closed meter counts nothing more: readings after the closure would be left hanging.
    const later = existing.filter((r) => r.readAt.getTime() > replacedAt.getTime()).at(-1);
    if (later)
      throw new Validation(
        "meter.readings_after_replacement",
        [{ field: "replacedAt", code: "before_last_reading", message: "meter.readings_after_replacement" }],
        { lastDate: brusselsDayOf(later.readAt) },
      );
    // Another replacement that got the lock first has closed it: one successor only.
    if (!(await repo.closeMeter(tx, ctx.orgId, meterId, replacedAt)))
      throw new Validation("meter.already_closed", [
        { field: "meterId", code: "closed", message: "meter.already_closed" },
      ]);
    const newFinals = [];
    for (const final of finals) {
      const verdict = checkReading({
        meter: toRuleMeter(old),
        readings: existing,
        candidate: { ...final, readAt: replacedAt, clientId: randomUUID(), confirm: true },
        now: ctx.now,
      });
      if (!verdict.ok)
        refuseReading(verdict, replacementField(verdict.field, final.register, input.finalIndex));
      // The same index already read at that moment (typed on the day, then the replacement): it is the final one.
      if ("duplicateOf" in verdict) await repo.flagReading(tx, ctx.orgId, verdict.duplicateOf, "final");
      else newFinals.push(final);
    }
    await insertIndexes(tx, { ctx, meterId, at: replacedAt, indexes: newFinals, flag: "final" });
    const successor = await repo.insertMeter(tx, {
      organisationId: ctx.orgId,
      householdId: old.householdId,
      dwellingId: old.dwellingId,
      buildingId: old.buildingId,
      kind: old.kind,
      name: old.name,
      icon: old.icon,
      registers: [...old.registers],
      ean: input.newMeter.ean ?? old.ean,
      serial: input.newMeter.serial ?? null,
      maxIndex: input.newMeter.maxIndex === undefined ? null : String(input.newMeter.maxIndex),
      gasType: old.gasType,
      // The new allocator sits on the same radiator.
      ratingFactor: old.ratingFactor === null ? null : String(old.ratingFactor),
      startedAt: replacedAt,
      replacesMeterId: meterId,
      createdBy: ctx.actor.userId,
    });
    await insertIndexes(tx, { ctx, meterId: successor, at: replacedAt, indexes: starts, flag: "start" });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "meter.replaced",
      subjectId: ownerIdOf(old),
      details: { meterId, successor },
      at: ctx.now,
    });
    await meterDataChanged(tx, ctx.orgId, meterId);
    return successor;
  });
  await refreshAfterMeterWrite(ctx, old.buildingId);
  return getMeter({ ctx, meterId: newId });
}

/**
 * The request field a refused final index is about: the date, or the index as the client sent it
 * (`finalIndex` for one number, `finalIndex.day` for one value per register).
 */
function replacementField(field: string, register: Register, given: Indexes): string {
  if (field === "readAt") return "replacedAt";
  return typeof given === "number" ? "finalIndex" : `finalIndex.${register}`;
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

function describeMeter<M extends repo.MeterRow>(m: M) {
  return {
    ...m,
    maxIndex: m.maxIndex === null ? null : Number(m.maxIndex),
    gasType: m.gasType as "H" | "L" | null,
    ratingFactor: m.ratingFactor === null ? null : Number(m.ratingFactor),
    unit: METER_KINDS[m.kind].unit,
    readingMode: METER_KINDS[m.kind].mode,
  };
}

async function withLastReadings<M extends repo.MeterRow>(db: DbOrTx, orgId: string, meters: M[]) {
  const last = await repo.latestReadings(
    db,
    orgId,
    meters.map((m) => m.id),
  );
  return meters.map((m) => ({
    ...describeMeter(m),
    lastReadings: last
      .filter((r) => r.meterId === m.id)
      .map((r) => ({ register: r.register, readAt: r.readAt, value: Number(r.value) })),
  }));
}

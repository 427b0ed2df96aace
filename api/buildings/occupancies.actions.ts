import type { z } from "@hono/zod-openapi";
import type { DbOrTx } from "../../db/client.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, type FieldError, NotFound, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { householdOnFileExists } from "./buildings.repo.ts";
import * as repo from "./cost-split.repo.ts";
import { findDwellingOrNotFound } from "./dwellings.actions.ts";
import type { OccupancyInput, UpdateOccupancyInput } from "./occupancies.schemas.ts";

/**
 * Move-ins and move-outs of a dwelling, for prorating a season's heating costs by days. They are the
 * record of the past and do not change the dwelling's current household (`dwellings.household_id`,
 * set by PUT …/household); a cost split uses them when the dwelling has any.
 */

type Input = z.infer<typeof OccupancyInput>;

export async function listOccupancies({
  ctx,
  buildingId,
  dwellingId,
}: {
  ctx: Ctx;
  buildingId: string;
  dwellingId: string;
}) {
  assertBuildingAccess(ctx, "read");
  await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  return repo.listOccupancies(ctx.db, ctx.orgId, [dwellingId]);
}

async function checkOccupancy(db: DbOrTx, ctx: Ctx, dwellingId: string, o: Input, exceptId?: string) {
  const problems: FieldError[] = [];
  if (!isLocalDay(o.movedInOn))
    problems.push({ field: "movedInOn", code: "date", message: "occupancy.dates" });
  if (o.movedOutOn !== null && (!isLocalDay(o.movedOutOn) || o.movedOutOn <= o.movedInOn))
    problems.push({ field: "movedOutOn", code: "date", message: "occupancy.dates" });
  if (o.householdId && !(await householdOnFileExists(db, ctx.orgId, o.householdId)))
    problems.push({ field: "householdId", code: "unknown", message: "dwelling.household_unknown" });
  if (problems.length) throw new Validation(problems[0]?.message as string, problems);
  const ends = (to: string | null) => to ?? "9999-12-31";
  const overlaps = (x: { id: string; movedInOn: string; movedOutOn: string | null }) =>
    x.id !== exceptId && x.movedInOn < ends(o.movedOutOn) && o.movedInOn < ends(x.movedOutOn);
  if ((await repo.listOccupancies(db, ctx.orgId, [dwellingId])).some(overlaps))
    throw new Conflict("occupancy.overlap", {}, [
      { field: "movedInOn", code: "overlap", message: "occupancy.overlap" },
    ]);
  // One home at a time: otherwise the household would pay a share in two splits for the same days.
  if (o.householdId && (await repo.listOccupanciesOfHousehold(db, ctx.orgId, o.householdId)).some(overlaps))
    throw new Conflict("occupancy.household_elsewhere", {}, [
      { field: "householdId", code: "overlap", message: "occupancy.household_elsewhere" },
    ]);
}

async function findOrNotFound(ctx: Ctx, dwellingId: string, id: string) {
  const row = await repo.findOccupancy(ctx.db, ctx.orgId, dwellingId, id);
  if (!row) throw new NotFound();
  return row;
}

export async function createOccupancy({
  ctx,
  buildingId,
  dwellingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  dwellingId: string;
  input: Input;
}) {
  assertBuildingAccess(ctx, "write");
  await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  const id = await ctx.db.transaction(async (tx) => {
    await repo.lockOccupancies(tx, ctx.orgId, dwellingId, input.householdId);
    await checkOccupancy(tx, ctx, dwellingId, input);
    return repo.insertOccupancy(tx, {
      ...input,
      organisationId: ctx.orgId,
      dwellingId,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  });
  return findOrNotFound(ctx, dwellingId, id);
}

export async function updateOccupancy({
  ctx,
  buildingId,
  dwellingId,
  id,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  dwellingId: string;
  id: string;
  input: z.infer<typeof UpdateOccupancyInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  const current = await findOrNotFound(ctx, dwellingId, id);
  const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const next = { ...current, ...sent };
  await ctx.db.transaction(async (tx) => {
    await repo.lockOccupancies(tx, ctx.orgId, dwellingId, next.householdId);
    await checkOccupancy(tx, ctx, dwellingId, next, id);
    const { householdId, movedInOn, movedOutOn } = next;
    await repo.updateOccupancy(tx, ctx.orgId, id, { householdId, movedInOn, movedOutOn, updatedAt: ctx.now });
  });
  return findOrNotFound(ctx, dwellingId, id);
}

export async function deleteOccupancy({
  ctx,
  buildingId,
  dwellingId,
  id,
}: {
  ctx: Ctx;
  buildingId: string;
  dwellingId: string;
  id: string;
}) {
  assertBuildingAccess(ctx, "write");
  await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  await findOrNotFound(ctx, dwellingId, id);
  await repo.deleteOccupancy(ctx.db, ctx.orgId, id);
}

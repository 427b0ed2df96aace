import type { z } from "@hono/zod-openapi";
import { isLocalDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, type FieldError, NotFound, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { householdOnFileExists } from "./buildings.repo.ts";
import * as repo from "./cost-split.repo.ts";
import { findDwellingOrNotFound } from "./dwellings.actions.ts";
import type { OccupancyInput } from "./occupancies.schemas.ts";

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

async function checkOccupancy(ctx: Ctx, dwellingId: string, o: Input, exceptId?: string) {
  const problems: FieldError[] = [];
  if (!isLocalDay(o.movedInOn))
    problems.push({ field: "movedInOn", code: "date", message: "occupancy.dates" });
  if (o.movedOutOn !== null && (!isLocalDay(o.movedOutOn) || o.movedOutOn <= o.movedInOn))
    problems.push({ field: "movedOutOn", code: "date", message: "occupancy.dates" });
  if (o.householdId && !(await householdOnFileExists(ctx.db, ctx.orgId, o.householdId)))
    problems.push({ field: "householdId", code: "unknown", message: "dwelling.household_unknown" });
  if (problems.length) throw new Validation(problems[0]?.message as string, problems);
  const others = (await repo.listOccupancies(ctx.db, ctx.orgId, [dwellingId])).filter(
    (x) => x.id !== exceptId,
  );
  const ends = (to: string | null) => to ?? "9999-12-31";
  if (others.some((x) => x.movedInOn < ends(o.movedOutOn) && o.movedInOn < ends(x.movedOutOn)))
    throw new Conflict("occupancy.overlap", {}, [
      { field: "movedInOn", code: "overlap", message: "occupancy.overlap" },
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
  await checkOccupancy(ctx, dwellingId, input);
  const id = await repo.insertOccupancy(ctx.db, {
    ...input,
    organisationId: ctx.orgId,
    dwellingId,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
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
  input: Partial<Input>;
}) {
  assertBuildingAccess(ctx, "write");
  await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  const current = await findOrNotFound(ctx, dwellingId, id);
  const next = { ...current, ...input };
  await checkOccupancy(ctx, dwellingId, next, id);
  const { householdId, movedInOn, movedOutOn } = next;
  await repo.updateOccupancy(ctx.db, ctx.orgId, id, {
    householdId,
    movedInOn,
    movedOutOn,
    updatedAt: ctx.now,
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

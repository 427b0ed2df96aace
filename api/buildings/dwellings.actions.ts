import type { z } from "@hono/zod-openapi";
import { isUniqueViolation } from "../../db/errors.ts";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import * as repo from "./buildings.repo.ts";
import type { DwellingInput, LinkHouseholdInput, UpdateDwellingInput } from "./buildings.schemas.ts";

/** The dwelling in the caller's organisation (and in `buildingId` when the route names it), or 404. */
export async function findDwellingOrNotFound(ctx: Ctx, dwellingId: string, buildingId?: string) {
  const dwelling = await repo.findDwelling(ctx.db, ctx.orgId, dwellingId, buildingId);
  if (!dwelling) throw new NotFound();
  return dwelling;
}

const labelTaken = (label: string | undefined) => (error: unknown) => {
  if (isUniqueViolation(error))
    throw new Conflict("dwelling.label_taken", { unitLabel: label ?? "" }, [
      { field: "unitLabel", code: "taken", message: "dwelling.label_taken" },
    ]);
  throw error;
};

export async function listDwellings({ ctx, buildingId }: { ctx: Ctx; buildingId: string }) {
  assertBuildingAccess(ctx, "read");
  await findBuildingOrNotFound(ctx, buildingId);
  return repo.listDwellings(ctx.db, ctx.orgId, buildingId);
}

export async function createDwelling({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof DwellingInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findBuildingOrNotFound(ctx, buildingId);
  const id = await repo
    .insertDwelling(ctx.db, {
      ...input,
      organisationId: ctx.orgId,
      buildingId,
      floorAreaM2: String(input.floorAreaM2),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .catch(labelTaken(input.unitLabel));
  return findDwellingOrNotFound(ctx, id);
}

export async function updateDwelling({
  ctx,
  buildingId,
  dwellingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  dwellingId: string;
  input: z.infer<typeof UpdateDwellingInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  const { floorAreaM2, ...rest } = input;
  await repo
    .updateDwelling(ctx.db, ctx.orgId, dwellingId, {
      ...rest,
      ...(floorAreaM2 === undefined ? {} : { floorAreaM2: String(floorAreaM2) }),
      updatedAt: ctx.now,
    })
    .catch(labelTaken(input.unitLabel));
  return findDwellingOrNotFound(ctx, dwellingId);
}

/**
 * Records who lives in the dwelling now (null: nobody). The tenant is a household of the same
 * organisation, and lives in one dwelling at a time: a household still linked elsewhere is refused
 * (409) rather than moved silently, so no dwelling turns vacant by surprise. Audited on the household.
 */
export async function linkHousehold({
  ctx,
  buildingId,
  dwellingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  dwellingId: string;
  input: z.infer<typeof LinkHouseholdInput>;
}) {
  assertBuildingAccess(ctx, "write");
  const dwelling = await findDwellingOrNotFound(ctx, dwellingId, buildingId);
  const { householdId } = input;
  if (householdId === dwelling.householdId) return dwelling;
  if (householdId !== null) {
    if (!(await repo.householdOnFileExists(ctx.db, ctx.orgId, householdId)))
      throw new Validation("dwelling.household_unknown", [
        { field: "householdId", code: "unknown", message: "dwelling.household_unknown" },
      ]);
    const elsewhere = await repo.findDwellingOfHousehold(ctx.db, ctx.orgId, householdId);
    if (elsewhere) throw livesElsewhere(elsewhere);
  }
  await ctx.db
    .transaction(async (tx) => {
      await repo.updateDwelling(tx, ctx.orgId, dwellingId, { householdId, updatedAt: ctx.now });
      for (const [subjectId, action] of [
        [dwelling.householdId, "dwelling.household_unlinked"],
        [householdId, "dwelling.household_linked"],
      ] as const)
        if (subjectId)
          await recordAudit(tx, {
            organisationId: ctx.orgId,
            actorUserId: ctx.actor.userId,
            action,
            subjectId,
            details: { dwellingId, buildingId },
            at: ctx.now,
          });
    })
    .catch(async (error) => {
      // Linked elsewhere by a write that raced this one.
      const raced = householdId && isUniqueViolation(error);
      const elsewhere = raced && (await repo.findDwellingOfHousehold(ctx.db, ctx.orgId, householdId));
      throw elsewhere ? livesElsewhere(elsewhere) : error;
    });
  return findDwellingOrNotFound(ctx, dwellingId);
}

function livesElsewhere(dwelling: { unitLabel: string; buildingName: string }) {
  return new Conflict(
    "dwelling.household_elsewhere",
    { unitLabel: dwelling.unitLabel, building: dwelling.buildingName },
    [{ field: "householdId", code: "elsewhere", message: "dwelling.household_elsewhere" }],
  );
}

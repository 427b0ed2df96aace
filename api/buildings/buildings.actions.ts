import type { z } from "@hono/zod-openapi";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import * as repo from "./buildings.repo.ts";
import type {
  BuildingInput,
  BuildingListQuery,
  EventInput,
  UpdateBuildingInput,
  UpdateEventInput,
} from "./buildings.schemas.ts";

/** Only a housing company (SLSP in Wallonia, SISP in Brussels) has buildings. */
export async function assertHousingCompany(ctx: Ctx) {
  const kind = await repo.organisationKind(ctx.db, ctx.orgId);
  if (kind !== "slsp" && kind !== "sisp") throw new Validation("building.not_a_housing_company");
}

/** The building in the caller's organisation, or 404. */
export async function findBuildingOrNotFound(ctx: Ctx, buildingId: string) {
  const building = await repo.findBuilding(ctx.db, ctx.orgId, buildingId);
  if (!building) throw new NotFound();
  return building;
}

const codeTaken = (code: string | undefined) => (error: unknown) => {
  if (isUniqueViolation(error))
    throw new Conflict("building.code_taken", { code: code ?? "" }, [
      { field: "code", code: "taken", message: "building.code_taken" },
    ]);
  throw error;
};

export async function listBuildings({ ctx, page }: { ctx: Ctx; page: z.infer<typeof BuildingListQuery> }) {
  assertBuildingAccess(ctx, "read");
  return repo.listBuildings(ctx.db, ctx.orgId, page);
}

export async function getBuilding({ ctx, buildingId }: { ctx: Ctx; buildingId: string }) {
  assertBuildingAccess(ctx, "read");
  return findBuildingOrNotFound(ctx, buildingId);
}

export async function createBuilding({ ctx, input }: { ctx: Ctx; input: z.infer<typeof BuildingInput> }) {
  assertBuildingAccess(ctx, "write");
  await assertHousingCompany(ctx);
  const id = await repo
    .insertBuilding(ctx.db, {
      ...input,
      organisationId: ctx.orgId,
      heatedAreaM2: String(input.heatedAreaM2),
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .catch(codeTaken(input.code));
  return findBuildingOrNotFound(ctx, id);
}

export async function updateBuilding({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof UpdateBuildingInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findBuildingOrNotFound(ctx, buildingId);
  const { heatedAreaM2, ...rest } = input;
  await repo
    .updateBuilding(ctx.db, ctx.orgId, buildingId, {
      ...rest,
      ...(heatedAreaM2 === undefined ? {} : { heatedAreaM2: String(heatedAreaM2) }),
      updatedAt: ctx.now,
    })
    .catch(codeTaken(input.code));
  return findBuildingOrNotFound(ctx, buildingId);
}

/** Works are finished on or after the day they started (the database checks it too). */
function checkEventDates({ startedOn, completedOn }: { startedOn: string; completedOn: string | null }) {
  if (completedOn !== null && completedOn < startedOn)
    throw new Validation("building_event.completed_before_start", [
      { field: "completedOn", code: "before_start", message: "building_event.completed_before_start" },
    ]);
}

export async function listEvents({ ctx, buildingId }: { ctx: Ctx; buildingId: string }) {
  assertBuildingAccess(ctx, "read");
  await findBuildingOrNotFound(ctx, buildingId);
  return repo.listEvents(ctx.db, ctx.orgId, buildingId);
}

export async function createEvent({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof EventInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findBuildingOrNotFound(ctx, buildingId);
  checkEventDates(input);
  return repo.insertEvent(ctx.db, {
    ...input,
    organisationId: ctx.orgId,
    buildingId,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
}

export async function updateEvent({
  ctx,
  buildingId,
  eventId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  eventId: string;
  input: z.infer<typeof UpdateEventInput>;
}) {
  assertBuildingAccess(ctx, "write");
  const event = await repo.findEvent(ctx.db, ctx.orgId, buildingId, eventId);
  if (!event) throw new NotFound();
  checkEventDates({
    startedOn: input.startedOn ?? event.startedOn,
    completedOn: input.completedOn === undefined ? event.completedOn : input.completedOn,
  });
  return repo.updateEvent(ctx.db, ctx.orgId, eventId, { ...input, updatedAt: ctx.now });
}

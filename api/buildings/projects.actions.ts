import type { z } from "@hono/zod-openapi";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import * as buildingsRepo from "./buildings.repo.ts";
import * as repo from "./projects.repo.ts";
import type { Project, ProjectInput, UpdateProjectInput } from "./projects.schemas.ts";

/** Projects with their objectives, in the order given. */
async function withObjectives(ctx: Ctx, rows: readonly repo.ProjectRow[]): Promise<Project[]> {
  const objectives = await repo.objectivesOf(
    ctx.db,
    ctx.orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    objectives: objectives.filter((o) => o.projectId === r.id).map(({ projectId: _, ...o }) => o),
  }));
}

/** A building's projects (a renovation, a new heating schedule), each with its works and objectives. */
export async function listProjects({ ctx, buildingId }: { ctx: Ctx; buildingId: string }) {
  assertBuildingAccess(ctx, "read");
  await findBuildingOrNotFound(ctx, buildingId);
  return projectsOfBuilding(ctx, buildingId);
}

/** The same, for a caller that has already checked the building is the caller's to read. */
export async function projectsOfBuilding(ctx: Ctx, buildingId: string) {
  return withObjectives(ctx, await repo.listProjects(ctx.db, ctx.orgId, buildingId));
}

async function projectOf(ctx: Ctx, buildingId: string, id: string): Promise<Project> {
  const found = (await listProjects({ ctx, buildingId })).find((p) => p.id === id);
  if (!found) throw new NotFound();
  return found;
}

/** The works must be this building's: a project measures its own building. */
async function assertEventOfBuilding(ctx: Ctx, buildingId: string, eventId: string | null | undefined) {
  if (!eventId) return;
  const event = await buildingsRepo.findEvent(ctx.db, ctx.orgId, buildingId, eventId);
  if (!event)
    throw new Validation("project.event_not_found", [
      { field: "eventId", code: "not_found", message: "project.event_not_found" },
    ]);
}

export async function createProject({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof ProjectInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findBuildingOrNotFound(ctx, buildingId);
  await assertEventOfBuilding(ctx, buildingId, input.eventId);
  const { objectives, ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertProject(tx, {
      ...fields,
      organisationId: ctx.orgId,
      buildingId,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.replaceObjectives(tx, ctx.orgId, created, objectives);
    return created;
  });
  return projectOf(ctx, buildingId, id);
}

export async function updateProject({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof UpdateProjectInput>;
}) {
  assertBuildingAccess(ctx, "write");
  const project = await repo.findProject(ctx.db, ctx.orgId, id);
  if (!project) throw new NotFound();
  await assertEventOfBuilding(ctx, project.buildingId, input.eventId);
  const { objectives, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    if (objectives) await repo.replaceObjectives(tx, ctx.orgId, id, objectives);
    await repo.updateProject(tx, ctx.orgId, id, { ...fields, updatedAt: ctx.now });
  });
  return projectOf(ctx, project.buildingId, id);
}

/** Deletes a project and its objectives; its consultations stay, no longer tied to it. */
export async function deleteProject({ ctx, id }: { ctx: Ctx; id: string }) {
  assertBuildingAccess(ctx, "write");
  const project = await repo.findProject(ctx.db, ctx.orgId, id);
  if (!project) throw new NotFound();
  await repo.deleteProject(ctx.db, ctx.orgId, id);
}

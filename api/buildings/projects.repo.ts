import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { buildingEvents, buildingProjectObjectives, buildingProjects } from "../../db/schema/index.ts";
import type { ProjectObjectiveKind } from "./projects.schemas.ts";

const projectColumns = {
  id: buildingProjects.id,
  buildingId: buildingProjects.buildingId,
  name: buildingProjects.name,
  description: buildingProjects.description,
  eventId: buildingProjects.eventId,
  createdAt: buildingProjects.createdAt,
  updatedAt: buildingProjects.updatedAt,
};

const eventColumns = {
  id: buildingEvents.id,
  buildingId: buildingEvents.buildingId,
  kind: buildingEvents.kind,
  label: buildingEvents.label,
  startedOn: buildingEvents.startedOn,
  completedOn: buildingEvents.completedOn,
};

export type ProjectRow = Awaited<ReturnType<typeof listProjects>>[number];

/** A building's projects, oldest first, each with its works (when linked). */
export async function listProjects(db: DbOrTx, orgId: string, buildingId: string) {
  const rows = await db
    .select({ project: projectColumns, event: eventColumns })
    .from(buildingProjects)
    .leftJoin(
      buildingEvents,
      and(eq(buildingEvents.organisationId, orgId), eq(buildingEvents.id, buildingProjects.eventId)),
    )
    .where(and(eq(buildingProjects.organisationId, orgId), eq(buildingProjects.buildingId, buildingId)))
    .orderBy(asc(buildingProjects.createdAt), asc(buildingProjects.id));
  return rows.map((r) => ({ ...r.project, event: r.event }));
}

/** A project of the organisation, whichever its building. */
export async function findProject(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(projectColumns)
    .from(buildingProjects)
    .where(and(eq(buildingProjects.organisationId, orgId), eq(buildingProjects.id, id)));
  return row;
}

export async function insertProject(db: DbOrTx, row: typeof buildingProjects.$inferInsert) {
  const [created] = await db.insert(buildingProjects).values(row).returning({ id: buildingProjects.id });
  return (created as { id: string }).id;
}

export async function updateProject(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof buildingProjects.$inferInsert> & { updatedAt: Date },
) {
  await db
    .update(buildingProjects)
    .set(changes)
    .where(and(eq(buildingProjects.organisationId, orgId), eq(buildingProjects.id, id)));
}

export async function deleteProject(db: DbOrTx, orgId: string, id: string) {
  await db
    .delete(buildingProjects)
    .where(and(eq(buildingProjects.organisationId, orgId), eq(buildingProjects.id, id)));
}

/** The objectives of some projects, in their order. */
export async function objectivesOf(db: DbOrTx, orgId: string, projectIds: readonly string[]) {
  if (!projectIds.length) return [];
  const rows = await db
    .select({
      id: buildingProjectObjectives.id,
      projectId: buildingProjectObjectives.projectId,
      label: buildingProjectObjectives.label,
      targetText: buildingProjectObjectives.targetText,
      kind: buildingProjectObjectives.kind,
      targetValue: buildingProjectObjectives.targetValue,
      assessment: buildingProjectObjectives.assessment,
    })
    .from(buildingProjectObjectives)
    .where(
      and(
        eq(buildingProjectObjectives.organisationId, orgId),
        inArray(buildingProjectObjectives.projectId, [...projectIds]),
      ),
    )
    .orderBy(asc(buildingProjectObjectives.position));
  return rows.map((r) => ({ ...r, targetValue: r.targetValue === null ? null : Number(r.targetValue) }));
}

type ObjectiveInput = {
  label: string;
  targetText: string;
  kind: ProjectObjectiveKind;
  targetValue: number | null;
  assessment: string | null;
};

export async function replaceObjectives(
  db: DbOrTx,
  orgId: string,
  projectId: string,
  objectives: readonly ObjectiveInput[],
) {
  await db
    .delete(buildingProjectObjectives)
    .where(
      and(
        eq(buildingProjectObjectives.organisationId, orgId),
        eq(buildingProjectObjectives.projectId, projectId),
      ),
    );
  if (objectives.length)
    await db.insert(buildingProjectObjectives).values(
      objectives.map((o, position) => ({
        ...o,
        targetValue: o.targetValue === null ? null : String(o.targetValue),
        organisationId: orgId,
        projectId,
        position,
      })),
    );
}

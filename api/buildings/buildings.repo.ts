import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { buildingEvents, buildings, dwellings, households, organisations } from "../../db/schema/index.ts";

/** All SQL of buildings, dwellings and building events; every query is scoped by organisation. */

export async function organisationKind(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.kind;
}

// Columns written out: a single-table select drops their table, and they would name the subquery's.
const dwellingsOnFile = sql<number>`(select count(*)::int from ${dwellings} d
  where d.organisation_id = buildings.organisation_id and d.building_id = buildings.id)`;

const buildingColumns = {
  id: buildings.id,
  code: buildings.code,
  name: buildings.name,
  address: buildings.address,
  postcode: buildings.postcode,
  commune: buildings.commune,
  heatedAreaM2: buildings.heatedAreaM2,
  dwellingCount: buildings.dwellingCount,
  dwellingsOnFile,
  heatingSystem: buildings.heatingSystem,
  constructionYear: buildings.constructionYear,
  createdAt: buildings.createdAt,
  updatedAt: buildings.updatedAt,
};

// numeric arrives as a string, and the count as a string on postgres.js.
const buildingNumbers = <R extends { heatedAreaM2: string; dwellingsOnFile: number | string }>(
  row: R,
): Omit<R, "heatedAreaM2" | "dwellingsOnFile"> & { heatedAreaM2: number; dwellingsOnFile: number } => ({
  ...row,
  heatedAreaM2: Number(row.heatedAreaM2),
  dwellingsOnFile: Number(row.dwellingsOnFile),
});

export type BuildingRow = typeof buildings.$inferInsert;

export async function listBuildings(db: DbOrTx, orgId: string, page: { limit: number; offset: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select(buildingColumns)
      .from(buildings)
      .where(eq(buildings.organisationId, orgId))
      .orderBy(asc(buildings.name), asc(buildings.code))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(buildings).where(eq(buildings.organisationId, orgId)),
  ]);
  return { items: rows.map(buildingNumbers), total: Number(total?.n ?? 0) };
}

export async function findBuilding(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(buildingColumns)
    .from(buildings)
    .where(and(eq(buildings.organisationId, orgId), eq(buildings.id, id)));
  return row && buildingNumbers(row);
}

export async function insertBuilding(db: DbOrTx, row: BuildingRow) {
  const [created] = await db.insert(buildings).values(row).returning({ id: buildings.id });
  return (created as { id: string }).id;
}

export async function updateBuilding(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<BuildingRow> & { updatedAt: Date },
) {
  await db
    .update(buildings)
    .set(changes)
    .where(and(eq(buildings.organisationId, orgId), eq(buildings.id, id)));
}

const dwellingColumns = {
  id: dwellings.id,
  buildingId: dwellings.buildingId,
  unitLabel: dwellings.unitLabel,
  floorAreaM2: dwellings.floorAreaM2,
  floor: dwellings.floor,
  position: dwellings.position,
  householdId: dwellings.householdId,
  householdPseudonym: households.pseudonym,
};

/** An erased household's pseudonym is gone: it shows as none. */
const householdOnFile = (orgId: string) =>
  and(
    eq(households.organisationId, orgId),
    eq(households.id, dwellings.householdId),
    isNull(households.erasedAt),
  );

const dwellingNumbers = <R extends { floorAreaM2: string }>(
  row: R,
): Omit<R, "floorAreaM2"> & { floorAreaM2: number } => ({ ...row, floorAreaM2: Number(row.floorAreaM2) });

export async function listDwellings(db: DbOrTx, orgId: string, buildingId: string) {
  const rows = await db
    .select(dwellingColumns)
    .from(dwellings)
    .leftJoin(households, householdOnFile(orgId))
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.buildingId, buildingId)))
    .orderBy(asc(dwellings.unitLabel));
  return rows.map(dwellingNumbers);
}

/** The dwelling, in its building when `buildingId` is given (nested routes name both). */
export async function findDwelling(db: DbOrTx, orgId: string, id: string, buildingId?: string) {
  const [row] = await db
    .select(dwellingColumns)
    .from(dwellings)
    .leftJoin(households, householdOnFile(orgId))
    .where(
      and(
        eq(dwellings.organisationId, orgId),
        eq(dwellings.id, id),
        buildingId === undefined ? undefined : eq(dwellings.buildingId, buildingId),
      ),
    );
  return row && dwellingNumbers(row);
}

export async function insertDwelling(db: DbOrTx, row: typeof dwellings.$inferInsert) {
  const [created] = await db.insert(dwellings).values(row).returning({ id: dwellings.id });
  return (created as { id: string }).id;
}

export async function updateDwelling(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof dwellings.$inferInsert> & { updatedAt: Date },
) {
  await db
    .update(dwellings)
    .set(changes)
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.id, id)));
}

/** A household of the organisation, still on file (not erased). */
export async function householdOnFileExists(db: DbOrTx, orgId: string, householdId: string) {
  const [row] = await db
    .select({ id: households.id })
    .from(households)
    .where(
      and(eq(households.organisationId, orgId), eq(households.id, householdId), isNull(households.erasedAt)),
    );
  return row !== undefined;
}

/** The dwelling a household lives in, with its building's name. */
export async function findDwellingOfHousehold(db: DbOrTx, orgId: string, householdId: string) {
  const [row] = await db
    .select({ id: dwellings.id, unitLabel: dwellings.unitLabel, buildingName: buildings.name })
    .from(dwellings)
    .innerJoin(buildings, and(eq(buildings.organisationId, orgId), eq(buildings.id, dwellings.buildingId)))
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.householdId, householdId)));
  return row;
}

const eventColumns = {
  id: buildingEvents.id,
  buildingId: buildingEvents.buildingId,
  kind: buildingEvents.kind,
  label: buildingEvents.label,
  startedOn: buildingEvents.startedOn,
  completedOn: buildingEvents.completedOn,
};

export async function listEvents(db: DbOrTx, orgId: string, buildingId: string) {
  return db
    .select(eventColumns)
    .from(buildingEvents)
    .where(and(eq(buildingEvents.organisationId, orgId), eq(buildingEvents.buildingId, buildingId)))
    .orderBy(asc(buildingEvents.startedOn), asc(buildingEvents.createdAt));
}

export async function findEvent(db: DbOrTx, orgId: string, buildingId: string, id: string) {
  const [row] = await db
    .select(eventColumns)
    .from(buildingEvents)
    .where(
      and(
        eq(buildingEvents.organisationId, orgId),
        eq(buildingEvents.buildingId, buildingId),
        eq(buildingEvents.id, id),
      ),
    );
  return row;
}

export async function insertEvent(db: DbOrTx, row: typeof buildingEvents.$inferInsert) {
  const [created] = await db.insert(buildingEvents).values(row).returning(eventColumns);
  return created as NonNullable<typeof created>;
}

export async function updateEvent(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof buildingEvents.$inferInsert> & { updatedAt: Date },
) {
  const [row] = await db
    .update(buildingEvents)
    .set(changes)
    .where(and(eq(buildingEvents.organisationId, orgId), eq(buildingEvents.id, id)))
    .returning(eventColumns);
  return row as NonNullable<typeof row>;
}

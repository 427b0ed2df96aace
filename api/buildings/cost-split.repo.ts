import { and, asc, desc, eq, gte, inArray, lte } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client.ts";
import {
  buildings,
  costSplitStatements,
  costSplits,
  dwellingOccupancies,
  dwellings,
  households,
  meters,
  organisations,
  readings,
} from "../../db/schema/index.ts";

/** All SQL of heating cost splits; every query is scoped by organisation. */

export async function listBuildingDwellings(db: DbOrTx, orgId: string, buildingId: string) {
  const rows = await db
    .select({
      id: dwellings.id,
      label: dwellings.unitLabel,
      floorAreaM2: dwellings.floorAreaM2,
      householdId: dwellings.householdId,
    })
    .from(dwellings)
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.buildingId, buildingId)));
  return rows.map((r) => ({ ...r, floorAreaM2: Number(r.floorAreaM2) }));
}

/** The dwellings' allocators and heat meters, replaced ones included. */
export async function listHeatDevices(db: DbOrTx, orgId: string, dwellingIds: string[]) {
  if (dwellingIds.length === 0) return [];
  const rows = await db
    .select({
      id: meters.id,
      dwellingId: meters.dwellingId,
      kind: meters.kind,
      name: meters.name,
      ratingFactor: meters.ratingFactor,
      startedAt: meters.startedAt,
      closedAt: meters.closedAt,
    })
    .from(meters)
    .where(
      and(
        eq(meters.organisationId, orgId),
        inArray(meters.dwellingId, dwellingIds),
        inArray(meters.kind, ["heat_cost_allocator", "heat"]),
      ),
    );
  return rows.map((r) => ({
    ...r,
    dwellingId: r.dwellingId as string,
    kind: r.kind as "heat_cost_allocator" | "heat",
    ratingFactor: r.ratingFactor === null ? null : Number(r.ratingFactor),
  }));
}

/** The meters' single-register readings between two instants (inclusive). */
export async function listReadingsBetween(
  db: DbOrTx,
  orgId: string,
  meterIds: string[],
  from: Date,
  to: Date,
) {
  if (meterIds.length === 0) return [];
  const rows = await db
    .select({
      id: readings.id,
      meterId: readings.meterId,
      readAt: readings.readAt,
      value: readings.value,
      flags: readings.flags,
    })
    .from(readings)
    .where(
      and(
        eq(readings.organisationId, orgId),
        inArray(readings.meterId, meterIds),
        eq(readings.register, "single"),
        gte(readings.readAt, from),
        lte(readings.readAt, to),
      ),
    )
    .orderBy(asc(readings.readAt));
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

const occupancyColumns = {
  id: dwellingOccupancies.id,
  dwellingId: dwellingOccupancies.dwellingId,
  householdId: dwellingOccupancies.householdId,
  movedInOn: dwellingOccupancies.movedInOn,
  movedOutOn: dwellingOccupancies.movedOutOn,
};

export async function listOccupancies(db: DbOrTx, orgId: string, dwellingIds: string[]) {
  if (dwellingIds.length === 0) return [];
  return db
    .select(occupancyColumns)
    .from(dwellingOccupancies)
    .where(
      and(
        eq(dwellingOccupancies.organisationId, orgId),
        inArray(dwellingOccupancies.dwellingId, dwellingIds),
      ),
    )
    .orderBy(asc(dwellingOccupancies.movedInOn));
}

/** The household's occupancies in any dwelling of the organisation. */
export async function listOccupanciesOfHousehold(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select(occupancyColumns)
    .from(dwellingOccupancies)
    .where(
      and(eq(dwellingOccupancies.organisationId, orgId), eq(dwellingOccupancies.householdId, householdId)),
    );
}

/** The statements' households as staff know them (code and pseudonym); an erased one comes back marked. */
export async function listHouseholdNames(db: DbOrTx, orgId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: households.id,
      code: households.code,
      pseudonym: households.pseudonym,
      erasedAt: households.erasedAt,
    })
    .from(households)
    .where(and(eq(households.organisationId, orgId), inArray(households.id, ids)));
}

/** Where the household lived, as the housing company recorded it: for its data export (GDPR). */
export async function listOccupancyHistoryOf(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select({
      building: buildings.name,
      dwelling: dwellings.unitLabel,
      movedInOn: dwellingOccupancies.movedInOn,
      movedOutOn: dwellingOccupancies.movedOutOn,
    })
    .from(dwellingOccupancies)
    .innerJoin(
      dwellings,
      and(eq(dwellings.organisationId, orgId), eq(dwellings.id, dwellingOccupancies.dwellingId)),
    )
    .innerJoin(buildings, and(eq(buildings.organisationId, orgId), eq(buildings.id, dwellings.buildingId)))
    .where(
      and(eq(dwellingOccupancies.organisationId, orgId), eq(dwellingOccupancies.householdId, householdId)),
    )
    .orderBy(asc(dwellingOccupancies.movedInOn));
}

/**
 * Makes this transaction the only writer of the dwelling's occupancies and of the household's (in
 * that order, always), so that two overlapping move-ins sent at once cannot both pass the checks.
 */
export async function lockOccupancies(tx: Tx, orgId: string, dwellingId: string, householdId: string | null) {
  await tx
    .select({ id: dwellings.id })
    .from(dwellings)
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.id, dwellingId)))
    .for("update");
  if (householdId)
    await tx
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.organisationId, orgId), eq(households.id, householdId)))
      .for("update");
}

export async function findOccupancy(db: DbOrTx, orgId: string, dwellingId: string, id: string) {
  const [row] = await db
    .select(occupancyColumns)
    .from(dwellingOccupancies)
    .where(
      and(
        eq(dwellingOccupancies.organisationId, orgId),
        eq(dwellingOccupancies.dwellingId, dwellingId),
        eq(dwellingOccupancies.id, id),
      ),
    );
  return row;
}

export async function insertOccupancy(db: DbOrTx, row: typeof dwellingOccupancies.$inferInsert) {
  const [created] = await db
    .insert(dwellingOccupancies)
    .values(row)
    .returning({ id: dwellingOccupancies.id });
  return (created as { id: string }).id;
}

export async function updateOccupancy(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof dwellingOccupancies.$inferInsert> & { updatedAt: Date },
) {
  await db
    .update(dwellingOccupancies)
    .set(changes)
    .where(and(eq(dwellingOccupancies.organisationId, orgId), eq(dwellingOccupancies.id, id)));
}

export async function deleteOccupancy(db: DbOrTx, orgId: string, id: string) {
  await db
    .delete(dwellingOccupancies)
    .where(and(eq(dwellingOccupancies.organisationId, orgId), eq(dwellingOccupancies.id, id)));
}

export async function insertSplit(db: DbOrTx, row: typeof costSplits.$inferInsert) {
  const [created] = await db.insert(costSplits).values(row).returning({ id: costSplits.id });
  return (created as { id: string }).id;
}

export async function insertStatements(db: DbOrTx, rows: (typeof costSplitStatements.$inferInsert)[]) {
  if (rows.length) await db.insert(costSplitStatements).values(rows);
}

const splitColumns = {
  id: costSplits.id,
  buildingId: costSplits.buildingId,
  seasonFrom: costSplits.seasonFrom,
  seasonTo: costSplits.seasonTo,
  totalEur: costSplits.totalEur,
  fixedShare: costSplits.fixedShare,
  status: costSplits.status,
  figures: costSplits.figures,
  readingsUsed: costSplits.readingsUsed,
  computedAt: costSplits.computedAt,
  finalisedAt: costSplits.finalisedAt,
};

type SplitRow = { totalEur: string; fixedShare: string };
const splitNumbers = <R extends SplitRow>(
  r: R,
): Omit<R, "totalEur" | "fixedShare"> & { totalEur: number; fixedShare: number } => ({
  ...r,
  totalEur: Number(r.totalEur),
  fixedShare: Number(r.fixedShare),
});

export async function listSplits(db: DbOrTx, orgId: string, buildingId: string) {
  const rows = await db
    .select(splitColumns)
    .from(costSplits)
    .where(and(eq(costSplits.organisationId, orgId), eq(costSplits.buildingId, buildingId)))
    .orderBy(desc(costSplits.seasonFrom), desc(costSplits.computedAt));
  return rows.map(splitNumbers);
}

export async function findSplit(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(splitColumns)
    .from(costSplits)
    .where(and(eq(costSplits.organisationId, orgId), eq(costSplits.id, id)));
  return row && splitNumbers(row);
}

const statementColumns = {
  id: costSplitStatements.id,
  dwellingId: costSplitStatements.dwellingId,
  dwellingLabel: costSplitStatements.dwellingLabel,
  householdId: costSplitStatements.householdId,
  days: costSplitStatements.days,
  fixedEur: costSplitStatements.fixedEur,
  variableEur: costSplitStatements.variableEur,
  totalEur: costSplitStatements.totalEur,
  estimated: costSplitStatements.estimated,
  detail: costSplitStatements.detail,
  lines: costSplitStatements.lines,
};

type Money = "fixedEur" | "variableEur" | "totalEur";
const statementNumbers = <R extends Record<Money, string>>(r: R): Omit<R, Money> & Record<Money, number> => ({
  ...r,
  fixedEur: Number(r.fixedEur),
  variableEur: Number(r.variableEur),
  totalEur: Number(r.totalEur),
});

export async function listStatements(db: DbOrTx, orgId: string, costSplitId: string) {
  const rows = await db
    .select(statementColumns)
    .from(costSplitStatements)
    .where(
      and(eq(costSplitStatements.organisationId, orgId), eq(costSplitStatements.costSplitId, costSplitId)),
    )
    .orderBy(asc(costSplitStatements.position));
  return rows.map(statementNumbers);
}

export async function findStatement(db: DbOrTx, orgId: string, costSplitId: string, id: string) {
  const [row] = await db
    .select(statementColumns)
    .from(costSplitStatements)
    .where(
      and(
        eq(costSplitStatements.organisationId, orgId),
        eq(costSplitStatements.costSplitId, costSplitId),
        eq(costSplitStatements.id, id),
      ),
    );
  return row && statementNumbers(row);
}

/** The housing company's name and the building's name and address, for a statement's heading. */
export async function findStatementHeading(db: DbOrTx, orgId: string, buildingId: string) {
  const [row] = await db
    .select({
      organisationName: organisations.name,
      name: buildings.name,
      address: buildings.address,
      postcode: buildings.postcode,
      commune: buildings.commune,
    })
    .from(buildings)
    .innerJoin(organisations, eq(organisations.id, buildings.organisationId))
    .where(and(eq(buildings.organisationId, orgId), eq(buildings.id, buildingId)));
  return row;
}

/** A household's statements of final splits (for its own data export). */
export async function listFinalStatementsOf(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select({ ...statementColumns, seasonFrom: costSplits.seasonFrom, seasonTo: costSplits.seasonTo })
    .from(costSplitStatements)
    .innerJoin(costSplits, eq(costSplits.id, costSplitStatements.costSplitId))
    .where(
      and(
        eq(costSplitStatements.organisationId, orgId),
        eq(costSplitStatements.householdId, householdId),
        eq(costSplits.status, "final"),
      ),
    )
    .orderBy(asc(costSplits.seasonFrom));
  return rows.map(statementNumbers);
}

/** Makes this transaction the only one finalising the building's splits (its row locked). */
export async function lockBuildingSplits(tx: Tx, orgId: string, buildingId: string) {
  await tx
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.organisationId, orgId), eq(buildings.id, buildingId)))
    .for("update");
}

export async function finaliseSplit(db: DbOrTx, orgId: string, id: string, by: string | null, at: Date) {
  await db
    .update(costSplits)
    .set({ status: "final", finalisedAt: at, finalisedBy: by })
    .where(and(eq(costSplits.organisationId, orgId), eq(costSplits.id, id), eq(costSplits.status, "draft")));
}

import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { buildingMonths, buildingRollups } from "../../db/schema/index.ts";
import { type BuildingMonth, heatingSeries } from "./building-months.ts";

/**
 * Moves the rollup of the meter's building on a generation, so that it reads as stale until it is
 * rewritten; nothing for a household's or a dwelling's meter. One statement, run in the write's
 * transaction where there is one.
 */
export async function markMeterBuildingStale(db: DbOrTx, orgId: string, meterId: string) {
  const result = await db.execute(sql`
    insert into building_rollups (organisation_id, building_id, generation, computed_generation)
    select organisation_id, building_id, 1, 0 from meters
    where organisation_id = ${orgId} and id = ${meterId} and building_id is not null
    on conflict (organisation_id, building_id) do update set generation = building_rollups.generation + 1
    returning building_id`);
  return rowsOf<{ building_id: string }>(result)[0]?.building_id ?? null;
}

/**
 * Marks stale every building of the organisations reading this station: new or corrected weather
 * moves their degree-days and the signature that spreads readings over days. Run in the import's
 * transaction; the next read recomputes them.
 */
export async function markStationBuildingsStale(db: DbOrTx, stationCode: string) {
  const result = await db.execute(sql`
    insert into building_rollups (organisation_id, building_id, generation, computed_generation)
    select b.organisation_id, b.id, 1, 0 from buildings b
    join organisations o on o.id = b.organisation_id
    where o.weather_station_code = ${stationCode}
    on conflict (organisation_id, building_id) do update set generation = building_rollups.generation + 1
    returning building_id`);
  return rowsOf<{ building_id: string }>(result).length;
}

/**
 * Every building of the organisation, after a change of what its figures are computed with (the
 * weather station, a calorific value): the next read recomputes them.
 */
export async function markOrganisationBuildingsStale(db: DbOrTx, orgId: string) {
  await db.execute(sql`
    insert into building_rollups (organisation_id, building_id, generation, computed_generation)
    select b.organisation_id, b.id, 1, 0 from buildings b where b.organisation_id = ${orgId}
    on conflict (organisation_id, building_id) do update set generation = building_rollups.generation + 1`);
}

/** The generation a refresh starts from (creating the state row of a building never rolled up). */
export async function currentGeneration(db: DbOrTx, orgId: string, buildingId: string) {
  const result = await db.execute(sql`
    insert into building_rollups (organisation_id, building_id, generation, computed_generation)
    values (${orgId}, ${buildingId}, 1, 0)
    on conflict (organisation_id, building_id) do update set generation = building_rollups.generation
    returning generation`);
  return Number(rowsOf<{ generation: number }>(result)[0]?.generation);
}

/**
 * Rewrites a building's months and signature summary as computed from `generation`, unless a refresh
 * that started later already did (its rows are newer). The state row is locked meanwhile.
 */
export async function writeRollup(
  db: DbOrTx,
  {
    orgId,
    buildingId,
    generation,
    months,
    summary,
    now,
  }: {
    orgId: string;
    buildingId: string;
    generation: number;
    months: readonly BuildingMonth[];
    summary: Pick<
      typeof buildingRollups.$inferInsert,
      "signatureEnergy" | "baseLoadKwhPerDay" | "heatingKwhPerDegreeDay" | "normalYearKwh"
    >;
    now: Date;
  },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [state] = await tx
      .select({ computed: buildingRollups.computedGeneration })
      .from(buildingRollups)
      .where(and(eq(buildingRollups.organisationId, orgId), eq(buildingRollups.buildingId, buildingId)))
      .for("update");
    if (!state || state.computed >= generation) return false;
    await tx
      .delete(buildingMonths)
      .where(and(eq(buildingMonths.organisationId, orgId), eq(buildingMonths.buildingId, buildingId)));
    if (months.length)
      await tx.insert(buildingMonths).values(
        months.map((m) => ({
          organisationId: orgId,
          buildingId,
          energy: m.energy,
          month: `${m.month}-01`,
          kwh: m.kwh,
          estimatedKwh: m.estimatedKwh,
          coveredDays: m.coveredDays,
          degreeDays: m.degreeDays,
        })),
      );
    const heating = heatingSeries(months);
    await tx
      .update(buildingRollups)
      .set({
        ...summary,
        heatingFrom: heating.fromMonth && `${heating.fromMonth}-01`,
        heatingKwh: heating.fromMonth ? heating.kwh : null,
        computedGeneration: generation,
        computedAt: now,
      })
      .where(and(eq(buildingRollups.organisationId, orgId), eq(buildingRollups.buildingId, buildingId)));
    return true;
  });
}

/**
 * The buildings (the given one, or all the organisation's) whose rollup is behind: a write since
 * the last rewrite, or meters but never rolled up (data written before the rollup existed).
 */
export async function staleBuildings(db: DbOrTx, orgId: string, buildingId?: string) {
  const only = buildingId ? sql`and b.id = ${buildingId}` : sql``;
  const result = await db.execute(sql`
    select b.id from buildings b
    left join building_rollups r on r.organisation_id = b.organisation_id and r.building_id = b.id
    where b.organisation_id = ${orgId} ${only}
      and (r.computed_generation < r.generation
        or (r.building_id is null and exists (
          select 1 from meters m where m.organisation_id = b.organisation_id and m.building_id = b.id)))`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/** A building's months between two months (`YYYY-MM`, inclusive), of the given energies. */
export async function monthsOfBuilding(
  db: DbOrTx,
  {
    orgId,
    buildingId,
    from,
    to,
    energies,
  }: { orgId: string; buildingId: string; from: string; to: string; energies: readonly string[] },
) {
  const rows = await db
    .select()
    .from(buildingMonths)
    .where(
      and(
        eq(buildingMonths.organisationId, orgId),
        eq(buildingMonths.buildingId, buildingId),
        gte(buildingMonths.month, `${from}-01`),
        lte(buildingMonths.month, `${to}-01`),
        inArray(buildingMonths.energy, energies as (typeof buildingMonths.energy.enumValues)[number][]),
      ),
    )
    .orderBy(asc(buildingMonths.month), asc(buildingMonths.energy));
  return rows.map((r) => ({ ...r, month: r.month.slice(0, 7) }));
}

import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { buildings, costSplitStatements, costSplits, dwellings, households } from "../../db/schema/index.ts";

/** The dwelling a household lives in now and its building, or undefined (not a tenant, or erased). */
export async function findTenantHome(db: DbOrTx, orgId: string, householdId: string) {
  const [row] = await db
    .select({
      dwellingId: dwellings.id,
      unitLabel: dwellings.unitLabel,
      buildingId: dwellings.buildingId,
    })
    .from(dwellings)
    .innerJoin(
      households,
      and(
        eq(households.organisationId, orgId),
        eq(households.id, dwellings.householdId),
        isNull(households.erasedAt),
      ),
    )
    .innerJoin(buildings, and(eq(buildings.organisationId, orgId), eq(buildings.id, dwellings.buildingId)))
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.householdId, householdId)));
  return row;
}

/** Every building of the company with a normal-year figure in its rollup, as kWh per m² of heated area. */
export async function companyNormalYearPerM2(db: DbOrTx, orgId: string) {
  const result = await db.execute(sql`
    select b.id as building_id, r.normal_year_kwh / b.heated_area_m2::float8 as kwh_per_m2
    from buildings b
    join building_rollups r on r.organisation_id = b.organisation_id and r.building_id = b.id
    where b.organisation_id = ${orgId} and r.normal_year_kwh is not null`);
  return rowsOf<{ building_id: string; kwh_per_m2: number | string }>(result).map((r) => ({
    buildingId: r.building_id,
    kwhPerM2: Number(r.kwh_per_m2),
  }));
}

/** The household's statements of final heating cost splits (those sent), the latest season first. */
export async function listSentStatements(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select({
      id: costSplitStatements.id,
      costSplitId: costSplits.id,
      seasonFrom: costSplits.seasonFrom,
      seasonTo: costSplits.seasonTo,
      dwellingLabel: costSplitStatements.dwellingLabel,
      totalEur: costSplitStatements.totalEur,
    })
    .from(costSplitStatements)
    .innerJoin(
      costSplits,
      and(
        eq(costSplits.organisationId, costSplitStatements.organisationId),
        eq(costSplits.id, costSplitStatements.costSplitId),
      ),
    )
    .where(
      and(
        eq(costSplitStatements.organisationId, orgId),
        eq(costSplitStatements.householdId, householdId),
        eq(costSplits.status, "final"),
      ),
    )
    .orderBy(desc(costSplits.seasonFrom), asc(costSplitStatements.position));
  return rows.map((r) => ({ ...r, totalEur: Number(r.totalEur) }));
}

import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { buildings, dwellings } from "../../db/schema/index.ts";

/**
 * Upserts of a CSV import, in the import's transaction. A row equal to the stored one is left alone
 * (`setWhere … is distinct from`), so the same file twice changes nothing, not even `updated_at`.
 * RETURNING lists only rows written; `xmax = 0` tells an insert from an update.
 */

/** Rows per statement: well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

function counted(written: readonly { inserted: boolean }[]) {
  const created = written.filter((r) => r.inserted).length;
  return { created, updated: written.length - created };
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

const inserted = sql<boolean>`xmax = 0`;

export async function upsertBuildings(tx: Tx, rows: (typeof buildings.$inferInsert)[], now: Date) {
  // One chunk after the other: a transaction is one connection.
  const written: { inserted: boolean }[] = [];
  for (const chunk of chunks(rows))
    written.push(
      ...(await tx
        .insert(buildings)
        .values(chunk)
        .onConflictDoUpdate({
          target: [buildings.organisationId, buildings.code],
          set: {
            name: sql`excluded.name`,
            address: sql`excluded.address`,
            postcode: sql`excluded.postcode`,
            commune: sql`excluded.commune`,
            heatedAreaM2: sql`excluded.heated_area_m2`,
            dwellingCount: sql`excluded.dwelling_count`,
            heatingSystem: sql`excluded.heating_system`,
            constructionYear: sql`excluded.construction_year`,
            updatedAt: now,
          },
          setWhere: sql`(buildings.name, buildings.address, buildings.postcode, buildings.commune,
              buildings.heated_area_m2, buildings.dwelling_count, buildings.heating_system, buildings.construction_year)
            is distinct from (excluded.name, excluded.address, excluded.postcode, excluded.commune,
              excluded.heated_area_m2, excluded.dwelling_count, excluded.heating_system, excluded.construction_year)`,
        })
        .returning({ inserted })),
    );
  return counted(written);
}

/** The ids of the organisation's buildings with these codes. */
export async function buildingIdsByCode(tx: Tx, orgId: string, codes: readonly string[]) {
  const found = new Map<string, string>();
  for (const chunk of chunks(codes)) {
    const rows = await tx
      .select({ id: buildings.id, code: buildings.code })
      .from(buildings)
      .where(and(eq(buildings.organisationId, orgId), inArray(buildings.code, chunk)));
    for (const row of rows) found.set(row.code, row.id);
  }
  return found;
}

/** The household living in a dwelling is never changed by an import: it is linked one by one. */
export async function upsertDwellings(tx: Tx, rows: (typeof dwellings.$inferInsert)[], now: Date) {
  const written: { inserted: boolean }[] = [];
  for (const chunk of chunks(rows))
    written.push(
      ...(await tx
        .insert(dwellings)
        .values(chunk)
        .onConflictDoUpdate({
          target: [dwellings.organisationId, dwellings.buildingId, dwellings.unitLabel],
          set: {
            floorAreaM2: sql`excluded.floor_area_m2`,
            floor: sql`excluded.floor`,
            position: sql`excluded.position`,
            updatedAt: now,
          },
          setWhere: sql`(dwellings.floor_area_m2, dwellings.floor, dwellings.position)
            is distinct from (excluded.floor_area_m2, excluded.floor, excluded.position)`,
        })
        .returning({ inserted })),
    );
  return counted(written);
}

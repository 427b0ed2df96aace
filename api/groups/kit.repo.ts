import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { kitCatalogue, kitHandouts, organisations } from "../../db/schema/index.ts";

const num = (v: string | null) => (v === null ? null : Number(v));

export async function findKitCap(db: DbOrTx, orgId: string): Promise<number | null> {
  const [row] = await db
    .select({ capEur: organisations.kitCapEur })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return num(row?.capEur ?? null);
}

export async function setKitCap(db: DbOrTx, orgId: string, capEur: number | null) {
  await db
    .update(organisations)
    .set({ kitCapEur: capEur === null ? null : String(capEur) })
    .where(eq(organisations.id, orgId));
}

const itemColumns = {
  id: kitCatalogue.id,
  name: kitCatalogue.name,
  unitPriceEur: kitCatalogue.unitPriceEur,
  active: kitCatalogue.active,
};

export async function listCatalogue(db: DbOrTx, orgId: string) {
  const rows = await db
    .select(itemColumns)
    .from(kitCatalogue)
    .where(eq(kitCatalogue.organisationId, orgId))
    .orderBy(asc(kitCatalogue.name));
  return rows.map((r) => ({ ...r, unitPriceEur: Number(r.unitPriceEur) }));
}

export async function findCatalogueItem(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(itemColumns)
    .from(kitCatalogue)
    .where(and(eq(kitCatalogue.organisationId, orgId), eq(kitCatalogue.id, id)));
  return row && { ...row, unitPriceEur: Number(row.unitPriceEur) };
}

export async function insertCatalogueItem(db: DbOrTx, row: typeof kitCatalogue.$inferInsert) {
  const [created] = await db.insert(kitCatalogue).values(row).returning({ id: kitCatalogue.id });
  return (created as { id: string }).id;
}

export async function updateCatalogueItem(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof kitCatalogue.$inferInsert>,
) {
  const updated = await db
    .update(kitCatalogue)
    .set(changes)
    .where(and(eq(kitCatalogue.organisationId, orgId), eq(kitCatalogue.id, id)))
    .returning({ id: kitCatalogue.id });
  return updated.length === 1;
}

export async function listHandouts(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select({
      id: kitHandouts.id,
      catalogueItemId: kitHandouts.catalogueItemId,
      name: kitCatalogue.name,
      quantity: kitHandouts.quantity,
      unitPriceEur: kitHandouts.unitPriceEur,
      handedOn: kitHandouts.handedOn,
      overCapConfirmed: kitHandouts.overCapConfirmed,
    })
    .from(kitHandouts)
    .innerJoin(
      kitCatalogue,
      and(
        eq(kitCatalogue.organisationId, kitHandouts.organisationId),
        eq(kitCatalogue.id, kitHandouts.catalogueItemId),
      ),
    )
    .where(and(eq(kitHandouts.organisationId, orgId), eq(kitHandouts.householdId, householdId)))
    .orderBy(asc(kitHandouts.handedOn), asc(kitHandouts.createdAt));
  return rows.map((r) => ({ ...r, unitPriceEur: Number(r.unitPriceEur) }));
}

export async function insertHandout(db: DbOrTx, row: typeof kitHandouts.$inferInsert) {
  const [created] = await db.insert(kitHandouts).values(row).returning({ id: kitHandouts.id });
  return (created as { id: string }).id;
}

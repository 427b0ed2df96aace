import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { budgetMeterTopUps, fuelDeliveries, meters, readings } from "../../db/schema/index.ts";

const meterColumns = {
  id: meters.id,
  householdId: meters.householdId,
  kind: meters.kind,
  name: meters.name,
  icon: meters.icon,
  registers: meters.registers,
  ean: meters.ean,
  serial: meters.serial,
  maxIndex: meters.maxIndex,
  gasType: meters.gasType,
  startedAt: meters.startedAt,
  closedAt: meters.closedAt,
  replacesMeterId: meters.replacesMeterId,
};

export type MeterRow = Awaited<ReturnType<typeof findMeter>> & {};

export async function insertMeter(db: DbOrTx, row: typeof meters.$inferInsert) {
  const [created] = await db.insert(meters).values(row).returning({ id: meters.id });
  return (created as { id: string }).id;
}

export async function findMeter(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(meterColumns)
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), eq(meters.id, id)));
  return row;
}

export async function listMeters(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select(meterColumns)
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), eq(meters.householdId, householdId)))
    .orderBy(meters.startedAt);
}

export async function closeMeter(db: DbOrTx, orgId: string, id: string, closedAt: Date) {
  await db
    .update(meters)
    .set({ closedAt })
    .where(and(eq(meters.organisationId, orgId), eq(meters.id, id)));
}

export async function insertReadings(db: DbOrTx, rows: (typeof readings.$inferInsert)[]) {
  if (rows.length) await db.insert(readings).values(rows);
}

/** The latest reading of each register of the given meters (few readings per meter-register, one query). */
export async function latestReadings(db: DbOrTx, orgId: string, meterIds: string[]) {
  if (!meterIds.length) return [];
  return db
    .selectDistinctOn([readings.meterId, readings.register], {
      meterId: readings.meterId,
      register: readings.register,
      readAt: readings.readAt,
      value: readings.value,
    })
    .from(readings)
    .where(and(eq(readings.organisationId, orgId), inArray(readings.meterId, meterIds)))
    .orderBy(readings.meterId, readings.register, desc(readings.readAt));
}

const readingColumns = {
  id: readings.id,
  meterId: readings.meterId,
  register: readings.register,
  readAt: readings.readAt,
  value: readings.value,
  source: readings.source,
  flags: readings.flags,
  clientId: readings.clientId,
  note: readings.note,
};

type ReadingDbRow = { value: string } & Omit<Awaited<ReturnType<typeof selectReadings>>[number], "value">;
function selectReadings(db: DbOrTx) {
  return db.select(readingColumns).from(readings);
}
const withNumber = <T extends { value: string }>(row: T): Omit<T, "value"> & { value: number } => ({
  ...row,
  value: Number(row.value),
});

/** Every reading of a meter, oldest first. Serialises writers on the meter when `lock` is set. */
export async function listReadingsOfMeter(db: DbOrTx, orgId: string, meterId: string, { lock = false } = {}) {
  if (lock)
    await db
      .select({ id: meters.id })
      .from(meters)
      .where(and(eq(meters.organisationId, orgId), eq(meters.id, meterId)))
      .for("update");
  const rows = await selectReadings(db)
    .where(and(eq(readings.organisationId, orgId), eq(readings.meterId, meterId)))
    .orderBy(readings.readAt, readings.register);
  return rows.map(withNumber);
}

export async function insertReading(db: DbOrTx, row: typeof readings.$inferInsert) {
  const [created] = await db.insert(readings).values(row).returning(readingColumns);
  return withNumber(created as ReadingDbRow);
}

export async function findReading(db: DbOrTx, orgId: string, id: string) {
  const [row] = await selectReadings(db).where(and(eq(readings.organisationId, orgId), eq(readings.id, id)));
  return row ? withNumber(row) : undefined;
}

export async function updateReading(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: { readAt: Date; value: string; note: string | null; flags: string[]; updatedAt: Date },
) {
  const [row] = await db
    .update(readings)
    .set(changes)
    .where(and(eq(readings.organisationId, orgId), eq(readings.id, id)))
    .returning(readingColumns);
  return withNumber(row as ReadingDbRow);
}

export async function deleteReading(db: DbOrTx, orgId: string, id: string) {
  await db.delete(readings).where(and(eq(readings.organisationId, orgId), eq(readings.id, id)));
}

export async function findReadingAuthor(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({ authorUserId: readings.authorUserId })
    .from(readings)
    .where(and(eq(readings.organisationId, orgId), eq(readings.id, id)));
  return row;
}

export async function insertDeliveryOnce(db: DbOrTx, row: typeof fuelDeliveries.$inferInsert) {
  const [created] = await db
    .insert(fuelDeliveries)
    .values(row)
    .onConflictDoNothing({ target: [fuelDeliveries.organisationId, fuelDeliveries.clientId] })
    .returning({ id: fuelDeliveries.id });
  return created !== undefined;
}

export async function findDeliveryByClientId(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select({
      id: fuelDeliveries.id,
      meterId: fuelDeliveries.meterId,
      deliveredOn: fuelDeliveries.deliveredOn,
      quantity: fuelDeliveries.quantity,
      costEur: fuelDeliveries.costEur,
      clientId: fuelDeliveries.clientId,
    })
    .from(fuelDeliveries)
    .where(and(eq(fuelDeliveries.organisationId, orgId), eq(fuelDeliveries.clientId, clientId)));
  return (
    row && {
      ...row,
      quantity: Number(row.quantity),
      costEur: row.costEur === null ? null : Number(row.costEur),
    }
  );
}

export async function insertTopUpOnce(db: DbOrTx, row: typeof budgetMeterTopUps.$inferInsert) {
  const [created] = await db
    .insert(budgetMeterTopUps)
    .values(row)
    .onConflictDoNothing({ target: [budgetMeterTopUps.organisationId, budgetMeterTopUps.clientId] })
    .returning({ id: budgetMeterTopUps.id });
  return created !== undefined;
}

export async function findTopUpByClientId(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select({
      id: budgetMeterTopUps.id,
      householdId: budgetMeterTopUps.householdId,
      toppedUpOn: budgetMeterTopUps.toppedUpOn,
      amountEur: budgetMeterTopUps.amountEur,
      clientId: budgetMeterTopUps.clientId,
    })
    .from(budgetMeterTopUps)
    .where(and(eq(budgetMeterTopUps.organisationId, orgId), eq(budgetMeterTopUps.clientId, clientId)));
  return row && { ...row, amountEur: Number(row.amountEur) };
}

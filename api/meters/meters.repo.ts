import { and, desc, eq, inArray, isNull, max, type Placeholder, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client.ts";
import { preparedPer } from "../../db/prepared.ts";
import { rowsOf } from "../../db/rows.ts";
import { budgetMeterTopUps, fuelDeliveries, households, meters, readings } from "../../db/schema/index.ts";
import { consentRecords, consentRecordsOf } from "../households/index.ts";
import { USUAL_USE_READINGS } from "./jump-rules.ts";
import type { Register } from "./meter-kinds.ts";

const meterColumns = {
  id: meters.id,
  householdId: meters.householdId,
  dwellingId: meters.dwellingId,
  buildingId: meters.buildingId,
  kind: meters.kind,
  name: meters.name,
  icon: meters.icon,
  registers: meters.registers,
  ean: meters.ean,
  serial: meters.serial,
  maxIndex: meters.maxIndex,
  gasType: meters.gasType,
  ratingFactor: meters.ratingFactor,
  startedAt: meters.startedAt,
  closedAt: meters.closedAt,
  replacesMeterId: meters.replacesMeterId,
};

export type MeterRow = Awaited<ReturnType<typeof listMeters>>[number];

/**
 * How lists of meters are ordered, the same at every visit: oldest first, then by kind in the
 * `meter_kind` enum's declared order (electricity, gas, water, …; Postgres sorts enums so), then by
 * name, and the id last so that even twins never swap.
 */
const meterListOrder = [meters.startedAt, meters.kind, meters.name, meters.id] as const;

export async function insertMeter(db: DbOrTx, row: typeof meters.$inferInsert) {
  const [created] = await db.insert(meters).values(row).returning({ id: meters.id });
  return (created as { id: string }).id;
}

export async function findMeterByClientId(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select({
      id: meters.id,
      householdId: meters.householdId,
      dwellingId: meters.dwellingId,
      buildingId: meters.buildingId,
      kind: meters.kind,
    })
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), eq(meters.clientId, clientId)));
  return row;
}

/** The meter's household while it is on file (not erased); joined, it answers the household gate. */
const householdOnFile = (orgId: string | Placeholder) =>
  and(
    eq(households.organisationId, orgId),
    eq(households.id, meters.householdId),
    isNull(households.erasedAt),
  );

/**
 * The meter with what the household gate needs, in one query: whether its household is still on file
 * (not erased) and that household's consent records (none for a dwelling's or a building's meter).
 */
export async function findMeterWithHousehold(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select({
      ...meterColumns,
      householdOnFile: households.id,
      consents: consentRecordsOf(meters, meters.organisationId, meters.householdId),
    })
    .from(meters)
    .leftJoin(households, householdOnFile(orgId))
    .where(and(eq(meters.organisationId, orgId), eq(meters.id, id)));
  if (!row) return undefined;
  const { householdOnFile: onFile, consents, ...meter } = row;
  return { meter, household: onFile === null ? undefined : { consents: consentRecords(consents) } };
}

/**
 * What writing a reading needs, in one statement: the meter, its household gate, the readings the
 * rules look at (`readingsAround`) and the version they are at (see `insertReadingAtVersion`).
 */
export async function findMeterForReading(
  db: DbOrTx,
  orgId: string,
  id: string,
  candidate: { register: Register | null; readAt: Date; clientId: string },
) {
  const [row] = await meterForReadingQuery(db).execute({
    orgId,
    id,
    register: candidate.register,
    readAt: candidate.readAt.toISOString(),
    clientId: candidate.clientId,
  });
  if (!row) return undefined;
  const { householdOnFile: onFile, consents, readings: raw, readingsVersion, ...meter } = row;
  return {
    meter,
    household: onFile === null ? undefined : { consents: consentRecords(consents) },
    readingsVersion,
    // JSON has no dates, and numeric arrives as a number here.
    readings: [...new Map(raw.map((r) => [r.id, r])).values()]
      .map((r) => ({ ...r, readAt: new Date(r.readAt), value: Number(r.value) }))
      .sort((a, b) => a.readAt.getTime() - b.readAt.getTime() || a.register.localeCompare(b.register)),
  };
}

const meterForReadingQuery = preparedPer((db) =>
  db
    .select({
      ...meterColumns,
      readingsVersion: meters.readingsVersion,
      householdOnFile: households.id,
      consents: consentRecordsOf(meters, meters.organisationId, meters.householdId),
      readings: readingsAround(),
    })
    .from(meters)
    .leftJoin(households, householdOnFile(sql.placeholder("orgId")))
    .where(and(eq(meters.organisationId, sql.placeholder("orgId")), eq(meters.id, sql.placeholder("id"))))
    .prepare("meter_for_reading"),
);

type ReadingRow = typeof readings.$inferSelect;
type ReadingJson = Pick<
  ReadingRow,
  "id" | "meterId" | "register" | "source" | "flags" | "clientId" | "note"
> & {
  readAt: string;
  value: number | string;
};

/**
 * The meter's readings a new one is checked against (reading-rules.ts), oldest first, however long
 * its history: a retry's first copy (same clientId), the register's last `USUAL_USE_READINGS` before
 * it, the one at the same moment and the next, and the start indexes. A register left out is the
 * meter's only one.
 */
function readingsAround() {
  const register = sql`coalesce(${sql.placeholder("register")}::register,
    case when cardinality(${meters.registers}) = 1 then ${meters.registers}[1] end)`;
  const at = sql`${sql.placeholder("readAt")}::timestamptz`;
  const ofMeter = sql`r.organisation_id = ${meters.organisationId} and r.meter_id = ${meters.id}`;
  // A reading may come twice (the retry's copy is also a neighbour): the caller keeps one of each.
  return sql<ReadingJson[]>`(select coalesce(json_agg(json_build_object(
      'id', r.id, 'meterId', r.meter_id, 'register', r.register, 'readAt', r.read_at, 'value', r.value,
      'source', r.source, 'flags', r.flags, 'clientId', r.client_id, 'note', r.note)), '[]')
    from (
      select r.* from ${readings} r where ${ofMeter} and r.client_id = ${sql.placeholder("clientId")}::uuid
      union all (select r.* from ${readings} r where ${ofMeter} and r.register = ${register}
        and r.read_at < ${at} order by r.read_at desc limit ${sql.raw(String(USUAL_USE_READINGS))})
      union all (select r.* from ${readings} r where ${ofMeter} and r.register = ${register}
        and r.read_at >= ${at} order by r.read_at limit 2)
      union all select r.* from ${readings} r where ${ofMeter} and r.read_at = ${meters.startedAt}
    ) r)`;
}

/**
 * Stores a reading only if the meter's readings are still at `version`, and moves the version on, in
 * one statement (no transaction, no lock held between the checks and the write). False when another
 * writer changed the readings first: the caller checks the reading again against the new history.
 */
export async function insertReadingAtVersion(
  db: DbOrTx,
  version: number,
  row: Pick<ReadingRow, "id" | "organisationId" | "meterId" | "register" | "readAt" | "value" | "source"> &
    Pick<ReadingRow, "authorUserId" | "clientId" | "flags" | "note">,
): Promise<boolean> {
  const result = await db.execute(sql`
    with bumped as (
      update ${meters} set readings_version = readings_version + 1
      where organisation_id = ${row.organisationId} and id = ${row.meterId} and readings_version = ${version}
      returning id)
    insert into ${readings}
      (id, organisation_id, meter_id, register, read_at, value, source, author_user_id, client_id, flags, note)
    select ${row.id}::uuid, ${row.organisationId}::uuid, bumped.id, ${row.register}::register,
      ${sql.param(row.readAt, readings.readAt)}::timestamptz, ${row.value}::numeric, ${row.source}::reading_source,
      ${row.authorUserId}::uuid, ${row.clientId}::uuid, ${sql.param(row.flags, readings.flags)}::text[],
      ${row.note}::text
    from bumped
    returning id`);
  return rowsOf(result).length === 1;
}

export async function listMeters(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select(meterColumns)
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), eq(meters.householdId, householdId)))
    .orderBy(...meterListOrder);
}

/** The meters of a dwelling or of a building (replaced ones included), in `meterListOrder`. */
export async function listMetersOfPlace(
  db: DbOrTx,
  orgId: string,
  place: { dwellingId: string } | { buildingId: string },
) {
  const owner =
    "dwellingId" in place ? eq(meters.dwellingId, place.dwellingId) : eq(meters.buildingId, place.buildingId);
  return db
    .select(meterColumns)
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), owner))
    .orderBy(...meterListOrder);
}

/** The meters of several households, in `meterListOrder`. */
export async function listMetersOfHouseholds(db: DbOrTx, orgId: string, householdIds: readonly string[]) {
  if (!householdIds.length) return [];
  return db
    .select(meterColumns)
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), inArray(meters.householdId, [...householdIds])))
    .orderBy(...meterListOrder);
}

/** Closes a meter still open; false when it was already closed. */
export async function closeMeter(db: DbOrTx, orgId: string, id: string, closedAt: Date) {
  const closed = await db
    .update(meters)
    .set({ closedAt })
    .where(and(eq(meters.organisationId, orgId), eq(meters.id, id), isNull(meters.closedAt)))
    .returning({ id: meters.id });
  return closed.length === 1;
}

/** Adds a flag to a reading (a reading already on file that turns out to be a meter's final index). */
export async function flagReading(db: DbOrTx, orgId: string, id: string, flag: string) {
  await db
    .update(readings)
    .set({ flags: sql`array_append(${readings.flags}, ${flag})` })
    .where(and(eq(readings.organisationId, orgId), eq(readings.id, id)));
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

/** Every reading of a meter with its author, oldest first: for the list that says whose each one is. */
export async function listReadingsWithAuthor(db: DbOrTx, orgId: string, meterId: string) {
  const rows = await db
    .select({ ...readingColumns, authorUserId: readings.authorUserId })
    .from(readings)
    .where(and(eq(readings.organisationId, orgId), eq(readings.meterId, meterId)))
    .orderBy(readings.readAt, readings.register);
  return rows.map(withNumber);
}

/**
 * Inside a transaction that changes a meter's readings: the meter's other writers wait for this one,
 * and the readings version moves on, so that a reading checked against the history before this change
 * is checked again (`insertReadingAtVersion`).
 */
export async function lockMeterReadings(tx: Tx, orgId: string, meterId: string) {
  await tx
    .update(meters)
    .set({ readingsVersion: sql`${meters.readingsVersion} + 1` })
    .where(and(eq(meters.organisationId, orgId), eq(meters.id, meterId)));
}

/** Every reading of a meter, oldest first, once `lockMeterReadings` has made this writer the only one. */
export async function lockAndListReadings(tx: Tx, orgId: string, meterId: string) {
  await lockMeterReadings(tx, orgId, meterId);
  const rows = await selectReadings(tx)
    .where(and(eq(readings.organisationId, orgId), eq(readings.meterId, meterId)))
    .orderBy(readings.readAt, readings.register);
  return rows.map(withNumber);
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

const deliveryColumns = {
  id: fuelDeliveries.id,
  meterId: fuelDeliveries.meterId,
  deliveredOn: fuelDeliveries.deliveredOn,
  quantity: fuelDeliveries.quantity,
  costEur: fuelDeliveries.costEur,
  clientId: fuelDeliveries.clientId,
};
const deliveryNumbers = ({
  quantity,
  costEur,
  ...row
}: {
  id: string;
  meterId: string;
  deliveredOn: string;
  quantity: string;
  costEur: string | null;
  clientId: string;
}) => ({ ...row, quantity: Number(quantity), costEur: costEur === null ? null : Number(costEur) });

export async function findDeliveryByClientId(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select(deliveryColumns)
    .from(fuelDeliveries)
    .where(and(eq(fuelDeliveries.organisationId, orgId), eq(fuelDeliveries.clientId, clientId)));
  return row && deliveryNumbers(row);
}

/** A meter's deliveries, newest first. */
export async function listDeliveriesOfMeter(db: DbOrTx, orgId: string, meterId: string) {
  const rows = await db
    .select(deliveryColumns)
    .from(fuelDeliveries)
    .where(and(eq(fuelDeliveries.organisationId, orgId), eq(fuelDeliveries.meterId, meterId)))
    .orderBy(desc(fuelDeliveries.deliveredOn), desc(fuelDeliveries.createdAt));
  return rows.map(deliveryNumbers);
}

export async function insertTopUpOnce(db: DbOrTx, row: typeof budgetMeterTopUps.$inferInsert) {
  const [created] = await db
    .insert(budgetMeterTopUps)
    .values(row)
    .onConflictDoNothing({ target: [budgetMeterTopUps.organisationId, budgetMeterTopUps.clientId] })
    .returning({ id: budgetMeterTopUps.id });
  return created !== undefined;
}

const topUpColumns = {
  id: budgetMeterTopUps.id,
  householdId: budgetMeterTopUps.householdId,
  toppedUpOn: budgetMeterTopUps.toppedUpOn,
  amountEur: budgetMeterTopUps.amountEur,
  clientId: budgetMeterTopUps.clientId,
};

export async function findTopUpByClientId(db: DbOrTx, orgId: string, clientId: string) {
  const [row] = await db
    .select(topUpColumns)
    .from(budgetMeterTopUps)
    .where(and(eq(budgetMeterTopUps.organisationId, orgId), eq(budgetMeterTopUps.clientId, clientId)));
  return row && { ...row, amountEur: Number(row.amountEur) };
}

/** A household's budget-meter top-ups, newest first. */
export async function listTopUpsOfHousehold(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select(topUpColumns)
    .from(budgetMeterTopUps)
    .where(and(eq(budgetMeterTopUps.organisationId, orgId), eq(budgetMeterTopUps.householdId, householdId)))
    .orderBy(desc(budgetMeterTopUps.toppedUpOn), desc(budgetMeterTopUps.createdAt));
  return rows.map((row) => ({ ...row, amountEur: Number(row.amountEur) }));
}

/** Every reading of the given meters (a household's) with its source and note, oldest first: for exports. */
export async function listReadingsOfMeters(db: DbOrTx, orgId: string, meterIds: string[]) {
  if (!meterIds.length) return [];
  const rows = await selectReadings(db)
    .where(and(eq(readings.organisationId, orgId), inArray(readings.meterId, meterIds)))
    .orderBy(readings.readAt, readings.register);
  return rows.map(withNumber);
}

export async function listDeliveriesOfMeters(db: DbOrTx, orgId: string, meterIds: string[]) {
  if (!meterIds.length) return [];
  const rows = await db
    .select({
      meterId: fuelDeliveries.meterId,
      deliveredOn: fuelDeliveries.deliveredOn,
      quantity: fuelDeliveries.quantity,
      // What was paid prices the fuel burnt (consumption/delivery-prices.ts).
      costEur: fuelDeliveries.costEur,
    })
    .from(fuelDeliveries)
    .where(and(eq(fuelDeliveries.organisationId, orgId), inArray(fuelDeliveries.meterId, meterIds)))
    .orderBy(fuelDeliveries.deliveredOn);
  return rows.map((r) => ({
    ...r,
    quantity: Number(r.quantity),
    costEur: r.costEur === null ? null : Number(r.costEur),
  }));
}

/** The meters in use of the given households, each with the instant of its newest reading (any register). */
export async function listOpenMetersWithLastReading(db: DbOrTx, orgId: string, householdIds: string[]) {
  if (!householdIds.length) return [];
  return db
    .select({
      id: meters.id,
      householdId: meters.householdId,
      name: meters.name,
      kind: meters.kind,
      icon: meters.icon,
      lastReadAt: max(readings.readAt),
    })
    .from(meters)
    .leftJoin(readings, and(eq(readings.organisationId, orgId), eq(readings.meterId, meters.id)))
    .where(
      and(
        eq(meters.organisationId, orgId),
        inArray(meters.householdId, householdIds),
        isNull(meters.closedAt),
      ),
    )
    .groupBy(meters.id)
    .orderBy(meters.householdId, ...meterListOrder);
}

/**
 * What consumption is computed from: the given meters' readings, oldest first, without what only the
 * lists show (source, note, ids). With a span, only those of each register that bound an interval
 * touching it: the last at or before `from`, those inside, the first at or after `to`. Consumption
 * comes from consecutive pairs, so the figures inside the span are the same as from the whole history,
 * and ten years of monthly readings cost what one does.
 */
export async function listReadingsForConsumption(
  db: DbOrTx,
  orgId: string,
  meterIds: string[],
  span?: { from: Date; to: Date },
) {
  if (!meterIds.length) return [];
  const columns = {
    meterId: readings.meterId,
    register: readings.register,
    readAt: readings.readAt,
    value: readings.value,
    flags: readings.flags,
  };
  const ofOrg = eq(readings.organisationId, orgId);
  if (!span) {
    const rows = await db
      .select(columns)
      .from(readings)
      .where(and(ofOrg, inArray(readings.meterId, meterIds)))
      .orderBy(readings.readAt, readings.register);
    return rows.map(withNumber);
  }
  const bounds = readingBounds(db, orgId, meterIds, span);
  // Lateral: each register's readings are fetched by index between its bounds.
  const inside = db
    .select(columns)
    .from(readings)
    .where(
      and(
        ofOrg,
        eq(readings.meterId, bounds.meterId),
        eq(readings.register, bounds.register),
        sql`${readings.readAt} between coalesce(${bounds.from}, '-infinity') and coalesce(${bounds.to}, 'infinity')`,
      ),
    )
    .as("inside");
  const rows = await db
    .select({ ...inside._.selectedFields })
    .from(bounds)
    .crossJoinLateral(inside)
    .orderBy(inside.readAt, inside.register);
  return rows.map(withNumber);
}

/** Per register of the given meters, the instants of the last reading at or before `from` and of the first at or after `to`. */
function readingBounds(db: DbOrTx, orgId: string, meterIds: string[], span: { from: Date; to: Date }) {
  const nearest = (pick: "max" | "min", side: "<=" | ">=", at: Date) =>
    sql`(select ${sql.raw(pick)}(r.read_at) from ${readings} r where r.organisation_id = k.organisation_id
      and r.meter_id = k.id and r.register = k.register
      and r.read_at ${sql.raw(side)} ${sql.param(at, readings.readAt)}::timestamptz)`;
  // `offset 0` keeps the bounds computed once per register, not again for each reading joined.
  const perRegister = sql`(select k.id, k.register, ${nearest("max", "<=", span.from)} as bound_from,
      ${nearest("min", ">=", span.to)} as bound_to
    from (select organisation_id, id, unnest(registers) as register from ${meters}
      where ${and(eq(meters.organisationId, orgId), inArray(meters.id, meterIds))}) k offset 0) b`;
  return db
    .select({
      meterId: sql<string>`b.id`.as("bound_meter_id"),
      register: sql<Register>`b.register`.as("bound_register"),
      from: sql<Date | null>`b.bound_from`.as("bound_from"),
      to: sql<Date | null>`b.bound_to`.as("bound_to"),
    })
    .from(perRegister)
    .as("bounds");
}

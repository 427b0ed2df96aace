import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { copyLines, copyNumberArray, copyText } from "../../db/bulk-copy.ts";
import type { DbOrTx, Tx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { meterImports, meters } from "../../db/schema/index.ts";
import type { Register } from "../meters/meter-kinds.ts";
import type { DayRow } from "./interval-days.ts";

/** Serialises imports of one meter: two uploads of the same file cannot both count as new. */
export async function lockMeter(tx: Tx, orgId: string, meterId: string) {
  await tx
    .select({ id: meters.id })
    .from(meters)
    .where(and(eq(meters.organisationId, orgId), eq(meters.id, meterId)))
    .for("update");
}

const STAGED = [
  "register",
  "day",
  "slot_minutes",
  "slot_unit",
  "slot_values",
  "total_kwh",
  "total_native",
  "measured_slots",
  "estimated_slots",
  "flags",
  "rows",
] as const;

/** The file's days in a temporary table (COPY), dropped at commit. */
export async function stageDays(tx: Tx, days: readonly DayRow[]) {
  await tx.execute(sql`create temp table import_staging (
    register register not null, day date not null, slot_minutes smallint not null,
    slot_unit interval_unit not null, slot_values real[] not null, total_kwh double precision,
    total_native double precision, measured_slots smallint not null, estimated_slots smallint not null,
    flags text[] not null, rows integer not null
  ) on commit drop`);
  const lines = days.map(
    (d) =>
      `${[
        d.register,
        d.day,
        d.slotMinutes,
        d.slotUnit,
        copyNumberArray(d.slotValues),
        copyText(d.totalKwh),
        copyText(d.totalNative),
        d.measuredSlots,
        d.estimatedSlots,
        `{${d.flags.join(",")}}`,
        d.rows,
      ].join("\t")}\n`,
  );
  await copyLines(tx, { table: "import_staging", columns: STAGED, lines });
}

const COMPARED = sql.raw(
  "slot_minutes, slot_unit, slot_values, total_kwh, total_native, measured_slots, estimated_slots, flags",
);

/** Staged days that are new or differ from what is stored, with the file lines behind them. */
export async function changedDays(tx: Tx, meterId: string) {
  const result = await tx.execute(sql`
    select s.register, s.day::text as day, s.rows from import_staging s
    left join meter_interval_days d on d.meter_id = ${meterId}::uuid and d.register = s.register and d.day = s.day
    where d.meter_id is null
       or (d.slot_minutes, d.slot_unit, d.slot_values, d.total_kwh, d.total_native, d.measured_slots, d.estimated_slots, d.flags)
          is distinct from
          (s.slot_minutes, s.slot_unit, s.slot_values, s.total_kwh, s.total_native, s.measured_slots, s.estimated_slots, s.flags)`);
  return rowsOf<{ register: string; day: string; rows: number | string }>(result).map((r) => ({
    ...r,
    rows: Number(r.rows),
  }));
}

/** Writes the staged days; a day already stored is replaced (the newer import wins, register by register). */
export async function upsertDays(
  tx: Tx,
  { orgId, meterId, importId }: { orgId: string; meterId: string; importId: string },
) {
  await tx.execute(sql`
    insert into meter_interval_days (organisation_id, meter_id, register, day, ${COMPARED}, import_id)
    select ${orgId}::uuid, ${meterId}::uuid, register, day, ${COMPARED}, ${importId}::uuid from import_staging
    on conflict (meter_id, register, day) do update set
      slot_minutes = excluded.slot_minutes, slot_unit = excluded.slot_unit, slot_values = excluded.slot_values,
      total_kwh = excluded.total_kwh, total_native = excluded.total_native,
      measured_slots = excluded.measured_slots, estimated_slots = excluded.estimated_slots,
      flags = excluded.flags, import_id = excluded.import_id
    where (meter_interval_days.slot_minutes, meter_interval_days.slot_unit, meter_interval_days.slot_values,
           meter_interval_days.total_kwh, meter_interval_days.total_native, meter_interval_days.measured_slots,
           meter_interval_days.estimated_slots, meter_interval_days.flags)
      is distinct from (excluded.slot_minutes, excluded.slot_unit, excluded.slot_values, excluded.total_kwh,
           excluded.total_native, excluded.measured_slots, excluded.estimated_slots, excluded.flags)`);
}

export async function insertImport(tx: Tx, row: typeof meterImports.$inferInsert) {
  const [created] = await tx.insert(meterImports).values(row).returning({ id: meterImports.id });
  return (created as { id: string }).id;
}

export async function listImports(db: DbOrTx, orgId: string, meterId: string) {
  return db
    .select({
      id: meterImports.id,
      importedAt: meterImports.importedAt,
      rowsRead: meterImports.rowsRead,
      rowsImported: meterImports.rowsImported,
      from: meterImports.fromAt,
      to: meterImports.toAt,
      registers: meterImports.registers,
      format: meterImports.format,
    })
    .from(meterImports)
    .where(and(eq(meterImports.organisationId, orgId), eq(meterImports.meterId, meterId)))
    .orderBy(desc(meterImports.importedAt), desc(meterImports.id));
}

/**
 * Day totals of a household's meters between two Brussels days (inclusive), for consumption. Ten years
 * are ~7,000 rows; they travel as one row per meter and register holding text arrays, which both
 * drivers hand over an order of magnitude faster than thousands of small rows.
 */
export async function intervalDaysOfHousehold(
  db: DbOrTx,
  {
    orgId,
    householdId,
    fromDay,
    toDay,
  }: { orgId: string; householdId: string; fromDay: string; toDay: string },
) {
  const ofHousehold = sql`select id from meters where organisation_id = ${orgId} and household_id = ${householdId}`;
  return intervalDaysWhere(db, { orgId, meters: ofHousehold, fromDay, toDay });
}

/** The same day totals for the given meters (a building's, for its energy signature). */
export async function intervalDaysOfMeters(
  db: DbOrTx,
  {
    orgId,
    meterIds,
    fromDay,
    toDay,
  }: { orgId: string; meterIds: readonly string[]; fromDay: string; toDay: string },
) {
  if (!meterIds.length) return [];
  const listed = sql.join(
    meterIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return intervalDaysWhere(db, { orgId, meters: listed, fromDay, toDay });
}

async function intervalDaysWhere(
  db: DbOrTx,
  { orgId, meters, fromDay, toDay }: { orgId: string; meters: SQL; fromDay: string; toDay: string },
) {
  const result = await db.execute(sql`
    select meter_id::text as meter_id, register::text as register,
      array_agg(day order by day)::text as days,
      array_agg(slot_minutes order by day)::text as slot_minutes,
      array_agg(measured_slots order by day)::text as measured_slots,
      array_agg(estimated_slots order by day)::text as estimated_slots,
      array_agg(total_kwh order by day)::text as total_kwh,
      array_agg(total_native order by day)::text as total_native
    from meter_interval_days
    where organisation_id = ${orgId}
      and meter_id in (${meters})
      and day between ${fromDay}::date and ${toDay}::date
    group by meter_id, register`);
  type Row = Record<
    | "meter_id"
    | "register"
    | "days"
    | "slot_minutes"
    | "measured_slots"
    | "estimated_slots"
    | "total_kwh"
    | "total_native",
    string
  >;
  return rowsOf<Row>(result).flatMap((row) => {
    const [days, minutes, slots, estimated, kwh, native] = [
      row.days,
      row.slot_minutes,
      row.measured_slots,
      row.estimated_slots,
      row.total_kwh,
      row.total_native,
    ].map((text) => text.slice(1, -1).split(",")) as string[][];
    return (days as string[]).map((day, i) => ({
      meterId: row.meter_id,
      register: row.register as Register,
      day,
      slotMinutes: Number(minutes?.[i]),
      measuredSlots: Number(slots?.[i]),
      // Slots the grid operator estimated: those days count as estimated (interval-parts.ts).
      estimatedSlots: Number(estimated?.[i]),
      totalKwh: numberOrNull(kwh?.[i]),
      totalNative: numberOrNull(native?.[i]),
    }));
  });
}

function numberOrNull(text: string | undefined): number | null {
  return text === undefined || text === "NULL" ? null : Number(text);
}

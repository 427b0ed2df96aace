import { sql } from "drizzle-orm";
import {
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { meters, register } from "./meters.ts";
import { organisations, users } from "./organisations.ts";

/** The CSV layouts the import recognises (api/imports/import-formats.ts). */
export const importFormat = pgEnum("import_format", ["dutch_v1", "dutch_v2", "english", "generic"]);

/** What a slot value is measured in: kWh (electricity, heat, gas as billed) or m³ (gas, water). */
export const intervalUnit = pgEnum("interval_unit", ["kwh", "m3"]);

/**
 * A smart-meter file as it was imported: who, when, what it held. Re-importing the same data changes
 * nothing and adds no row here; `file_sha256` tells which file it was.
 */
export const meterImports = pgTable(
  "meter_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    meterId: uuid("meter_id")
      .notNull()
      .references(() => meters.id, { onDelete: "cascade" }),
    format: importFormat("format").notNull(),
    fileSha256: text("file_sha256").notNull(),
    /** Data lines of the file (header and empty lines excluded). */
    rowsRead: integer("rows_read").notNull(),
    /** Lines whose day was new or different, so written. */
    rowsImported: integer("rows_imported").notNull(),
    /** First and last instant the file's values cover (end exclusive). */
    fromAt: timestamp("from_at", { withTimezone: true }).notNull(),
    toAt: timestamp("to_at", { withTimezone: true }).notNull(),
    registers: register("registers").array().notNull(),
    /** e.g. `calorific_value_out_of_range`, `estimated_values`, `missing_values`. */
    flags: text("flags").array().notNull().default(sql`'{}'::text[]`),
    importedBy: uuid("imported_by").references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("meter_imports_meter_at_idx").on(t.meterId, t.importedAt)],
);

/**
 * Interval data: one row per meter, register and Brussels day, the day's slots in an array
 * (92, 96 or 100 quarter-hours, or 23–25 hours; a slot absent from the file is NULL, never
 * interpolated). A later import replaces the days it contains, register by register.
 */
export const meterIntervalDays = pgTable(
  "meter_interval_days",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    meterId: uuid("meter_id")
      .notNull()
      .references(() => meters.id, { onDelete: "cascade" }),
    register: register("register").notNull(),
    day: date("day").notNull(),
    slotMinutes: smallint("slot_minutes").notNull(),
    slotUnit: intervalUnit("slot_unit").notNull(),
    slotValues: real("slot_values").array().notNull(),
    /** Sum of the day's values in kWh; null when the file gave only m³. */
    totalKwh: doublePrecision("total_kwh"),
    /** Sum in the meter's own unit (kWh or m³); null when a gas file gave only kWh. */
    totalNative: doublePrecision("total_native"),
    measuredSlots: smallint("measured_slots").notNull(),
    /** Slots the operator marked as estimated. */
    estimatedSlots: smallint("estimated_slots").notNull().default(0),
    flags: text("flags").array().notNull().default(sql`'{}'::text[]`),
    importId: uuid("import_id").references(() => meterImports.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.meterId, t.register, t.day] })],
);

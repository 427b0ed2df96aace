import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { buildings } from "./buildings.ts";
import { meterKind, meters } from "./meters.ts";
import { organisations, users } from "./organisations.ts";

/**
 * What the portfolio and a building's indicators read instead of raw readings (issue 6 §4): each
 * building's kWh per month and energy, and the state of that rollup with the energy signature's
 * summary. Rewritten after every write to one of the building's meters (api/buildings/building-months*).
 */

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const building = () =>
  uuid("building_id")
    .notNull()
    .references(() => buildings.id, { onDelete: "cascade" });

/** One month of one energy of a building, from its meters' readings, deliveries and interval data. */
export const buildingMonths = pgTable(
  "building_months",
  {
    organisationId: org(),
    buildingId: building(),
    /** The meters' kind: the boiler's fuel, heat, or the common parts' electricity. */
    energy: meterKind("energy").notNull(),
    /** First day of the Brussels month. */
    month: date("month").notNull(),
    kwh: doublePrecision("kwh").notNull(),
    /** The part of `kwh` spread from a reading period that reaches more than a day outside the month. */
    estimatedKwh: doublePrecision("estimated_kwh").notNull(),
    /** Days of the month with consumption (28–31 when complete). */
    coveredDays: smallint("covered_days").notNull(),
    /** The month's equivalent 16.5 degree-days used for it; null when the station has none yet. */
    degreeDays: doublePrecision("degree_days"),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.buildingId, t.energy, t.month] }),
    index("building_months_org_month_idx").on(t.organisationId, t.month),
  ],
);

/**
 * The rollup's state per building. Every write to one of its meters moves `generation` on (in the
 * write's transaction where there is one); a rewrite of its months records the generation it saw.
 * A building whose `computed_generation` is behind (or without a row) is recomputed when read.
 */
export const buildingRollups = pgTable(
  "building_rollups",
  {
    organisationId: org(),
    buildingId: building(),
    generation: integer("generation").notNull().default(1),
    computedGeneration: integer("computed_generation").notNull().default(0),
    computedAt: timestamp("computed_at", { withTimezone: true }),
    /** The energy the signature was fitted on (the building's main heating energy); null without one. */
    signatureEnergy: meterKind("signature_energy"),
    baseLoadKwhPerDay: doublePrecision("base_load_kwh_per_day"),
    heatingKwhPerDegreeDay: doublePrecision("heating_kwh_per_degree_day"),
    /** The signature on the station's normal degree-days; null without a usable model. */
    normalYearKwh: doublePrecision("normal_year_kwh"),
    /**
     * The heating energies' kWh added up per month, from `heating_from` (a first of the month) to the
     * last month with data, null for a month without any: the portfolio reads its last 12 months and
     * trend here, one row per building instead of one per building and month.
     */
    heatingFrom: date("heating_from"),
    heatingKwh: doublePrecision("heating_kwh").array().$type<Array<number | null>>(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.buildingId] })],
);

export const alertKind = pgEnum("alert_kind", [
  "summer_heating",
  "above_model",
  "readings_missing",
  "meter_backwards",
]);

/** Something a housing manager should look at on a building (issue 6 §6); opened by the checks, closed by people. */
export const alerts = pgTable(
  "alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: building(),
    meterId: uuid("meter_id").references(() => meters.id, { onDelete: "cascade" }),
    kind: alertKind("kind").notNull(),
    /** The days the alert is about (`period_to` exclusive). */
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    /** What was seen, in figures the message explains (e.g. kWh against the base load). */
    seen: jsonb("seen").notNull().default(sql`'{}'::jsonb`),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
  },
  (t) => [
    index("alerts_org_building_open_idx")
      .on(t.organisationId, t.buildingId)
      .where(sql`${t.closedAt} is null`),
    index("alerts_org_opened_idx").on(t.organisationId, t.openedAt),
    check("alerts_period_check", sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { buildings, dwellings } from "./buildings.ts";
import { households } from "./households.ts";
import { organisations, users } from "./organisations.ts";

/** What is measured; the unit and the way readings become consumption follow from it (meter-kinds.ts). */
export const meterKind = pgEnum("meter_kind", [
  "electricity",
  "gas",
  "water",
  "heat",
  "heat_cost_allocator",
  "heating_oil",
  "pellets",
  "wood",
]);

export const register = pgEnum("register", [
  "single",
  "day",
  "night",
  "exclusive_night",
  "injection_day",
  "injection_night",
]);

export const readingSource = pgEnum("reading_source", [
  "household",
  "adviser",
  "import",
  "smart_meter",
  "estimate",
]);

/** H (rich) or L (poor) gas: decides the default calorific value. */
export const gasType = pgEnum("gas_type", ["H", "L"]);

export const meters = pgTable(
  "meters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /**
     * Its owner, exactly one of three: a household's own meter, a dwelling's (heat-cost allocator,
     * individual heat meter) or a building's (boiler gas, heat meter, common parts). The last two are
     * the housing company's data, never a household's.
     */
    householdId: uuid("household_id").references(() => households.id, { onDelete: "cascade" }),
    dwellingId: uuid("dwelling_id").references(() => dwellings.id, { onDelete: "cascade" }),
    buildingId: uuid("building_id").references(() => buildings.id, { onDelete: "cascade" }),
    kind: meterKind("kind").notNull(),
    /** What the household calls it ("Compteur de la cave"). */
    name: text("name").notNull(),
    /** An icon key the web app knows (e.g. `electricity`, `gas`, `tank`). */
    icon: text("icon").notNull(),
    registers: register("registers").array().notNull(),
    ean: text("ean"),
    serial: text("serial"),
    /** Highest index the counter shows before wrapping to zero (e.g. 99999); null when unknown. */
    maxIndex: numeric("max_index", { precision: 14, scale: 3 }),
    /** Gas only: H (rich) or L (poor) gas, for the calorific value. */
    gasType: gasType("gas_type"),
    /** Heat-cost allocators only: the radiator's rating factor, so that units of unlike radiators weigh alike. */
    ratingFactor: numeric("rating_factor", { precision: 6, scale: 3 }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    /** Set when the meter is replaced (or removed); readings after it are refused. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    replacesMeterId: uuid("replaces_meter_id"),
    /** Makes a retried "add a meter" create it once (null for meters made by a replacement or the seed). */
    clientId: uuid("client_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Moves on with every change to the meter's readings: a new reading checked against the history
     * without a lock is stored only if the version it read is still the meter's.
     */
    readingsVersion: integer("readings_version").notNull().default(0),
  },
  (t) => [
    index("meters_org_household_idx").on(t.organisationId, t.householdId),
    index("meters_org_dwelling_idx").on(t.organisationId, t.dwellingId),
    index("meters_org_building_idx").on(t.organisationId, t.buildingId),
    uniqueIndex("meters_client_key").on(t.organisationId, t.clientId),
    check(
      "meters_one_owner_check",
      sql`num_nonnulls(${t.householdId}, ${t.dwellingId}, ${t.buildingId}) = 1`,
    ),
    check(
      "meters_rating_factor_check",
      sql`${t.ratingFactor} is null or (${t.kind} = 'heat_cost_allocator' and ${t.ratingFactor} > 0)`,
    ),
  ],
);

/**
 * Manual indexes (and a meter's start and final index). Interval data from smart meters lives apart.
 * `client_id` makes a phone's retries idempotent.
 */
export const readings = pgTable(
  "readings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    meterId: uuid("meter_id")
      .notNull()
      .references(() => meters.id, { onDelete: "cascade" }),
    register: register("register").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }).notNull(),
    /** The index (or, for a tank, the level in litres) in the meter's native unit. */
    value: numeric("value", { precision: 14, scale: 3 }).notNull(),
    source: readingSource("source").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    clientId: uuid("client_id").notNull(),
    /** e.g. `start`, `final`, `reset`, `confirmed_jump`. */
    flags: text("flags").array().notNull().default(sql`'{}'::text[]`),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("readings_client_key").on(t.organisationId, t.clientId),
    uniqueIndex("readings_meter_register_at_key").on(t.meterId, t.register, t.readAt),
  ],
);

export const fuelDeliveries = pgTable(
  "fuel_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    meterId: uuid("meter_id")
      .notNull()
      .references(() => meters.id, { onDelete: "cascade" }),
    deliveredOn: date("delivered_on").notNull(),
    /** In the meter's unit: litres of oil, kg of pellets or wood. */
    quantity: numeric("quantity", { precision: 12, scale: 3 }).notNull(),
    costEur: numeric("cost_eur", { precision: 10, scale: 2 }),
    clientId: uuid("client_id").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("fuel_deliveries_client_key").on(t.organisationId, t.clientId), index().on(t.meterId)],
);

export const budgetMeterTopUps = pgTable(
  "budget_meter_top_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    toppedUpOn: date("topped_up_on").notNull(),
    amountEur: numeric("amount_eur", { precision: 10, scale: 2 }).notNull(),
    clientId: uuid("client_id").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("top_ups_client_key").on(t.organisationId, t.clientId), index().on(t.householdId)],
);

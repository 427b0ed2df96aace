import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
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

/**
 * Who lived where over time, and the heating cost splits of a building's seasons (issue 6 §7).
 *
 * `dwelling_occupancies` record move-ins and move-outs; `dwellings.household_id` stays the "now" and
 * is not derived from them: a split uses a dwelling's occupancies when it has any, else its current
 * household over the whole season. A split keeps its statements (amounts, computed figures, lines in
 * the four languages) as computed, so a final split stays exactly as sent even if readings change.
 */

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });

export const dwellingOccupancies = pgTable(
  "dwelling_occupancies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    dwellingId: uuid("dwelling_id")
      .notNull()
      .references(() => dwellings.id, { onDelete: "cascade" }),
    /** Null: the dwelling stood empty (the housing company pays those days). */
    householdId: uuid("household_id").references(() => households.id, { onDelete: "set null" }),
    movedInOn: date("moved_in_on").notNull(),
    /** The first day no longer lived there; null while the household still lives there. */
    movedOutOn: date("moved_out_on"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("dwelling_occupancies_org_dwelling_idx").on(t.organisationId, t.dwellingId, t.movedInOn),
    index("dwelling_occupancies_org_household_idx").on(t.organisationId, t.householdId),
    check(
      "dwelling_occupancies_dates_check",
      sql`${t.movedOutOn} is null or ${t.movedOutOn} > ${t.movedInOn}`,
    ),
  ],
);

export const costSplitStatus = pgEnum("cost_split_status", ["draft", "final"]);

export const costSplits = pgTable(
  "cost_splits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: uuid("building_id")
      .notNull()
      .references(() => buildings.id, { onDelete: "cascade" }),
    seasonFrom: date("season_from").notNull(),
    /** The first day not counted. */
    seasonTo: date("season_to").notNull(),
    totalEur: numeric("total_eur", { precision: 12, scale: 2 }).notNull(),
    fixedShare: numeric("fixed_share", { precision: 4, scale: 3 }).notNull(),
    status: costSplitStatus("status").notNull().default("draft"),
    /** The engine's figures for the whole building (parts, totals, basis, estimate per m²). */
    figures: jsonb("figures").notNull(),
    /** Which reading of which meter was taken at each boundary, so anyone can check the split. */
    readingsUsed: jsonb("readings_used").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    finalisedAt: timestamp("finalised_at", { withTimezone: true }),
    finalisedBy: uuid("finalised_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("cost_splits_org_building_idx").on(t.organisationId, t.buildingId, t.seasonFrom),
    // One split is sent per building and season.
    uniqueIndex("cost_splits_org_building_season_final_key")
      .on(t.organisationId, t.buildingId, t.seasonFrom, t.seasonTo)
      .where(sql`${t.status} = 'final'`),
    check("cost_splits_season_check", sql`${t.seasonTo} > ${t.seasonFrom}`),
    check("cost_splits_total_check", sql`${t.totalEur} > 0`),
    check("cost_splits_fixed_share_check", sql`${t.fixedShare} >= 0 and ${t.fixedShare} <= 1`),
  ],
);

export const costSplitStatements = pgTable(
  "cost_split_statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    costSplitId: uuid("cost_split_id")
      .notNull()
      .references(() => costSplits.id, { onDelete: "cascade" }),
    dwellingId: uuid("dwelling_id").references(() => dwellings.id, { onDelete: "set null" }),
    /** As labelled when computed. */
    dwellingLabel: text("dwelling_label").notNull(),
    /** Null: the housing company, for the days the dwelling stood empty. */
    householdId: uuid("household_id").references(() => households.id, { onDelete: "set null" }),
    /** Listing order, as the engine gave the statements. */
    position: integer("position").notNull(),
    days: integer("days").notNull(),
    fixedEur: numeric("fixed_eur", { precision: 12, scale: 2 }).notNull(),
    variableEur: numeric("variable_eur", { precision: 12, scale: 2 }).notNull(),
    totalEur: numeric("total_eur", { precision: 12, scale: 2 }).notNull(),
    estimated: boolean("estimated").notNull(),
    /** The engine's statement as computed (periods, shares, quantities). */
    detail: jsonb("detail").notNull(),
    /** The statement's plain lines as computed, by language (fr, nl, en, de). */
    lines: jsonb("lines").notNull(),
  },
  (t) => [
    index("cost_split_statements_org_split_idx").on(t.organisationId, t.costSplitId, t.position),
    index("cost_split_statements_org_household_idx").on(t.organisationId, t.householdId),
  ],
);

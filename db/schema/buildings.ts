import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { households } from "./households.ts";
import { organisations, users } from "./organisations.ts";

/**
 * A housing company's (SLSP/SISP) buildings with collective heating, their dwellings, and the works
 * done on them (issue 6). Every table leads an index with `organisation_id` (DESIGN §2).
 */

export const buildingHeatingSystem = pgEnum("building_heating_system", [
  "gas_boiler",
  "oil_boiler",
  "heat_network",
  "heat_pump",
]);

/** Where a dwelling sits in the building: exposed ones (corner, under the roof, above the ground) lose more heat. */
export const dwellingPosition = pgEnum("dwelling_position", [
  "middle",
  "corner",
  "top",
  "bottom",
  "top_corner",
  "bottom_corner",
]);

export const buildingEventKind = pgEnum("building_event_kind", [
  "roof",
  "walls",
  "windows",
  "boiler",
  "regulation",
  "other",
]);

const org = () =>
  uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" });
const stamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const buildings = pgTable(
  "buildings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    /** The housing company's own reference for the building: CSV imports update by it. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    postcode: text("postcode").notNull(),
    commune: text("commune").notNull(),
    heatedAreaM2: numeric("heated_area_m2", { precision: 9, scale: 1 }).notNull(),
    /** As the company declares it; the dwellings on file may be fewer while they are being entered. */
    dwellingCount: integer("dwelling_count").notNull(),
    heatingSystem: buildingHeatingSystem("heating_system").notNull(),
    constructionYear: smallint("construction_year"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
    uniqueIndex("buildings_org_code_key").on(t.organisationId, t.code),
    index("buildings_org_name_idx").on(t.organisationId, t.name),
    check("buildings_area_check", sql`${t.heatedAreaM2} > 0`),
    check("buildings_dwelling_count_check", sql`${t.dwellingCount} > 0`),
  ],
);

export const dwellings = pgTable(
  "dwellings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: uuid("building_id")
      .notNull()
      .references(() => buildings.id, { onDelete: "cascade" }),
    /** As the company labels it ("B12", "3e gauche"); unique in its building, CSV imports update by it. */
    unitLabel: text("unit_label").notNull(),
    floorAreaM2: numeric("floor_area_m2", { precision: 7, scale: 1 }).notNull(),
    /** 0 is the ground floor, negative below it. */
    floor: smallint("floor"),
    position: dwellingPosition("position"),
    /** The tenant household living there now, of the same organisation. */
    householdId: uuid("household_id").references(() => households.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
    uniqueIndex("dwellings_org_building_label_key").on(t.organisationId, t.buildingId, t.unitLabel),
    // A household lives in one dwelling at a time.
    uniqueIndex("dwellings_org_household_key")
      .on(t.organisationId, t.householdId)
      .where(sql`${t.householdId} is not null`),
    check("dwellings_area_check", sql`${t.floorAreaM2} > 0`),
  ],
);

/** Works on a building (renovation, boiler, regulation): shown on its charts, used for before/after. */
export const buildingEvents = pgTable(
  "building_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: org(),
    buildingId: uuid("building_id")
      .notNull()
      .references(() => buildings.id, { onDelete: "cascade" }),
    kind: buildingEventKind("kind").notNull(),
    label: text("label").notNull(),
    startedOn: date("started_on").notNull(),
    /** Null while the works are under way. */
    completedOn: date("completed_on"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...stamps,
  },
  (t) => [
    index("building_events_org_building_idx").on(t.organisationId, t.buildingId, t.startedOn),
    check("building_events_dates_check", sql`${t.completedOn} is null or ${t.completedOn} >= ${t.startedOn}`),
  ],
);

import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./organisations.ts";

export const heatingType = pgEnum("heating_type", [
  "individual_gas",
  "electric",
  "heating_oil",
  "wood_pellets",
  "heat_pump",
  "collective",
]);

export const households = pgTable(
  "households",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Upper-cased login code (e.g. DEMO-01); unique across the platform because login names no organisation. */
    code: text("code").notNull(),
    pseudonym: text("pseudonym").notNull(),
    /** The account that signs in with code + PIN (null once erased, like the code). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "restrict" }),
    adults: smallint("adults"),
    children: smallint("children"),
    heatingType: heatingType("heating_type"),
    floorAreaM2: numeric("floor_area_m2", { precision: 7, scale: 1 }),
    budgetMeter: boolean("budget_meter").notNull().default(false),
    /** Protected customer: entitled to the social tariff. */
    protectedCustomer: boolean("protected_customer").notNull().default(false),
    /** Month (1–12) of the yearly bill (régularisation). */
    billingMonth: smallint("billing_month"),
    monthlyAdvanceEur: numeric("monthly_advance_eur", { precision: 10, scale: 2 }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when a coordinator erased the household (GDPR): personal data is gone, anonymous figures stay. */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("households_code_key").on(t.code),
    uniqueIndex("households_user_key").on(t.userId),
    index("households_org_idx").on(t.organisationId),
  ],
);

export const consentScope = pgEnum("consent_scope", ["adviser", "group"]);

/** What a household agreed to share, since when, and until it took it back: history is kept. */
export const householdConsents = pgTable(
  "household_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    scope: consentScope("scope").notNull(),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    /** Who withdrew it: the household's own account makes giving it back the household's choice alone. */
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("household_consents_household_idx").on(t.organisationId, t.householdId),
    // One record in force per scope: two grants sent at once cannot both add one (the write skips).
    uniqueIndex("household_consents_one_active_key")
      .on(t.organisationId, t.householdId, t.scope)
      .where(sql`${t.revokedAt} is null`),
  ],
);

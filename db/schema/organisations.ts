import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const organisationKind = pgEnum("organisation_kind", ["cpas", "commune", "slsp", "sisp", "asbl"]);
export const role = pgEnum("role", ["coordinator", "adviser", "housing_manager", "household", "viewer"]);
export const language = pgEnum("language", ["fr", "nl", "en", "de"]);

export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Stable key used by the idempotent demo seed and in URLs people may type. */
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: organisationKind("kind").notNull(),
  weatherStationCode: text("weather_station_code").notNull().default("uccle"),
  /** The language its staff write in (group names, session notes, questions): marked so on every page. */
  staffLanguage: language("staff_language").notNull().default("fr"),
  /** Kit items per household at most (€300 is Wallonia's PAPE cap); null: no cap. */
  kitCapEur: numeric("kit_cap_eur", { precision: 12, scale: 2 }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Lower-cased; null for household accounts, which sign in with a household code and PIN. */
    email: text("email"),
    /** argon2id hash of the password, or of the PIN for a household account. */
    secretHash: text("secret_hash").notNull(),
    displayName: text("display_name").notNull(),
    language: language("language").notNull().default("fr"),
    isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
    /** When a household chose its own PIN; null while its PIN is one staff handed out (or for staff). */
    secretChosenAt: timestamp("secret_chosen_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email).where(sql`${t.email} is not null`)],
);

export const memberships = pgTable(
  "memberships",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: role("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** HMAC of the code: the code itself is shown once to the person who invites. */
    codeHash: text("code_hash").notNull().unique(),
    role: role("role").notNull(),
    email: text("email"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_org_idx").on(t.organisationId)],
);

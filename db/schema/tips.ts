import { sql } from "drizzle-orm";
import {
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { TIP_CATEGORIES } from "../../seeds/reference-tips-schema.ts";
import { heatingType } from "./households.ts";
import { organisations, users } from "./organisations.ts";

/** A tip's category is also a session theme (groups.ts adds `free`). */
export const tipCategory = pgEnum("tip_category", TIP_CATEGORIES);
export const tipOccupancy = pgEnum("tip_occupancy", ["any", "tenant", "owner"]);
export const tipEffort = pgEnum("tip_effort", ["low", "medium", "high"]);
/** free: €0 · low: under €50 · medium: €50–500 · high: over €500. */
export const tipCost = pgEnum("tip_cost", ["free", "low", "medium", "high"]);

export type TipText = { title: string; body: string };
/** Per language; an organisation's own tip may be written in one language only. */
export type TipTexts = Partial<Record<"fr" | "nl" | "en" | "de", TipText>>;
/** As in seeds/reference-tips-schema.ts: figures only where a cited source gives them. */
export type TipSaving = {
  percentOfUse?: number;
  kwhPerYear?: number;
  m3WaterPerYear?: number;
  eurPerYear?: number;
  appliesTo: "heating" | "hot_water" | "electricity" | "water";
  source: string;
};

/**
 * The platform's library (`organisation_id` null, seeded by `key`, read-only in the app) and each
 * organisation's own tips (a Citus reference table would hold the first; the second are few).
 */
export const tips = pgTable(
  "tips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    /** Stable key of a platform tip (the seed upserts by it); null for an organisation's tip. */
    key: text("key"),
    category: tipCategory("category").notNull(),
    /** Empty: every home. */
    heatingTypes: heatingType("heating_types").array().notNull().default(sql`'{}'`),
    occupancy: tipOccupancy("occupancy").notNull().default("any"),
    effort: tipEffort("effort").notNull(),
    cost: tipCost("cost").notNull(),
    saving: jsonb("saving").$type<TipSaving>(),
    text: jsonb("text").$type<TipTexts>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Nulls are distinct: organisations' tips (no key) never collide.
    uniqueIndex("tips_key").on(t.key),
    check("tips_key_platform_only", sql`${t.key} is null or ${t.organisationId} is null`),
    index("tips_org_idx").on(t.organisationId, t.category),
  ],
);

import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./organisations.ts";

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
    /** The account that signs in with code + PIN. */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("households_code_key").on(t.code),
    uniqueIndex("households_user_key").on(t.userId),
    index("households_org_idx").on(t.organisationId),
  ],
);

import {
  boolean,
  date,
  index,
  numeric,
  pgTable,
  smallint,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { households } from "./households.ts";
import { organisations, users } from "./organisations.ts";

/**
 * Comfort check-ins (the kit's thermo-hygrometer, or just "did you feel cold?"): indoor temperature
 * and humidity are not meters; they tell whether lower use means going cold. `client_id` makes a
 * phone's retries idempotent.
 */
export const comfortCheckIns = pgTable(
  "comfort_check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    indoorC: numeric("indoor_c", { precision: 4, scale: 1 }),
    humidityPct: smallint("humidity_pct"),
    feltCold: boolean("felt_cold").notNull().default(false),
    clientId: uuid("client_id").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("comfort_check_ins_client_key").on(t.organisationId, t.clientId),
    index().on(t.householdId, t.day),
  ],
);

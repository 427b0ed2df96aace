import { pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations.ts";

/**
 * Writes a phone or a form may send twice (the answer lost on a bad connection), remembered by the
 * `clientId` they carried: the same request again gets the first one's result, never a second row.
 * Tables that had a `client_id` of their own from the start (readings, meters, deliveries) keep it.
 */
export const clientRequests = pgTable(
  "client_requests",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").notNull(),
    /** What the request did, such as `kit.handed_out`, and for whom. */
    action: text("action").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** SHA-256 of the validated body: the same clientId with another body is refused. */
    bodySha256: text("body_sha256").notNull(),
    /** The row the first request created. */
    resourceId: uuid("resource_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.clientId] })],
);

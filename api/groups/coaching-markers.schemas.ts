import { z } from "@hono/zod-openapi";
import { sessionTheme } from "../../db/schema/groups.ts";

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "markers.month_format" })
  .openapi({ example: "2026-03" });

export const CoachingMarkersQuery = z.object({
  from: Month.openapi({ description: "First month, YYYY-MM" }),
  to: Month.openapi({ description: "Last month, YYYY-MM, included (at most 120 months after `from`)" }),
});

const Day = z.string().openapi({ description: "Brussels day, YYYY-MM-DD" });

const CommitmentDone = z.object({
  kind: z.literal("commitment_done"),
  day: Day.openapi({ description: "The day the commitment was done" }),
  label: z
    .string()
    .openapi({ description: "The tip's title in the caller's language (else French, else any)" }),
  commitmentId: z.uuid(),
  tipId: z.uuid(),
});

const KitItem = z.object({
  kind: z.literal("kit"),
  day: Day.openapi({ description: "The day the items were handed out" }),
  label: z.string().openapi({ description: "The catalogue item's name, as the organisation wrote it" }),
  quantity: z.number().int(),
});

const SessionAttended = z.object({
  kind: z.literal("session"),
  day: Day.openapi({ description: "The session's day (its start, in Brussels)" }),
  label: z.string().openapi({
    description: "The theme in the caller's language; a free theme's own words",
  }),
  sessionId: z.uuid(),
  theme: z.enum(sessionTheme.enumValues),
  themeText: z.string().nullable(),
});

export const CoachingMarkerSchema = z.discriminatedUnion("kind", [CommitmentDone, KitItem, SessionAttended]);

export const CoachingMarkersSchema = z
  .object({
    householdId: z.uuid(),
    from: z.string().openapi({ description: "First day, YYYY-MM-DD" }),
    to: z.string().openapi({ description: "Last day, YYYY-MM-DD, included" }),
    markers: z
      .array(CoachingMarkerSchema)
      .openapi({ description: "By day; on one day, sessions, then kit, then commitments done" }),
  })
  .openapi("CoachingMarkers");

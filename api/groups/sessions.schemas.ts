import { z } from "@hono/zod-openapi";
import { attendanceStatus, sessionTheme } from "../../db/schema/groups.ts";
import { tipCategory } from "../../db/schema/tips.ts";

const Text = (max: number) => z.string().trim().min(1).max(max);

const sessionFields = {
  startsAt: z.iso
    .datetime({ offset: true, error: "session.invalid_time" })
    .openapi({ example: "2026-01-20T18:30:00+01:00" }),
  place: Text(200).nullable(),
  theme: z.enum(sessionTheme.enumValues).openapi({ description: "A tip category, or free (then themeText)" }),
  themeText: Text(200).nullable(),
  agenda: Text(4000).nullable(),
  notes: Text(8000).nullable(),
  speakers: z.array(Text(200)).max(20),
  tipIds: z.array(z.uuid()).max(50).openapi({ description: "The tips covered (the whole list)" }),
};

const freeThemeHasText = (s: { theme?: string; themeText?: string | null }) =>
  s.theme !== "free" || Boolean(s.themeText);
const freeThemeError = { error: "session.free_theme_needs_text", path: ["themeText"] };

export const PlanSessionInput = z
  .object({
    ...sessionFields,
    place: sessionFields.place.default(null),
    themeText: sessionFields.themeText.default(null),
    agenda: sessionFields.agenda.default(null),
    notes: sessionFields.notes.default(null),
    speakers: sessionFields.speakers.default([]),
    tipIds: sessionFields.tipIds.default([]),
  })
  .refine(freeThemeHasText, freeThemeError);

export const UpdateSessionInput = z.object(sessionFields).partial();

export const AttendanceInput = z.object({
  attendance: z
    .array(z.object({ householdId: z.uuid(), status: z.enum(attendanceStatus.enumValues) }))
    .max(200)
    .openapi({ description: "The whole list: households left out have no attendance recorded" }),
});

export const SessionSchema = z
  .object({
    id: z.uuid(),
    groupId: z.uuid(),
    startsAt: z.date(),
    place: z.string().nullable(),
    theme: z.enum(sessionTheme.enumValues),
    themeText: z.string().nullable(),
    agenda: z.string().nullable(),
    notes: z.string().nullable(),
    speakers: z.array(z.string()),
    tips: z.array(
      z.object({
        id: z.uuid(),
        category: z.enum(tipCategory.enumValues),
        text: z.record(z.string(), z.object({ title: z.string(), body: z.string() })),
      }),
    ),
    attendance: z.array(z.object({ householdId: z.uuid(), status: z.enum(attendanceStatus.enumValues) })),
  })
  .openapi("GroupSession");

import { z } from "@hono/zod-openapi";
import { groupStatus, objectiveKind } from "../../db/schema/groups.ts";
import { tipCategory } from "../../db/schema/tips.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";

export const Day = z
  .string()
  .refine(isLocalDay, { error: "group.invalid_day" })
  .openapi({ example: "2026-01-20", description: "YYYY-MM-DD (a Brussels day)" });

/** Of a write a form may send twice: the same again is stored once (200 the second time). */
export const RetryClientId = z
  .uuid()
  .optional()
  .openapi({ description: "Sent again with a retry: stored once (200 the second time)" });

const Text = (max: number) => z.string().trim().min(1).max(max);

const Objective = z.object({
  label: Text(200).openapi({ example: "Présence aux séances" }),
  targetText: Text(200).openapi({ example: "≥ 75 %" }),
  kind: z
    .enum(objectiveKind.enumValues)
    .default("manual")
    .openapi({ description: "What the programme report measures the target against; manual: the adviser" }),
  targetValue: z.number().min(-1e9).max(1e9).nullable().default(null),
  assessment: Text(2000).nullable().default(null),
});

const groupFields = {
  name: Text(120),
  place: Text(200).nullable(),
  startsOn: Day,
  endsOn: Day.nullable(),
  status: z.enum(groupStatus.enumValues),
  partners: z.array(Text(200)).max(20),
  adviserIds: z
    .array(z.uuid())
    .max(20)
    .openapi({ description: "Advisers or coordinators of the organisation" }),
  objectives: z
    .array(Objective)
    .max(20)
    .openapi({ description: "The whole list: it replaces the stored one" }),
};

const endsAfterStart = (g: { startsOn?: string; endsOn?: string | null }) =>
  !g.startsOn || !g.endsOn || g.endsOn >= g.startsOn;
const endsAfterStartError = { error: "group.ends_before_start", path: ["endsOn"] };

export const CreateGroupInput = z
  .object({
    ...groupFields,
    place: groupFields.place.default(null),
    endsOn: groupFields.endsOn.default(null),
    // A group created closed could never get its members: closing comes last.
    status: groupFields.status.exclude(["closed"]).default("planned"),
    partners: groupFields.partners.default([]),
    adviserIds: groupFields.adviserIds
      .optional()
      .openapi({ description: "Absent: the adviser who creates the group" }),
    objectives: groupFields.objectives.default([]),
  })
  .refine(endsAfterStart, endsAfterStartError);

export const UpdateGroupInput = z.object(groupFields).partial().refine(endsAfterStart, endsAfterStartError);

export const AddMemberInput = z.object({ householdId: z.uuid(), joinedOn: Day });
export const UpdateMemberInput = z.object({
  leftOn: Day.nullable().openapi({ description: "Its last day in the group; null if it stays after all" }),
});
export const MemberParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  householdId: z.uuid().openapi({ param: { name: "householdId", in: "path" } }),
});

export const MemberSchema = z.object({
  householdId: z.uuid(),
  code: z.string(),
  pseudonym: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

export const GroupSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    place: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    status: z.enum(groupStatus.enumValues),
    memberCount: z.number().int().openapi({ description: "Households in the group today" }),
    nextSessionAt: z.date().nullable(),
  })
  .openapi("GroupSummary");

export const GroupSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    place: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    status: z.enum(groupStatus.enumValues),
    partners: z.array(z.string()),
    advisers: z.array(z.object({ userId: z.uuid(), name: z.string() })),
    objectives: z.array(
      z.object({
        id: z.uuid(),
        label: z.string(),
        targetText: z.string(),
        kind: z.enum(objectiveKind.enumValues),
        targetValue: z.number().nullable(),
        assessment: z.string().nullable(),
      }),
    ),
    members: z.array(MemberSchema).openapi({ description: "Every household that was ever in the group" }),
    themesNotCovered: z
      .array(z.enum(tipCategory.enumValues))
      .openapi({ description: "Session themes not planned yet: what to propose next" }),
  })
  .openapi("Group");

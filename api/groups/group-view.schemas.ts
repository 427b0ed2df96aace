import { z } from "@hono/zod-openapi";
import { groupStatus, sessionTheme } from "../../db/schema/groups.ts";

const Share = z.number().min(0).max(1).nullable();

export const GroupViewSchema = z
  .object({
    group: z
      .object({
        id: z.uuid(),
        name: z.string(),
        status: z.enum(groupStatus.enumValues),
        joinedOn: z.string(),
        leftOn: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: "Null when the household is in no group" }),
    nextSession: z
      .object({
        id: z.uuid(),
        startsAt: z.date(),
        place: z.string().nullable(),
        theme: z.enum(sessionTheme.enumValues),
        themeText: z.string().nullable(),
      })
      .nullable(),
    own: z.object({
      commitments: z.object({ planned: z.number().int(), done: z.number().int(), dropped: z.number().int() }),
      doneShare: Share.openapi({ description: "Share of its commitments done, 0–1" }),
      attendanceRate: Share.openapi({ description: "Share of the recorded sessions attended, 0–1" }),
    }),
    groupAverage: z.object({ doneShare: Share, attendanceRate: Share }).nullable().openapi({
      description:
        "Mean over the group's households, never one household's figures; each figure null while fewer than 3 households have one",
    }),
    averageWithheld: z
      .enum(["no_group", "small_group"])
      .nullable()
      .openapi({ description: "Why groupAverage is null: no group, or fewer than 3 members" }),
  })
  .openapi("GroupView");

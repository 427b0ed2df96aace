import { z } from "@hono/zod-openapi";
import { sharedTipStatus } from "../../db/schema/groups.ts";
import { heatingType } from "../../db/schema/households.ts";
import { tipCategory, tipCost, tipEffort, tipOccupancy } from "../../db/schema/tips.ts";

export const ShareTipInput = z.object({
  text: z.string().trim().min(10).max(1200).openapi({ example: "Je sèche le linge dehors, même en hiver." }),
  sessionId: z.uuid().nullable().default(null).openapi({ description: "The session it came up in, if any" }),
});

export const PublishInput = z.object({
  status: z
    .enum(sharedTipStatus.enumValues)
    .exclude(["promoted"])
    .openapi({ description: "published_to_group: the group's households see it, without a name" }),
});

export const PromoteInput = z.object({
  title: z.string().trim().min(3).max(120),
  body: z
    .string()
    .trim()
    .min(20)
    .max(1200)
    .optional()
    .openapi({ description: "The household's words when absent" }),
  category: z.enum(tipCategory.enumValues),
  heatingTypes: z.array(z.enum(heatingType.enumValues)).max(6).default([]),
  occupancy: z.enum(tipOccupancy.enumValues).default("any"),
  effort: z.enum(tipEffort.enumValues),
  cost: z.enum(tipCost.enumValues),
});

export const SharedTipSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid().nullable().openapi({ description: "Null when a household reads its group's tips" }),
    groupId: z.uuid().nullable(),
    sessionId: z.uuid().nullable(),
    text: z.string(),
    status: z.enum(sharedTipStatus.enumValues),
    promotedTipId: z.uuid().nullable(),
    postedAt: z.date(),
  })
  .openapi("SharedTip");

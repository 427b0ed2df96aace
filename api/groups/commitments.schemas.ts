import { z } from "@hono/zod-openapi";
import { commitmentStatus } from "../../db/schema/groups.ts";
import { tipCategory } from "../../db/schema/tips.ts";
import { Day, RetryClientId } from "./groups.schemas.ts";

export const CreateCommitmentInput = z.object({
  tipId: z.uuid(),
  plannedOn: Day.optional().openapi({ description: "The day it was decided; today when absent" }),
  note: z.string().trim().min(1).max(1000).nullable().default(null),
  clientId: RetryClientId,
});

export const UpdateCommitmentInput = z.object({
  status: z.enum(commitmentStatus.enumValues),
  on: Day.optional().openapi({ description: "The day it was done or dropped; today when absent" }),
  note: z.string().trim().min(1).max(1000).nullable().optional(),
});

export const CommitmentParams = z.object({
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
  commitmentId: z.uuid().openapi({ param: { name: "commitmentId", in: "path" } }),
});

export const CommitmentSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    groupId: z.uuid(),
    tip: z.object({
      id: z.uuid(),
      category: z.enum(tipCategory.enumValues),
      text: z.record(z.string(), z.object({ title: z.string(), body: z.string() })),
    }),
    status: z.enum(commitmentStatus.enumValues),
    plannedOn: z.string(),
    doneOn: z.string().nullable(),
    droppedOn: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: z.string().nullable().openapi({ description: "Who recorded the current status (name)" }),
  })
  .openapi("Commitment");

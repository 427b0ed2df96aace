import { z } from "@hono/zod-openapi";
import { COMFORT_PROBLEMS } from "./survey.rules.ts";

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "indicators.month_format" })
  .openapi({ example: "2025-10" });

export const SurveyInput = z.object({
  warmth: z
    .number()
    .int({ error: "survey.warmth_range" })
    .min(1, { error: "survey.warmth_range" })
    .max(5, { error: "survey.warmth_range" })
    .openapi({ description: "1 too cold, 2 a bit cold, 3 just right, 4 a bit warm, 5 too warm" }),
  problems: z.array(z.enum(COMFORT_PROBLEMS)).max(COMFORT_PROBLEMS.length).default([]),
  comment: z
    .string()
    .trim()
    .max(1000, { error: "survey.comment_too_long" })
    .nullable()
    .default(null)
    .openapi({ description: "Seen by the housing company without the household's name" }),
});

export const SurveyAnswerSchema = z
  .object({
    buildingId: z.uuid(),
    weekStart: z.string().openapi({ description: "Monday of the week (Brussels) answered for" }),
    warmth: z.number(),
    problems: z.array(z.enum(COMFORT_PROBLEMS)),
    comment: z.string().nullable(),
  })
  .openapi("ComfortSurveyAnswer");

export const SurveyQuery = z.object({
  from: Month.optional().openapi({ description: "First month (default: 11 months before `to`)" }),
  to: Month.optional().openapi({ description: "Last month (default: this month)" }),
});

const Tally = {
  count: z.number(),
  warmth: z
    .record(z.string(), z.number())
    .openapi({ description: 'Answers per level, "1" too cold … "5" too warm' }),
  coldShare: z.number().nullable().openapi({ description: 'Share "too cold" or "a bit cold"' }),
  okShare: z.number().nullable().openapi({ description: 'Share "just right" or "a bit warm"' }),
  problems: z.record(z.enum(COMFORT_PROBLEMS), z.number()),
};

export const SurveyResultsSchema = z
  .object({
    buildingId: z.uuid(),
    from: z.string(),
    to: z.string(),
    heatedAreaM2: z.number(),
    stale: z.boolean().openapi({ description: "The heating months are being recomputed after a change" }),
    weeks: z.array(
      z.object({
        weekStart: z.string(),
        ...Tally,
        comments: z.array(z.string()).openapi({ description: "As written, without who wrote them" }),
      }),
    ),
    months: z.array(
      z.object({
        month: z.string(),
        ...Tally,
        heating: z.object({
          kwh: z.number().nullable(),
          kwhPerM2: z.number().nullable(),
          degreeDays: z.number().nullable(),
          status: z.enum(["measured", "estimated", "partial", "missing"]),
        }),
      }),
    ),
  })
  .openapi("ComfortSurveyResults");

import { z } from "@hono/zod-openapi";
import { EVENT_KINDS, HEATING_SYSTEMS } from "./buildings.schemas.ts";
import { ConsultationSchema } from "./consultations.schemas.ts";
import { SurveyAnswerSchema } from "./survey.schemas.ts";

const Winter = z.object({
  season: z.string().openapi({ example: "2025-2026" }),
  kwhPerM2: z.number().nullable(),
  degreeDays: z.number().nullable(),
  kwhPerM2PerDegreeDay: z.number().nullable(),
  complete: z.boolean(),
});

export const TenantBuildingSchema = z
  .object({
    building: z.object({
      id: z.uuid(),
      name: z.string(),
      address: z.string(),
      postcode: z.string(),
      commune: z.string(),
      heatingSystem: z.enum(HEATING_SYSTEMS),
      dwellingCount: z.number(),
    }),
    dwelling: z
      .object({ id: z.uuid(), unitLabel: z.string() })
      .openapi({ description: "The household's own" }),
    performance: z.object({
      lastWinter: Winter,
      previousWinter: Winter,
      winters: z
        .object({
          changeAtEqualWeather: z.number().openapi({ description: "−0.12: 12 % less per degree-day" }),
          verdict: z.enum(["less", "about_the_same", "more"]),
        })
        .nullable()
        .openapi({ description: "Null when either winter is incomplete" }),
      normalYearKwhPerM2: z.number().nullable(),
      company: z
        .object({
          medianKwhPerM2: z.number(),
          buildingsCompared: z.number(),
          difference: z.number().openapi({ description: "0.2: 20 % above the company's median" }),
          verdict: z.enum(["better", "about_median", "worse"]),
        })
        .nullable()
        .openapi({ description: "Null without a normal-year figure or with fewer than 3 buildings" }),
    }),
    works: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(EVENT_KINDS),
        label: z.string(),
        startedOn: z.string(),
        completedOn: z.string().nullable(),
        stage: z.enum(["planned", "under_way", "done"]),
      }),
    ),
    tips: z.array(
      z.object({
        id: z.uuid(),
        key: z.string().nullable(),
        text: z.record(z.string(), z.object({ title: z.string(), body: z.string() })),
      }),
    ),
    consultations: z.array(ConsultationSchema).openapi({ description: "Open and closed ones; never drafts" }),
    survey: z
      .object({ weekStart: z.string(), answer: SurveyAnswerSchema.nullable() })
      .nullable()
      .openapi({ description: "The household's answer this week; null for staff (answers are anonymous)" }),
    heatingStatements: z
      .array(
        z.object({
          id: z.uuid(),
          costSplitId: z.uuid(),
          seasonFrom: z.string(),
          seasonTo: z.string().openapi({ description: "The first day no longer counted" }),
          dwellingLabel: z.string(),
          totalEur: z.number(),
        }),
      )
      .nullable()
      .openapi({
        description:
          "The household's statements of final heating cost splits, latest season first (GET /api/cost-splits/{costSplitId}/statements/{id}); null for staff",
      }),
  })
  .openapi("TenantBuilding");

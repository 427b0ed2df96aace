import { z } from "@hono/zod-openapi";
import { alertKind } from "../../db/schema/building-indicators.ts";
import { comfortProblem, consultationStatus } from "../../db/schema/participation.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";
import { EVENT_KINDS } from "./buildings.schemas.ts";
import { PROJECT_OBJECTIVE_KINDS } from "./projects.schemas.ts";
import { RENOVATION_ENERGIES } from "./renovation-savings.schemas.ts";

const Day = z
  .string()
  .refine(isLocalDay, { error: "building.invalid_day" })
  .openapi({ example: "2025-01-01", description: "YYYY-MM-DD (a Brussels day)" });

export const BuildingReportQuery = z.object({
  from: Day.optional().openapi({
    description:
      "First day (default: the 1st of the month eleven months before `to`'s; without `to` either, see `to`)",
  }),
  to: Day.optional().openapi({
    description:
      "Last day, included (default: the last day of last month; without `from` either, the last day of the building's last month with complete heating figures, last month at the latest and without any)",
  }),
  format: z.enum(["json", "csv"]).default("json"),
});

const Share = z.number().nullable();

export const BuildingReportSchema = z
  .object({
    building: z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      address: z.string(),
      postcode: z.string(),
      commune: z.string(),
      heatedAreaM2: z.number(),
      dwellingCount: z.number(),
    }),
    from: z.string(),
    to: z.string(),
    heating: z
      .object({
        fromMonth: z.string(),
        toMonth: z.string(),
        energies: z.array(z.string()),
        kwh: z.number().nullable(),
        kwhPerM2: z.number().nullable(),
        degreeDays: z.number().nullable(),
        kwhPerM2PerDegreeDay: z.number().nullable(),
        complete: z.boolean(),
        openEndMonths: z.array(z.string()).openapi({
          description:
            "The months after the last fully covered one (none when no month is): the readings stop before the period does",
        }),
        missingMonths: z.array(z.string()),
        partialMonths: z.array(z.string()),
        estimatedMonths: z.array(z.string()),
      })
      .openapi({
        description:
          "From the building's monthly rollup, over the months the period touches (whole months); per degree-day only when every month is fully covered",
      }),
    works: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(EVENT_KINDS),
        label: z.string(),
        startedOn: z.string(),
        completedOn: z.string().nullable(),
        status: z.enum(["done", "under_way"]),
      }),
    ),
    alerts: z.object({
      about: z
        .number()
        .int()
        .openapi({ description: "About days of the period (what they saw), whenever opened" }),
      opened: z.number().int(),
      closed: z.number().int(),
      openAtEnd: z
        .number()
        .int()
        .openapi({ description: "Opened by the period's end and not closed by then" }),
      byKind: z.array(
        z.object({
          kind: z.enum(alertKind.enumValues),
          about: z.number().int(),
          opened: z.number().int(),
          closed: z.number().int(),
        }),
      ),
    }),
    survey: z.object({
      answers: z.number().int(),
      byWarmth: z.array(z.number().int()).openapi({ description: "Answers 1 too cold … 5 too warm" }),
      comfortableShare: Share.openapi({ description: "Just right or a bit warm" }),
      coldShare: Share.openapi({ description: "Too cold or a bit cold" }),
      problems: z.array(z.object({ problem: z.enum(comfortProblem.enumValues), count: z.number().int() })),
    }),
    consultations: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        status: z.enum(consultationStatus.enumValues),
        closesOn: z.string(),
        projectId: z.uuid().nullable(),
        answered: z.number().int(),
        occupiedDwellings: z.number().int(),
        turnout: Share,
        options: z.array(z.object({ id: z.uuid(), label: z.string(), answers: z.number().int() })),
        leadingOptionId: z
          .uuid()
          .nullable()
          .openapi({ description: "Most chosen; null with no answer or a tie" }),
      }),
    ),
    projects: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        description: z.string().nullable(),
        event: z
          .object({
            id: z.uuid(),
            label: z.string(),
            startedOn: z.string(),
            completedOn: z.string().nullable(),
          })
          .nullable(),
        savings: z
          .object({
            energy: z.enum(RENOVATION_ENERGIES).nullable(),
            verdict: z.string().openapi({
              description:
                "ok, works_under_way, insufficient_baseline, insufficient_reporting, no_weather_data, model_not_fit; no_works or no_heating_meter",
            }),
            monthsStillNeeded: z.number().int().nullable(),
            from: z
              .string()
              .nullable()
              .openapi({ description: "The reporting period measured (after the works)" }),
            to: z.string().nullable(),
            actualKwh: z.number().nullable(),
            counterfactualKwh: z.number().nullable(),
            savingsKwh: z.number().nullable(),
            uncertaintyKwh90: z.number().nullable(),
            savingsFraction: Share,
            savingsFractionLow: Share,
            savingsFractionHigh: Share,
            monthsToFullYear: z.number().int().nullable(),
          })
          .openapi({ description: "Up to the last reading, whatever the report's period" }),
        objectives: z.array(
          z.object({
            id: z.uuid(),
            label: z.string(),
            targetText: z.string(),
            kind: z.enum(PROJECT_OBJECTIVE_KINDS),
            targetValue: z.number().nullable(),
            status: z.enum(["met", "not_met", "not_measurable", "manual"]),
            measured: z.number().nullable().openapi({ description: "In %" }),
            measuredLow: z.number().nullable(),
            measuredHigh: z.number().nullable(),
            reason: z
              .enum([
                "no_target",
                "no_works_linked",
                "no_heating_meter",
                "works_under_way",
                "not_enough_data",
                "savings_not_computable",
                "no_survey_answers",
                "no_consultation",
                "consultation_open",
                "no_occupied_dwellings",
              ])
              .nullable(),
            monthsStillNeeded: z.number().int().nullable(),
            assessment: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi("BuildingReport");

export type BuildingReport = z.infer<typeof BuildingReportSchema>;

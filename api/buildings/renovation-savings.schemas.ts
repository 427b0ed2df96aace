import { z } from "@hono/zod-openapi";
import { EventSchema } from "./buildings.schemas.ts";

/** The energies a boiler room's savings are measured on. */
export const RENOVATION_ENERGIES = ["gas", "heat", "heating_oil"] as const;

export const RenovationSavingsQuery = z.object({
  event: z.uuid().openapi({ description: "The works (a building event) whose savings are asked for" }),
  energy: z.enum(RENOVATION_ENERGIES).openapi({ description: "The building meter's energy" }),
});

const Day = z.string().openapi({ example: "2026-01-01", description: "YYYY-MM-DD" });

export const RenovationSavingsSchema = z
  .object({
    event: EventSchema,
    energy: z.enum(RENOVATION_ENERGIES),
    verdict: z
      .enum([
        "ok",
        "works_under_way",
        "insufficient_baseline",
        "insufficient_reporting",
        "no_weather_data",
        "model_not_fit",
      ])
      .openapi({ description: "works_under_way: no completion day yet, or one still to come" }),
    monthsStillNeeded: z.number().int().nullable().openapi({
      description:
        "insufficient_baseline: months of readings missing in the year before the works; insufficient_reporting: months to wait after completion; null otherwise",
    }),
    baselineCoverage: z.object({
      coveredDays: z.number(),
      requiredDays: z.number(),
      from: Day,
      to: Day.openapi({ description: "Exclusive: the works' start" }),
    }),
    excluded: z
      .object({ from: Day, to: Day })
      .nullable()
      .openapi({ description: "The works themselves, left out of both periods" }),
    station: z.object({ code: z.string(), name: z.string(), label: z.string().nullable() }).nullable(),
    weather: z
      .object({
        source: z.enum(["daily_temperatures", "monthly_degree_days"]),
        missingMonths: z.array(z.string()),
      })
      .nullable(),
    model: z
      .object({
        kind: z.enum(["intercept_only", "heating_only"]),
        interceptKwhPerDay: z.number(),
        heatingKwhPerDegreeDay: z.number(),
        balancePointC: z.number().nullable(),
        adjustedR2: z.number(),
        cvRmse: z.number().nullable(),
        baselinePeriods: z.number(),
      })
      .nullable(),
    reporting: z
      .object({
        from: Day,
        to: Day.openapi({ description: "Exclusive: the day of the last reading" }),
        months: z.number(),
        actualKwh: z.number(),
        counterfactualKwh: z
          .number()
          .openapi({ description: "What the building would have used at this weather without the works" }),
        savingsKwh: z.number(),
        savingsFraction: z.number().nullable(),
        uncertaintyKwh90: z.number().nullable().openapi({ description: "± this, 90 % interval" }),
        savingsFractionLow: z.number().nullable().openapi({ description: "The 90 % interval, as shares" }),
        savingsFractionHigh: z.number().nullable(),
        monthsToFullYear: z
          .number()
          .int()
          .openapi({ description: "0 once a whole year after the works is measured; provisional before" }),
        periods: z.number(),
      })
      .nullable(),
    flags: z.array(
      z.object({
        code: z.string(),
        from: Day.optional(),
        to: Day.optional(),
        reason: z.string().optional(),
      }),
    ),
    points: z
      .array(
        z.object({
          phase: z.enum(["baseline", "reporting"]),
          from: Day,
          to: Day,
          kwhPerDay: z.number(),
          hddPerDay: z.number().nullable(),
        }),
      )
      .openapi({ description: "The energy signature: use per day against degree-days per day" }),
  })
  .openapi("RenovationSavings");

export type RenovationSavings = z.infer<typeof RenovationSavingsSchema>;

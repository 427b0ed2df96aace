import { z } from "@hono/zod-openapi";
import { isLocalDay } from "../consumption/brussels-days.ts";
import { SAVINGS_ENERGIES } from "./usage-periods.ts";

export const SavingsQuery = z.object({
  energy: z.enum(SAVINGS_ENERGIES),
  start: z.string().refine(isLocalDay, { error: "savings.invalid_day" }).optional().openapi({
    example: "2026-01-15",
    description:
      "Project start (YYYY-MM-DD); by default the day the household joined its group, 422 when it never joined one",
  }),
  station: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/)
    .optional()
    .openapi({ description: "Weather station code; default: the organisation's (a coordinator setting)" }),
});

const Day = z.string().openapi({ example: "2026-01-01", description: "YYYY-MM-DD" });

const Flag = z.discriminatedUnion("code", [
  z.object({
    code: z.enum([
      "baseline_period_too_short",
      "baseline_period_too_long",
      "baseline_period_missing",
      "reporting_period_long",
      "no_weather",
      "negative_use",
      "unusually_high_use",
    ]),
    from: Day,
    to: Day,
  }),
  z.object({
    code: z.literal("no_interval"),
    reason: z.enum([
      "too_few_independent_periods",
      "residuals_fully_correlated",
      "no_reporting",
      "no_baseline_use",
    ]),
  }),
  z.object({ code: z.literal("tariff_missing") }),
  z.object({ code: z.literal("price_from_deliveries") }).openapi({
    description: "The euros are at the average price the household paid for its deliveries (heating oil)",
  }),
]);

export const SavingsSchema = z
  .object({
    energy: z.enum(SAVINGS_ENERGIES),
    start: Day,
    startSource: z.enum(["chosen", "group_joined"]).openapi({
      description: "chosen: the `start` asked for; group_joined: the day the household joined its group",
    }),
    usageSource: z.enum(["readings", "smart_meter"]).openapi({
      description:
        "smart_meter: the meter's measured days, used when they cover the baseline year; readings otherwise",
    }),
    dataKind: z.enum(["billing", "daily"]).openapi({
      description:
        "billing: periods between readings or calendar months; daily: days against daily temperatures",
    }),
    verdict: z.enum([
      "ok",
      "insufficient_baseline",
      "insufficient_reporting",
      "no_weather_data",
      "model_not_fit",
    ]),
    station: z.object({
      code: z.string(),
      name: z.string(),
      label: z.string().nullable().openapi({ description: 'Shown with its data, e.g. "normales (démo)"' }),
    }),
    weather: z.object({
      source: z.enum(["daily_temperatures", "monthly_degree_days"]),
      missingMonths: z
        .array(z.string())
        .openapi({ description: "YYYY-MM without weather data in the span used" }),
    }),
    baselineCoverage: z.object({
      coveredDays: z.number(),
      requiredDays: z.number(),
      from: Day,
      to: Day,
    }),
    model: z
      .object({
        kind: z.enum(["intercept_only", "heating_only"]),
        interceptKwhPerDay: z.number(),
        heatingKwhPerDegreeDay: z.number(),
        balancePointC: z.number().nullable(),
        degreeDayConvention: z.enum(["dj15_15", "equiv16_5"]).nullable().openapi({
          description: "null: degree-days from daily temperatures at `balancePointC`",
        }),
        adjustedR2: z.number(),
        cvRmse: z.number().nullable(),
        baselinePeriods: z.number(),
      })
      .nullable(),
    reporting: z
      .object({
        from: Day,
        to: Day.openapi({ description: "Exclusive: the day of the last reading" }),
        actualKwh: z.number(),
        counterfactualKwh: z
          .number()
          .openapi({ description: "What the baseline model expects at this weather" }),
        savingsKwh: z.number(),
        savingsEur: z.number().nullable().openapi({
          description:
            "At the energy price in force, VAT included; heating oil with priced deliveries: at their average price (flag `price_from_deliveries`)",
        }),
        savingsFraction: z.number().nullable(),
        uncertaintyKwh90: z
          .number()
          .nullable()
          .openapi({ description: "± this, 90 % interval; null when it cannot be stated" }),
        uncertaintyEur90: z.number().nullable(),
        periods: z.number(),
      })
      .nullable(),
    flags: z.array(Flag),
    candidates: z.array(
      z.object({
        kind: z.enum(["intercept_only", "heating_only"]),
        balancePointC: z.number().nullable(),
        interceptKwhPerDay: z.number().nullable(),
        heatingKwhPerDegreeDay: z.number().nullable(),
        adjustedR2: z.number().nullable(),
        status: z.enum(["qualified", "negative_estimate", "too_few_degree_days", "not_computable"]),
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
  .openapi("Savings");

export type SavingsResponse = z.infer<typeof SavingsSchema>;

import { z } from "@hono/zod-openapi";
import { meterKind } from "../../db/schema/meters.ts";

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "indicators.month_format" })
  .openapi({ example: "2025-10" });

export const IndicatorsQuery = z.object({
  from: Month.optional().openapi({
    description: "First month (default: 24 months before `to`)",
  }),
  to: Month.optional().openapi({
    description:
      "Last month (default: last month, or the month before while last month waits for its closing reading)",
  }),
});

const Total = {
  kwh: z.number().nullable(),
  kwhPerM2: z.number().nullable(),
  degreeDays: z.number().nullable().openapi({ description: "Equivalent degree-days 16.5/16.5" }),
  kwhPerM2PerDegreeDay: z.number().nullable(),
  complete: z.boolean().openapi({ description: "Every month there and fully covered; never scaled up" }),
};

export const IndicatorsSchema = z
  .object({
    buildingId: z.uuid(),
    from: z.string(),
    to: z.string(),
    heatedAreaM2: z.number(),
    energies: z.array(z.enum(meterKind.enumValues)).openapi({ description: "Heating energies added up" }),
    stale: z.boolean().openapi({ description: "The monthly figures are being recomputed after a change" }),
    monthly: z.array(
      z.object({
        month: z.string(),
        kwh: z.number().nullable(),
        kwhPerM2: z.number().nullable(),
        degreeDays: z.number().nullable(),
        kwhPerM2PerDegreeDay: z.number().nullable(),
        estimatedShare: z
          .number()
          .openapi({ description: "Share of the kWh spread from a longer reading period" }),
        status: z.enum(["measured", "estimated", "partial", "missing"]),
      }),
    ),
    seasons: z.array(z.object({ season: z.string(), from: z.string(), to: z.string(), ...Total })),
    years: z.array(z.object({ year: z.number(), ...Total })),
    estimatedMonths: z.array(z.string()),
    partialMonths: z.array(z.string()),
    missingMonths: z.array(z.string()),
    signature: z
      .object({
        energy: z.enum(meterKind.enumValues),
        usageSource: z.enum(["readings", "smart_meter"]).openapi({
          description: "Fitted on reading periods, or on smart-meter days summed by calendar month",
        }),
        verdict: z.string().openapi({ description: "The savings engine's verdict on the fit" }),
        baseLoadKwhPerDay: z.number().nullable(),
        heatingKwhPerDegreeDay: z.number().nullable(),
        cvRmse: z.number().nullable(),
        from: z.string().openapi({ description: "The year the model was fitted on" }),
        to: z.string(),
        points: z.array(
          z.object({
            from: z.string(),
            to: z.string(),
            kwhPerDay: z.number(),
            degreeDaysPerDay: z.number().nullable(),
          }),
        ),
      })
      .nullable()
      .openapi({ description: "Energy signature of the year before `to`; null without heating readings" }),
    normalYear: z
      .object({ kwh: z.number(), kwhPerM2: z.number() })
      .nullable()
      .openapi({ description: "The signature on the station's normal degree-days" }),
  })
  .openapi("BuildingIndicators");

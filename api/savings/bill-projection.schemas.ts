import { z } from "@hono/zod-openapi";

const Day = z.string().openapi({ example: "2026-01-01", description: "YYYY-MM-DD" });

export const BillProjectionSchema = z
  .object({
    billingYear: z.object({
      from: Day,
      to: Day.openapi({ description: "Exclusive: the month of the bill" }),
    }),
    station: z.object({ code: z.string(), name: z.string(), label: z.string().nullable() }),
    energies: z.array(
      z.object({
        energy: z.enum(["gas", "electricity"]),
        measuredKwh: z.number(),
        measuredTo: Day,
        unmeasured: z.array(z.object({ from: Day, to: Day.openapi({ description: "Exclusive" }) })).openapi({
          description:
            "Days of the year gone by without measured use (a reading missing or unusable, a register skipped, a day without data, before the first reading): estimated by the model, never dropped",
        }),
        estimatedKwh: z.number().nullable().openapi({
          description:
            "The household's model on normal weather for the unmeasured days; part of projectedKwh",
        }),
        remainingKwh: z
          .number()
          .nullable()
          .openapi({ description: "The household's model on normal weather" }),
        projectedKwh: z.number().nullable(),
        costEur: z.number().nullable().openapi({ description: "VAT and fixed fees included" }),
        uncertaintyEur90: z.number().nullable(),
        status: z.enum(["projected", "no_model", "no_tariff"]),
      }),
    ),
    monthlyAdvanceEur: z.number().nullable(),
    advancesEur: z.number().nullable(),
    expectedCostEur: z.number().nullable(),
    regularisationEur: z
      .number()
      .nullable()
      .openapi({ description: "Positive: still to pay with the bill; negative: to receive back" }),
    uncertaintyEur90: z.number().nullable(),
    suggestedMonthlyAdvanceEur: z.number().nullable(),
    missing: z.array(z.enum(["billing_month", "monthly_advance"])),
  })
  .openapi("BillProjection");

export type BillProjectionResponse = z.infer<typeof BillProjectionSchema>;

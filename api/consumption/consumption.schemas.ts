import { z } from "@hono/zod-openapi";
import { meterKind, register } from "../../db/schema/meters.ts";
import { NATIVE_UNITS } from "../meters/meter-kinds.ts";
import { isLocalDay, READING_DAYS } from "./brussels-days.ts";

/** A day of the years readings can have (the default window reaches a year back from `to`). */
const Day = z
  .string()
  .refine((day) => isLocalDay(day) && day >= READING_DAYS.first && day <= READING_DAYS.last, {
    error: "consumption.invalid_day",
  })
  .optional()
  .openapi({ example: "2026-01-31", description: "YYYY-MM-DD, a Brussels day, inclusive" });

export const ConsumptionQuery = z.object({
  from: Day.openapi({ description: "First day (default: the 1st of the month eleven months before `to`)" }),
  to: Day.openapi({ description: "Last day, inclusive (default: today); at most 10 years after `from`" }),
  granularity: z.enum(["day", "month", "year"]).default("month"),
});

const Energy = z.enum(meterKind.enumValues);

const Figures = z.object({
  quantity: z.number().openapi({ description: "Offtake in `unit`" }),
  kwh: z.number().nullable().openapi({ description: "null for water and allocator units" }),
  injectionKwh: z.number().openapi({ description: "Sent to the grid; not part of `quantity`" }),
  costEur: z.number().nullable().openapi({
    description:
      "VAT and prorated fixed fees included; never guessed. Heating oil, pellets and wood with priced deliveries: their average price over the year up to each day, as paid (see the `price_from_deliveries` note)",
  }),
  costMissingReason: z.enum(["tariff_missing", "not_priced"]).optional(),
  co2Kg: z.number().nullable(),
  co2MissingReason: z.enum(["no_kwh", "factor_missing"]).optional(),
  estimatedShare: z.number().nullable().openapi({
    description: "0–1: part of `quantity` spread over days across a period edge, or from deliveries",
  }),
  coveredDays: z.number().openapi({ description: "Days of the period that readings cover" }),
  days: z.number().openapi({ description: "Days of the period inside the window" }),
});

const Note = z.discriminatedUnion("code", [
  z.object({ code: z.literal("daily_split_estimated") }),
  z.object({ code: z.literal("heating_by_degree_days"), energy: Energy }).openapi({
    description:
      "Reading intervals of this energy are spread over their days by what the household's own model expects of each day's weather",
  }),
  z.object({ code: z.literal("deliveries_estimated"), energy: Energy }),
  z.object({ code: z.literal("tariff_missing"), energy: Energy, from: z.string() }),
  z.object({ code: z.literal("price_from_deliveries"), energy: Energy }).openapi({
    description: "Some cost of this energy is the average price the household paid for its deliveries",
  }),
  z.object({ code: z.literal("co2_factor_missing"), energy: Energy }),
  z.object({ code: z.literal("no_data"), energy: Energy }),
  z.object({
    code: z.literal("gap"),
    energy: Energy,
    meterId: z.uuid(),
    register: z.enum(register.enumValues),
    from: z.date(),
    to: z.date(),
    reason: z.enum(["below_previous", "level_above_deliveries", "same_moment"]),
  }),
]);

export const ConsumptionSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    granularity: z.enum(["day", "month", "year"]),
    energies: z.array(
      z.object({
        energy: Energy,
        unit: z.enum(NATIVE_UNITS),
        periods: z.array(
          Figures.extend({
            period: z.string().openapi({ description: "YYYY-MM-DD, YYYY-MM or YYYY" }),
            lastYear: Figures.nullable().openapi({
              description: "The same days a year before, where data exists",
            }),
          }),
        ),
        total: Figures.extend({ lastYear: Figures.nullable() }),
      }),
    ),
    notes: z.array(Note),
  })
  .openapi("Consumption");

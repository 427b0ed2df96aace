import { z } from "@hono/zod-openapi";
import { isLocalDay } from "../consumption/brussels-days.ts";

export const CheckInInput = z
  .object({
    day: z.string().refine(isLocalDay, { error: "comfort.invalid_day" }).openapi({ example: "2026-01-20" }),
    indoorC: z
      .number()
      .min(0)
      .max(40)
      .multipleOf(0.1)
      .nullable()
      .default(null)
      .openapi({ description: "Indoor °C" }),
    humidityPct: z
      .number()
      .int()
      .min(5)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Relative humidity, %" }),
    feltCold: z.boolean().default(false),
    clientId: z.uuid(),
  })
  // A check-in with nothing noted would reach the adviser as a blank line.
  .refine((c) => c.indoorC !== null || c.humidityPct !== null || c.feltCold, {
    error: "comfort.empty",
    path: ["indoorC"],
  });

export const CheckInSchema = z
  .object({
    id: z.uuid(),
    householdId: z.uuid(),
    day: z.string(),
    indoorC: z.number().nullable(),
    humidityPct: z.number().nullable(),
    feltCold: z.boolean(),
    clientId: z.uuid(),
  })
  .openapi("ComfortCheckIn");

export const EnergyGuardsSchema = z
  .object({
    restriction: z.discriminatedUnion("status", [
      z.object({
        status: z.enum(["possible_restriction", "no_sign"]),
        energy: z.enum(["gas", "heating_oil", "electricity", "heat"]),
        householdValue: z.number().openapi({ description: "Normal-year kWh per m²" }),
        comparableMedian: z.number().openapi({ description: "kWh per m², same heating and size band" }),
        comparableCount: z.number(),
      }),
      z.object({
        status: z.literal("not_assessable"),
        reason: z.enum([
          "no_normal_year_use",
          "no_comparable_population",
          "no_floor_area",
          "no_heating_energy",
        ]),
      }),
    ]),
    selfDisconnection: z.discriminatedUnion("status", [
      z.object({
        status: z.enum(["top_ups_stopped", "top_ups_shrinking", "no_sign"]),
        usualEurPerMonth: z.number(),
        recentEurPerMonth: z.number(),
        lastTopUp: z.string(),
      }),
      z.object({
        status: z.literal("not_assessable"),
        reason: z.enum(["no_budget_meter", "too_few_top_ups"]),
      }),
    ]),
    comfort: z.object({
      checkIns: z.number().openapi({ description: "In the last twelve months" }),
      lastCheckIn: z.string().nullable(),
      flags: z.array(
        z.object({ day: z.string(), reasons: z.array(z.enum(["cold_home", "damp_home", "felt_cold"])) }),
      ),
    }),
  })
  .openapi("EnergyGuards");

import { z } from "@hono/zod-openapi";
import { meterKind, readingSource, register } from "../../db/schema/meters.ts";
import { READING_DAYS } from "../consumption/brussels-days.ts";
import { NATIVE_UNITS } from "../meters/index.ts";

const Format = z
  .enum(["csv", "json"])
  .default("csv")
  .openapi({ description: "csv (for Excel with Belgian settings) or json" });

/** A month of the years readings can have, as the consumption query's days. */
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "exports.invalid_month" })
  .refine((month) => month >= READING_DAYS.first.slice(0, 7) && month <= READING_DAYS.last.slice(0, 7), {
    error: "exports.invalid_month",
  })
  .optional();

export const ReadingsExportQuery = z.object({ format: Format });

export const ConsumptionExportQuery = z.object({
  format: Format,
  from: Month.openapi({
    example: "2025-04",
    description: "First month (default: eleven months before `to`)",
  }),
  to: Month.openapi({
    example: "2026-03",
    description: "Last month, included (default: this month, up to today)",
  }),
});

const Unit = z.enum(NATIVE_UNITS);
const ExportedHousehold = z.object({ id: z.uuid(), code: z.string() });

export const ReadingsExportSchema = z
  .object({
    household: ExportedHousehold,
    exportedAt: z.date(),
    lines: z.array(
      z.object({
        meterId: z.uuid(),
        meterName: z.string(),
        kind: z.enum(meterKind.enumValues),
        register: z.enum(register.enumValues),
        readAt: z.date(),
        value: z.number(),
        unit: Unit,
        source: z.enum(readingSource.enumValues),
        flags: z.array(z.string()),
        note: z.string().nullable(),
      }),
    ),
  })
  .openapi("ReadingsExport");

export const ConsumptionExportSchema = z
  .object({
    household: ExportedHousehold,
    from: z.string().openapi({ description: "First day, YYYY-MM-DD" }),
    to: z.string().openapi({ description: "Last day, YYYY-MM-DD, included" }),
    exportedAt: z.date(),
    lines: z.array(
      z.object({
        month: z.string().openapi({ description: "YYYY-MM" }),
        energy: z.enum(meterKind.enumValues),
        unit: Unit,
        quantity: z.number(),
        kwh: z.number().nullable(),
        injectionKwh: z.number(),
        costEur: z.number().nullable(),
        costMissingReason: z.enum(["tariff_missing", "not_priced"]).optional(),
        co2Kg: z.number().nullable(),
        co2MissingReason: z.enum(["no_kwh", "factor_missing"]).optional(),
        estimatedShare: z.number().nullable(),
        coveredDays: z.number(),
        days: z.number(),
      }),
    ),
  })
  .openapi("ConsumptionExport");

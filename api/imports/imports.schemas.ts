import { z } from "@hono/zod-openapi";
import { importFormat } from "../../db/schema/intervals.ts";
import { register } from "../../db/schema/meters.ts";

/** Largest accepted file: two years of quarter-hours for two registers in the longest layout (~18 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const Register = z.enum(register.enumValues);

/** Multipart fields beside `file`: the column mapping of a generic file (ignored for an operator's layout). */
export const ImportFields = z.object({
  timestampColumn: z.string().trim().min(1).max(100).optional(),
  valueColumn: z.string().trim().min(1).max(100).optional(),
  unit: z.enum(["kwh", "m3"]).default("kwh"),
  register: Register.default("single"),
});

const flags = z
  .array(
    z.enum(["calorific_value_out_of_range", "estimated_values", "missing_values", "empty_registers_ignored"]),
  )
  .openapi({ description: "What the file held that deserves a look" });

export const ImportResultSchema = z
  .object({
    rowsRead: z.number().int().openapi({ description: "Data lines of the file" }),
    rowsImported: z
      .number()
      .int()
      .openapi({ description: "Lines whose day was new or different (0: already there)" }),
    from: z.date().openapi({ description: "First instant covered" }),
    to: z.date().openapi({ description: "End of the last slot (exclusive)" }),
    registers: z.array(Register),
    flags,
  })
  .openapi("ImportResult");

export const MeterImportSchema = z
  .object({
    id: z.uuid(),
    importedAt: z.date(),
    rowsRead: z.number().int(),
    rowsImported: z.number().int(),
    from: z.date(),
    to: z.date(),
    registers: z.array(Register),
    format: z.enum(importFormat.enumValues),
  })
  .openapi("MeterImport");

/** The body for the OpenAPI document; the route reads it itself, as a stream. */
export const IMPORT_BODY = {
  required: true,
  description: `The CSV file (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB), as the body or as the multipart field \`file\``,
  content: {
    "text/csv": { schema: { type: "string" as const } },
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        required: ["file"],
        properties: {
          file: { type: "string" as const, format: "binary" },
          timestampColumn: {
            type: "string" as const,
            description: "Generic file: header of the start-time column",
          },
          valueColumn: { type: "string" as const, description: "Generic file: header of the value column" },
          unit: { type: "string" as const, enum: ["kwh", "m3"], default: "kwh" },
          register: { type: "string" as const, enum: [...register.enumValues], default: "single" },
        },
      },
    },
  },
};

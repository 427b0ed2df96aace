import { z } from "@hono/zod-openapi";
import { degreeDayConvention, degreeDayKind } from "../../db/schema/weather.ts";
import { isLocalDay } from "../consumption/brussels-days.ts";
import { isMonth } from "./months.ts";

/** Largest accepted weather file: 25 years of the RMI's daily export with all its columns is ~5 MB. */
export const MAX_WEATHER_BYTES = 10 * 1024 * 1024;

export const Convention = z.enum(degreeDayConvention.enumValues).openapi({
  description:
    "`dj15_15`: Σ max(0, 15 − Tmean); `equiv16_5`: 0.6·DD(d) + 0.3·DD(d−1) + 0.1·DD(d−2), DD = max(0, 16.5 − Tmean)",
});
export const Kind = z
  .enum(degreeDayKind.enumValues)
  .openapi({ description: "`measured` months `YYYY-MM`, or `normal` months of the year `01`–`12`" });

export const StationParam = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/)
    .openapi({ param: { name: "code", in: "path" }, example: "uccle" }),
});

/** Belgian degree-day tables start in the 20th century; nothing asks for earlier ones. */
export const FIRST_WEATHER_YEAR = 1900;
/** Days asked for at once: ten years, as the longest window of the consumption screens. */
export const MAX_DAY_SPAN_YEARS = 10;

const Bound = z
  .string()
  .refine((s) => (isMonth(s) || isLocalDay(s)) && Number(s.slice(0, 4)) >= FIRST_WEATHER_YEAR, {
    error: "weather.invalid_bound",
  })
  .openapi({ description: "`YYYY-MM` (the whole month) or `YYYY-MM-DD`, from 1900", example: "2024-01" });

export const DegreeDayQuery = z
  .object({
    convention: Convention,
    kind: Kind.default("measured"),
    granularity: z.enum(["day", "month"]).default("month"),
    from: Bound.optional(),
    to: Bound.optional(),
  })
  .superRefine((q, ctx) => {
    const refuse = (field: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [field], message });
    if (q.kind === "normal") {
      if (q.granularity !== "month") refuse("granularity", "weather.normals_by_month");
      return;
    }
    if (!q.from || !q.to) return refuse(q.from ? "to" : "from", "weather.period_required");
    // A month compares as its first day (from) or a day after its last (to).
    const from = q.from.length === 7 ? `${q.from}-01` : q.from;
    const to = q.to.length === 7 ? `${q.to}-32` : q.to;
    if (to < from) return refuse("to", "weather.invalid_range");
    const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
    if (q.granularity === "day" && years > MAX_DAY_SPAN_YEARS) refuse("to", "weather.day_span_too_long");
  });

export const ImportQuery = z.object({
  convention: Convention,
  kind: Kind.default("measured"),
  source: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default("Import CSV")
    .openapi({ description: "Who published the table, e.g. Synergrid", example: "Synergrid" }),
});

const Station = z.object({ code: z.string(), name: z.string(), label: z.string().nullable() });

export const StationSchema = Station.extend({
  recentMonthsMissing: z.array(z.string()).openapi({
    description:
      "Of the last three complete months, those without weather data (an alert for the administrator)",
  }),
  monthlySeries: z.array(
    z.object({
      convention: Convention,
      kind: Kind,
      firstMonth: z.string(),
      lastMonth: z.string(),
      months: z.number().int(),
    }),
  ),
  dailySeries: z.array(
    z.object({ convention: Convention, firstDay: z.string(), lastDay: z.string(), days: z.number().int() }),
  ),
}).openapi("WeatherStation");

export const TemperatureImportSchema = z
  .object({
    format: z.enum(["rmi_aws_1day", "date_tmean"]),
    rowsRead: z.number().int(),
    daysImported: z.number().int().openapi({ description: "Days new or changed (0: already there)" }),
    from: z.string(),
    to: z.string(),
    daysWithoutValue: z
      .array(z.string())
      .openapi({ description: "Days the file lists without a temperature" }),
    degreeDaysChanged: z.object({ dj15_15: z.number().int(), equiv16_5: z.number().int() }),
  })
  .openapi("TemperatureImport");

export const DegreeDayImportSchema = z
  .object({
    rowsRead: z.number().int(),
    monthsImported: z.number().int().openapi({ description: "Months new or changed (0: already there)" }),
    from: z.string(),
    to: z.string(),
  })
  .openapi("DegreeDayImport");

const IncompleteMonths = z
  .array(z.object({ month: z.string(), missingDays: z.array(z.string()) }))
  .openapi({ description: "Months with daily values for some days only, and the days missing" });

export const DegreeDaySeriesSchema = z
  .object({
    station: Station.openapi({ description: "Show `label` (e.g. “normales (démo)”) with the data" }),
    convention: Convention,
    kind: Kind,
    granularity: z.enum(["day", "month"]),
    from: z.string(),
    to: z.string(),
    values: z.array(z.object({ period: z.string(), degreeDays: z.number(), source: z.string() })),
    missingMonths: z.array(z.string()).openapi({
      description:
        "Months without a value (by day: months without any daily value); months not over are left out",
    }),
    incompleteMonths: IncompleteMonths,
  })
  .openapi("DegreeDaySeries");

export const CoverageSchema = z
  .object({
    station: Station,
    throughMonth: z
      .string()
      .openapi({ description: "The last complete month looked at", example: "2026-02" }),
    conventions: z.array(
      z.object({
        convention: Convention,
        fromMonth: z.string().nullable().openapi({
          description:
            "The first month with a measured value (published, or computed from daily temperatures); null: none stored",
        }),
        monthsWithData: z.number().int(),
        missingMonths: z
          .array(z.string())
          .openapi({ description: "Months from `fromMonth` to `throughMonth` without a value" }),
        incompleteMonths: IncompleteMonths,
      }),
    ),
  })
  .openapi("WeatherCoverage");

/** The body for the OpenAPI document; the route reads it itself. */
export const WEATHER_FILE_BODY = {
  required: true,
  description: `The CSV file (at most ${MAX_WEATHER_BYTES / 1024 / 1024} MB), as the body or as the multipart field \`file\``,
  content: {
    "text/csv": { schema: { type: "string" as const } },
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        required: ["file"],
        properties: { file: { type: "string" as const, format: "binary" } },
      },
    },
  },
};

import { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import { ctxOf, defineRoute, IdParam, moduleRouter, problems } from "../http/route.ts";
import { consumptionCsv, exportConsumption } from "./consumption-export.ts";
import { attachmentHeaders, CSV_TYPE } from "./download.ts";
import {
  ConsumptionExportQuery,
  ConsumptionExportSchema,
  ReadingsExportQuery,
  ReadingsExportSchema,
} from "./exports.schemas.ts";
import { exportReadings, readingsCsv } from "./readings-export.ts";

/** Whoever may read the household's readings and consumption may export them. */
const READERS = ["coordinator", "adviser", "housing_manager", "viewer", "household"] as const;

const csvOrJson = <T extends z.ZodType>(json: T) => ({
  description: "A download (Content-Disposition: attachment)",
  content: { "text/csv": { schema: z.string() }, "application/json": { schema: json } },
});

const readings = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/readings/export",
  tags: ["exports"],
  summary: "Every reading of every meter of the household, as CSV for Belgian Excel or JSON",
  request: { params: IdParam, query: ReadingsExportQuery },
  responses: { 200: csvOrJson(ReadingsExportSchema), ...problems(400, 401, 403, 404) },
});

const consumption = defineRoute(READERS, {
  method: "get",
  path: "/api/households/{id}/consumption/export",
  tags: ["exports"],
  summary: "Monthly consumption per energy (quantity, kWh, €, CO₂, estimated share), as CSV or JSON",
  request: { params: IdParam, query: ConsumptionExportQuery },
  responses: { 200: csvOrJson(ConsumptionExportSchema), ...problems(400, 401, 403, 404) },
});

export const exportRoutes = moduleRouter()
  .openapi(readings, async (c) => {
    const ctx = ctxOf(c);
    const { format } = c.req.valid("query");
    const out = await exportReadings({ ctx, householdId: c.req.valid("param").id, format });
    const lang = c.get("lang");
    const day = brusselsDayOf(ctx.now);
    const headers = (extension: "csv" | "json") =>
      attachmentHeaders({ what: "readings", code: out.household.code, day, extension, lang });
    if (format === "json") return c.json(out, 200, headers("json"));
    return c.body(readingsCsv(out.lines, lang), 200, { ...headers("csv"), "content-type": CSV_TYPE });
  })
  .openapi(consumption, async (c) => {
    const ctx = ctxOf(c);
    const { format, from, to } = c.req.valid("query");
    const out = await exportConsumption({ ctx, householdId: c.req.valid("param").id, format, from, to });
    const lang = c.get("lang");
    const day = brusselsDayOf(ctx.now);
    const headers = (extension: "csv" | "json") =>
      attachmentHeaders({ what: "consumption", code: out.household.code, day, extension, lang });
    if (format === "json") return c.json(out, 200, headers("json"));
    return c.body(consumptionCsv(out.lines, lang), 200, { ...headers("csv"), "content-type": CSV_TYPE });
  });

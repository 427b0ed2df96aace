import { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import { attachmentHeaders } from "../exports/index.ts";
import {
  ctxOf,
  defineRoute,
  IdParam,
  jsonBody,
  jsonResponse,
  moduleRouter,
  problems,
} from "../http/route.ts";
import { getHouseholdAuditLog } from "./audit-log.ts";
import { exportHouseholdData } from "./data-export.ts";
import { dataExportZip } from "./data-export-zip.ts";
import { eraseHousehold } from "./erase-household.ts";
import {
  AuditEntrySchema,
  AuditLogQuery,
  DataExportQuery,
  DataExportSchema,
  EraseInput,
} from "./privacy.schemas.ts";

const dataExport = defineRoute(["coordinator", "household"], {
  method: "get",
  path: "/api/households/{id}/data-export",
  tags: ["privacy"],
  summary: "Everything the app holds about a household (GDPR), as JSON or a ZIP of CSV files",
  request: { params: IdParam, query: DataExportQuery },
  responses: {
    200: {
      description: "A download (Content-Disposition: attachment)",
      content: {
        "application/json": { schema: DataExportSchema },
        "application/zip": { schema: z.string().openapi({ format: "binary" }) },
      },
    },
    ...problems(400, 401, 403, 404),
  },
});

const erase = defineRoute(["coordinator"], {
  method: "post",
  path: "/api/households/{id}/erase",
  tags: ["privacy"],
  summary: "Erase a household's personal data (GDPR); its anonymous figures stay for aggregates",
  description:
    "Its memberships of groups not yet closed end on the erasure's day (one due to start later is " +
    "removed): groups stop counting it, and keep its past attendance without a name.",
  request: { params: IdParam, body: jsonBody(EraseInput) },
  responses: { 204: { description: "Erased" }, ...problems(400, 401, 403, 404, 422) },
});

const auditLog = defineRoute(["coordinator"], {
  method: "get",
  path: "/api/households/{id}/audit-log",
  tags: ["privacy"],
  summary: "Who read or changed a household's data, newest first",
  request: { params: IdParam, query: AuditLogQuery },
  responses: {
    200: jsonResponse("Audit entries", z.array(AuditEntrySchema)),
    ...problems(400, 401, 403, 404),
  },
});

export const privacyRoutes = moduleRouter()
  .openapi(dataExport, async (c) => {
    const ctx = ctxOf(c);
    const { format } = c.req.valid("query");
    const data = await exportHouseholdData({ ctx, householdId: c.req.valid("param").id });
    const lang = c.get("lang");
    const headers = (extension: "json" | "zip") =>
      attachmentHeaders({
        what: "data",
        code: data.household.code,
        day: brusselsDayOf(ctx.now),
        extension,
        lang,
      });
    if (format === "json") return c.json(data, 200, headers("json"));
    return c.body(dataExportZip(data, lang), 200, { ...headers("zip"), "content-type": "application/zip" });
  })
  .openapi(erase, async (c) => {
    const { confirmCode } = c.req.valid("json");
    await eraseHousehold({ ctx: ctxOf(c), householdId: c.req.valid("param").id, confirmCode });
    return c.body(null, 204);
  })
  .openapi(auditLog, async (c) => {
    const { before, beforeId, limit } = c.req.valid("query");
    const entries = await getHouseholdAuditLog({
      ctx: ctxOf(c),
      householdId: c.req.valid("param").id,
      before: before === undefined ? undefined : { at: new Date(before), id: beforeId },
      limit,
    });
    return c.json(entries, 200);
  });

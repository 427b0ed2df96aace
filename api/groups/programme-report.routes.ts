import { CSV_TYPE } from "../exports/index.ts";
import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { getProgrammeReport } from "./programme-report.actions.ts";
import { programmeReportCsv } from "./programme-report.csv.ts";
import { ProgrammeReportQuery, ProgrammeReportSchema } from "./programme-report.schemas.ts";

const FILE_NAME = {
  fr: "rapport-programme",
  nl: "programmarapport",
  en: "programme-report",
  de: "programmbericht",
};

const report = defineRoute(["coordinator", "adviser", "viewer"], {
  method: "get",
  path: "/api/organisations/{id}/programme-report",
  tags: ["groups"],
  summary:
    "The organisation's programme report for a period (what funders and the PAPE reporting ask), as JSON or CSV",
  request: { params: IdParam, query: ProgrammeReportQuery },
  responses: {
    // One schema only, so the typed client keeps the JSON's shape; format=csv answers text/csv.
    200: jsonResponse(
      "The report; with format=csv, text/csv for Belgian Excel: a header, then one line per indicator",
      ProgrammeReportSchema,
    ),
    ...problems(400, 401, 403, 404, 422),
  },
});

export const programmeReportRoutes = moduleRouter().openapi(report, async (c) => {
  const { format, ...query } = c.req.valid("query");
  const out = await getProgrammeReport({ ctx: ctxOf(c), organisationId: c.req.valid("param").id, query });
  // Aggregates of personal data: never kept by a browser or proxy cache.
  const noStore = { "cache-control": "no-store" };
  if (format === "json") return c.json(out, 200, noStore);
  const lang = c.get("lang");
  const csv = c.body(programmeReportCsv(out, lang), 200, {
    ...noStore,
    "content-type": CSV_TYPE,
    "content-disposition": `attachment; filename="${FILE_NAME[lang]}-${out.from}-${out.to}.csv"`,
  });
  // The contract types the JSON answer only (a second content type would blur the client's type).
  return csv as unknown as ReturnType<typeof c.json<typeof out, 200>>;
});

import { CSV_TYPE } from "../exports/index.ts";
import { ctxOf, defineRoute, IdParam, jsonResponse, moduleRouter, problems } from "../http/route.ts";
import { BUILDING_READERS } from "./building-access.ts";
import { getBuildingReport } from "./building-report.actions.ts";
import { buildingReportCsv } from "./building-report.csv.ts";
import { BuildingReportQuery, BuildingReportSchema } from "./building-report.schemas.ts";

const FILE_NAME = {
  fr: "rapport-batiment",
  nl: "gebouwrapport",
  en: "building-report",
  de: "gebaeudebericht",
};

const report = defineRoute(BUILDING_READERS, {
  method: "get",
  path: "/api/buildings/{id}/report",
  tags: ["buildings"],
  summary:
    "The building's report for a period: heating, works, alerts, comfort survey, consultations, projects' savings and objectives against their targets; JSON or CSV",
  request: { params: IdParam, query: BuildingReportQuery },
  responses: {
    // One schema only, so the typed client keeps the JSON's shape; format=csv answers text/csv.
    200: jsonResponse(
      "The report; with format=csv, text/csv for Belgian Excel: a header, then one line per indicator",
      BuildingReportSchema,
    ),
    ...problems(400, 401, 403, 404, 422),
  },
});

export const buildingReportRoutes = moduleRouter().openapi(report, async (c) => {
  const { format, ...query } = c.req.valid("query");
  const out = await getBuildingReport({ ctx: ctxOf(c), buildingId: c.req.valid("param").id, query });
  const noStore = { "cache-control": "no-store" };
  if (format === "json") return c.json(out, 200, noStore);
  const lang = c.get("lang");
  const csv = c.body(buildingReportCsv(out, lang), 200, {
    ...noStore,
    "content-type": CSV_TYPE,
    "content-disposition": `attachment; filename="${FILE_NAME[lang]}-${out.building.code.replace(/[^A-Za-z0-9_-]/g, "_")}-${out.from}-${out.to}.csv"`,
  });
  // The contract types the JSON answer only (a second content type would blur the client's type).
  return csv as unknown as ReturnType<typeof c.json<typeof out, 200>>;
});

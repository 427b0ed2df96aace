import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import { authRoutes } from "./auth/auth.routes.ts";
import { loadActor } from "./auth/session-cookie.ts";
import { alertsRoutes } from "./buildings/alerts.routes.ts";
import { buildingImportRoutes } from "./buildings/building-import.routes.ts";
import { buildingReportRoutes } from "./buildings/building-report.routes.ts";
import { buildingRoutes } from "./buildings/buildings.routes.ts";
import { consultationsRoutes } from "./buildings/consultations.routes.ts";
import { costSplitRoutes } from "./buildings/cost-split.routes.ts";
import { dwellingRoutes } from "./buildings/dwellings.routes.ts";
import { indicatorsRoutes } from "./buildings/indicators.routes.ts";
import { occupancyRoutes } from "./buildings/occupancies.routes.ts";
import { portfolioRoutes } from "./buildings/portfolio.routes.ts";
import { projectRoutes } from "./buildings/projects.routes.ts";
import { renovationSavingsRoutes } from "./buildings/renovation-savings.routes.ts";
import { surveyRoutes } from "./buildings/survey.routes.ts";
import { tenantBuildingRoutes } from "./buildings/tenant-building.routes.ts";
import { consumptionRoutes } from "./consumption/consumption.routes.ts";
import { exportRoutes } from "./exports/exports.routes.ts";
import { coachingMarkersRoutes } from "./groups/coaching-markers.routes.ts";
import { commitmentsRoutes } from "./groups/commitments.routes.ts";
import { groupDashboardRoutes } from "./groups/dashboard.routes.ts";
import { groupViewRoutes } from "./groups/group-view.routes.ts";
import { groupsRoutes } from "./groups/groups.routes.ts";
import { handoutRoutes } from "./groups/handout.routes.ts";
import { kitRoutes } from "./groups/kit.routes.ts";
import { programmeReportRoutes } from "./groups/programme-report.routes.ts";
import { sessionsRoutes } from "./groups/sessions.routes.ts";
import { sharedTipsRoutes } from "./groups/shared-tips.routes.ts";
import { visitsRoutes } from "./groups/visits.routes.ts";
import { guardsRoutes } from "./guards/guards.routes.ts";
import { householdRoutes } from "./households/households.routes.ts";
import type { AppConfig, AppEnv } from "./http/context.ts";
import { csrfGuard } from "./http/csrf.ts";
import { AppError, BadRequest, NotFound } from "./http/errors.ts";
import { problemResponse } from "./http/problem.ts";
import { declareAccess } from "./http/route.ts";
import { IMPORTS_PATH, importRoutes } from "./imports/imports.routes.ts";
import { meterRoutes } from "./meters/meters.routes.ts";
import { meterOverviewRoutes } from "./meters/meters-overview.routes.ts";
import { organisationRoutes } from "./organisations/organisations.routes.ts";
import { privacyRoutes } from "./privacy/privacy.routes.ts";
import { billProjectionRoutes } from "./savings/bill-projection.routes.ts";
import { savingsRoutes } from "./savings/savings.routes.ts";
import { settingsRoutes } from "./settings/settings.routes.ts";
import { apiDocs } from "./system/api-docs.ts";
import { systemRoutes } from "./system/system.routes.ts";
import { tipsRoutes } from "./tips/tips.routes.ts";
import { WEATHER_UPLOAD_PATH, weatherRoutes } from "./weather/weather.routes.ts";

/** Largest JSON body an API route accepts; the file uploads set their own. */
const MAX_BODY_BYTES = 1024 * 1024;

import { serveWeb } from "./web-assets.ts";

export interface AppDeps {
  db: Db;
  config: AppConfig;
  log: Logger;
  /** Folder of the built web app; omitted in API-only tests. */
  webDist?: string;
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Preact and Swagger UI set style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function api() {
  return new OpenAPIHono<AppEnv>()
    .route("/", systemRoutes)
    .route("/", authRoutes)
    .route("/", organisationRoutes)
    .route("/", householdRoutes)
    .route("/", meterRoutes)
    .route("/", meterOverviewRoutes)
    .route("/", consumptionRoutes)
    .route("/", savingsRoutes)
    .route("/", billProjectionRoutes)
    .route("/", guardsRoutes)
    .route("/", exportRoutes)
    .route("/", privacyRoutes)
    .route("/", importRoutes)
    .route("/", settingsRoutes)
    .route("/", weatherRoutes)
    .route("/", groupsRoutes)
    .route("/", sessionsRoutes)
    .route("/", handoutRoutes)
    .route("/", commitmentsRoutes)
    .route("/", kitRoutes)
    .route("/", visitsRoutes)
    .route("/", sharedTipsRoutes)
    .route("/", groupViewRoutes)
    .route("/", coachingMarkersRoutes)
    .route("/", groupDashboardRoutes)
    .route("/", programmeReportRoutes)
    .route("/", tipsRoutes)
    .route("/", buildingImportRoutes)
    .route("/", portfolioRoutes)
    .route("/", alertsRoutes)
    .route("/", buildingRoutes)
    .route("/", indicatorsRoutes)
    .route("/", dwellingRoutes)
    .route("/", occupancyRoutes)
    .route("/", costSplitRoutes)
    .route("/", renovationSavingsRoutes)
    .route("/", projectRoutes)
    .route("/", buildingReportRoutes)
    .route("/", tenantBuildingRoutes)
    .route("/", surveyRoutes)
    .route("/", consultationsRoutes);
}

/** The typed-client contract: `web/` imports this type only. */
export type AppType = ReturnType<typeof api>;

export function createApp({ db, config, log, webDist }: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    c.set("db", db);
    c.set("config", config);
    c.set("log", log);
    c.set("lang", "fr");
    c.set("now", config.clock?.() ?? new Date());
    await next();
    if (c.req.path.startsWith("/api/"))
      log.info({
        requestId: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
  });
  app.use(secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }));
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError(413, "request.too_large", { megabytes: MAX_BODY_BYTES / 1024 / 1024 });
    },
  });
  // Reading a GET's (empty) body would still build a full Request object: ~10 % of CPU per request.
  app.use("/api/*", (c, next) =>
    // Smart-meter and weather files are larger: their routes set their own limits.
    c.req.method === "GET" ||
    c.req.method === "HEAD" ||
    IMPORTS_PATH.test(c.req.path) ||
    WEATHER_UPLOAD_PATH.test(c.req.path)
      ? next()
      : limitBody(c, next),
  );
  app.use("/api/*", csrfGuard);
  app.use("/api/*", loadActor);

  app.route("/", api());
  app.route("/", apiDocs);

  declareAccess("GET", "/api/openapi.json", "public");
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Eco-watchers API",
      version: config.version,
      description:
        "Energy-poverty coaching and consumption tracking. Errors are application/problem+json (RFC 9457).",
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "ew_session",
  });

  app.all("/api/*", () => {
    throw new NotFound("route.not_found");
  });
  if (webDist) serveWeb(app, webDist);

  app.onError((error, c) => {
    if (error instanceof AppError) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status === 400)
      return problemResponse(c, new BadRequest("request.malformed_json"));
    c.get("log")?.error({ requestId: c.get("requestId"), err: error }, "unexpected error");
    return problemResponse(c, new AppError(500, "server.error"));
  });
  app.notFound((c) => problemResponse(c, new NotFound("route.not_found")));
  return app;
}

import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import { authRoutes } from "./auth/auth.routes.ts";
import { loadActor } from "./auth/session-cookie.ts";
import { householdRoutes } from "./households/households.routes.ts";
import type { AppConfig, AppEnv } from "./http/context.ts";
import { csrfGuard } from "./http/csrf.ts";
import { AppError, BadRequest, NotFound } from "./http/errors.ts";
import { problemResponse } from "./http/problem.ts";
import { declareAccess } from "./http/route.ts";
import { meterRoutes } from "./meters/meters.routes.ts";
import { organisationRoutes } from "./organisations/organisations.routes.ts";
import { apiDocs } from "./system/api-docs.ts";
import { systemRoutes } from "./system/system.routes.ts";
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
    .route("/", meterRoutes);
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
    maxSize: 1024 * 1024,
    onError: () => {
      throw new BadRequest("request.too_large");
    },
  });
  // Reading a GET's (empty) body would still build a full Request object: ~10 % of CPU per request.
  app.use("/api/*", (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next),
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

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "../http/context.ts";
import { declareAccess } from "../http/route.ts";

// Served from node_modules: the machines running Eco-watchers may have no internet access.
const swaggerDir = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eco-watchers API</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body>
</html>`;

// A separate file rather than an inline script keeps the Content-Security-Policy strict.
const INIT = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs", deepLinking: true });`;

declareAccess("GET", "/api/docs", "public");
declareAccess("GET", "/api/docs/:asset", "public");

export const apiDocs = new Hono<AppEnv>()
  .get("/api/docs", (c) => c.html(PAGE))
  .get("/api/docs/:asset", async (c) => {
    const asset = c.req.param("asset");
    if (asset === "init.js") return c.body(INIT, 200, { "content-type": "text/javascript; charset=utf-8" });
    const type = ASSETS[asset];
    if (!type) return c.notFound();
    const body = await readFile(path.join(swaggerDir, asset));
    return c.body(body, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });

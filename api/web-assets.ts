import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "./http/context.ts";

/** Serves the built web app; any other path gets index.html so client-side routes survive a reload. */
export function serveWeb(app: Hono<AppEnv>, webDist: string): void {
  const indexFile = path.join(webDist, "index.html");
  if (!existsSync(indexFile))
    throw new Error(`The web app is not built: ${indexFile} is missing (run npm run build).`);
  const indexHtml = readFileSync(indexFile, "utf8");
  const root = path.relative(process.cwd(), webDist);
  app.use(
    "/assets/*",
    serveStatic({
      root,
      onFound: (_path, c) => {
        // Vite names assets by content hash: they never change under the same name.
        c.header("cache-control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root }));
  app.get("*", (c) => {
    c.header("cache-control", "no-cache");
    return c.html(indexHtml);
  });
}

import { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { defineRoute, moduleRouter } from "../http/route.ts";

const HealthSchema = z.object({
  status: z.enum(["ok", "error"]),
  db: z.enum(["ok", "error"]),
  version: z.string(),
});

const health = defineRoute("public", {
  method: "get",
  path: "/api/health",
  tags: ["system"],
  summary: "Liveness and database check",
  responses: {
    200: { description: "Healthy", content: { "application/json": { schema: HealthSchema } } },
    503: {
      description: "The database does not answer",
      content: { "application/json": { schema: HealthSchema } },
    },
  },
});

const DB_TIMEOUT_MS = 2000;

async function databaseAnswers(ping: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DB_TIMEOUT_MS);
  });
  try {
    return await Promise.race([ping().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export const systemRoutes = moduleRouter().openapi(health, async (c) => {
  const version = c.get("config").version;
  const ok = await databaseAnswers(() => c.get("db").execute(sql`select 1`));
  return ok
    ? c.json({ status: "ok" as const, db: "ok" as const, version }, 200)
    : c.json({ status: "error" as const, db: "error" as const, version }, 503);
});

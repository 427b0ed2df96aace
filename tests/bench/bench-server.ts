/**
 * Child-process entry of the bench: builds one server (a bare Hono route, or the real app on PGlite or
 * PostgreSQL), listens on 127.0.0.1 on a free port and tells the parent through the IPC channel.
 * Started by server-process.ts with `node --import tsx`; stops on SIGTERM or when the parent goes away.
 */
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import pino from "pino";
import { createApp } from "../../api/app.ts";
import { createDatabase, type Database } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { seedDemo } from "../../seeds/demo.ts";

export type ServerSpec =
  | { app: "bare" }
  /** Bare Hono + one parameterised INSERT per request: the ceiling a write endpoint is compared with. */
  | { app: "one-insert"; db: BenchDb }
  | {
      app: "real";
      db: BenchDb;
      sessionSecret: string;
      /** pino level; the real server logs one line per API request, here to /dev/null. */
      logLevel: string;
    };

type BenchDb = { kind: "pglite" } | { kind: "postgres"; url: string; poolSize: number; gateQueries: boolean };

export type ToParent = { type: "ready"; port: number } | { type: "usage"; id: number; cpuMicros: number };

const send = (message: ToParent) => process.send?.(message);
const spec = JSON.parse(process.env.BENCH_SERVER_SPEC ?? "null") as ServerSpec | null;
if (!spec || !process.send) {
  console.error(
    "bench-server.ts is started by tests/bench/run.ts (it needs BENCH_SERVER_SPEC and an IPC channel)",
  );
  process.exit(2);
}

let database: Database | undefined;
let fetchHandler: (request: Request) => Response | Promise<Response>;
if (spec.app === "bare") {
  const app = new Hono().get("/", (c) => c.json({ ok: true }));
  fetchHandler = app.fetch;
} else if (spec.app === "one-insert") {
  database = await createDatabase(spec.db);
  const db = database.db;
  await db.execute(
    sql`create table if not exists bench_one_insert (id uuid primary key, meter_id uuid not null, read_at timestamptz not null, value numeric(14,3) not null)`,
  );
  const app = new Hono().post("/", async (c) => {
    const b = await c.req.json<{ clientId: string; meterId: string; readAt: string; value: number }>();
    await db.execute(
      sql`insert into bench_one_insert values (${b.clientId}, ${b.meterId}, ${b.readAt}, ${b.value})`,
    );
    return c.json({ ok: true }, 201);
  });
  fetchHandler = app.fetch;
} else {
  database = await createDatabase(spec.db);
  await migrate(database);
  await seedDemo(database.db);
  const version = (
    JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;
  const app = createApp({
    db: database.db,
    config: { sessionSecret: spec.sessionSecret, trustProxy: false, version },
    log: pino({ level: spec.logLevel }, pino.destination("/dev/null")),
  });
  fetchHandler = app.fetch;
}

const server = serve({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" }, (info) =>
  send({ type: "ready", port: info.port }),
);

process.on("message", (message) => {
  const m = message as { type?: string; id?: number };
  if (m.type === "usage") {
    const { user, system } = process.cpuUsage();
    send({ type: "usage", id: m.id ?? 0, cpuMicros: user + system });
  }
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const forced = setTimeout(() => process.exit(1), 5000);
  forced.unref();
  if ("closeAllConnections" in server) server.closeAllConnections();
  server.close();
  // Requests autocannon abandoned at the end of a run are still in flight: let them finish first.
  await new Promise((r) => setTimeout(r, 300));
  await database?.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
// The parent died or closed the channel: do not outlive it.
process.on("disconnect", () => void stop());

/**
 * Child-process entry of the bench: builds one server (a bare Hono route, or the real app on PGlite or
 * PostgreSQL), listens on 127.0.0.1 on a free port and tells the parent through the IPC channel.
 * Started by server-process.ts with `node --import tsx`; stops on SIGTERM or when the parent goes away.
 */
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pino from "pino";
import { createApp } from "../../api/app.ts";
import { createDatabase, type Database } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { seedDemo } from "../../seeds/demo.ts";

export type ServerSpec =
  | { app: "bare" }
  | {
      app: "real";
      db: { kind: "pglite" } | { kind: "postgres"; url: string; poolSize: number; gateQueries: boolean };
      sessionSecret: string;
      /** pino level; the real server logs one line per API request, here to /dev/null. */
      logLevel: string;
    };

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
  await database?.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
// The parent died or closed the channel: do not outlive it.
process.on("disconnect", () => void stop());

import type { ServerSpec } from "./bench-server.ts";
import { type LoadResult, runLoad } from "./load.ts";
import { type ServerHandle, startServer } from "./server-process.ts";
import { headersFor } from "./session.ts";

export interface CeilingOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Fresh bench database on PostgreSQL, if one is available. */
  postgresUrl?: string;
  poolSize: number;
  sessionSecret: string;
  logLevel: string;
  onRow?: (row: CeilingRow) => void;
}

export interface CeilingRow {
  label: string;
  path: string;
  database: "none" | "PGlite" | "PostgreSQL";
  load: LoadResult;
  /** CPU the server process used during the measured run, in % of one core. */
  serverCpuPercent: number;
  /** requests/s divided by the bare route's, measured in the same run. */
  vsBare: number;
}

/** Bare Hono JSON route first (the baseline), then /api/health and /api/me of the real app on each database. */
export async function runCeiling(o: CeilingOptions): Promise<CeilingRow[]> {
  const rows: CeilingRow[] = [];
  let bare = Number.NaN;
  const add = (row: Omit<CeilingRow, "vsBare">) => {
    if (rows.length === 0) bare = row.load.requestsPerSecond;
    const full = { ...row, vsBare: row.load.requestsPerSecond / bare };
    rows.push(full);
    o.onRow?.(full);
  };

  await withServer({ app: "bare" }, async (server) => {
    add({
      label: "bare Hono JSON route (baseline)",
      path: "/",
      database: "none",
      ...(await measure(o, server, "/")),
    });
  });

  const databases: Array<[CeilingRow["database"], ServerSpec]> = [
    ["PGlite", { app: "real", db: { kind: "pglite" }, sessionSecret: o.sessionSecret, logLevel: o.logLevel }],
  ];
  if (o.postgresUrl)
    databases.push([
      "PostgreSQL",
      {
        app: "real",
        db: { kind: "postgres", url: o.postgresUrl, poolSize: o.poolSize, gateQueries: true },
        sessionSecret: o.sessionSecret,
        logLevel: o.logLevel,
      },
    ]);
  for (const [database, spec] of databases) {
    await withServer(spec, async (server) => {
      for (const path of ["/api/health", "/api/me"]) {
        const label = `app GET ${path} · ${database}${database === "PostgreSQL" ? ` (gated, pool ${o.poolSize})` : ""}`;
        add({ label, path, database, ...(await measure(o, server, path)) });
      }
    });
  }
  return rows;
}

export async function withServer<T>(
  spec: ServerSpec,
  body: (server: ServerHandle) => Promise<T>,
): Promise<T> {
  const server = await startServer(spec);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

/** A short warm-up (JIT, connection pool), then the measured run with the server's CPU time around it. */
export async function measure(
  o: { connections: number; seconds: number; warmupSeconds: number },
  server: ServerHandle,
  path: string,
  perSecond = false,
  /** For writes: the headers (session) and a fresh body per request. */
  request?: { headers: Record<string, string>; nextRequest: () => { path: string; body: string } },
): Promise<{ load: LoadResult; serverCpuPercent: number }> {
  const url = `${server.origin}${path}`;
  const headers = request?.headers ?? (await headersFor(server.origin, path));
  const nextRequest = request?.nextRequest;
  if (o.warmupSeconds > 0)
    await runLoad({ url, headers, nextRequest, connections: o.connections, seconds: o.warmupSeconds });
  // Let the warm-up's queues drain before the measured run starts.
  await new Promise((r) => setTimeout(r, 500));
  const cpu0 = await server.cpuMs();
  const t0 = performance.now();
  const probe = perSecond ? () => server.cpuMs() : undefined;
  const load = await runLoad({
    url,
    headers,
    nextRequest,
    connections: o.connections,
    seconds: o.seconds,
    perSecond,
    probe,
  });
  const serverCpuPercent = (((await server.cpuMs()) - cpu0) / (performance.now() - t0)) * 100;
  return { load, serverCpuPercent };
}

import { randomUUID } from "node:crypto";
import type { ServerSpec } from "./bench-server.ts";
import { type CeilingRow, measure, withServer } from "./http-ceiling.ts";
import type { ServerHandle } from "./server-process.ts";
import { signIn } from "./session.ts";

export interface PostReadingOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  postgresUrl?: string;
  poolSize: number;
  sessionSecret: string;
  logLevel: string;
  onRow?: (row: CeilingRow) => void;
}

/** Meters written to in turn: no two in-flight requests lock the same meter, as with real households. */
const METERS = 200;
const FIRST_DAY_MS = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;

/**
 * POST /api/meters/{id}/readings (session, consent gate, the rules over the meter's history, the
 * version-checked insert) against its ceiling: bare Hono parsing the same JSON and running one INSERT,
 * on the same database, in the same run. Each meter gets one reading a day, 10 kWh apart: every write
 * passes. Between them, the app's GET /api/health (its middleware and `select 1`, no session) shows
 * the floor any route of the app stands on.
 */
export async function runPostReading(o: PostReadingOptions): Promise<CeilingRow[]> {
  const rows: CeilingRow[] = [];
  const databases: Array<[CeilingRow["database"], DbSpec]> = [["PGlite", { kind: "pglite" }]];
  if (o.postgresUrl)
    databases.push([
      "PostgreSQL",
      { kind: "postgres", url: o.postgresUrl, poolSize: o.poolSize, gateQueries: true },
    ]);
  for (const [database, db] of databases) {
    let ceiling = Number.NaN;
    const add = (row: Omit<CeilingRow, "vsBare">) => {
      if (Number.isNaN(ceiling)) ceiling = row.load.requestsPerSecond;
      const full = { ...row, vsBare: row.load.requestsPerSecond / ceiling };
      rows.push(full);
      o.onRow?.(full);
    };
    await withServer({ app: "one-insert", db }, async (server) => {
      const meterId = randomUUID();
      let i = 0;
      const nextRequest = () => ({ path: "/", body: JSON.stringify(readingBody(i++, meterId)) });
      add({
        label: `ceiling: Hono + one INSERT · ${database}`,
        path: "POST /",
        database,
        ...(await measure(o, server, "/", false, { headers: JSON_HEADERS, nextRequest })),
      });
    });
    const spec = { app: "real", db, sessionSecret: o.sessionSecret, logLevel: o.logLevel } as const;
    await withServer(spec, async (server) => {
      const cookie = await signIn(server.origin);
      const meters = await createMeters(server, cookie);
      let i = 0;
      const nextRequest = () => {
        const n = i++;
        const meterId = meters[n % meters.length] as string;
        const { meterId: _id, ...body } = readingBody(Math.floor(n / meters.length), meterId);
        return { path: `/api/meters/${meterId}/readings`, body: JSON.stringify(body) };
      };
      add({
        label: `app GET /api/health (middleware + select 1) · ${database}`,
        path: "/api/health",
        database,
        ...(await measure(o, server, "/api/health")),
      });
      add({
        label: `app POST /api/meters/{id}/readings · ${database}`,
        path: "POST /api/meters/{id}/readings",
        database,
        ...(await measure(o, server, "/", false, { headers: { ...JSON_HEADERS, cookie }, nextRequest })),
      });
    });
  }
  return rows;
}

type DbSpec = Extract<ServerSpec, { app: "one-insert" }>["db"];
const JSON_HEADERS = { "content-type": "application/json" };

/** The k-th reading of a meter: day k after 2020-01-01, index 10·k kWh. */
function readingBody(k: number, meterId: string) {
  const readAt = new Date(FIRST_DAY_MS + (k + 1) * DAY_MS).toISOString().slice(0, 10);
  return { meterId, readAt, value: (k + 1) * 10, clientId: randomUUID() };
}

async function createMeters(server: ServerHandle, cookie: string): Promise<string[]> {
  const headers = { ...JSON_HEADERS, cookie };
  const res = await fetch(`${server.origin}/api/households`, { headers });
  const households = (await res.json()) as Array<{ id: string }>;
  if (res.status !== 200 || !households.length) throw new Error(`GET /api/households answered ${res.status}`);
  const ids: string[] = [];
  for (let m = 0; m < METERS; m++) {
    const household = households[m % households.length] as { id: string };
    const created = await fetch(`${server.origin}/api/households/${household.id}/meters`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        kind: "electricity",
        name: `Bench ${m}`,
        startedAt: "2020-01-01",
        startIndex: 0,
      }),
    });
    const body = (await created.json()) as { id?: string };
    if (created.status !== 201 || !body.id)
      throw new Error(`creating a bench meter answered ${created.status}`);
    ids.push(body.id);
  }
  return ids;
}

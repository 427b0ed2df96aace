/**
 * `npm run bench`: HTTP ceiling, PostgreSQL soak (gated vs ungated), login-page bundle size, and the
 * smart-meter import and consumption reads.
 * Tables go to stdout, progress to stderr, everything to tests/bench/results/latest.json.
 * Servers run in child processes (bench-server.ts); autocannon runs here, on 127.0.0.1 only.
 *
 * Environment (defaults): BENCH_PARTS (bundle,ceiling,write,soak,smartmeter,savings,portfolio), BENCH_CONNECTIONS (50), BENCH_SECONDS (10, each
 * ceiling run), BENCH_WARMUP_SECONDS (3), BENCH_SOAK_SECONDS (300, gated), BENCH_UNGATED_SECONDS (120),
 * BENCH_SLICE_SECONDS (30), BENCH_POOL_SIZE (10), BENCH_SOAK_PATH (/api/health or /api/me),
 * BENCH_LOG_LEVEL (info, written to /dev/null), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres
 * if it answers; "off" skips PostgreSQL), BENCH_SERVER_NODE_ARGS (extra node flags for the server, e.g. --cpu-prof),
 * BENCH_IMPORT_RUNS (5, smart-meter imports timed), BENCH_CONSUMPTION_REQUESTS (50 per window).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { type BundleResult, measureBundle } from "./bundle-size.ts";
import { type CeilingRow, runCeiling } from "./http-ceiling.ts";
import { stopAllLoad } from "./load.ts";
import {
  answers,
  type BenchDatabase,
  createBenchDatabase,
  DEFAULT_BENCH_DATABASE_URL,
} from "./pg-database.ts";
import { runPortfolioPart } from "./portfolio-bench.ts";
import { runPostReading } from "./post-reading.ts";
import { bundleTable, ceilingTable, soakTable } from "./report.ts";
import { runSavingsBench, type SavingsBenchRow, savingsTable } from "./savings-bench.ts";
import { stopAllServers } from "./server-process.ts";
import { runSmartMeterBench, type SmartMeterResult, smartMeterTables } from "./smart-meter-bench.ts";
import { runSoak, type SoakResult } from "./soak.ts";

function num(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got ${raw})`);
  return value;
}

const parts = new Set(
  (process.env.BENCH_PARTS || "bundle,ceiling,write,soak,smartmeter,savings,portfolio").split(","),
);
const config = {
  connections: num("BENCH_CONNECTIONS", 50, 1, 1000),
  ceilingSeconds: num("BENCH_SECONDS", 10, 1, 600),
  warmupSeconds: num("BENCH_WARMUP_SECONDS", 3, 0, 60),
  soakSeconds: num("BENCH_SOAK_SECONDS", 300, 10, 3600),
  ungatedSeconds: num("BENCH_UNGATED_SECONDS", 120, 10, 3600),
  sliceSeconds: num("BENCH_SLICE_SECONDS", 30, 1, 600),
  poolSize: num("BENCH_POOL_SIZE", 10, 1, 100),
  soakPath: process.env.BENCH_SOAK_PATH || "/api/health",
  logLevel: process.env.BENCH_LOG_LEVEL || "info",
  parts: [...parts],
};
if (!["/api/health", "/api/me"].includes(config.soakPath))
  throw new Error("BENCH_SOAK_PATH: /api/health or /api/me");

const progress = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
let database: BenchDatabase | undefined;
let cleaning: Promise<void> | undefined;
const cleanup = () => {
  cleaning ??= (async () => {
    stopAllLoad();
    await stopAllServers();
    if (database) {
      progress(`dropping database ${database.name}`);
      await database.drop();
    }
  })();
  return cleaning;
};
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    interrupted = true;
    progress(`${signal}: stopping servers and dropping the bench database`);
    void cleanup().finally(() => process.exit(130));
  });

const results: {
  meta: Record<string, unknown>;
  bundle?: BundleResult;
  ceiling?: CeilingRow[];
  write?: CeilingRow[];
  soak?: SoakResult;
  smartMeter?: SmartMeterResult;
  savings?: SavingsBenchRow[];
  portfolio?: Awaited<ReturnType<typeof runPortfolioPart>>;
  skipped: string[];
  error?: string;
} = { meta: {}, skipped: [] };

async function main() {
  results.meta = {
    startedAt: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtStart: os.loadavg(),
    config,
  };
  const explicitUrl = process.env.BENCH_DATABASE_URL;
  const adminUrl = explicitUrl || DEFAULT_BENCH_DATABASE_URL;
  const wantPostgres =
    explicitUrl !== "off" &&
    (parts.has("ceiling") ||
      parts.has("write") ||
      parts.has("soak") ||
      parts.has("smartmeter") ||
      parts.has("portfolio"));
  if (wantPostgres && (await answers(adminUrl))) {
    database = await createBenchDatabase(adminUrl);
    progress(`PostgreSQL: fresh database ${database.name}`);
  } else if (wantPostgres && explicitUrl) {
    throw new Error(`BENCH_DATABASE_URL does not answer: ${explicitUrl}`);
  } else if (wantPostgres) {
    results.skipped.push(`PostgreSQL (nothing answers at ${adminUrl}; set BENCH_DATABASE_URL)`);
  }
  const sessionSecret = randomBytes(32).toString("base64url");

  if (parts.has("bundle")) {
    progress("bundle: gzip -9 of the login page's JS");
    results.bundle = await measureBundle();
  }
  if (parts.has("ceiling")) {
    progress(`HTTP ceiling: ${config.connections} connections, ${config.ceilingSeconds} s each`);
    const rows: CeilingRow[] = [];
    results.ceiling = rows; // filled row by row, so a failure still reports what was measured
    await runCeiling({
      connections: config.connections,
      seconds: config.ceilingSeconds,
      warmupSeconds: config.warmupSeconds,
      postgresUrl: database?.url,
      poolSize: config.poolSize,
      sessionSecret,
      logLevel: config.logLevel,
      onRow: (r) => {
        rows.push(r);
        progress(`  ${r.label}: ${Math.round(r.load.requestsPerSecond)} req/s`);
      },
    });
  }
  if (parts.has("write")) {
    progress(
      `POST reading vs Hono + one INSERT: ${config.connections} connections, ${config.ceilingSeconds} s each`,
    );
    const rows: CeilingRow[] = [];
    results.write = rows;
    await runPostReading({
      connections: config.connections,
      seconds: config.ceilingSeconds,
      warmupSeconds: config.warmupSeconds,
      postgresUrl: database?.url,
      poolSize: config.poolSize,
      sessionSecret,
      logLevel: config.logLevel,
      onRow: (r) => {
        rows.push(r);
        progress(`  ${r.label}: ${Math.round(r.load.requestsPerSecond)} req/s`);
      },
    });
  }
  if (parts.has("soak") && database) {
    results.soak = await runSoak({
      postgresUrl: database.url,
      path: config.soakPath,
      connections: config.connections,
      poolSize: config.poolSize,
      gatedSeconds: config.soakSeconds,
      ungatedSeconds: config.ungatedSeconds,
      sliceSeconds: config.sliceSeconds,
      warmupSeconds: config.warmupSeconds,
      sessionSecret,
      logLevel: config.logLevel,
      onProgress: progress,
    });
  } else if (parts.has("soak")) results.skipped.push("soak (needs PostgreSQL)");
  if (parts.has("smartmeter")) {
    results.smartMeter = { imports: [], consumption: [] };
    await runSmartMeterBench({
      postgresUrl: database?.url,
      importRuns: num("BENCH_IMPORT_RUNS", 5, 1, 100),
      requests: num("BENCH_CONSUMPTION_REQUESTS", 50, 5, 10_000),
      onProgress: progress,
      result: results.smartMeter,
    });
  }
  if (parts.has("savings")) {
    const buildings = num("BENCH_SAVINGS_BUILDINGS", 2000, 10, 100_000);
    progress(`savings engine: one household, then ${buildings} buildings with daily data`);
    results.savings = runSavingsBench({ buildings });
  }
  if (parts.has("portfolio"))
    results.portfolio = await runPortfolioPart({ postgresUrl: database?.url, onProgress: progress });
  results.meta.loadAverageAtEnd = os.loadavg();
  results.meta.finishedAt = new Date().toISOString();
}

function print() {
  const c = config;
  const out: string[] = [
    `# Eco-watchers bench — ${results.meta.startedAt} (${results.meta.commit ?? "?"})`,
    "",
  ];
  out.push(
    `Node ${process.version}, ${os.cpus().length} cores; servers in a child process, autocannon in this one, ` +
      `PostgreSQL on the same cores. Load average at start ${fmtLoad(results.meta.loadAverageAtStart)}, ` +
      `at end ${fmtLoad(results.meta.loadAverageAtEnd)} (above ~0.5 at start means someone else is busy).`,
    "",
  );
  if (results.ceiling) {
    out.push(
      `## HTTP ceiling (${c.connections} connections, ${c.ceilingSeconds} s each after ${c.warmupSeconds} s warm-up; ` +
        `app logs at "${c.logLevel}" to /dev/null)`,
      "",
      ceilingTable(results.ceiling),
      "",
    );
  }
  if (results.write) {
    out.push(
      `## Writing a reading (${c.connections} connections, ${c.ceilingSeconds} s each; "vs bare" = vs Hono + one INSERT ` +
        "on the same database; goal ≥ 0.50)",
      "",
      ceilingTable(results.write),
      "",
    );
  }
  if (results.soak) {
    out.push(
      `## Soak on PostgreSQL: GET ${results.soak.path}, ${c.connections} connections, pool ${c.poolSize} ` +
        `(gated ${c.soakSeconds} s, ungated ${c.ungatedSeconds} s, req/s per ${c.sliceSeconds} s slice)`,
      "",
      soakTable(results.soak),
      "",
      "µs CPU/req is the server process's CPU time per request: other processes on the machine lower req/s " +
        "but not this, while postgres.js's queue problem raises it. /api/health is the default endpoint: its " +
        "`select 1` has no parameters, so postgres.js pipelines it onto busy connections (the path whose queue " +
        "grows); /api/me's parameterised queries wait in another queue and barely show the problem.",
      "",
    );
  }
  if (results.smartMeter) out.push(...smartMeterTables(results.smartMeter));
  if (results.savings)
    out.push(
      "## Savings engine vs one bare least-squares fit on the same data",
      "",
      savingsTable(results.savings),
      "",
    );
  if (results.portfolio) out.push(...results.portfolio.lines);
  if (results.bundle) {
    out.push(
      `## Login page JS (web/dist${results.bundle.built ? ", built for this run" : ""}; budget is a fixed figure)`,
      "",
      bundleTable(results.bundle),
      "",
    );
  }
  for (const s of results.skipped) out.push(`Skipped: ${s}`);
  console.log(out.join("\n"));
}

const fmtLoad = (v: unknown) => (Array.isArray(v) ? v.map((x: number) => x.toFixed(2)).join(" / ") : "–");

function gitCommit(): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

function save() {
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  progress(`results written to tests/bench/results/latest.json`);
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  results.error = String(error);
  if (!interrupted) console.error(error);
} finally {
  await cleanup();
}
if (
  !failed ||
  results.ceiling ||
  results.write ||
  results.soak ||
  results.bundle ||
  results.smartMeter ||
  results.savings ||
  results.portfolio
) {
  print();
  save();
}
process.exit(failed ? 1 : 0);

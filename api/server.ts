import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import pino from "pino";
import { createDatabase } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_PIN, seedDemo } from "../seeds/demo.ts";
import { readReferenceTips, seedReferenceTips } from "../seeds/reference-tips.ts";
import { seedReferenceWeather } from "../seeds/reference-weather.ts";
import { createApp } from "./app.ts";
import { type Config, ConfigError, loadConfig } from "./env.ts";
import { ensureWebBuilt } from "./web-build.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string })
  .version;

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = configOrExit();
const log = pino({ level: config.logLevel });
const database = await createDatabase(
  config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl, poolSize: config.dbPoolSize }
    : { kind: "pglite", dataDir: path.join(config.dataDir, "pglite") },
);
await migrate(database);
// Platform reference data (stations, degree-days), demo or not.
await seedReferenceWeather(database.db);
await seedReferenceTips(database.db, readReferenceTips());
if (config.demo) await seedDemo(database.db);
const webDist = path.join(root, "web", "dist");
ensureWebBuilt({ root, distDir: webDist, log });

const app = createApp({
  db: database.db,
  config: { sessionSecret: config.sessionSecret, trustProxy: config.trustProxy, version },
  log,
  webDist,
});
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${info.port}`;
  const storage =
    database.driver === "pglite" ? `PGlite in ${path.join(config.dataDir, "pglite")}` : "PostgreSQL";
  console.log(`\nEco-watchers ${version} is running at ${url}  (database: ${storage})`);
  if (config.demo) {
    console.log(`\nDemo logins (password "${DEMO_PASSWORD}"):`);
    for (const email of DEMO_LOGINS.staff) console.log(`  ${email}`);
    console.log(
      `Households: ${DEMO_LOGINS.households[0]} … ${DEMO_LOGINS.households.at(-1)} with PIN ${DEMO_PIN}`,
    );
    console.log(`Tenants of Logis Démo (Cité du Parc): LOGIS-A1 … LOGIS-F1 with PIN ${DEMO_PIN}\n`);
  }
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  server.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { createDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { seedReferenceWeather } from "../../seeds/reference-weather.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: a dump of a migrated data directory each test file loads (booting + migrating takes seconds). */
    pgliteTemplateFile: string;
    /** PostgreSQL: a migrated database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run and loads the platform reference data, as `npm start` does; every test file
 * then starts from a copy of that template.
 */
export default async function setup(project: TestProject) {
  if (project.config.env?.TEST_DB === "postgres") return setupPostgres(project);
  const dir = await mkdtemp(path.join(tmpdir(), "ecow-pglite-"));
  const database = await createDatabase({ kind: "pglite" });
  await migrate(database);
  await seedReferenceWeather(database.db);
  const dump = await database.dump?.();
  await database.close();
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await (dump as Blob).arrayBuffer()));
  project.provide("pgliteTemplateFile", file);
  project.provide("postgresTemplate", "");
  return () => rm(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL as string;
  const template = `ecow_template_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const database = await createDatabase({ kind: "postgres", url: withDatabase(url, template), poolSize: 1 });
  await migrate(database);
  await seedReferenceWeather(database.db);
  await database.close();
  project.provide("postgresTemplate", template);
  project.provide("pgliteTemplateFile", "");
  return async () => {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

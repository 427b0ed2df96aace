import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { inject } from "vitest";
import { createDatabase, type Database } from "../../db/client.ts";

export type TestDatabase = Database & { kind: "pglite" | "postgres" };

/** A fresh, migrated database owned by one test file: PGlite in memory, or a PostgreSQL database it drops. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DB === "postgres") return createPostgresCopy();
  const dump = await readFile(inject("pgliteTemplateFile"));
  const database = await createDatabase({ kind: "pglite", loadDataDir: new Blob([dump]) });
  return { ...database, kind: "pglite" };
}

async function createPostgresCopy(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL as string;
  const name = `ecow_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  // Two files copying the template at the same instant can collide; the copy itself is quick.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`create database ${name} template ${inject("postgresTemplate")}`);
      break;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes("being accessed by other users")) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await createDatabase({ kind: "postgres", url: u.toString(), poolSize: 4 });
  return {
    ...database,
    kind: "postgres",
    async close() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { gateClient } from "./gate.ts";
import { withStatementCache } from "./pglite-statements.ts";
import * as schema from "./schema/index.ts";

/** One drizzle type for both drivers: modules never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbTarget =
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      /** Benchmarks only: false hands every query straight to postgres.js, to show the decay the gate prevents. */
      gateQueries?: boolean;
    }
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob };

export interface Database {
  db: Db;
  driver: "postgres" | "pglite";
  close(): Promise<void>;
  /** PGlite only: a snapshot of the data directory, used to clone a migrated template in tests. */
  dump?(): Promise<Blob>;
}

export async function createDatabase(target: DbTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const poolSize = target.poolSize ?? 10;
    const sql = postgres(target.url, { max: poolSize, onnotice: () => {} });
    const client = target.gateQueries === false ? sql : gateClient(sql, poolSize);
    const db = drizzlePostgres({ client, schema }) as unknown as Db;
    return { db, driver: "postgres", close: () => sql.end({ timeout: 5 }) };
  }
  const client = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.loadDataDir });
  const db = drizzlePglite({ client: withStatementCache(client), schema }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    close: () => client.close(),
    dump: () => client.dumpDataDir("none") as Promise<Blob>,
  };
}

import { randomBytes } from "node:crypto";
import postgres from "postgres";

export const DEFAULT_BENCH_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1", ""]);

export interface BenchDatabase {
  /** URL of the fresh database the bench owns. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Whether the server answers within a few seconds (a default URL that does not answer skips PostgreSQL). */
export async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Creates `ecow_bench_<random>` next to the database of `adminUrl`; drop() removes it even if clients remain. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const host = new URL(adminUrl).hostname;
  if (!LOOPBACK.has(host))
    throw new Error(`BENCH_DATABASE_URL must point at this machine (got host ${host})`);
  const name = `ecow_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  let dropped = false;
  return {
    url: u.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end({ timeout: 2 });
      }
    },
  };
}

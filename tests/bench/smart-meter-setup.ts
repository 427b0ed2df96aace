import type { Ctx } from "../../api/http/context.ts";
import { createDatabase, type Database } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { meters } from "../../db/schema/index.ts";
import { makeHousehold, makeOrganisation } from "../factories/index.ts";

export type BenchTarget = { database: "PGlite" } | { database: "PostgreSQL"; url: string };

/** A migrated database: PGlite in memory, or the bench's own PostgreSQL database. */
export async function openDatabase(target: BenchTarget): Promise<Database> {
  const database =
    target.database === "PGlite"
      ? await createDatabase({ kind: "pglite" })
      : await createDatabase({ kind: "postgres", url: target.url, poolSize: 4 });
  await migrate(database);
  return database;
}

/** A household of a fresh organisation, acting as itself (it may import for its own meters). */
export async function benchHousehold(database: Database, now: Date) {
  const { db } = database;
  const org = await makeOrganisation(db);
  const household = await makeHousehold(db, { organisationId: org.id });
  const ctx: Ctx = {
    db,
    orgId: org.id,
    now,
    actor: {
      userId: household.userId as string,
      sessionTokenHash: "",
      isPlatformAdmin: false,
      language: "fr",
      activeOrganisationId: org.id,
      role: "household",
      householdId: household.id,
    },
  };
  async function newMeter(
    kind: "electricity" | "gas",
    registers: Array<"day" | "night" | "single">,
    startedAt: Date,
  ) {
    const [row] = await db
      .insert(meters)
      .values({
        organisationId: org.id,
        householdId: household.id,
        kind,
        name: kind,
        icon: kind,
        registers,
        gasType: kind === "gas" ? "H" : null,
        startedAt,
      })
      .returning({ id: meters.id });
    return (row as { id: string }).id;
  }
  return { ctx, household, newMeter };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

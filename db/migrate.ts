import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client.ts";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies the committed drizzle-kit migrations; both drivers share `drizzle.__drizzle_migrations`. */
export async function migrate(database: Database): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the two migrators want their own driver's type.
  const db = database.db as any;
  if (database.driver === "pglite") await migratePglite(db, { migrationsFolder });
  else await migratePostgres(db, { migrationsFolder });
}

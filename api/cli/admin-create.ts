import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { createDatabase } from "../../db/client.ts";
import { migrate } from "../../db/migrate.ts";
import { users } from "../../db/schema/index.ts";
import { hashSecret, normaliseEmail } from "../auth/index.ts";
import { ConfigError, loadConfig } from "../env.ts";

/** Creates (or promotes) a platform administrator: `npm run admin:create -- --email … [--password …]`. */
async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  });
  const email = z.email().safeParse(values.email ?? "");
  if (!email.success)
    return fail("Give a valid e-mail address: npm run admin:create -- --email you@example.org");
  const password = values.password ?? (await askPassword());
  if (password.length < 10) return fail("The password must be at least 10 characters long.");

  const config = loadConfig();
  const database = await createDatabase(
    config.databaseUrl
      ? { kind: "postgres", url: config.databaseUrl }
      : { kind: "pglite", dataDir: path.join(config.dataDir, "pglite") },
  );
  try {
    await migrate(database);
    const address = normaliseEmail(email.data);
    const secretHash = await hashSecret(password);
    const [existing] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, address));
    if (existing)
      await database.db
        .update(users)
        .set({ isPlatformAdmin: true, secretHash })
        .where(eq(users.id, existing.id));
    else
      await database.db
        .insert(users)
        .values({ email: address, secretHash, displayName: values.name ?? address, isPlatformAdmin: true });
    console.log(`${existing ? "Promoted" : "Created"} platform administrator ${address}.`);
  } finally {
    await database.close();
  }
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) return fail("No --password given and no terminal to ask for one.");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: readline echoes through _writeToOutput.
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  const question = "Password (at least 10 characters): ";
  out._writeToOutput = (s: string) => out.output.write(s.startsWith(question) ? question : "");
  const answer = await rl.question(question);
  rl.close();
  process.stdout.write("\n");
  return answer;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((error) => {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
});

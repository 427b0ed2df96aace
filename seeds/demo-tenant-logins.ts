import { and, eq, isNull } from "drizzle-orm";
import { hashSecret } from "../api/auth/index.ts";
import type { Db } from "../db/client.ts";
import { dwellings, households, memberships, users } from "../db/schema/index.ts";

/**
 * Logis Démo's tenants (the households living in a dwelling today, e.g. LOGIS-A1 of Cité du Parc)
 * get a household account that signs in with their code and the demo PIN, like the CPAS's DEMO-01…10.
 * A household that moved out (LOGIS-A1-OLD) gets none. Only what is missing is added.
 */
export async function seedDemoTenantLogins(
  db: Db,
  { organisationId, pin }: { organisationId: string; pin: string },
) {
  const tenants = await db
    .select({ id: households.id, pseudonym: households.pseudonym })
    .from(households)
    .innerJoin(dwellings, eq(dwellings.householdId, households.id))
    .where(
      and(
        eq(households.organisationId, organisationId),
        isNull(households.userId),
        isNull(households.erasedAt),
      ),
    );
  if (tenants.length === 0) return;
  // One hash for all: argon2id is slow on purpose.
  const pinHash = await hashSecret(pin);
  await db.transaction(async (tx) => {
    for (const tenant of tenants) {
      const [user] = await tx
        .insert(users)
        .values({ secretHash: pinHash, displayName: tenant.pseudonym })
        .returning({ id: users.id });
      const userId = (user as { id: string }).id;
      await tx.insert(memberships).values({ organisationId, userId, role: "household" });
      await tx.update(households).set({ userId }).where(eq(households.id, tenant.id));
    }
  });
}

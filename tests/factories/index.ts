import { randomUUID } from "node:crypto";
import { hashSecret } from "../../api/auth/index.ts";
import type { Role } from "../../api/http/context.ts";
import type { Db } from "../../db/client.ts";
import { households, memberships, organisations, users } from "../../db/schema/index.ts";

export const TEST_PASSWORD = "correct horse battery";
export const TEST_PIN = "4321";

let passwordHash: Promise<string> | undefined;
let pinHash: Promise<string> | undefined;

export async function makeOrganisation(db: Db, overrides: Partial<typeof organisations.$inferInsert> = {}) {
  const slug = overrides.slug ?? `org-${randomUUID().slice(0, 8)}`;
  const [org] = await db
    .insert(organisations)
    .values({ name: `Organisation ${slug}`, kind: "cpas", ...overrides, slug })
    .returning();
  return org as NonNullable<typeof org>;
}

/** A staff account (or platform admin) with TEST_PASSWORD, member of `organisationId` with `role`. */
export async function makeUser(
  db: Db,
  {
    organisationId,
    role,
    ...overrides
  }: Partial<typeof users.$inferInsert> & { organisationId?: string; role?: Role } = {},
) {
  passwordHash ??= hashSecret(TEST_PASSWORD);
  const email = (overrides.email ?? `${randomUUID().slice(0, 8)}@test.example`).toLowerCase();
  const [user] = await db
    .insert(users)
    .values({ displayName: email, secretHash: await passwordHash, ...overrides, email })
    .returning();
  const created = user as NonNullable<typeof user>;
  if (organisationId && role)
    await db.insert(memberships).values({ organisationId, userId: created.id, role });
  return created;
}

/** A household of `organisationId` that signs in with its code and TEST_PIN. */
export async function makeHousehold(
  db: Db,
  { organisationId, code }: { organisationId: string; code?: string },
) {
  pinHash ??= hashSecret(TEST_PIN);
  const [user] = await db
    .insert(users)
    .values({ displayName: "Ménage test", secretHash: await pinHash })
    .returning({ id: users.id });
  const userId = (user as { id: string }).id;
  await db.insert(memberships).values({ organisationId, userId, role: "household" });
  const [household] = await db
    .insert(households)
    .values({
      organisationId,
      userId,
      code: code ?? `T-${randomUUID().slice(0, 6).toUpperCase()}`,
      pseudonym: "Ménage test",
    })
    .returning();
  return household as NonNullable<typeof household>;
}

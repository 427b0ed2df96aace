import { eq } from "drizzle-orm";
import { hashSecret } from "../api/auth/index.ts";
import type { Db, Tx } from "../db/client.ts";
import { households, memberships, organisations, users } from "../db/schema/index.ts";
import { seedDemoBuildings } from "./demo-buildings.ts";
import { seedDemoGroups } from "./demo-groups.ts";
import { seedDemoMeters } from "./demo-meters.ts";
import { seedDemoSettings } from "./demo-settings.ts";
import { seedDemoSmartMeter } from "./demo-smart-meter.ts";
import { seedDemoTenantLogins } from "./demo-tenant-logins.ts";

export const DEMO_PASSWORD = "ecowatchers-demo";
export const DEMO_PIN = "1234";

type Role = "coordinator" | "adviser" | "housing_manager";
const STAFF: Array<{ email: string; name: string; org: "cpas" | "logis" | null; role?: Role; admin?: true }> =
  [
    { email: "admin@demo.example", name: "Admin Démo", org: null, admin: true },
    {
      email: "coordination@cpas.demo.example",
      name: "Claire Coordination",
      org: "cpas",
      role: "coordinator",
    },
    { email: "conseil1@cpas.demo.example", name: "Karim Conseil", org: "cpas", role: "adviser" },
    { email: "conseil2@cpas.demo.example", name: "Sofie Raad", org: "cpas", role: "adviser" },
    { email: "gestion@logis.demo.example", name: "Marc Gestion", org: "logis", role: "housing_manager" },
  ];

// Fictional pseudonyms; households choose how they want to be called in the group.
const HOUSEHOLD_NAMES = [
  "Famille Soleil",
  "Madame Tilleul",
  "Monsieur Rivière",
  "Famille Érable",
  "Madame Colline",
  "Famille Lumière",
  "Monsieur Brise",
  "Madame Jonquille",
  "Famille Horizon",
  "Monsieur Châtaigne",
];

export const DEMO_LOGINS = {
  staff: STAFF.map((s) => s.email),
  households: HOUSEHOLD_NAMES.map((_, i) => `DEMO-${String(i + 1).padStart(2, "0")}`),
};

/** Creates what is missing of the demo and leaves what exists alone: safe to run at every start. */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<void> {
  const existing = await db.select({ email: users.email }).from(users);
  const haveEmail = new Set(existing.map((u) => u.email));
  const haveCodes = new Set((await db.select({ code: households.code }).from(households)).map((h) => h.code));
  const allPresent =
    STAFF.every((s) => haveEmail.has(s.email)) && DEMO_LOGINS.households.every((c) => haveCodes.has(c));
  if (!allPresent) await seedAccounts(db, haveCodes);
  const [cpas] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, "cpas-demoville"));
  if (cpas) {
    await seedDemoMeters(db, { organisationId: cpas.id, now });
    await seedDemoSettings(db, { organisationId: cpas.id });
    await seedDemoSmartMeter(db, { organisationId: cpas.id, now });
    await seedDemoGroups(db, { organisationId: cpas.id, now });
  }
  await seedDemoBuildings(db, now);
  const [logis] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, "logis-demo"));
  if (logis) await seedDemoTenantLogins(db, { organisationId: logis.id, pin: DEMO_PIN });
}

async function seedAccounts(db: Db, haveCodes: Set<string>): Promise<void> {
  // One hash each: argon2id is slow on purpose.
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  const pinHash = await hashSecret(DEMO_PIN);

  await db.transaction(async (tx) => {
    const orgIds = {
      // The demo's weather is the 1991–2020 normals, labelled "normales (démo)" (seeds/reference-weather.ts).
      cpas: await upsertOrganisation(tx, {
        slug: "cpas-demoville",
        name: "CPAS de Démoville",
        kind: "cpas",
        weatherStationCode: "demo",
      }),
      logis: await upsertOrganisation(tx, {
        slug: "logis-demo",
        name: "Logis Démo",
        kind: "slsp",
        weatherStationCode: "demo",
      }),
    };
    let adviserId = "";
    for (const s of STAFF) {
      const userId = await upsertUser(tx, {
        email: s.email,
        displayName: s.name,
        secretHash: passwordHash,
        isPlatformAdmin: s.admin ?? false,
      });
      if (s.org && s.role)
        await tx
          .insert(memberships)
          .values({ organisationId: orgIds[s.org], userId, role: s.role })
          .onConflictDoNothing();
      if (s.email === "conseil1@cpas.demo.example") adviserId = userId;
    }
    for (const [i, pseudonym] of HOUSEHOLD_NAMES.entries()) {
      const code = DEMO_LOGINS.households[i] as string;
      if (haveCodes.has(code)) continue;
      const [user] = await tx
        .insert(users)
        .values({ secretHash: pinHash, displayName: pseudonym })
        .returning({ id: users.id });
      const userId = (user as { id: string }).id;
      await tx.insert(memberships).values({ organisationId: orgIds.cpas, userId, role: "household" });
      await tx
        .insert(households)
        .values({ organisationId: orgIds.cpas, code, pseudonym, userId, createdBy: adviserId });
    }
  });
}

async function upsertOrganisation(tx: Tx, row: typeof organisations.$inferInsert): Promise<string> {
  await tx.insert(organisations).values(row).onConflictDoNothing({ target: organisations.slug });
  const [org] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, row.slug));
  return (org as { id: string }).id;
}

async function upsertUser(tx: Tx, row: typeof users.$inferInsert & { email: string }): Promise<string> {
  const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.email, row.email));
  if (found) return found.id;
  const [created] = await tx.insert(users).values(row).returning({ id: users.id });
  return (created as { id: string }).id;
}

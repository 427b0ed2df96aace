import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../db/errors.ts";
import { auditLog, householdConsents } from "../../db/schema/index.ts";
import { makeHousehold, makeOrganisation, makeUser, TEST_PIN } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;
let adviser: string;
let adviserId: string;
let coordinator: string;
beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  const adviserUser = await makeUser(t.db, { organisationId: orgId, role: "adviser" });
  adviserId = adviserUser.id;
  adviser = await t.signIn(adviserUser.email as string);
  coordinator = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "coordinator" })).email as string,
  );
});
afterAll(() => t.close());

/** Each step a minute after the last: the history is then read in the order it was written. */
function later() {
  t.clock.now = new Date(t.clock.now.getTime() + 60_000);
}

async function consent(
  cookie: string,
  householdId: string,
  { granted, scope = "adviser" }: { granted: boolean; scope?: string },
) {
  later();
  return t.call("POST", `/api/households/${householdId}/consent`, {
    cookie,
    body: { scope, granted },
  });
}

async function newHousehold({ ownPin = false } = {}) {
  const household = await makeHousehold(t.db, { organisationId: orgId });
  const cookie = await t.signInHousehold(household.code);
  // A household that chose its own PIN may give back what it withdrew (see "consent.own_pin_first").
  if (ownPin)
    expect(
      (await t.call("POST", "/api/me/pin", { cookie, body: { currentPin: TEST_PIN, newPin: "4719" } }))
        .status,
    ).toBe(200);
  return { ...household, cookie };
}

/** What the refusal must leave untouched: the consent records and the consent lines of the audit log. */
async function written(householdId: string) {
  const records = await t.db
    .select()
    .from(householdConsents)
    .where(eq(householdConsents.householdId, householdId));
  const audit = await t.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, householdId), sql`${auditLog.action} like 'household.consent_%'`));
  return { records, audit: audit.length };
}

const detail = async (cookie: string, id: string) =>
  (await t.call("GET", `/api/households/${id}`, { cookie })).body;

describe("a consent the household withdrew itself", () => {
  it("is refused to the adviser and the coordinator (409, nothing written); the household gives it again", async () => {
    const household = await newHousehold();
    expect((await consent(household.cookie, household.id, { granted: true })).status).toBe(200);
    expect((await consent(household.cookie, household.id, { granted: false })).status).toBe(200);
    const before = await written(household.id);
    expect(before.records).toMatchObject([{ revokedBy: household.userId }]);

    for (const cookie of [adviser, coordinator]) {
      const refused = await consent(cookie, household.id, { granted: true });
      expect(refused.status).toBe(409);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(refused.body).toMatchObject({
        code: "consent.withdrawn_by_household",
        title: "Le ménage a retiré lui-même son accord.",
      });
      expect(refused.body.detail).toContain("Lui seul peut le redonner");
    }
    expect(await written(household.id)).toEqual(before);
    const englishReader = await t.signIn(
      (await makeUser(t.db, { organisationId: orgId, role: "adviser", language: "en" })).email as string,
    );
    const english = await consent(englishReader, household.id, { granted: true });
    expect(english.body.title).toBe("The household took its agreement back itself.");

    const staffView = await detail(adviser, household.id);
    expect(staffView.consent).toEqual({
      adviser: null,
      group: null,
      withdrawnByHousehold: { adviser: true, group: false },
    });
    expect(staffView.profile).toBeNull();

    // Withdrawing stays open to everyone (nothing in force: nothing changes).
    expect((await consent(adviser, household.id, { granted: false })).status).toBe(200);
    // The other scope is not the one it withdrew.
    expect((await consent(adviser, household.id, { granted: true, scope: "group" })).status).toBe(200);

    // Staff know the paper PIN: the household gives it back once it signs in with a PIN of its own.
    const withPaperPin = await consent(household.cookie, household.id, { granted: true });
    expect(withPaperPin.status).toBe(409);
    expect(withPaperPin.body).toMatchObject({
      code: "consent.own_pin_first",
      title: "Pour redonner cet accord, choisissez d'abord votre propre code PIN.",
    });
    const chosen = await t.call("POST", "/api/me/pin", {
      cookie: household.cookie,
      body: { currentPin: TEST_PIN, newPin: "4719" },
    });
    expect(chosen.status).toBe(200);
    const again = await consent(household.cookie, household.id, { granted: true });
    expect(again.status).toBe(200);
    expect(again.body.consent.adviser).toEqual({ grantedAt: t.clock.now.toISOString() });
    expect((await detail(adviser, household.id)).consent.withdrawnByHousehold).toEqual({
      adviser: false,
      group: false,
    });
  });

  it("is not given back by staff who reset the PIN and sign in as the household", async () => {
    const household = await newHousehold();
    expect((await consent(household.cookie, household.id, { granted: true })).status).toBe(200);
    expect((await consent(household.cookie, household.id, { granted: false })).status).toBe(200);
    await t.call("POST", "/api/me/pin", {
      cookie: household.cookie,
      body: { currentPin: TEST_PIN, newPin: "4719" },
    });
    const before = await written(household.id);
    const reset = await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: adviser });
    expect(reset.status).toBe(200);
    const asHousehold = await t.signInHousehold(household.code, reset.body.pin);
    const refused = await consent(asHousehold, household.id, { granted: true });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("consent.own_pin_first");
    expect(await written(household.id)).toEqual(before);
  });

  it("does not bind staff when staff withdrew it on the household's behalf, even after an earlier own withdrawal", async () => {
    const household = await newHousehold({ ownPin: true });
    await consent(household.cookie, household.id, { granted: true });
    await consent(household.cookie, household.id, { granted: false });
    await consent(household.cookie, household.id, { granted: true });
    // The household phoned: the adviser withdraws for it. The latest withdrawal is staff's.
    expect((await consent(adviser, household.id, { granted: false })).status).toBe(200);
    expect((await written(household.id)).records.map((r) => r.revokedBy)).toEqual([
      household.userId,
      adviserId,
    ]);
    expect((await detail(adviser, household.id)).consent.withdrawnByHousehold.adviser).toBe(false);

    const paperForm = await consent(coordinator, household.id, { granted: true });
    expect(paperForm.status).toBe(200);
    expect(paperForm.body.consent.adviser).toEqual({ grantedAt: t.clock.now.toISOString() });
    expect(paperForm.body.profile).not.toBeNull();
  });
});

/** The statement of migration 0018 that fills `revoked_by` of rows written before it existed. */
async function runBackfill() {
  const migration = readFileSync(
    new URL("../../db/migrations/0018_consent_revoked_by.sql", import.meta.url),
    "utf8",
  );
  const backfill = migration
    .split("--> statement-breakpoint")
    .find((s) => s.includes(`UPDATE "household_consents"`));
  await t.db.execute(sql.raw(backfill as string));
}

describe("migration 0018", () => {
  it("takes who withdrew from the audit log, so an old own withdrawal binds staff too", async () => {
    const own = await newHousehold();
    await consent(own.cookie, own.id, { granted: true });
    await consent(own.cookie, own.id, { granted: false });
    // A withdrawal with nothing in force leaves an audit line but no record: it must match nothing.
    await consent(adviser, own.id, { granted: false });
    const mixed = await newHousehold({ ownPin: true });
    await consent(mixed.cookie, mixed.id, { granted: true });
    await consent(mixed.cookie, mixed.id, { granted: false });
    await consent(mixed.cookie, mixed.id, { granted: true });
    await consent(adviser, mixed.id, { granted: false });
    // As the app wrote them before: nobody named, and staff could record a paper form.
    for (const id of [own.id, mixed.id])
      await t.db
        .update(householdConsents)
        .set({ revokedBy: null })
        .where(eq(householdConsents.householdId, id));
    expect((await detail(adviser, own.id)).consent.withdrawnByHousehold.adviser).toBe(false);

    await runBackfill();

    const revokedBy = async (id: string) =>
      (await written(id)).records
        .sort((a, b) => a.grantedAt.getTime() - b.grantedAt.getTime())
        .map((r) => r.revokedBy);
    expect(await revokedBy(own.id)).toEqual([own.userId]);
    expect(await revokedBy(mixed.id)).toEqual([mixed.userId, adviserId]);
    expect((await consent(adviser, own.id, { granted: true })).status).toBe(409);
    expect((await consent(adviser, mixed.id, { granted: true })).status).toBe(200);
  });
});

describe("two grants of the same consent at once", () => {
  it("keep one record in force, and both answer as a grant does", async () => {
    // A few households: one race on PostgreSQL may by chance not overlap.
    for (const scope of ["adviser", "group", "adviser"] as const) {
      const household = await newHousehold();
      later();
      const grant = () =>
        t.call("POST", `/api/households/${household.id}/consent`, {
          cookie: adviser,
          body: { scope, granted: true },
        });
      const answers = await Promise.all([grant(), grant()]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      for (const a of answers)
        expect(a.body.consent[scope]).toEqual({ grantedAt: t.clock.now.toISOString() });
      const { records, audit } = await written(household.id);
      expect(records.filter((r) => r.revokedAt === null)).toHaveLength(1);
      // As two grants one after the other: each leaves its audit line.
      expect(audit).toBe(2);
    }
  });

  it("cannot leave two records in force, whoever writes them", async () => {
    const household = await newHousehold();
    const row = { organisationId: orgId, householdId: household.id, scope: "group" as const };
    await t.db.insert(householdConsents).values({ ...row, grantedAt: new Date("2026-01-05T10:00:00Z") });
    await expect(
      t.db.insert(householdConsents).values({ ...row, grantedAt: new Date("2026-01-06T10:00:00Z") }),
    ).rejects.toSatisfy(isUniqueViolation);
    // A withdrawn record beside the one in force is history, as before.
    await t.db.insert(householdConsents).values({
      ...row,
      grantedAt: new Date("2025-06-01T10:00:00Z"),
      revokedAt: new Date("2025-09-01T10:00:00Z"),
    });
  });
});

/** Runs every statement of a migration file, as the migrator does. */
async function runMigration(file: string) {
  const migration = readFileSync(new URL(`../../db/migrations/${file}`, import.meta.url), "utf8");
  for (const statement of migration.split("--> statement-breakpoint")) await t.db.execute(sql.raw(statement));
}

describe("migration 0020", () => {
  it("keeps the earliest of records in force together, and the withdrawn ones", async () => {
    const [raced, other] = [await newHousehold(), await newHousehold()];
    // As the race left them before the index existed.
    await t.db.execute(sql`drop index household_consents_one_active_key`);
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    const row = (householdId: string, scope: "adviser" | "group", grantedAt: Date, revokedAt?: Date) => ({
      organisationId: orgId,
      householdId,
      scope,
      grantedAt,
      revokedAt: revokedAt ?? null,
    });
    await t.db
      .insert(householdConsents)
      .values([
        row(raced.id, "adviser", at("2025-03-01"), at("2025-04-01")),
        row(raced.id, "adviser", at("2026-01-05")),
        row(raced.id, "adviser", at("2026-01-05")),
        row(raced.id, "adviser", at("2026-02-01")),
        row(raced.id, "group", at("2026-02-01")),
        row(other.id, "adviser", at("2026-01-05")),
      ]);

    await runMigration("0020_consent_one_active.sql");

    const kept = async (id: string) =>
      (await written(id)).records
        .map(
          (r) =>
            `${r.scope} ${r.grantedAt.toISOString().slice(0, 10)} ${r.revokedAt ? "withdrawn" : "in force"}`,
        )
        .sort();
    expect(await kept(raced.id)).toEqual([
      "adviser 2025-03-01 withdrawn",
      "adviser 2026-01-05 in force",
      "group 2026-02-01 in force",
    ]);
    expect(await kept(other.id)).toEqual(["adviser 2026-01-05 in force"]);
    expect((await detail(adviser, raced.id)).consent.adviser).toEqual({
      grantedAt: at("2026-01-05").toISOString(),
    });
    await expect(
      t.db.insert(householdConsents).values(row(other.id, "adviser", at("2026-03-01"))),
    ).rejects.toSatisfy(isUniqueViolation);
  });
});

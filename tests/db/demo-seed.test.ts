import { count } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { households, memberships, organisations, users } from "../../db/schema/index.ts";
import { DEMO_PASSWORD, DEMO_PIN, seedDemo } from "../../seeds/demo.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

async function counts() {
  const n = async (table: typeof users | typeof households | typeof memberships | typeof organisations) =>
    (await t.db.select({ n: count() }).from(table))[0]?.n;
  return {
    users: await n(users),
    households: await n(households),
    memberships: await n(memberships),
    orgs: await n(organisations),
  };
}

it("creates the demo organisations and logins, and a second run adds nothing", async () => {
  await seedDemo(t.db);
  const first = await counts();
  expect(first).toEqual({ users: 15, households: 10, memberships: 14, orgs: 2 });
  await seedDemo(t.db);
  expect(await counts()).toEqual(first);

  const adviser = await t.call("POST", "/api/auth/login", {
    body: { email: "conseil2@cpas.demo.example", password: DEMO_PASSWORD },
  });
  expect(adviser.body.activeOrganisation).toMatchObject({
    organisationName: "CPAS de Démoville",
    role: "adviser",
  });
  const manager = await t.call("POST", "/api/auth/login", {
    body: { email: "gestion@logis.demo.example", password: DEMO_PASSWORD },
  });
  expect(manager.body.activeOrganisation).toMatchObject({
    organisationName: "Logis Démo",
    role: "housing_manager",
  });
  const admin = await t.call("POST", "/api/auth/login", {
    body: { email: "admin@demo.example", password: DEMO_PASSWORD },
  });
  expect(admin.body.user.isPlatformAdmin).toBe(true);
  const household = await t.call("POST", "/api/auth/household-login", {
    body: { code: "demo-10", pin: DEMO_PIN },
  });
  expect(household.status).toBe(200);
  expect(household.body.householdId).toBeTruthy();
});

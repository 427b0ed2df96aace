import { count } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  fuelDeliveries,
  households,
  memberships,
  meters,
  organisations,
  readings,
  tariffs,
  users,
} from "../../db/schema/index.ts";
import { DEMO_PASSWORD, DEMO_PIN, seedDemo } from "../../seeds/demo.ts";
import { lastDemoReadingDay } from "../../seeds/demo-meters.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(() => t.close());

async function counts() {
  const n = async (
    table:
      | typeof users
      | typeof households
      | typeof memberships
      | typeof organisations
      | typeof meters
      | typeof readings,
  ) => (await t.db.select({ n: count() }).from(table))[0]?.n;
  return {
    users: await n(users),
    households: await n(households),
    memberships: await n(memberships),
    orgs: await n(organisations),
    meters: await n(meters),
    readings: await n(readings),
  };
}

it("creates the demo organisations and logins, and a second run adds nothing", async () => {
  await seedDemo(t.db);
  const first = await counts();
  // The CPAS's ten households, and Logis Démo's twelve tenants of the cost-split building (one moved out).
  expect(first).toMatchObject({ users: 15, households: 10 + 12, memberships: 14, orgs: 2 });
  // Electricity and water everywhere, gas for seven (one replaced), oil for one; a boiler-room
  // meter in each of Logis Démo's three buildings; an allocator on two radiators of twelve dwellings.
  expect(first.meters).toBe(10 + 10 + 7 + 1 + 1 + 3 + 24);
  expect(first.readings).toBeGreaterThan(29 * 25);
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

  // The adviser sees the demo households' meters (they consented), and every index series goes up.
  const cookie = adviser.setCookie;
  const list = await t.call("GET", "/api/households", { cookie });
  let series = 0;
  for (const h of list.body) {
    const meters = await t.call("GET", `/api/households/${h.id}/meters`, { cookie });
    expect(meters.status).toBe(200);
    for (const meter of meters.body.filter(
      (m: { readingMode: string }) => m.readingMode === "cumulative_index",
    )) {
      const rows = (await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie })).body;
      for (const register of meter.registers) {
        const values = rows
          .filter((r: { register: string }) => r.register === register)
          .map((r: { value: number }) => r.value);
        expect(values.length).toBeGreaterThan(1);
        expect(values).toEqual([...values].sort((a: number, b: number) => a - b));
        series++;
      }
    }
  }
  expect(series).toBeGreaterThan(25);
  expect((await t.db.select({ n: count() }).from(fuelDeliveries))[0]?.n).toBeGreaterThan(0);
});

it("prices a demo household's electricity and gas with the demo tariffs, labelled as demo values", async () => {
  await seedDemo(t.db);
  const demoTariffs = await t.db.select({ label: tariffs.label, isDemo: tariffs.isDemo }).from(tariffs);
  expect(demoTariffs.length).toBe(6);
  expect(demoTariffs.every((x) => x.isDemo && x.label.includes("démonstration"))).toBe(true);

  const cookie = (
    await t.call("POST", "/api/auth/login", {
      body: { email: "conseil1@cpas.demo.example", password: DEMO_PASSWORD },
    })
  ).setCookie;
  const list = await t.call("GET", "/api/households", { cookie });
  // DEMO-07: gas heating, a day/night electricity meter, not a protected customer.
  const id = list.body.find((h: { code: string }) => h.code === "DEMO-07").id;
  // The twelve full months before the demo's last reading.
  const last = new Date(`${lastDemoReadingDay(new Date())}T00:00:00Z`);
  const month = (back: number) => new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - back, 1));
  const from = month(12).toISOString().slice(0, 10);
  const to = new Date(last.getTime() - 86_400_000).toISOString().slice(0, 10);
  const res = await t.call("GET", `/api/households/${id}/consumption?from=${from}&to=${to}`, { cookie });
  expect(res.status).toBe(200);
  for (const energy of ["electricity", "gas"]) {
    const found = res.body.energies.find((e: { energy: string }) => e.energy === energy);
    expect(found.periods).toHaveLength(12);
    expect(found.total.costEur, energy).toBeGreaterThan(0);
    expect(found.total.kwh, energy).toBeGreaterThan(0);
    expect(found.total.co2Kg, energy).toBeGreaterThan(0);
  }
});

import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  comfortSurveyAnswers,
  consultationAnswers,
  consultations,
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
  // The CPAS's ten households, and Logis Démo's twelve tenants of the cost-split building (one moved
  // out); the eleven living there sign in with their code and PIN.
  expect(first).toMatchObject({ users: 5 + 10 + 11, households: 10 + 12, memberships: 4 + 10 + 11, orgs: 2 });
  // Electricity and water everywhere, gas for seven (one replaced), oil for one; a boiler-room
  // meter in each of Logis Démo's five buildings; an allocator on two radiators of twelve dwellings.
  expect(first.meters).toBe(10 + 10 + 7 + 1 + 1 + 5 + 24);
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
  const tenant = await t.call("POST", "/api/auth/household-login", {
    body: { code: "logis-b1", pin: DEMO_PIN },
  });
  expect(tenant.status).toBe(200);
  expect(tenant.body.activeOrganisation).toMatchObject({ organisationName: "Logis Démo", role: "household" });
  const leaver = await t.call("POST", "/api/auth/household-login", {
    body: { code: "LOGIS-A1-OLD", pin: DEMO_PIN },
  });
  expect(leaver.status).toBe(401);

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

it("gives Logis Démo five buildings with three years of boiler readings, and its tenants' participation", async () => {
  await seedDemo(t.db);
  const cookie = (
    await t.call("POST", "/api/auth/login", {
      body: { email: "gestion@logis.demo.example", password: DEMO_PASSWORD },
    })
  ).setCookie;
  const list = await t.call("GET", "/api/buildings", { cookie });
  const byCode = new Map<string, { id: string; heatingSystem: string }>(
    list.body.items.map((b: { code: string; id: string; heatingSystem: string }) => [b.code, b]),
  );
  expect([...byCode.keys()].sort()).toEqual(["LD-001", "LD-002", "LD-003", "LD-004", "LD-005"]);
  expect(byCode.get("LD-004")?.heatingSystem).toBe("oil_boiler");
  expect(byCode.get("LD-005")?.heatingSystem).toBe("heat_network");

  // The oil tank: 37 monthly levels, going down with the heating and up after each delivery.
  const oil = byCode.get("LD-004")?.id as string;
  const [tank] = (await t.call("GET", `/api/buildings/${oil}/meters`, { cookie })).body;
  expect(tank).toMatchObject({ kind: "heating_oil" });
  const tankReadings = (await t.call("GET", `/api/meters/${tank.id}/readings`, { cookie })).body;
  expect(tankReadings).toHaveLength(37);
  const deliveries = await t.db.select().from(fuelDeliveries).where(eq(fuelDeliveries.meterId, tank.id));
  expect(deliveries.length).toBeGreaterThanOrEqual(5);
  expect(tankReadings.every((r: { value: number }) => r.value > 0 && r.value < 12_000)).toBe(true);

  // Three winters of heating in the rollup, in kWh, for the oil and the heat-network buildings.
  for (const code of ["LD-004", "LD-005"]) {
    const indicators = await t.call("GET", `/api/buildings/${byCode.get(code)?.id}/indicators`, { cookie });
    expect(indicators.status).toBe(200);
    const complete = indicators.body.years.filter((y: { complete: boolean }) => y.complete);
    for (const y of complete) expect(y.kwhPerM2, code).toBeGreaterThan(60);
    expect(indicators.body.normalYear.kwhPerM2, code).toBeGreaterThan(60);
    expect(indicators.body.normalYear.kwhPerM2, code).toBeLessThan(200);
  }

  // Les Tilleuls' renovation is a project with four objectives; the report measures its savings.
  const tilleuls = byCode.get("LD-001")?.id as string;
  const projects = (await t.call("GET", `/api/buildings/${tilleuls}/projects`, { cookie })).body;
  expect(projects).toHaveLength(1);
  expect(projects[0].objectives.map((o: { kind: string }) => o.kind)).toEqual([
    "savings_pct",
    "comfort_ok_pct",
    "consultation_turnout_pct",
    "manual",
  ]);
  const report = (await t.call("GET", `/api/buildings/${tilleuls}/report`, { cookie })).body;
  expect(report.projects[0].savings.verdict).toBe("ok");
  expect(report.projects[0].savings.savingsFraction).toBeGreaterThan(0.15);
  expect(report.projects[0].savings.savingsFraction).toBeLessThan(0.3);

  // Cité du Parc: eight weeks of survey answers (none this week), a closed and an open consultation.
  const parc = byCode.get("LD-002")?.id as string;
  const answers = await t.db
    .select()
    .from(comfortSurveyAnswers)
    .where(eq(comfortSurveyAnswers.buildingId, parc));
  expect(new Set(answers.map((a) => a.weekStart)).size).toBe(8);
  expect(answers.length).toBeGreaterThan(8 * 11 * 0.6);
  const held = await t.db.select().from(consultations).where(eq(consultations.buildingId, parc));
  expect(held.map((c) => c.status).sort()).toEqual(["closed", "open"]);
  const closed = held.find((c) => c.status === "closed");
  const given = await t.db
    .select()
    .from(consultationAnswers)
    .where(eq(consultationAnswers.consultationId, closed?.id as string));
  expect(given).toHaveLength(8);
});

it("prices electricity and gas with the demo tariffs (labelled as demo values), oil at its deliveries' price", async () => {
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

  // DEMO-03 heats with oil, which no demo tariff prices: its euros come from what its deliveries cost,
  // every month of the two years (the tank was filled the day its meter started), and it is said so.
  const oilHome = list.body.find((h: { code: string }) => h.code === "DEMO-03").id;
  const twoYears = await t.call(
    "GET",
    `/api/households/${oilHome}/consumption?from=${month(24).toISOString().slice(0, 10)}&to=${to}`,
    { cookie },
  );
  const oil = twoYears.body.energies.find((e: { energy: string }) => e.energy === "heating_oil");
  expect(oil.periods).toHaveLength(24);
  for (const p of oil.periods as { period: string; quantity: number; costEur: number | null }[]) {
    expect(p.costEur, p.period).not.toBeNull();
    // Between 0.85 and 1.10 € a litre, as Belgian heating oil cost in 2024–2026.
    const eurPerLitre = (p.costEur as number) / p.quantity;
    if (p.quantity > 0) expect(eurPerLitre, p.period).toBeGreaterThanOrEqual(0.85);
    if (p.quantity > 0) expect(eurPerLitre, p.period).toBeLessThanOrEqual(1.1);
  }
  expect(twoYears.body.notes).toContainEqual({ code: "price_from_deliveries", energy: "heating_oil" });
  expect(twoYears.body.notes).not.toContainEqual(
    expect.objectContaining({ code: "tariff_missing", energy: "heating_oil" }),
  );
});

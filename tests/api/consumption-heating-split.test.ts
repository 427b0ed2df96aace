import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type LocalDay } from "../../api/consumption/brussels-days.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";
import { importDemoTemperatures, seasonalTemperatures } from "./demo-station-weather.ts";

/**
 * A gas-heated home on the demo station, once its daily temperatures are imported: it uses exactly
 * 10 kWh a day plus 3 kWh per equivalent 16.5 degree-day (11.6 kWh/m³), read on the 1st of each month
 * from January 2024, then on 20 December 2025 and 10 January 2026. The test clock is on 2026-03-10.
 */
let t: TestApp;
let household: { id: string; cookie: string };
const KWH_PER_M3 = 11.6;
let usedKwh: (day: LocalDay) => number;

const readingDays = (() => {
  const days: LocalDay[] = [];
  for (let y = 2024; y <= 2025; y++)
    for (let m = 1; m <= 12; m++) days.push(`${y}-${String(m).padStart(2, "0")}-01`);
  return [...days.slice(1), "2025-12-20", "2026-01-10"];
})();

beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db, { weatherStationCode: "demo" });
  const admin = await t.signIn((await makeUser(t.db, { isPlatformAdmin: true })).email as string);
  const adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "adviser" })).email as string,
  );
  const degreeDays = await importDemoTemperatures(t, admin, seasonalTemperatures());
  usedKwh = (day) => 10 + 3 * (degreeDays.get(day) as number);

  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Gaz", heatingType: "individual_gas" },
  });
  expect(created.status).toBe(201);
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  const meter = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie,
    body: { kind: "gas", gasType: "H", name: "Gaz", startedAt: "2024-01-01", startIndex: 0 },
  });
  expect(meter.status).toBe(201);
  let m3 = 0;
  let day: LocalDay = "2024-01-01";
  for (const next of readingDays) {
    for (; day < next; day = addDays(day, 1)) m3 += usedKwh(day) / KWH_PER_M3;
    const res = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie,
      body: { readAt: next, value: Math.round(m3 * 1000) / 1000, clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

const kwhOf = (from: LocalDay, to: LocalDay) => {
  let sum = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) sum += usedKwh(d);
  return sum;
};

describe("a heating energy read across a month's edge", () => {
  it("gives December and January what the home used in each, by the cold of each day", async () => {
    const res = await t.call(
      "GET",
      `/api/households/${household.id}/consumption?from=2025-12-01&to=2026-01-31&granularity=month`,
      { cookie: household.cookie },
    );
    expect(res.status).toBe(200);
    const gas = res.body.energies.find((e: { energy: string }) => e.energy === "gas");
    const month = (period: string) => gas.periods.find((p: { period: string }) => p.period === period);
    // Readings on 20 December and 10 January: spread evenly, December would get 12/21 of those 21 days.
    expect(month("2025-12").kwh).toBeCloseTo(kwhOf("2025-12-01", "2025-12-31"), 0);
    // January stops at the last reading (10 January): nothing is invented after it.
    expect(month("2026-01").kwh).toBeCloseTo(kwhOf("2026-01-01", "2026-01-09"), 0);
    const evenDecember = kwhOf("2025-12-01", "2025-12-19") + (kwhOf("2025-12-20", "2026-01-09") * 12) / 21;
    expect(Math.abs(month("2025-12").kwh - evenDecember)).toBeGreaterThan(1);
    expect(res.body.notes).toContainEqual({ code: "heating_by_degree_days", energy: "gas" });
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, daysInMonth } from "../../api/consumption/brussels-days.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";
import { importDemoTemperatures, seasonalTemperatures } from "./demo-station-weather.ts";

/**
 * The year's bill of a household heating with electricity, on the demo station once the platform
 * administrator imported its daily temperatures (the route the README gives): monthly readings from
 * 2024 made of 8 kWh a day and 1.5 kWh per equivalent 16.5 degree-day, the test clock on 2026-03-10.
 */
let t: TestApp;
let household: { id: string; cookie: string };
const BASE_KWH_PER_DAY = 8;
const KWH_PER_DEGREE_DAY = 1.5;

beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db, { weatherStationCode: "demo" });
  const admin = await t.signIn((await makeUser(t.db, { isPlatformAdmin: true })).email as string);
  const adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "adviser" })).email as string,
  );
  const coordinator = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "coordinator" })).email as string,
  );
  const degreeDays = await importDemoTemperatures(t, admin, seasonalTemperatures());
  const tariff = await t.call("POST", "/api/settings/tariffs", {
    cookie: coordinator,
    body: {
      energy: "electricity",
      validFrom: "2024-01-01",
      pricesEurPerUnit: { single: 0.3 },
      fixedEurPerYear: 0,
      vatRate: 0,
      label: "Contrat électricité",
    },
  });
  expect(tariff.status).toBe(201);

  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Électrique" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  await t.call("POST", `/api/households/${household.id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
  const profile = await t.call("PATCH", `/api/households/${household.id}`, {
    cookie: adviser,
    body: { billingMonth: 9, monthlyAdvanceEur: 150 },
  });
  expect(profile.status).toBe(200);
  const meter = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie,
    body: { kind: "electricity", name: "Compteur", startedAt: "2024-01-01", startIndex: 0 },
  });
  expect(meter.status).toBe(201);
  let index = 0;
  for (let d = "2024-01-01"; d < "2026-03-01"; ) {
    const next = addDays(`${d.slice(0, 7)}-01`, daysInMonth(d.slice(0, 7)));
    for (; d < next; d = addDays(d, 1))
      index += BASE_KWH_PER_DAY + KWH_PER_DEGREE_DAY * (degreeDays.get(d) as number);
    const res = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie,
      body: { readAt: next, value: Math.round(index * 10) / 10, clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

describe("the year's bill with daily temperatures", () => {
  it("projects the rest of the year with a model fitted on equivalent 16.5 degree-days, the normals' own", async () => {
    const res = await t.call("GET", `/api/households/${household.id}/bill-projection`, {
      cookie: household.cookie,
    });
    expect(res.status).toBe(200);
    const electricity = res.body.energies.find((e: { energy: string }) => e.energy === "electricity");
    // Before, the balance point searched on the temperatures met no normals: "no model".
    expect(electricity).toMatchObject({
      status: "projected",
      measuredTo: "2026-03-01",
      unmeasured: [],
      estimatedKwh: 0,
    });
    const normals = await t.call(
      "GET",
      "/api/weather/stations/demo/degree-days?convention=equiv16_5&kind=normal&granularity=month",
      { cookie: household.cookie },
    );
    const normalOf = new Map<number, number>(
      normals.body.values.map((v: { period: string; degreeDays: number }) => [
        Number(v.period),
        v.degreeDays,
      ]),
    );
    let expected = 0;
    for (let d = "2026-03-01"; d < "2026-09-01"; d = addDays(d, 1))
      expected +=
        BASE_KWH_PER_DAY +
        (KWH_PER_DEGREE_DAY * (normalOf.get(Number(d.slice(5, 7))) as number)) / daysInMonth(d.slice(0, 7));
    expect(electricity.remainingKwh).toBeCloseTo(expected, -1);
    expect(electricity.uncertaintyEur90).toBeGreaterThan(0);
    expect(res.body.expectedCostEur).toBeCloseTo(electricity.projectedKwh * 0.3, 6);
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Heating oil savings of a household on the demo weather station, valued at what it paid for its
 * oil: a tank gauge read on the 1st of each month from 2024-02 to 2026-03, litres made from a base
 * load and a heating slope, 15 % less from the start on 2025-03-01, three priced fills of the tank.
 * The test clock is on 2026-03-10.
 */
let t: TestApp;
let household: { id: string; cookie: string };

// Equivalent 16.5 normals 1991–2020 (Synergrid), January to December.
const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Litres burnt in a month: 0.3 l a day for hot water, 0.2 l per degree-day. */
const monthLitres = (y: number, m: number) => 0.3 * daysIn(y, m) + 0.2 * (NORMALS[m - 1] as number);
/** 1 000 l each: 1.00 €/l, then 0.90 €/l, then 0.95 €/l (VAT included, as paid). */
const DELIVERIES = [
  { deliveredOn: "2024-10-15", quantity: 1000, costEur: 1000 },
  { deliveredOn: "2025-05-15", quantity: 1000, costEur: 900 },
  { deliveredOn: "2025-11-15", quantity: 1000, costEur: 950 },
];

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db, { weatherStationCode: "demo" })).id;
  const adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Mazout" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  const tank = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie,
    body: { kind: "heating_oil", name: "Citerne", startedAt: "2024-01-01", startIndex: 1500 },
  });
  expect(tank.status).toBe(201);
  for (const delivery of DELIVERIES) {
    const res = await t.call("POST", `/api/meters/${tank.body.id}/deliveries`, {
      cookie,
      body: { ...delivery, clientId: randomUUID() },
    });
    expect(res.status).toBe(201);
  }
  let level = 1500;
  for (let i = 0; i < 26; i++) {
    const [y, m] = [2024 + Math.floor(i / 12), (i % 12) + 1];
    const month = `${y}-${String(m).padStart(2, "0")}`;
    // A little noise, so the model has something to explain and an interval to state.
    level -= monthLitres(y, m) * (y * 12 + m >= 2025 * 12 + 3 ? 0.85 : 1) * (1 + 0.03 * Math.sin(i * 2.1));
    for (const d of DELIVERIES) if (d.deliveredOn.startsWith(month)) level += d.quantity;
    const next = i + 1;
    const day = `${2024 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
    const res = await t.call("POST", `/api/meters/${tank.body.id}/readings`, {
      cookie,
      body: { readAt: day, value: Math.round(level * 10) / 10, clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

describe("a household heating with oil", () => {
  it("sees its savings in euros at the average price it paid for its oil over the last year", async () => {
    const res = await t.call(
      "GET",
      `/api/households/${household.id}/savings?energy=heating_oil&start=2025-03-01`,
      {
        cookie: household.cookie,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      energy: "heating_oil",
      verdict: "ok",
      reporting: { from: "2025-03-01", to: "2026-03-01", periods: 12 },
    });
    expect(res.body.reporting.savingsFraction).toBeGreaterThan(0.12);
    expect(res.body.reporting.savingsFraction).toBeLessThan(0.18);
    // Valued on 2026-02-28, the reporting period's last day: the year from 2025-03-01 holds the fills
    // of May and November, (900 + 950) € / 2 000 l = 0.925 €/l; 10 kWh a litre, so 0.0925 €/kWh.
    // The October 2024 fill at 1.00 €/l is more than a year old. No oil tariff exists: no "tarif manquant".
    const { savingsKwh, savingsEur, uncertaintyKwh90, uncertaintyEur90 } = res.body.reporting;
    expect(savingsEur).toBeCloseTo(savingsKwh * 0.0925, 6);
    expect(uncertaintyEur90).toBeCloseTo(uncertaintyKwh90 * 0.0925, 6);
    expect(res.body.flags).toContainEqual({ code: "price_from_deliveries" });
    expect(res.body.flags).not.toContainEqual({ code: "tariff_missing" });
  });
});

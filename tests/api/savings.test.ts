import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Gas savings of a household on the demo weather station (Synergrid's equivalent 16.5 normals as
 * measured months): monthly readings from 2024-01 made from a known base load and heating slope, 15 %
 * less use from the start on 2025-03-01, the test clock on 2026-03-10.
 */
let t: TestApp;
let orgId: string;
let adviser: string;
let household: { id: string; cookie: string };

// Equivalent 16.5 normals 1991–2020 (Synergrid), January to December.
const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** m³ of gas in a month: 1.1 m³ a day for hot water and cooking, 0.55 m³ per degree-day. */
const monthM3 = (y: number, m: number) => 1.1 * daysIn(y, m) + 0.55 * (NORMALS[m - 1] as number);

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db, { weatherStationCode: "demo" })).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Gaz" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  await t.call("POST", `/api/households/${household.id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
  const meter = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie,
    body: { kind: "gas", name: "Gaz", startedAt: "2024-01-01", startIndex: 1000 },
  });
  let index = 1000;
  for (let i = 0; i < 26; i++) {
    const [y, m] = [2024 + Math.floor(i / 12), (i % 12) + 1];
    // A little noise, so the model has something to explain and an interval to state.
    index += monthM3(y, m) * (y * 12 + m >= 2025 * 12 + 3 ? 0.85 : 1) * (1 + 0.03 * Math.sin(i * 2.1));
    const next = i + 1;
    const day = `${2024 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
    const res = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie,
      body: { readAt: day, value: Math.round(index * 10) / 10, clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => t.close());

const savingsOf = (query: string, cookie = household.cookie) =>
  t.call("GET", `/api/households/${household.id}/savings?${query}`, { cookie });

describe("a household's savings", () => {
  it("finds about 15 % less gas at equal weather since the start, with its interval", async () => {
    const res = await savingsOf("energy=gas&start=2025-03-01");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      energy: "gas",
      verdict: "ok",
      station: { code: "demo", label: "normales (démo)" },
      weather: { source: "monthly_degree_days", missingMonths: [] },
      model: {
        kind: "heating_only",
        degreeDayConvention: "equiv16_5",
        balancePointC: 16.5,
        baselinePeriods: 12,
      },
      reporting: { from: "2025-03-01", to: "2026-03-01", periods: 12, savingsEur: null },
    });
    expect(res.body.reporting.savingsFraction).toBeGreaterThan(0.12);
    expect(res.body.reporting.savingsFraction).toBeLessThan(0.18);
    expect(res.body.reporting.uncertaintyKwh90).toBeGreaterThan(0);
    // No gas tariff in this organisation: the euros are not guessed.
    expect(res.body.flags).toContainEqual({ code: "tariff_missing" });
    expect(res.body.points).toHaveLength(24);
  });

  it("values the savings at the gas price in force, VAT included", async () => {
    const tariff = await t.call("POST", "/api/settings/tariffs", {
      cookie: await t.signIn(
        (await makeUser(t.db, { organisationId: orgId, role: "coordinator" })).email as string,
      ),
      body: {
        energy: "gas",
        validFrom: "2024-01-01",
        pricesEurPerUnit: { single: 0.1 },
        fixedEurPerYear: 0,
        vatRate: 0.06,
        label: "Contrat gaz",
      },
    });
    expect(tariff.status).toBe(201);
    const res = await savingsOf("energy=gas&start=2025-03-01");
    expect(res.body.reporting.savingsEur).toBeCloseTo(res.body.reporting.savingsKwh * 0.106, 6);
    expect(res.body.flags).not.toContainEqual({ code: "tariff_missing" });
  });

  it("says when there is not a year of readings before the start yet", async () => {
    const res = await savingsOf("energy=gas&start=2024-06-01");
    expect(res.body).toMatchObject({ verdict: "insufficient_baseline", model: null, reporting: null });
    expect(res.body.baselineCoverage).toMatchObject({ coveredDays: 152, requiredDays: 329 });
  });

  it("says which months lack weather on a station without them", async () => {
    const res = await savingsOf("energy=gas&start=2025-03-01&station=uccle");
    expect(res.body.verdict).toBe("no_weather_data");
    expect(res.body.weather.missingMonths).toContain("2024-06");
  });

  it("needs a start date when the household never joined a group, a known energy and a known station", async () => {
    const noStart = await savingsOf("energy=gas");
    expect(noStart.status).toBe(422);
    expect(noStart.headers.get("content-type")).toContain("application/problem+json");
    expect(noStart.body.errors).toMatchObject([{ field: "start" }]);
    expect(noStart.body.title).toContain("n'a rejoint aucun groupe");
    expect((await savingsOf("energy=water&start=2025-03-01")).status).toBe(400);
    expect((await savingsOf("energy=gas&start=2025-03-01&station=nowhere")).status).toBe(404);
    const noMeter = await savingsOf("energy=heating_oil&start=2025-03-01");
    expect(noMeter.status).toBe(404);
    expect(noMeter.body.code).toBe("savings.no_meter");
  });

  it("runs from the day the household joined its group unless another start is asked", async () => {
    const group = await t.call("POST", "/api/groups", {
      cookie: adviser,
      body: { name: "Les Économes", startsOn: "2025-03-01" },
    });
    expect(group.status).toBe(201);
    const joined = await t.call("POST", `/api/groups/${group.body.id}/members`, {
      cookie: adviser,
      body: { householdId: household.id, joinedOn: "2025-03-03" },
    });
    expect(joined.status).toBe(201);
    const byDefault = await savingsOf("energy=gas");
    expect(byDefault.status).toBe(200);
    expect(byDefault.body).toMatchObject({ start: "2025-03-03", startSource: "group_joined", verdict: "ok" });
    const chosen = await savingsOf("energy=gas&start=2025-03-01");
    expect(chosen.body).toMatchObject({ start: "2025-03-01", startSource: "chosen" });
  });
});

describe("who may see them", () => {
  it("its adviser once it agreed (the read is audited); not another household, not another organisation", async () => {
    expect((await savingsOf("energy=gas&start=2025-03-01", adviser)).status).toBe(200);
    const log = await t.call("GET", `/api/households/${household.id}/audit-log`, {
      cookie: await t.signIn(
        (await makeUser(t.db, { organisationId: orgId, role: "coordinator" })).email as string,
      ),
    });
    expect(JSON.stringify(log.body)).toContain("household.savings_viewed");
    const other = await t.call("POST", "/api/households", { cookie: adviser, body: { pseudonym: "Autre" } });
    const otherCookie = await t.signInHousehold(other.body.household.code, other.body.pin);
    expect((await savingsOf("energy=gas&start=2025-03-01", otherCookie)).status).toBe(404);
    const elsewhere = await makeOrganisation(t.db);
    const stranger = await t.signIn(
      (await makeUser(t.db, { organisationId: elsewhere.id, role: "adviser" })).email as string,
    );
    expect((await savingsOf("energy=gas&start=2025-03-01", stranger)).status).toBe(404);
  });
});

describe("the year's bill", () => {
  it("asks for the billing month and advance, then projects the bill at normal weather", async () => {
    const before = await t.call("GET", `/api/households/${household.id}/bill-projection`, {
      cookie: household.cookie,
    });
    expect(before.status).toBe(200);
    expect(before.body.missing).toEqual(["billing_month", "monthly_advance"]);
    expect(before.body.regularisationEur).toBeNull();

    const profile = await t.call("PATCH", `/api/households/${household.id}`, {
      cookie: adviser,
      body: { billingMonth: 9, monthlyAdvanceEur: 120 },
    });
    expect(profile.status).toBe(200);
    const res = await t.call("GET", `/api/households/${household.id}/bill-projection`, {
      cookie: household.cookie,
    });
    expect(res.body).toMatchObject({
      billingYear: { from: "2025-09-01", to: "2026-09-01" },
      station: { code: "demo", label: "normales (démo)" },
      monthlyAdvanceEur: 120,
      advancesEur: 1440,
      missing: [],
    });
    const gas = res.body.energies.find((e: { energy: string }) => e.energy === "gas");
    expect(gas).toMatchObject({ status: "projected", measuredTo: "2026-03-01" });
    expect(gas.projectedKwh).toBeCloseTo(gas.measuredKwh + gas.remainingKwh, 6);
    expect(res.body.expectedCostEur).toBeCloseTo(gas.costEur, 6);
    expect(res.body.regularisationEur).toBeCloseTo(res.body.expectedCostEur - 1440, 6);
    expect(res.body.suggestedMonthlyAdvanceEur % 5).toBe(0);
    expect(res.body.suggestedMonthlyAdvanceEur * 12).toBeGreaterThanOrEqual(res.body.expectedCostEur);
    expect(res.body.uncertaintyEur90).toBeGreaterThan(0);
  });
});

describe("the organisation's weather station", () => {
  it("is read by staff, changed by the coordinator to a station the platform holds, and used by savings", async () => {
    const coordinator = await t.signIn(
      (await makeUser(t.db, { organisationId: orgId, role: "coordinator" })).email as string,
    );
    const station = await t.call("GET", "/api/settings/weather-station", { cookie: adviser });
    expect(station.body).toEqual({
      code: "demo",
      name: "Station de démonstration",
      label: "normales (démo)",
    });
    const byAdviser = await t.call("PUT", "/api/settings/weather-station", {
      cookie: adviser,
      body: { stationCode: "uccle" },
    });
    expect(byAdviser.status).toBe(403);
    const unknown = await t.call("PUT", "/api/settings/weather-station", {
      cookie: coordinator,
      body: { stationCode: "atlantis" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe("stationCode");
    const changed = await t.call("PUT", "/api/settings/weather-station", {
      cookie: coordinator,
      body: { stationCode: "uccle" },
    });
    expect(changed.body.code).toBe("uccle");
    // Uccle's shipped months stop in January 2023: the same household now lacks weather.
    expect((await savingsOf("energy=gas&start=2025-03-01")).body.verdict).toBe("no_weather_data");
    await t.call("PUT", "/api/settings/weather-station", {
      cookie: coordinator,
      body: { stationCode: "demo" },
    });
    // The audit log says which station each change chose.
    const lines = await t.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, orgId), eq(auditLog.action, "settings.weather_station_changed")))
      .orderBy(asc(auditLog.at));
    expect(lines).toEqual([{ details: { stationCode: "uccle" } }, { details: { stationCode: "demo" } }]);
  });
});

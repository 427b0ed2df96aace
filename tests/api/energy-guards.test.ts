import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { budgetMeterTopUps, households, meters, readings } from "../../db/schema/index.ts";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

/** The test clock is 2026-03-10; the organisation uses the demo weather station (normals). */
let t: TestApp;
let orgId: string;
let adviser: string;

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db, { weatherStationCode: "demo" })).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

/** A gas-heated household of two on 80 m² that agreed to share, with two years of monthly gas readings. */
async function gasHousehold({
  m3PerMonth,
  floorAreaM2 = 80,
  consenting = true,
}: {
  m3PerMonth: number;
  floorAreaM2?: number | null;
  consenting?: boolean;
}) {
  const h = await makeHousehold(t.db, { organisationId: orgId });
  await t.db
    .update(households)
    .set({
      adults: 2,
      children: 0,
      heatingType: "individual_gas",
      floorAreaM2: floorAreaM2 === null ? null : String(floorAreaM2),
    })
    .where(eq(households.id, h.id));
  const cookie = await t.signInHousehold(h.code);
  if (consenting)
    await t.call("POST", `/api/households/${h.id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  const [meter] = await t.db
    .insert(meters)
    .values({
      organisationId: orgId,
      householdId: h.id,
      kind: "gas",
      name: "Gaz",
      icon: "gas",
      registers: ["single"],
      startedAt: startOfBrusselsDay("2024-03-01"),
    })
    .returning({ id: meters.id });
  const normals = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
  let index = 1000;
  const rows = [];
  for (let i = 0; i <= 24; i++) {
    const month = ((2 + i) % 12) + 1; // from March 2024
    const year = 2024 + Math.floor((2 + i) / 12);
    rows.push({
      organisationId: orgId,
      meterId: (meter as { id: string }).id,
      register: "single" as const,
      readAt: startOfBrusselsDay(`${year}-${String(month).padStart(2, "0")}-01`),
      value: String(Math.round(index * 1000) / 1000),
      source: "household" as const,
      clientId: randomUUID(),
      flags: i === 0 ? ["start"] : [],
    });
    // Use follows the degree-days of the month, plus a little for hot water.
    index += m3PerMonth * (0.2 + (0.8 * (normals[month - 1] as number)) / 188);
  }
  await t.db.insert(readings).values(rows);
  return { id: h.id, cookie };
}

const guardsOf = (id: string, cookie: string) =>
  t.call("GET", `/api/households/${id}/energy-guards`, { cookie });

describe("possible restriction", () => {
  it("is not assessable below twenty comparable households, or without a floor area", async () => {
    // Households that did not agree to share are not compared with: their use stays theirs.
    for (let i = 0; i < 20; i++) await gasHousehold({ m3PerMonth: 90 + i * 2, consenting: false });
    const lone = await gasHousehold({ m3PerMonth: 100 });
    const res = await guardsOf(lone.id, adviser);
    expect(res.status).toBe(200);
    expect(res.body.restriction).toEqual({ status: "not_assessable", reason: "no_comparable_population" });
    const noArea = await gasHousehold({ m3PerMonth: 100, floorAreaM2: null });
    expect((await guardsOf(noArea.id, adviser)).body.restriction).toEqual({
      status: "not_assessable",
      reason: "no_floor_area",
    });
  });

  it("flags a household using under half what twenty comparable households use per m²", async () => {
    for (let i = 0; i < 20; i++) await gasHousehold({ m3PerMonth: 90 + i * 2 });
    const cold = await gasHousehold({ m3PerMonth: 35 });
    const res = await guardsOf(cold.id, adviser);
    expect(res.body.restriction).toMatchObject({ status: "possible_restriction", energy: "gas" });
    expect(res.body.restriction.comparableCount).toBeGreaterThanOrEqual(20);
    expect(res.body.restriction.householdValue).toBeLessThan(res.body.restriction.comparableMedian / 2);
    const usual = await gasHousehold({ m3PerMonth: 100 });
    expect((await guardsOf(usual.id, adviser)).body.restriction.status).toBe("no_sign");

    // The organisation's own calorific value converts every household's gas, as its savings do.
    const before = (await guardsOf(cold.id, adviser)).body.restriction;
    const coordinator = await t.signIn(
      (await makeUser(t.db, { organisationId: orgId, role: "coordinator" })).email as string,
    );
    const value = { gasType: "H", kwhPerM3: 10.44, validFrom: "2020-01-01" };
    const set = await t.call("POST", "/api/settings/calorific-values", { cookie: coordinator, body: value });
    expect(set.status).toBe(201);
    const after = (await guardsOf(cold.id, adviser)).body.restriction;
    expect(after.householdValue / before.householdValue).toBeCloseTo(10.44 / 11.6, 6);
    expect(after.comparableMedian / before.comparableMedian).toBeCloseTo(10.44 / 11.6, 6);
  });
});

describe("comfort check-ins", () => {
  it("are stored once, refused in the future, and flag a cold and damp home", async () => {
    const h = await gasHousehold({ m3PerMonth: 100 });
    const body = {
      day: "2026-02-10",
      indoorC: 16.5,
      humidityPct: 74,
      feltCold: true,
      clientId: randomUUID(),
    };
    const first = await t.call("POST", `/api/households/${h.id}/comfort-checkins`, {
      cookie: h.cookie,
      body,
    });
    expect(first.status).toBe(201);
    const again = await t.call("POST", `/api/households/${h.id}/comfort-checkins`, {
      cookie: h.cookie,
      body,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const changed = await t.call("POST", `/api/households/${h.id}/comfort-checkins`, {
      cookie: h.cookie,
      body: { ...body, indoorC: 19 },
    });
    expect(changed.status).toBe(409);
    const future = await t.call("POST", `/api/households/${h.id}/comfort-checkins`, {
      cookie: adviser,
      body: { ...body, day: "2026-03-11", clientId: randomUUID() },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe("day");
    // Nothing noted: refused, saying what to note, and nothing stored.
    const empty = await t.call("POST", `/api/households/${h.id}/comfort-checkins`, {
      cookie: h.cookie,
      body: { day: "2026-02-11", clientId: randomUUID() },
    });
    expect(empty.status).toBe(400);
    expect(empty.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(empty.body.errors[0]).toMatchObject({
      field: "indoorC",
      message: "Notez au moins la température, l'humidité ou si vous avez eu froid.",
    });
    const list = await t.call("GET", `/api/households/${h.id}/comfort-checkins`, { cookie: adviser });
    expect(list.body).toHaveLength(1);
    const guards = await guardsOf(h.id, h.cookie);
    expect(guards.body.comfort).toEqual({
      checkIns: 1,
      lastCheckIn: "2026-02-10",
      flags: [{ day: "2026-02-10", reasons: ["cold_home", "damp_home", "felt_cold"] }],
    });
  });
});

describe("budget-meter top-ups", () => {
  it("flags top-ups that stopped although they came every week", async () => {
    const h = await gasHousehold({ m3PerMonth: 100 });
    await t.db.update(households).set({ budgetMeter: true }).where(eq(households.id, h.id));
    const days = Array.from({ length: 26 }, (_, i) =>
      new Date(Date.UTC(2025, 6, 1 + i * 7)).toISOString().slice(0, 10),
    );
    await t.db.insert(budgetMeterTopUps).values(
      days.map((day) => ({
        organisationId: orgId,
        householdId: h.id,
        toppedUpOn: day,
        amountEur: "20",
        clientId: randomUUID(),
      })),
    );
    const res = await guardsOf(h.id, adviser);
    // Weekly 20 € from July 2025 to the end of December, nothing since: stopped.
    expect(res.body.selfDisconnection).toMatchObject({ status: "top_ups_stopped", lastTopUp: days.at(-1) });
  });
});

describe("who may see them", () => {
  it("not another household, and staff only once the household agreed", async () => {
    const h = await gasHousehold({ m3PerMonth: 100 });
    const other = await makeHousehold(t.db, { organisationId: orgId });
    expect((await guardsOf(h.id, await t.signInHousehold(other.code))).status).toBe(404);
    expect((await guardsOf(other.id, adviser)).status).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMetersOfHouseholds } from "../../api/meters/meters.repo.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

// Demo meters all start on one day: without a full order, "Mes compteurs" and the staff list
// showed them in whatever order the database found them, different from one visit to the next.

let t: TestApp;
let orgId: string;
let adviser: string;
let household: { id: string; cookie: string };

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  await t.call("POST", `/api/households/${household.id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
});
afterAll(() => t.close());

async function newMeter(kind: string, name: string, startedAt = "2026-01-01"): Promise<string> {
  const res = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie: household.cookie,
    body: { kind, name, startedAt, startIndex: 10 },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe("lists of meters", () => {
  it("come oldest first, then electricity, gas, water…, then by name, then by id: the same at every visit", async () => {
    // Created in a jumbled order, all but one on the same day.
    const water = await newMeter("water", "Eau");
    const powerB = await newMeter("electricity", "Compteur B");
    const gasTwins = [await newMeter("gas", "Gaz"), await newMeter("gas", "Gaz")].sort();
    const powerA = await newMeter("electricity", "Compteur A");
    const heat = await newMeter("heat", "Chaleur", "2025-12-01");
    const expected = [heat, powerA, powerB, ...gasTwins, water];

    const mine = await t.call("GET", `/api/households/${household.id}/meters`, { cookie: household.cookie });
    expect(mine.body.map((m: { id: string }) => m.id)).toEqual(expected);
    const overview = await t.call("GET", "/api/reading-overview", { cookie: adviser });
    const entry = overview.body.find((h: { householdId: string }) => h.householdId === household.id);
    expect(entry.meters.map((m: { id: string }) => m.id)).toEqual(expected);
    const ofHouseholds = await listMetersOfHouseholds(t.db, orgId, [household.id]);
    expect(ofHouseholds.map((m) => m.id)).toEqual(expected);
  });
});

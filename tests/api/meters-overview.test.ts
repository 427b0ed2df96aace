import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let adviser: string;
let viewer: string;
let otherOrgAdviser: string;

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  const staff = async (organisationId: string, role: "adviser" | "viewer") =>
    t.signIn((await makeUser(t.db, { organisationId, role })).email as string);
  adviser = await staff(orgId, "adviser");
  viewer = await staff(orgId, "viewer");
  otherOrgAdviser = await staff((await makeOrganisation(t.db)).id, "adviser");
});
afterAll(() => t.close());

/** A household created by the adviser, signed in; it shares its data only when `consents`. */
async function newHousehold(consents: boolean) {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille" },
  });
  const id = created.body.household.id as string;
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  if (consents)
    await t.call("POST", `/api/households/${id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  return { id, cookie };
}

async function newMeter(household: { id: string; cookie: string }, body: Record<string, unknown>) {
  const res = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie: household.cookie,
    body,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

describe("GET /api/reading-overview", () => {
  it("gives staff each meter in use with its last reading, only for households that share their data", async () => {
    const sharing = await newHousehold(true);
    const secret = await newHousehold(false);
    const gas = await newMeter(sharing, {
      kind: "gas",
      name: "Gaz",
      startedAt: "2026-01-01",
      startIndex: 100,
    });
    const power = await newMeter(sharing, {
      kind: "electricity",
      name: "Électricité",
      registers: ["day", "night"],
      startedAt: "2026-01-02",
      startIndex: { day: 10, night: 5 },
    });
    await newMeter(secret, { kind: "water", name: "Eau", startedAt: "2026-01-01", startIndex: 1 });
    // The newest reading of any register is the meter's last one.
    const res = await t.call("POST", `/api/meters/${power.id}/readings`, {
      cookie: sharing.cookie,
      body: { register: "night", readAt: "2026-02-14", value: 80, clientId: randomUUID() },
    });
    expect(res.status).toBe(201);

    for (const cookie of [adviser, viewer]) {
      const list = await t.call("GET", "/api/reading-overview", { cookie });
      expect(list.status).toBe(200);
      expect(list.body.find((h: { householdId: string }) => h.householdId === sharing.id)).toEqual({
        householdId: sharing.id,
        meters: [
          { id: gas.id, name: "Gaz", kind: "gas", icon: "gas", lastReadAt: "2025-12-31T23:00:00.000Z" },
          {
            id: power.id,
            name: "Électricité",
            kind: "electricity",
            icon: "electricity",
            lastReadAt: "2026-02-13T23:00:00.000Z",
          },
        ],
      });
      expect(list.body.some((h: { householdId: string }) => h.householdId === secret.id)).toBe(false);
    }
  });

  it("drops a household's meters as soon as it takes its consent back, and replaced meters", async () => {
    const household = await newHousehold(true);
    const old = await newMeter(household, {
      kind: "water",
      name: "Eau",
      startedAt: "2026-01-01",
      startIndex: 1,
    });
    const replaced = await t.call("POST", `/api/meters/${old.id}/replace`, {
      cookie: household.cookie,
      body: { replacedAt: "2026-02-01", finalIndex: 20, newMeter: { startIndex: 0 } },
    });
    const entry = async () =>
      (await t.call("GET", "/api/reading-overview", { cookie: adviser })).body.find(
        (h: { householdId: string }) => h.householdId === household.id,
      );
    expect(replaced.status).toBe(201);
    expect((await entry()).meters.map((m: { id: string }) => m.id)).toEqual([replaced.body.id]);

    await t.call("POST", `/api/households/${household.id}/consent`, {
      cookie: household.cookie,
      body: { scope: "adviser", granted: false },
    });
    expect(await entry()).toBeUndefined();
  });

  it("shows nothing of another organisation, and nothing to a household", async () => {
    const household = await newHousehold(true);
    await newMeter(household, { kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 100 });
    const other = await t.call("GET", "/api/reading-overview", { cookie: otherOrgAdviser });
    expect(other.status).toBe(200);
    expect(other.body).toEqual([]);
    expect((await t.call("GET", "/api/reading-overview", { cookie: household.cookie })).status).toBe(403);
  });
});

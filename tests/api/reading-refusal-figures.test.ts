import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

// A refused reading says what to check, and a big jump carries its figures as problem members, so
// that the phone shows the server's sum (across a declared reset too) instead of redoing it.

let t: TestApp;
let household: { id: string; cookie: string };
const nb = "\u202f"; // French thousands separator

beforeAll(async () => {
  t = await setupTestApp(); // now: 2026-03-10T09:00Z
  const org = await makeOrganisation(t.db);
  const adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "adviser" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Remise" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  await t.call("POST", `/api/households/${household.id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
});
afterAll(() => t.close());

async function newMeter(body: Record<string, unknown>): Promise<string> {
  const res = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie: household.cookie,
    body: { startedAt: "2026-01-01", ...body },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const post = (meterId: string, body: Record<string, unknown>) =>
  t.call("POST", `/api/meters/${meterId}/readings`, {
    cookie: household.cookie,
    body: { clientId: randomUUID(), ...body },
  });

describe("an index below the last one", () => {
  it("on a day/night meter: check the digits, then day and night swapped, then the adviser, reset last", async () => {
    const meterId = await newMeter({
      kind: "electricity",
      name: "Électricité",
      registers: ["day", "night"],
      startIndex: { day: 14_000, night: 9_000 },
    });
    const refused = await post(meterId, { register: "day", readAt: "2026-02-01", value: 9_100 });
    expect(refused.body.code).toBe("reading.below_previous");
    expect(refused.body.detail).toBe(
      "Relisez les chiffres un par un : c'est souvent une faute de frappe. " +
        "Vérifiez aussi que vous n'avez pas inversé le jour et la nuit. " +
        "Si le compteur a été remplacé, prévenez votre conseiller. " +
        "Cochez « remise à zéro » seulement si le compteur a vraiment dépassé son maximum et recommencé à zéro.",
    );
    expect(refused.body.errors).toEqual([
      { field: "value", code: "reading.below_previous", message: refused.body.title },
    ]);
  });

  it("on a heat-cost allocator: its yearly reset comes first, as the likeliest cause", async () => {
    const meterId = await newMeter({ kind: "heat_cost_allocator", name: "Séjour", startIndex: 845 });
    const refused = await post(meterId, { readAt: "2026-02-01", value: 12 });
    expect(refused.body.code).toBe("reading.below_previous");
    expect(refused.body.detail).toBe(
      "Un répartiteur recommence à zéro une fois par an, au début de la saison de chauffage : " +
        "si c'est le cas, cochez « remise à zéro ». Sinon, relisez les chiffres un par un.",
    );
    const reset = await post(meterId, { readAt: "2026-02-01", value: 12, reset: true });
    expect(reset.status).toBe(201);
  });

  it("on a one-register meter: no word of day and night; a correction is told the same", async () => {
    const meterId = await newMeter({ kind: "gas", name: "Gaz", startIndex: 1_000 });
    const stored = await post(meterId, { readAt: "2026-02-01", value: 1_100 });
    const refused = await post(meterId, { readAt: "2026-03-01", value: 1_050 });
    expect(refused.body.detail).toMatch(
      /^Relisez les chiffres un par un : c'est souvent une faute de frappe\. Si/,
    );
    expect(refused.body.detail).not.toMatch(/jour et la nuit/);
    // History → Modifier offers the same « remise à zéro » box: PATCH takes `reset`.
    const corrected = await t.call("PATCH", `/api/readings/${stored.body.id}`, {
      cookie: household.cookie,
      body: { value: 900 },
    });
    expect(corrected.body).toMatchObject({ code: "reading.below_previous", detail: refused.body.detail });
  });
});

describe("a jump to confirm carries its figures", () => {
  it("after a declared reset without a known maximum: the new index counted from zero, never negative", async () => {
    const meterId = await newMeter({
      kind: "electricity",
      name: "Électricité",
      registers: ["day", "night"],
      startIndex: { day: 14_000, night: 9_000 },
    });
    await post(meterId, { register: "day", readAt: "2026-02-01", value: 14_500 });
    // Typed in the afternoon: 1 Feb → 3 Mar is 30 calendar days, not 30.6 rounded to 31.
    const asked = await post(meterId, {
      register: "day",
      readAt: "2026-03-03T15:00:00+01:00",
      value: 9_300,
      reset: true,
    });
    expect(asked.status).toBe(422);
    expect(asked.body).toMatchObject({
      code: "reading.needs_confirmation",
      value: 9_300,
      consumption: 9_300,
      unit: "kwh",
      days: 30,
      previousValue: 14_500,
      previousDate: "2026-02-01",
    });
    expect(asked.body.title).toBe(
      `C'est beaucoup plus que d'habitude : 9${nb}300 kWh depuis le relevé du 01/02.`,
    );
  });

  it("after a rollover past a known maximum: the turn of the counter, also on a correction", async () => {
    const meterId = await newMeter({ kind: "gas", name: "Gaz", startIndex: 99_000, maxIndex: 99_999 });
    await post(meterId, { readAt: "2026-02-01", value: 99_500 });
    // 100000 − 99500 + 800 = 1300 m³ in 28 days, above 25 m³ × 28 + 3.
    const body = { readAt: "2026-03-01", value: 800, reset: true };
    const asked = await post(meterId, body);
    const figures = {
      consumption: 1_300,
      unit: "m3",
      days: 28,
      previousValue: 99_500,
      previousDate: "2026-02-01",
    };
    expect(asked.body).toMatchObject({ code: "reading.needs_confirmation", value: 800, ...figures });

    const small = await post(meterId, { readAt: "2026-03-01", value: 99_600 });
    const corrected = await t.call("PATCH", `/api/readings/${small.body.id}`, {
      cookie: household.cookie,
      body: { value: 800, reset: true },
    });
    expect(corrected.body).toMatchObject({ code: "reading.needs_confirmation", value: 800, ...figures });
  });

  it("the API description lists those members of a problem", async () => {
    const doc = await t.call("GET", "/api/openapi.json");
    const members = Object.keys(doc.body.components.schemas.Problem.properties);
    expect(members).toEqual(
      expect.arrayContaining(["value", "consumption", "unit", "days", "previousValue", "previousDate"]),
    );
  });
});

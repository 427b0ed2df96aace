import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let adviser: string;
beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db);
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

const profile = {
  adults: 2,
  children: 3,
  heatingType: "individual_gas",
  floorAreaM2: 82.5,
  budgetMeter: true,
  protectedCustomer: true,
  billingMonth: 9,
  monthlyAdvanceEur: 145.5,
};

async function createWithProfile() {
  const res = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Profil", ...profile },
  });
  expect(res.status).toBe(201);
  const household = await t.signInHousehold(res.body.household.code, res.body.pin);
  return { id: res.body.household.id as string, household };
}

describe("a household's profile and consent", () => {
  it("stays hidden from the adviser until the household agrees, and hides again when it withdraws", async () => {
    const { id, household } = await createWithProfile();
    const before = await t.call("GET", `/api/households/${id}`, { cookie: adviser });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      pseudonym: "Famille Profil",
      profile: null,
      consent: { adviser: null, group: null },
    });

    const own = await t.call("GET", `/api/households/${id}`, { cookie: household });
    expect(own.body.profile).toMatchObject({ ...profile, dwellingId: null });

    const agreed = await t.call("POST", `/api/households/${id}/consent`, {
      cookie: household,
      body: { scope: "adviser", granted: true },
    });
    expect(agreed.body.consent.adviser.grantedAt).toBe(t.clock.now.toISOString());
    const after = await t.call("GET", `/api/households/${id}`, { cookie: adviser });
    expect(after.body.profile).toMatchObject(profile);

    await t.call("POST", `/api/households/${id}/consent`, {
      cookie: household,
      body: { scope: "adviser", granted: false },
    });
    expect((await t.call("GET", `/api/households/${id}`, { cookie: adviser })).body.profile).toBeNull();
  });

  it("lets the adviser edit the profile; nulls clear a field", async () => {
    const { id } = await createWithProfile();
    await t.call("POST", `/api/households/${id}/consent`, {
      cookie: adviser,
      body: { scope: "adviser", granted: true },
    });
    const res = await t.call("PATCH", `/api/households/${id}`, {
      cookie: adviser,
      body: { adults: 1, floorAreaM2: null, heatingType: "collective", pseudonym: "Madame Profil" },
    });
    expect(res.status).toBe(200);
    expect(res.body.pseudonym).toBe("Madame Profil");
    expect(res.body.profile).toMatchObject({
      adults: 1,
      children: 3,
      floorAreaM2: null,
      heatingType: "collective",
    });
  });

  it("refuses impossible values field by field", async () => {
    const { id } = await createWithProfile();
    const res = await t.call("PATCH", `/api/households/${id}`, {
      cookie: adviser,
      body: { adults: 0, billingMonth: 13, heatingType: "coal" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "adults",
      "billingMonth",
      "heatingType",
    ]);
  });

  it("a household cannot record consent for another one", async () => {
    const mine = await createWithProfile();
    const other = await createWithProfile();
    const res = await t.call("POST", `/api/households/${other.id}/consent`, {
      cookie: mine.household,
      body: { scope: "group", granted: true },
    });
    expect(res.status).toBe(404);
  });
});

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;
let adviser: string;
beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

const consent = (householdId: string, granted: boolean) =>
  t.call("POST", `/api/households/${householdId}/consent`, {
    cookie: adviser,
    body: { scope: "adviser", granted },
  });

describe("household accounts", () => {
  it("an adviser creates a household; it signs in with its code (any case) and the PIN shown once", async () => {
    const res = await t.call("POST", "/api/households", {
      cookie: adviser,
      body: { pseudonym: "Famille Test" },
    });
    expect(res.status).toBe(201);
    expect(res.body.pin).toMatch(/^\d{4}$/);
    expect(res.body.household.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const login = await t.call("POST", "/api/auth/household-login", {
      body: { code: res.body.household.code.toLowerCase(), pin: res.body.pin },
    });
    expect(login.status).toBe(200);
    expect(login.body.householdId).toBe(res.body.household.id);
    expect(login.body.user.displayName).toBe("Famille Test");
  });

  it("renames the household's account with it, so its old name shows nowhere", async () => {
    const res = await t.call("POST", "/api/households", {
      cookie: adviser,
      body: { pseudonym: "Jean Dupont rue Haute 5" },
    });
    await consent(res.body.household.id, true);
    const renamed = await t.call("PATCH", `/api/households/${res.body.household.id}`, {
      cookie: adviser,
      body: { pseudonym: "F-12" },
    });
    expect(renamed.status).toBe(200);
    const cookie = await t.signInHousehold(res.body.household.code, res.body.pin);
    expect((await t.call("GET", "/api/me", { cookie })).body.user.displayName).toBe("F-12");
  });

  it("gives accounts renamed before their household followed its name that name (migration 0017)", async () => {
    const res = await t.call("POST", "/api/households", { cookie: adviser, body: { pseudonym: "F-13" } });
    const cookie = await t.signInHousehold(res.body.household.code, res.body.pin);
    // As a rename before the fix left it: the household renamed, its account not.
    await t.db.execute(sql`update users set display_name = 'Marie Martin rue Basse 3'
      where id = (select user_id from households where id = ${res.body.household.id})`);
    const before = await t.call("GET", "/api/me", { cookie });
    expect(before.body.user.displayName).toBe("Marie Martin rue Basse 3");
    const backfill = readFileSync(
      new URL("../../db/migrations/0017_backfill_household_account_names.sql", import.meta.url),
      "utf8",
    );
    await t.db.execute(sql.raw(backfill));
    expect((await t.call("GET", "/api/me", { cookie })).body.user.displayName).toBe("F-13");
  });

  it("refuses a floor area or an advance finer than what is kept, naming the field", async () => {
    const post = (body: Record<string, unknown>) =>
      t.call("POST", "/api/households", {
        cookie: adviser,
        body: { pseudonym: "Famille Décimale", ...body },
      });
    const area = await post({ floorAreaM2: 0.01 });
    expect(area.status).toBe(400);
    expect(area.body.errors[0].field).toBe("floorAreaM2");
    expect((await post({ monthlyAdvanceEur: 0.001 })).body.errors[0].field).toBe("monthlyAdvanceEur");
    const fine = await post({ floorAreaM2: 72.3, monthlyAdvanceEur: 89.99 });
    expect(fine.status).toBe(201);
  });

  it("creates one household for a form sent twice, and the second answer's PIN is the one that works", async () => {
    const body = { pseudonym: "Famille Deux Fois", clientId: randomUUID() };
    const first = await t.call("POST", "/api/households", { cookie: adviser, body });
    const again = await t.call("POST", "/api/households", { cookie: adviser, body });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.household).toEqual(first.body.household);
    const list = await t.call("GET", "/api/households", { cookie: adviser });
    expect(list.body.filter((h: { pseudonym: string }) => h.pseudonym === "Famille Deux Fois")).toHaveLength(
      1,
    );
    const login = (pin: string) =>
      t.call("POST", "/api/auth/household-login", { body: { code: first.body.household.code, pin } });
    expect((await login(again.body.pin)).status).toBe(200);
    const other = await t.call("POST", "/api/households", {
      cookie: adviser,
      body: { ...body, pseudonym: "Autre nom" },
    });
    expect(other.status).toBe(409);
    expect(other.body.errors[0].field).toBe("clientId");
  });

  it("refuses a code already taken", async () => {
    await t.call("POST", "/api/households", { cookie: adviser, body: { pseudonym: "A", code: "maison-1" } });
    const again = await t.call("POST", "/api/households", {
      cookie: adviser,
      body: { pseudonym: "B", code: "MAISON-1" },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("household.code_taken");
  });

  it("a PIN reset gives a new PIN, refuses the old one and signs the household out everywhere", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    await consent(household.id, true);
    const oldSession = await t.signInHousehold(household.code);
    const reset = await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: adviser });
    expect(reset.status).toBe(200);
    expect(reset.body.code).toBe(household.code);
    expect((await t.call("GET", "/api/me", { cookie: oldSession })).status).toBe(401);
    const oldPin = await t.call("POST", "/api/auth/household-login", {
      body: { code: household.code, pin: "4321" },
    });
    expect(oldPin.status).toBe(401);
    expect(await t.signInHousehold(household.code, reset.body.pin)).toMatch(/^ew_session=/);
  });
});

describe("without the household's consent", () => {
  it("staff do not edit its profile, and a housing manager gets no PIN that would open its account", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const edit = await t.call("PATCH", `/api/households/${household.id}`, {
      cookie: adviser,
      body: { protectedCustomer: true },
    });
    expect(edit.status).toBe(403);
    expect(edit.body.code).toBe("household.no_consent");
    const manager = await t.signIn(
      (await makeUser(t.db, { organisationId: orgId, role: "housing_manager" })).email as string,
    );
    const reset = await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: manager });
    expect(reset.status).toBe(403);
    // Nor may it give itself the consent that would open the account.
    const selfGranted = await t.call("POST", `/api/households/${household.id}/consent`, {
      cookie: manager,
      body: { scope: "adviser", granted: true },
    });
    expect(selfGranted.status).toBe(403);
    expect(
      (await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: manager })).status,
    ).toBe(403);
    // The PIN it had still opens its account.
    expect(await t.signInHousehold(household.code)).toMatch(/^ew_session=/);
    // The adviser who handed out the account gives a new PIN (its paper was lost before any consent).
    const byAdviser = await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: adviser });
    expect(byAdviser.status).toBe(200);
    // With its consent, the adviser may edit it, and the manager reset it.
    await consent(household.id, true);
    const edited = await t.call("PATCH", `/api/households/${household.id}`, {
      cookie: adviser,
      body: { protectedCustomer: true },
    });
    expect(edited.status).toBe(200);
    const byManager = await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: manager });
    expect(byManager.status).toBe(200);
  });
});

describe("who sees which household", () => {
  it("a household sees itself and nothing of another household", async () => {
    const mine = await makeHousehold(t.db, { organisationId: orgId });
    const other = await makeHousehold(t.db, { organisationId: orgId });
    const cookie = await t.signInHousehold(mine.code);
    expect((await t.call("GET", `/api/households/${mine.id}`, { cookie })).body.code).toBe(mine.code);
    expect((await t.call("GET", `/api/households/${other.id}`, { cookie })).status).toBe(404);
    expect((await t.call("GET", "/api/households", { cookie })).status).toBe(403);
  });

  it("staff of another organisation neither list nor open nor reset this organisation's households", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const elsewhere = await makeOrganisation(t.db);
    const outsider = await t.signIn(
      (await makeUser(t.db, { organisationId: elsewhere.id, role: "adviser" })).email as string,
    );
    const list = await t.call("GET", "/api/households", { cookie: outsider });
    expect(list.body.map((h: { id: string }) => h.id)).not.toContain(household.id);
    expect((await t.call("GET", `/api/households/${household.id}`, { cookie: outsider })).status).toBe(404);
    expect(
      (await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: outsider })).status,
    ).toBe(404);
    expect((await t.call("GET", `/api/households/${household.id}`, { cookie: adviser })).status).toBe(200);
  });
});

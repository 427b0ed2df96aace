import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { makeHousehold, makeOrganisation, makeUser, TEST_PIN } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
});
afterAll(() => t.close());

const choose = (cookie: string, currentPin: string, newPin: string) =>
  t.call("POST", "/api/me/pin", { cookie, body: { currentPin, newPin } });
const signInWith = (code: string, pin: string) =>
  t.call("POST", "/api/auth/household-login", { body: { code, pin } });

describe("a household chooses its own PIN", () => {
  it("replaces the PIN it was given: only the new one opens the account, its other phones are signed out", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const here = await t.signInHousehold(household.code);
    const elsewhere = await t.signInHousehold(household.code);
    expect((await t.call("GET", "/api/me", { cookie: here })).body.household.ownPinSince).toBeNull();

    const chosen = await choose(here, TEST_PIN, "4719");
    expect(chosen.status).toBe(200);
    expect(chosen.body.chosenAt).toBe(t.clock.now.toISOString());
    // The same request again (its answer lost on a weak connection) is answered as the first time.
    const retried = await choose(here, TEST_PIN, "4719");
    expect(retried.status).toBe(200);
    expect(retried.body.chosenAt).toBe(chosen.body.chosenAt);

    const me = await t.call("GET", "/api/me", { cookie: here });
    expect(me.status).toBe(200);
    expect(me.body.household.ownPinSince).toBe(t.clock.now.toISOString());
    expect((await t.call("GET", "/api/me", { cookie: elsewhere })).status).toBe(401);
    expect((await signInWith(household.code, TEST_PIN)).status).toBe(401);
    expect((await signInWith(household.code, "4719")).status).toBe(200);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, household.id), eq(auditLog.action, "household.pin_chosen")));
    expect(audited).toHaveLength(1);
  });

  it("refuses a PIN anyone would guess, saying why and changing nothing", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const cookie = await t.signInHousehold(household.code);
    const res = await choose(cookie, TEST_PIN, "1234");
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe("pin.sequence");
    expect(res.body.title).toBe("Ce code est trop facile à deviner : des chiffres qui se suivent.");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "newPin", code: "pin.sequence" })]);
    expect((await choose(cookie, TEST_PIN, "12345678a")).body.code).toBe("pin.format");
    expect((await signInWith(household.code, TEST_PIN)).status).toBe(200);
  });

  it("checks the current PIN as a sign-in attempt: wrong ones are refused, then throttled", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const cookie = await t.signInHousehold(household.code);
    const wrong = await choose(cookie, "9999", "4719");
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([
      expect.objectContaining({ field: "currentPin", code: "pin.current_wrong" }),
    ]);
    for (let i = 0; i < 4; i++) await choose(cookie, "9999", "4719");
    expect((await choose(cookie, TEST_PIN, "4719")).status).toBe(429);
    const start = t.clock.now;
    try {
      t.clock.now = new Date(start.getTime() + 16 * 60_000);
      expect((await signInWith(household.code, TEST_PIN)).status).toBe(200);
      expect((await signInWith(household.code, "4719")).status).toBe(401);
    } finally {
      t.clock.now = start;
    }
  });

  it("is the household's alone: staff may not call it, and a staff reset makes the PIN a handed-out one again", async () => {
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const adviser = await t.signIn(
      (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
    );
    expect((await choose(adviser, TEST_PIN, "4719")).status).toBe(403);

    const cookie = await t.signInHousehold(household.code);
    expect((await choose(cookie, TEST_PIN, "4719")).status).toBe(200);
    const reset = await t.call("POST", `/api/households/${household.id}/reset-pin`, { cookie: adviser });
    expect(reset.status).toBe(200);
    const again = await t.signInHousehold(household.code, reset.body.pin);
    expect((await t.call("GET", "/api/me", { cookie: again })).body.household.ownPinSince).toBeNull();
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { makeHousehold, makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

// The language an organisation's staff write in: every member reads it in /api/me, so that pages
// mark the staff's texts with it; only the coordinator changes it.
let t: TestApp;
let orgId: string;
let coordinator: string;
let adviser: string;
let household: string;
let elsewhere: string;

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  const staff = async (role: "coordinator" | "adviser", organisationId = orgId) =>
    t.signIn((await makeUser(t.db, { organisationId, role })).email as string);
  coordinator = await staff("coordinator");
  adviser = await staff("adviser");
  household = await t.signInHousehold((await makeHousehold(t.db, { organisationId: orgId })).code);
  elsewhere = await staff("coordinator", (await makeOrganisation(t.db)).id);
});
afterAll(() => t.close());

const staffLanguageSeenBy = async (cookie: string) =>
  (await t.call("GET", "/api/me", { cookie })).body.activeOrganisation.staffLanguage;

const choose = (cookie: string, staffLanguage: unknown) =>
  t.call("PUT", "/api/settings/staff-language", { cookie, body: { staffLanguage } });

describe("the language staff write in", () => {
  it("is French until the coordinator chooses another, which every member then reads", async () => {
    expect(await staffLanguageSeenBy(household)).toBe("fr");
    const res = await choose(coordinator, "nl");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ staffLanguage: "nl" });
    for (const cookie of [coordinator, adviser, household])
      expect(await staffLanguageSeenBy(cookie)).toBe("nl");
    // Another organisation's is its own.
    expect(await staffLanguageSeenBy(elsewhere)).toBe("fr");
    // The coordinator's audit log says which language was chosen.
    const lines = await t.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, orgId), eq(auditLog.action, "settings.staff_language_changed")));
    expect(lines).toEqual([{ details: { staffLanguage: "nl" } }]);
  });

  it("is the coordinator's to change, and only to one of the four languages", async () => {
    expect((await choose(adviser, "de")).status).toBe(403);
    expect((await choose(household, "de")).status).toBe(403);
    const wrong = await choose(coordinator, "es");
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(wrong.body.errors[0].field).toBe("staffLanguage");
    expect(await staffLanguageSeenBy(coordinator)).toBe("nl");
  });
});

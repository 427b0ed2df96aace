import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../api/http/context.ts";
import { fixture, uploadCsv } from "../factories/imports.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
const staff = new Map<string, string>();
let otherAdviser: string;
let consenting: { id: string; cookie: string; meterId: string };
let other: { id: string; cookie: string; meterId: string };
let withoutConsent: { id: string; cookie: string; meterId: string };

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  for (const role of ["coordinator", "adviser", "housing_manager", "viewer"] as Role[])
    staff.set(role, await t.signIn((await makeUser(t.db, { organisationId: orgId, role })).email as string));
  otherAdviser = await t.signIn(
    (await makeUser(t.db, { organisationId: (await makeOrganisation(t.db)).id, role: "adviser" }))
      .email as string,
  );
  consenting = await household(true);
  other = await household(true);
  withoutConsent = await household(false);
});
afterAll(() => t.close());

/** A household with a day/night smart meter, created by the adviser. */
async function household(consent: boolean) {
  const created = await t.call("POST", "/api/households", {
    cookie: staff.get("adviser"),
    body: { pseudonym: "Famille Accès" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  const id = created.body.household.id as string;
  if (consent)
    await t.call("POST", `/api/households/${id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  const meter = await t.call("POST", `/api/households/${id}/meters`, {
    cookie,
    body: {
      kind: "electricity",
      name: "Compteur",
      registers: ["day", "night"],
      startedAt: "2024-01-01",
      startIndex: { day: 0, night: 0 },
    },
  });
  return { id, cookie, meterId: meter.body.id as string };
}

const csv = fixture("dutch-v1-october-dst.csv");
const list = (meterId: string, cookie?: string) =>
  t.call("GET", `/api/meters/${meterId}/imports`, { cookie });

describe("who may import a smart-meter file", () => {
  it("the household imports for its own meter, never for another household's (404)", async () => {
    expect((await uploadCsv(t, other.meterId, consenting.cookie, csv)).status).toBe(404);
    expect((await list(other.meterId, consenting.cookie)).status).toBe(404);
    const own = await uploadCsv(t, consenting.meterId, consenting.cookie, csv);
    expect(own.status).toBe(201);
    expect((await list(consenting.meterId, consenting.cookie)).body).toHaveLength(1);
    expect((await list(other.meterId, other.cookie)).body).toEqual([]);
  });

  it("staff of the organisation import once the household consented; a viewer only reads", async () => {
    for (const role of ["coordinator", "adviser", "housing_manager"]) {
      const res = await uploadCsv(t, other.meterId, staff.get(role) as string, csv);
      expect(res.status, role).toBe(role === "coordinator" ? 201 : 200);
    }
    expect((await uploadCsv(t, other.meterId, staff.get("viewer") as string, csv)).status).toBe(403);
    expect((await list(other.meterId, staff.get("viewer"))).status).toBe(200);
  });

  it("an adviser without the household's consent gets 403, one of another organisation 404", async () => {
    const refused = await uploadCsv(t, withoutConsent.meterId, staff.get("adviser") as string, csv);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("household.no_consent");
    expect((await list(withoutConsent.meterId, staff.get("adviser"))).status).toBe(403);
    expect((await uploadCsv(t, consenting.meterId, otherAdviser, csv)).status).toBe(404);
    expect((await list(consenting.meterId, otherAdviser)).status).toBe(404);
  });

  it("asks anonymous callers to sign in", async () => {
    expect((await t.call("POST", `/api/meters/${consenting.meterId}/imports`, { rawBody: csv })).status).toBe(
      401,
    );
    expect((await list(consenting.meterId)).status).toBe(401);
  });
});

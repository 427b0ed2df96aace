import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let adviser: string;
let coordinator: string;
let household: { id: string; cookie: string };

beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db);
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "adviser" })).email as string,
  );
  coordinator = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "coordinator" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Correcte" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  household = { id: created.body.household.id, cookie };
  await t.call("POST", `/api/households/${household.id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
});
afterAll(() => t.close());

async function meterWithReading() {
  const meter = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie: household.cookie,
    body: { kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 100 },
  });
  const reading = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
    cookie: household.cookie,
    body: { readAt: "2026-02-01", value: 180, clientId: randomUUID() },
  });
  return { meterId: meter.body.id as string, readingId: reading.body.id as string };
}

/** Entries about a reading have its household as subject (the household's audit log) and name the reading. */
const audited = (action: string, readingId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, action),
        eq(auditLog.subjectId, household.id),
        sql`${auditLog.details}->>'readingId' = ${readingId}`,
      ),
    );

describe("correcting and deleting a reading", () => {
  it("its author corrects it; the rules still apply; the change is audited with before and after", async () => {
    const { readingId } = await meterWithReading();
    const fixed = await t.call("PATCH", `/api/readings/${readingId}`, {
      cookie: household.cookie,
      body: { value: 118 },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.value).toBe(118);
    const [entry] = await audited("reading.corrected", readingId);
    expect(entry?.details).toMatchObject({ before: { value: 180 }, after: { value: 118 } });

    const wrong = await t.call("PATCH", `/api/readings/${readingId}`, {
      cookie: household.cookie,
      body: { value: 50 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe("reading.below_previous");
  });

  it("someone else than the author may not, the coordinator may; deletion is audited", async () => {
    const { meterId, readingId } = await meterWithReading();
    const notAuthor = await t.call("DELETE", `/api/readings/${readingId}`, { cookie: adviser });
    expect(notAuthor.status).toBe(403);
    expect(notAuthor.body.code).toBe("reading.not_author");
    expect((await t.call("DELETE", `/api/readings/${readingId}`, { cookie: coordinator })).status).toBe(204);
    const left = await t.call("GET", `/api/meters/${meterId}/readings`, { cookie: household.cookie });
    expect(left.body.map((r: { value: number }) => r.value)).toEqual([100]);
    expect(await audited("reading.deleted", readingId)).toHaveLength(1);
  });

  it("the start index is not edited here", async () => {
    const { meterId } = await meterWithReading();
    const start = (await t.call("GET", `/api/meters/${meterId}/readings`, { cookie: household.cookie }))
      .body[0];
    const res = await t.call("DELETE", `/api/readings/${start.id}`, { cookie: household.cookie });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("reading.meter_index");
  });
});

describe("deliveries and budget-meter top-ups", () => {
  it("stores a heating-oil delivery once, even when the phone sends it twice", async () => {
    const tank = await t.call("POST", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
      body: { kind: "heating_oil", name: "Citerne", startedAt: "2026-01-01", startIndex: 800 },
    });
    expect(tank.body).toMatchObject({ unit: "litre", readingMode: "stock_level", icon: "tank" });
    const body = { deliveredOn: "2026-02-10", quantity: 1000, costEur: 1085.5, clientId: randomUUID() };
    const first = await t.call("POST", `/api/meters/${tank.body.id}/deliveries`, {
      cookie: household.cookie,
      body,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ deliveredOn: "2026-02-10", quantity: 1000, costEur: 1085.5 });
    const again = await t.call("POST", `/api/meters/${tank.body.id}/deliveries`, {
      cookie: household.cookie,
      body,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const changed = await t.call("POST", `/api/meters/${tank.body.id}/deliveries`, {
      cookie: household.cookie,
      body: { ...body, quantity: 900 },
    });
    expect(changed.status).toBe(409);
  });

  it("refuses a delivery on a gas meter", async () => {
    const { meterId } = await meterWithReading();
    const res = await t.call("POST", `/api/meters/${meterId}/deliveries`, {
      cookie: household.cookie,
      body: { deliveredOn: "2026-02-10", quantity: 10, clientId: randomUUID() },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("delivery.not_a_fuel");
  });

  it("records a top-up once, and refuses an impossible date", async () => {
    const body = { toppedUpOn: "2026-03-01", amountEur: 20, clientId: randomUUID() };
    const first = await t.call("POST", `/api/households/${household.id}/top-ups`, {
      cookie: household.cookie,
      body,
    });
    expect(first.status).toBe(201);
    expect(first.body.amountEur).toBe(20);
    const retry = await t.call("POST", `/api/households/${household.id}/top-ups`, {
      cookie: household.cookie,
      body,
    });
    expect(retry.status).toBe(200);
    const badDay = await t.call("POST", `/api/households/${household.id}/top-ups`, {
      cookie: household.cookie,
      body: { ...body, toppedUpOn: "2026-02-30", clientId: randomUUID() },
    });
    expect(badDay.status).toBe(422);
    expect(badDay.body.errors[0].field).toBe("toppedUpOn");
    // The clock reads 2026-03-10: a top-up or a delivery of next year has not happened.
    const later = await t.call("POST", `/api/households/${household.id}/top-ups`, {
      cookie: household.cookie,
      body: { ...body, toppedUpOn: "2099-03-01", clientId: randomUUID() },
    });
    expect(later.status).toBe(422);
    expect(later.body).toMatchObject({ code: "reading.in_future", errors: [{ field: "toppedUpOn" }] });
    const tank = await t.call("POST", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
      body: { kind: "heating_oil", name: "Citerne", startedAt: "2026-01-01", startIndex: 800 },
    });
    const delivery = await t.call("POST", `/api/meters/${tank.body.id}/deliveries`, {
      cookie: household.cookie,
      body: { deliveredOn: "2027-01-10", quantity: 500, clientId: randomUUID() },
    });
    expect(delivery.status).toBe(422);
    expect(delivery.body.errors[0].field).toBe("deliveredOn");
    // Nor is a meter put in service in 2099 (every reading would be refused until then).
    const meter = await t.call("POST", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
      body: { kind: "water", name: "Eau", startedAt: "2099-01-01", startIndex: 0 },
    });
    expect(meter.status).toBe(422);
    expect(meter.body.errors[0].field).toBe("startedAt");
  });
});

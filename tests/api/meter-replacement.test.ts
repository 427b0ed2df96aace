import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

// What the staff "add a meter" and "the meter was replaced" screens rely on: refusals that name the
// field the person has to change. The clock is fixed at 2026-03-10.
let t: TestApp;
let adviser: string;
let householdId: string;

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

beforeEach(async () => {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Relève" },
  });
  householdId = created.body.household.id;
  await t.call("POST", `/api/households/${householdId}/consent`, {
    cookie: adviser,
    body: { scope: "adviser", granted: true },
  });
});

async function dayNightMeter() {
  const res = await t.call("POST", `/api/households/${householdId}/meters`, {
    cookie: adviser,
    body: {
      kind: "electricity",
      name: "Électricité",
      registers: ["day", "night"],
      startedAt: "2026-01-01",
      startIndex: { day: 1000, night: 500 },
    },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

const metersOfHousehold = async () =>
  (await t.call("GET", `/api/households/${householdId}/meters`, { cookie: adviser })).body as Array<{
    closedAt: string | null;
  }>;

describe("adding a meter", () => {
  it("creates the meter once when the phone sends the same clientId again, and refuses it for another household", async () => {
    const clientId = randomUUID();
    const body = { kind: "water", name: "Eau", startedAt: "2026-01-01", startIndex: 12.5, clientId };
    const path = `/api/households/${householdId}/meters`;
    const first = await t.call("POST", path, { cookie: adviser, body });
    const again = await t.call("POST", path, { cookie: adviser, body });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect(await metersOfHousehold()).toHaveLength(1);
    // The same id with another meter in the body: not a retry.
    for (const changed of [{ name: "Eau de pluie" }, { startedAt: "2026-02-01" }]) {
      const clash = await t.call("POST", path, { cookie: adviser, body: { ...body, ...changed } });
      expect(clash.status).toBe(409);
      expect(clash.body.errors[0].field).toBe("clientId");
    }
    expect(await metersOfHousehold()).toHaveLength(1);

    const other = await t.call("POST", "/api/households", {
      cookie: adviser,
      body: { pseudonym: "Famille Autre" },
    });
    await t.call("POST", `/api/households/${other.body.household.id}/consent`, {
      cookie: adviser,
      body: { scope: "adviser", granted: true },
    });
    const reused = await t.call("POST", `/api/households/${other.body.household.id}/meters`, {
      cookie: adviser,
      body,
    });
    expect(reused.status).toBe(409);
    expect(reused.body.errors[0].field).toBe("clientId");
    expect(reused.body.title).toBe("Ce compteur a déjà été envoyé avec d'autres informations.");
  });

  it("refuses an EAN of 17 digits, naming the field in plain French", async () => {
    const res = await t.call("POST", `/api/households/${householdId}/meters`, {
      cookie: adviser,
      body: { kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 10, ean: "54144990000000000" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: "ean", message: expect.stringContaining("18 chiffres") }),
    ]);
    expect(await metersOfHousehold()).toEqual([]);
  });
});

describe("declaring a replacement", () => {
  it("names the register whose final index is too low", async () => {
    const meter = await dayNightMeter();
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: {
        replacedAt: "2026-03-01",
        finalIndex: { day: 1200, night: 400 },
        newMeter: { startIndex: { day: 0, night: 0 } },
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("reading.below_previous");
    expect(res.body.errors[0].field).toBe("finalIndex.night");
  });

  it("puts a date before the meter's start on the date field", async () => {
    const meter = await dayNightMeter();
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: {
        replacedAt: "2025-12-01",
        finalIndex: { day: 1000, night: 500 },
        newMeter: { startIndex: { day: 0, night: 0 } },
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe("replacedAt");
  });

  it("refuses a date before the old meter's last reading, and writes nothing", async () => {
    const meter = await dayNightMeter();
    for (const [register, value] of [
      ["day", 1100],
      ["night", 550],
    ] as const) {
      const reading = await t.call("POST", `/api/meters/${meter.id}/readings`, {
        cookie: adviser,
        body: { register, readAt: "2026-03-01", value, clientId: randomUUID() },
      });
      expect(reading.status).toBe(201);
    }
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: {
        replacedAt: "2026-02-15",
        finalIndex: { day: 1050, night: 520 },
        newMeter: { startIndex: { day: 0, night: 0 } },
      },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: "meter.readings_after_replacement",
      title: "L'ancien compteur a encore un relevé le 01/03, après cette date.",
      errors: [{ field: "replacedAt" }],
    });
    const meters = await metersOfHousehold();
    expect(meters).toHaveLength(1);
    expect(meters[0]?.closedAt).toBeNull();
  });

  it("takes an index already read at the replacement's moment as the final one, instead of failing", async () => {
    const meter = await dayNightMeter();
    for (const [register, value] of [
      ["day", 1100],
      ["night", 550],
    ] as const)
      await t.call("POST", `/api/meters/${meter.id}/readings`, {
        cookie: adviser,
        body: { register, readAt: "2026-03-01", value, clientId: randomUUID() },
      });
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: {
        replacedAt: "2026-03-01",
        finalIndex: { day: 1100, night: 550 },
        newMeter: { startIndex: { day: 0, night: 0 } },
      },
    });
    expect(res.status).toBe(201);
    const readings = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: adviser });
    const onTheDay = readings.body.filter((r: { readAt: string }) => r.readAt.startsWith("2026-02-28T23:00"));
    expect(onTheDay).toHaveLength(2);
    expect(onTheDay.every((r: { flags: string[] }) => r.flags.includes("final"))).toBe(true);
  });

  it("gives a meter replaced twice at once one successor only", async () => {
    const meter = await dayNightMeter();
    const replace = (replacedAt: string) =>
      t.call("POST", `/api/meters/${meter.id}/replace`, {
        cookie: adviser,
        body: {
          replacedAt,
          finalIndex: { day: 1100, night: 550 },
          newMeter: { startIndex: { day: 0, night: 0 } },
        },
      });
    const results = await Promise.all([replace("2026-02-01"), replace("2026-02-01")]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(results.find((r) => r.status === 422)?.body.code).toBe("meter.already_closed");
    const meters = await metersOfHousehold();
    expect(meters).toHaveLength(2);
    expect(meters.filter((m) => m.closedAt === null)).toHaveLength(1);
  });

  it("refuses a new EAN of 17 digits on the new meter's field", async () => {
    const meter = await dayNightMeter();
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: {
        replacedAt: "2026-03-01",
        finalIndex: { day: 1100, night: 550 },
        newMeter: { startIndex: { day: 0, night: 0 }, ean: "54144990000000000" },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe("newMeter.ean");
  });
});

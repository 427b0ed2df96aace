import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, meters } from "../../db/schema/index.ts";
import { fixture, uploadForm } from "../factories/imports.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

let w: BuildingsWorld;
let buildingId: string;
let boiler: string;
beforeAll(async () => {
  w = await buildingsWorld();
  buildingId = (await w.building()).id;
  const res = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "gas", name: "Chaudière gaz", startedAt: "2025-09-01", startIndex: 10_000 },
  });
  expect(res.status).toBe(201);
  boiler = res.body.id;
});
afterAll(() => w.t.close());

const readingBody = (value: number, readAt: string) => ({ readAt, value, clientId: randomUUID() });

describe("a building's meters", () => {
  it("belong to the building, and go through the meters' rules and routes", async () => {
    const meter = await w.t.call("GET", `/api/meters/${boiler}`, { cookie: w.manager.cookie });
    expect(meter.body).toMatchObject({
      householdId: null,
      dwellingId: null,
      buildingId,
      kind: "gas",
      unit: "m3",
      gasType: "H",
      ratingFactor: null,
      lastReadings: [{ register: "single", value: 10_000 }],
    });
    // A boiler uses far more than a home: until its history speaks, a big step is confirmed once.
    const unconfirmed = await w.t.call("POST", `/api/meters/${boiler}/readings`, {
      cookie: w.manager.cookie,
      body: readingBody(10_850, "2025-10-01"),
    });
    expect(unconfirmed.body.code).toBe("reading.needs_confirmation");
    const read = await w.t.call("POST", `/api/meters/${boiler}/readings`, {
      cookie: w.manager.cookie,
      body: { ...readingBody(10_850, "2025-10-01"), confirm: true },
    });
    expect(read.status).toBe(201);
    expect(read.body).toMatchObject({ value: 10_850, source: "adviser", flags: ["confirmed_jump"] });
    const backwards = await w.t.call("POST", `/api/meters/${boiler}/readings`, {
      cookie: w.coordinator.cookie,
      body: readingBody(10_500, "2025-11-01"),
    });
    expect(backwards.status).toBe(422);
    const list = await w.t.call("GET", `/api/buildings/${buildingId}/meters`, { cookie: w.viewer.cookie });
    expect(list.body.map((m: { id: string }) => m.id)).toEqual([boiler]);
    const readings = await w.t.call("GET", `/api/meters/${boiler}/readings`, { cookie: w.viewer.cookie });
    expect(readings.body.map((r: { value: number }) => r.value)).toEqual([10_000, 10_850]);
  });

  it("are the company's data: no household, no adviser, no other organisation reaches them", async () => {
    const get = (cookie: string) => w.t.call("GET", `/api/meters/${boiler}`, { cookie });
    const write = (cookie: string) =>
      w.t.call("POST", `/api/meters/${boiler}/readings`, { cookie, body: readingBody(11_000, "2025-12-01") });
    expect((await get(w.tenant.cookie)).status).toBe(404);
    expect((await write(w.tenant.cookie)).status).toBe(404);
    const adviser = await get(w.adviser.cookie);
    expect(adviser.status).toBe(403);
    expect(adviser.body.title).toBe(
      "Les bâtiments sont gérés par les gestionnaires de la société de logement.",
    );
    expect((await write(w.adviser.cookie)).status).toBe(403);
    for (const outsider of [w.cpasAdviser, w.cpasCoordinator, w.otherManager]) {
      expect((await get(outsider.cookie)).status).toBe(404);
      expect((await write(outsider.cookie)).status).toBe(404);
    }
    expect((await write(w.viewer.cookie)).status).toBe(403);
    const list = await w.t.call("GET", `/api/buildings/${buildingId}/meters`, { cookie: w.tenant.cookie });
    expect(list.status).toBe(403);
    const stillThere = await w.t.call("GET", `/api/meters/${boiler}/readings`, { cookie: w.manager.cookie });
    expect(stillThere.body).toHaveLength(2);
  });

  it("leave no household-read line in the audit log, and file corrections under the building", async () => {
    const viewed = await w.t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "household.readings_viewed"));
    expect(viewed).toEqual([]);
    const read = await w.t.call("POST", `/api/meters/${boiler}/readings`, {
      cookie: w.manager.cookie,
      body: { ...readingBody(11_400, "2025-11-03"), confirm: true },
    });
    const fixed = await w.t.call("PATCH", `/api/readings/${read.body.id}`, {
      cookie: w.manager.cookie,
      body: { value: 11_350 },
    });
    expect(fixed.status).toBe(200);
    const corrected = await w.t.db
      .select({ subjectId: auditLog.subjectId })
      .from(auditLog)
      .where(eq(auditLog.action, "reading.corrected"));
    expect(corrected).toEqual([{ subjectId: buildingId }]);
  });

  it("take daily or hourly data through the meters' import", async () => {
    const heat = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
      cookie: w.manager.cookie,
      body: { kind: "heat", name: "Compteur de chaleur", startedAt: "2024-10-01", startIndex: 0 },
    });
    const csv = fixture("generic-hourly.csv");
    const fields = { timestampColumn: "timestamp", valueColumn: "kWh" };
    const res = await uploadForm(w.t, heat.body.id, w.manager.cookie, csv, fields);
    expect(res.status).toBe(201);
    expect(res.body.rowsRead).toBe(5);
    expect((await uploadForm(w.t, heat.body.id, w.tenant.cookie, csv, fields)).status).toBe(404);
  });

  it("are replaced like any meter: the new one belongs to the same building", async () => {
    const res = await w.t.call("POST", `/api/meters/${boiler}/replace`, {
      cookie: w.manager.cookie,
      body: { replacedAt: "2026-01-15", finalIndex: 12_000, newMeter: { startIndex: 0 } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ buildingId, householdId: null, replacesMeterId: boiler });
    boiler = res.body.id;
  });

  it("are created once when a retry repeats the clientId, and never moved to another owner by it", async () => {
    const clientId = randomUUID();
    const body = { kind: "electricity", name: "Communs", startedAt: "2026-01-01", startIndex: 0, clientId };
    const path = `/api/buildings/${buildingId}/meters`;
    expect((await w.t.call("POST", path, { cookie: w.manager.cookie, body })).status).toBe(201);
    const again = await w.t.call("POST", path, { cookie: w.manager.cookie, body });
    expect(again.status).toBe(200);
    const other = await w.building();
    const elsewhere = await w.t.call("POST", `/api/buildings/${other.id}/meters`, {
      cookie: w.manager.cookie,
      body,
    });
    expect(elsewhere.status).toBe(409);
  });

  it("are of a building's kinds: no allocator on a building", async () => {
    const res = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
      cookie: w.manager.cookie,
      body: {
        kind: "heat_cost_allocator",
        name: "Répartiteur",
        startedAt: "2026-01-01",
        startIndex: 0,
        ratingFactor: 1,
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe("kind");
  });
});

describe("a dwelling's meters", () => {
  it("are heat-cost allocators with their radiator's rating factor, or heat meters", async () => {
    const dwelling = await w.dwelling(buildingId);
    const add = (body: Record<string, unknown>) =>
      w.t.call("POST", `/api/dwellings/${dwelling.id}/meters`, { cookie: w.manager.cookie, body });
    const allocator = { kind: "heat_cost_allocator", name: "Séjour", startedAt: "2025-10-01", startIndex: 0 };

    const withoutFactor = await add(allocator);
    expect(withoutFactor.status).toBe(422);
    expect(withoutFactor.body.errors[0]).toMatchObject({
      field: "ratingFactor",
      message: "Donnez le facteur du radiateur de ce répartiteur (il figure sur la fiche du relevé).",
    });
    const created = await add({ ...allocator, ratingFactor: 1.25 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      dwellingId: dwelling.id,
      buildingId: null,
      ratingFactor: 1.25,
      unit: "units",
    });
    expect(
      (await add({ kind: "heat", name: "Compteur", startedAt: "2025-10-01", startIndex: 0 })).status,
    ).toBe(201);

    const gas = await add({ kind: "gas", name: "Gaz", startedAt: "2025-10-01", startIndex: 0 });
    expect(gas.status).toBe(422);
    const factorOnHeat = await add({
      kind: "heat",
      name: "Compteur 2",
      startedAt: "2025-10-01",
      startIndex: 0,
      ratingFactor: 2,
    });
    expect(factorOnHeat.status).toBe(422);

    const replaced = await w.t.call("POST", `/api/meters/${created.body.id}/replace`, {
      cookie: w.manager.cookie,
      body: { replacedAt: "2026-01-10", finalIndex: 412, newMeter: { startIndex: 0 } },
    });
    expect(replaced.body).toMatchObject({ dwellingId: dwelling.id, ratingFactor: 1.25 });
    const list = await w.t.call("GET", `/api/dwellings/${dwelling.id}/meters`, { cookie: w.viewer.cookie });
    expect(list.body).toHaveLength(3);
    expect(
      (await w.t.call("GET", `/api/dwellings/${dwelling.id}/meters`, { cookie: w.otherManager.cookie }))
        .status,
    ).toBe(404);
    const reading = await w.t.call("POST", `/api/meters/${replaced.body.id}/readings`, {
      cookie: w.tenant.cookie,
      body: readingBody(12, "2026-02-01"),
    });
    expect(reading.status).toBe(404);
  });

  it("have exactly one owner: the database refuses a meter of a household and a building at once", async () => {
    const insert = w.t.db.insert(meters).values({
      organisationId: w.company.id,
      householdId: w.tenant.id,
      buildingId,
      kind: "gas",
      name: "Deux maîtres",
      icon: "gas",
      registers: ["single"],
      startedAt: new Date("2026-01-01"),
    });
    await expect(insert).rejects.toThrow();
    const none = await w.t.db
      .select()
      .from(meters)
      .where(and(eq(meters.name, "Deux maîtres")));
    expect(none).toEqual([]);
  });
});

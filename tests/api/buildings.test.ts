import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { makeHousehold } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

let w: BuildingsWorld;
beforeAll(async () => {
  w = await buildingsWorld();
});
afterAll(() => w.t.close());

const TILLEULS = {
  code: "LT-001",
  name: "Les Tilleuls",
  address: "Rue des Tilleuls 12",
  postcode: "4020",
  commune: "Liège",
  heatedAreaM2: 3150.5,
  dwellingCount: 36,
  heatingSystem: "gas_boiler",
  constructionYear: 1968,
};

describe("buildings", () => {
  it("a housing manager adds and edits a building; the company's viewer reads it", async () => {
    const created = await w.t.call("POST", "/api/buildings", { cookie: w.manager.cookie, body: TILLEULS });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...TILLEULS, dwellingsOnFile: 0 });
    const id = created.body.id;

    const edited = await w.t.call("PATCH", `/api/buildings/${id}`, {
      cookie: w.coordinator.cookie,
      body: { heatingSystem: "heat_network", heatedAreaM2: 3200 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: "Les Tilleuls",
      heatingSystem: "heat_network",
      heatedAreaM2: 3200,
    });

    const read = await w.t.call("GET", `/api/buildings/${id}`, { cookie: w.viewer.cookie });
    expect(read.body).toMatchObject({ code: "LT-001", heatedAreaM2: 3200, constructionYear: 1968 });
    const list = await w.t.call("GET", "/api/buildings?limit=10", { cookie: w.viewer.cookie });
    expect(list.status).toBe(200);
    expect(list.body.items.map((b: { code: string }) => b.code)).toContain("LT-001");
    expect(list.body.total).toBe(list.body.items.length);
  });

  it("keeps them to the housing company: staff who coach households, and tenants, are refused", async () => {
    const { id } = await w.building();
    for (const who of [w.adviser, w.tenant]) {
      expect((await w.t.call("GET", `/api/buildings/${id}`, { cookie: who.cookie })).status).toBe(403);
      expect((await w.t.call("POST", "/api/buildings", { cookie: who.cookie, body: TILLEULS })).status).toBe(
        403,
      );
    }
    const viewerWrites = await w.t.call("PATCH", `/api/buildings/${id}`, {
      cookie: w.viewer.cookie,
      body: { name: "Autre nom" },
    });
    expect(viewerWrites.status).toBe(403);
  });

  it("never shows another organisation's buildings", async () => {
    const { id } = await w.building();
    const other = await w.t.call("GET", `/api/buildings/${id}`, { cookie: w.otherManager.cookie });
    expect(other.status).toBe(404);
    const otherEdit = await w.t.call("PATCH", `/api/buildings/${id}`, {
      cookie: w.otherManager.cookie,
      body: { name: "Piraté" },
    });
    expect(otherEdit.status).toBe(404);
    const list = await w.t.call("GET", "/api/buildings", { cookie: w.otherManager.cookie });
    expect(list.body).toEqual({ items: [], total: 0 });
  });

  it("refuses buildings in an organisation that is not a housing company", async () => {
    const res = await w.t.call("POST", "/api/buildings", {
      cookie: w.cpasCoordinator.cookie,
      body: TILLEULS,
    });
    expect(res.status).toBe(422);
    expect(res.body.title).toBe("Seule une société de logement (SLSP ou SISP) gère des bâtiments.");
  });

  it("says plainly what is wrong: area, postcode, a code already used", async () => {
    const bad = await w.t.call("POST", "/api/buildings", {
      cookie: w.manager.cookie,
      body: { ...TILLEULS, code: "X-1", heatedAreaM2: 0, postcode: "40200" },
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["heatedAreaM2", "postcode"]);
    expect(bad.body.errors.find((e: { field: string }) => e.field === "postcode").message).toBe(
      "Donnez un code postal belge de 4 chiffres, comme 1080.",
    );
    const { code } = await w.building();
    const twice = await w.t.call("POST", "/api/buildings", {
      cookie: w.manager.cookie,
      body: { ...TILLEULS, code },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe(`Un autre bâtiment porte déjà le code ${code}.`);
    expect(twice.body.errors[0].field).toBe("code");
  });
});

describe("dwellings", () => {
  it("are added, listed by unit label and edited, and counted on the building", async () => {
    const { id } = await w.building();
    const b = await w.t.call("POST", `/api/buildings/${id}/dwellings`, {
      cookie: w.manager.cookie,
      body: { unitLabel: "B2", floorAreaM2: 64, floor: 1, position: "corner" },
    });
    expect(b.status).toBe(201);
    expect(b.body).toEqual({
      id: b.body.id,
      buildingId: id,
      unitLabel: "B2",
      floorAreaM2: 64,
      floor: 1,
      position: "corner",
      householdId: null,
      householdPseudonym: null,
    });
    await w.dwelling(id, { unitLabel: "A1" });
    const edited = await w.t.call("PATCH", `/api/buildings/${id}/dwellings/${b.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { floor: 4, position: "top_corner" },
    });
    expect(edited.body).toMatchObject({ unitLabel: "B2", floor: 4, position: "top_corner", floorAreaM2: 64 });
    const list = await w.t.call("GET", `/api/buildings/${id}/dwellings`, { cookie: w.viewer.cookie });
    expect(list.body.map((d: { unitLabel: string }) => d.unitLabel)).toEqual(["A1", "B2"]);
    const building = await w.t.call("GET", `/api/buildings/${id}`, { cookie: w.viewer.cookie });
    expect(building.body.dwellingsOnFile).toBe(2);

    const twice = await w.t.call("POST", `/api/buildings/${id}/dwellings`, {
      cookie: w.manager.cookie,
      body: { unitLabel: "A1", floorAreaM2: 50 },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe("Ce bâtiment a déjà un logement A1.");
    const noArea = await w.t.call("POST", `/api/buildings/${id}/dwellings`, {
      cookie: w.manager.cookie,
      body: { unitLabel: "C3", floorAreaM2: -10 },
    });
    expect(noArea.status).toBe(400);
  });

  it("are reached only through their own building", async () => {
    const one = await w.building();
    const other = await w.building();
    const d = await w.dwelling(one.id);
    const wrong = await w.t.call("PATCH", `/api/buildings/${other.id}/dwellings/${d.id}`, {
      cookie: w.manager.cookie,
      body: { floor: 2 },
    });
    expect(wrong.status).toBe(404);
    const foreign = await w.t.call("GET", `/api/buildings/${one.id}/dwellings`, {
      cookie: w.otherManager.cookie,
    });
    expect(foreign.status).toBe(404);
  });

  it("say which household lives there: one dwelling per household, of the same organisation, audited", async () => {
    const { id } = await w.building();
    const first = await w.dwelling(id, { unitLabel: "R1" });
    const second = await w.dwelling(id, { unitLabel: "R2" });
    const link = (dwellingId: string, householdId: string | null) =>
      w.t.call("PUT", `/api/buildings/${id}/dwellings/${dwellingId}/household`, {
        cookie: w.manager.cookie,
        body: { householdId },
      });

    const linked = await link(first.id, w.tenant.id);
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ householdId: w.tenant.id, householdPseudonym: "Ménage test" });
    const audit = await w.t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, w.tenant.id), eq(auditLog.action, "dwelling.household_linked")));
    expect(audit).toHaveLength(1);

    const elsewhere = await link(second.id, w.tenant.id);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.title).toMatch(/^Ce ménage habite déjà le logement R1 \(Résidence \d+\)\.$/);

    const cpasHousehold = await makeHousehold(w.t.db, { organisationId: w.cpas.id });
    const foreign = await link(second.id, cpasHousehold.id);
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].field).toBe("householdId");

    expect((await link(first.id, null)).body.householdId).toBeNull();
    const moved = await link(second.id, w.tenant.id);
    expect(moved.body).toMatchObject({ unitLabel: "R2", householdId: w.tenant.id });
    await link(second.id, null);
  });
});

describe("building events", () => {
  it("record works with their days, listed by start day, and refuse an end before the start", async () => {
    const { id } = await w.building();
    const add = (body: Record<string, unknown>) =>
      w.t.call("POST", `/api/buildings/${id}/events`, { cookie: w.manager.cookie, body });
    const roof = await add({ kind: "roof", label: "Isolation de la toiture", startedOn: "2024-05-06" });
    expect(roof.status).toBe(201);
    expect(roof.body).toMatchObject({ kind: "roof", startedOn: "2024-05-06", completedOn: null });
    await add({
      kind: "boiler",
      label: "Nouvelle chaudière à condensation",
      startedOn: "2023-06-01",
      completedOn: "2023-06-20",
    });

    const backwards = await add({
      kind: "windows",
      label: "Châssis",
      startedOn: "2025-04-01",
      completedOn: "2025-03-01",
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.title).toBe("La fin des travaux ne peut pas venir avant leur début.");
    expect(backwards.body.errors[0].field).toBe("completedOn");
    const badDay = await add({ kind: "walls", label: "Façade", startedOn: "2025-02-30" });
    expect(badDay.status).toBe(400);

    const done = await w.t.call("PATCH", `/api/buildings/${id}/events/${roof.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { completedOn: "2024-09-27" },
    });
    expect(done.body).toMatchObject({ label: "Isolation de la toiture", completedOn: "2024-09-27" });
    const tooEarly = await w.t.call("PATCH", `/api/buildings/${id}/events/${roof.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { startedOn: "2024-10-01" },
    });
    expect(tooEarly.status).toBe(422);

    const list = await w.t.call("GET", `/api/buildings/${id}/events`, { cookie: w.viewer.cookie });
    expect(list.body.map((e: { kind: string }) => e.kind)).toEqual(["boiler", "roof"]);
    expect((await w.t.call("GET", `/api/buildings/${id}/events`, { cookie: w.adviser.cookie })).status).toBe(
      403,
    );
    const other = await w.building();
    const wrong = await w.t.call("PATCH", `/api/buildings/${other.id}/events/${roof.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { label: "x" },
    });
    expect(wrong.status).toBe(404);
  });
});

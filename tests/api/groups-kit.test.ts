import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, kitHandouts } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
let reflectors: string;
let bulbs: string;
beforeAll(async () => {
  w = await groupsWorld();
  const add = async (name: string, unitPriceEur: number) =>
    (
      await w.t.call("POST", "/api/kit-catalogue", {
        cookie: w.coordinator.cookie,
        body: { name, unitPriceEur },
      })
    ).body.id as string;
  reflectors = await add("Réflecteurs de radiateur (rouleau)", 24.9);
  bulbs = await add("Ampoule LED 9 W", 4.99);
  await w.t.call("PUT", "/api/kit-catalogue/cap", { cookie: w.coordinator.cookie, body: { capEur: 300 } });
});
afterAll(() => w.t.close());

const handOut = (householdId: string, body: Record<string, unknown>, cookie = w.adviser.cookie) =>
  w.t.call("POST", `/api/households/${householdId}/kit-items`, { cookie, body });

describe("the kit catalogue", () => {
  it("lists items with their unit price and the cap, and only coordinators change them", async () => {
    const res = await w.t.call("GET", "/api/kit-catalogue", { cookie: w.viewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      capEur: 300,
      items: [
        { id: bulbs, name: "Ampoule LED 9 W", unitPriceEur: 4.99, active: true },
        { id: reflectors, name: "Réflecteurs de radiateur (rouleau)", unitPriceEur: 24.9, active: true },
      ],
    });
    const adviser = await w.t.call("POST", "/api/kit-catalogue", {
      cookie: w.adviser.cookie,
      body: { name: "Multiprise", unitPriceEur: 12 },
    });
    expect(adviser.status).toBe(403);
    const cents = await w.t.call("POST", "/api/kit-catalogue", {
      cookie: w.coordinator.cookie,
      body: { name: "Multiprise", unitPriceEur: 12.345 },
    });
    expect(cents.status).toBe(400);
    const outside = await w.t.call("GET", "/api/kit-catalogue", { cookie: w.outsider.cookie });
    expect(outside.body).toEqual({ capEur: null, items: [] });
  });
});

describe("kit items handed out", () => {
  it("records them at the catalogue's price of the day, and totals them against the cap", async () => {
    const home = await w.household();
    const res = await handOut(home.id, { catalogueItemId: bulbs, quantity: 6, handedOn: "2026-02-03" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      capEur: 300,
      totalEur: 29.94,
      items: [
        {
          id: expect.any(String),
          catalogueItemId: bulbs,
          name: "Ampoule LED 9 W",
          quantity: 6,
          unitPriceEur: 4.99,
          totalEur: 29.94,
          handedOn: "2026-02-03",
          overCapConfirmed: false,
        },
      ],
    });
    await w.t.call("PATCH", `/api/kit-catalogue/${bulbs}`, {
      cookie: w.coordinator.cookie,
      body: { unitPriceEur: 5.5 },
    });
    const own = await w.t.call("GET", `/api/households/${home.id}/kit-items`, { cookie: home.cookie });
    expect(own.body.items[0].unitPriceEur).toBe(4.99);
    await w.t.call("PATCH", `/api/kit-catalogue/${bulbs}`, {
      cookie: w.coordinator.cookie,
      body: { unitPriceEur: 4.99 },
    });
  });

  it("warns before going over the cap with the amounts, and records it once confirmed", async () => {
    const home = await w.household();
    await handOut(home.id, { catalogueItemId: reflectors, quantity: 11 }); // 273.90 €
    const over = await handOut(home.id, { catalogueItemId: reflectors, quantity: 2 });
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({
      code: "kit.over_cap",
      title: "Avec cet objet, le kit du ménage atteindrait 323,70 €, au-delà du plafond de 300,00 €.",
      detail:
        "Déjà remis : 273,90 €. Confirmez pour l'enregistrer quand même ; le dépassement apparaîtra dans le rapport.",
      capEur: 300,
      alreadyEur: 273.9,
      addingEur: 49.8,
      totalEur: 323.7,
      errors: [{ field: "confirmOverCap" }],
    });
    const stored = await w.t.db.select().from(kitHandouts).where(eq(kitHandouts.householdId, home.id));
    expect(stored).toHaveLength(1);
    const confirmed = await handOut(home.id, {
      catalogueItemId: reflectors,
      quantity: 2,
      confirmOverCap: true,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.totalEur).toBe(323.7);
    expect(confirmed.body.items.map((i: { overCapConfirmed: boolean }) => i.overCapConfirmed)).toEqual([
      false,
      true,
    ]);
    const audit = await w.t.db.select().from(auditLog).where(eq(auditLog.subjectId, home.id));
    expect(audit.find((e) => e.action === "kit.handed_out" && e.details?.overCapEur)?.details).toMatchObject({
      overCapEur: 323.7,
    });
  });

  it("lets only one of two hand-outs at once slip under the cap", async () => {
    const home = await w.household();
    await handOut(home.id, { catalogueItemId: reflectors, quantity: 10 }); // 249 €
    const statuses = (
      await Promise.all([
        handOut(home.id, { catalogueItemId: reflectors, quantity: 2 }),
        handOut(home.id, { catalogueItemId: reflectors, quantity: 2 }),
      ])
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 422]);
  });

  it("refuses a withdrawn item, another organisation's, or a household that did not agree to share", async () => {
    const home = await w.household();
    const withdrawn = (
      await w.t.call("POST", "/api/kit-catalogue", {
        cookie: w.coordinator.cookie,
        body: { name: "Ancien pommeau", unitPriceEur: 15, active: false },
      })
    ).body.id;
    const res = await handOut(home.id, { catalogueItemId: withdrawn, quantity: 1 });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      field: "catalogueItemId",
      message: "Cet objet n'est pas (ou plus) dans le catalogue du kit.",
    });
    const shy = await w.household({ consenting: false });
    expect((await handOut(shy.id, { catalogueItemId: bulbs, quantity: 1 })).status).toBe(403);
    expect((await handOut(home.id, { catalogueItemId: bulbs, quantity: 1 }, w.outsider.cookie)).status).toBe(
      404,
    );
    expect((await handOut(home.id, { catalogueItemId: bulbs, quantity: 1 }, home.cookie)).status).toBe(403);
    expect((await handOut(home.id, { catalogueItemId: bulbs, quantity: 1 }, w.viewer.cookie)).status).toBe(
      403,
    );
  });

  it("shows a household its own kit only, and audits staff reads", async () => {
    const [home, other] = [await w.household(), await w.household()];
    await handOut(home.id, { catalogueItemId: bulbs, quantity: 1 });
    expect(
      (await w.t.call("GET", `/api/households/${home.id}/kit-items`, { cookie: other.cookie })).status,
    ).toBe(404);
    expect(
      (await w.t.call("GET", `/api/households/${home.id}/kit-items`, { cookie: w.viewer.cookie })).status,
    ).toBe(200);
    const audit = await w.t.db.select().from(auditLog).where(eq(auditLog.subjectId, home.id));
    expect(audit.map((e) => e.action)).toContain("household.kit_viewed");
  });
});

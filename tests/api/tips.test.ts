import { writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tips } from "../../db/schema/index.ts";
import { readReferenceTips, seedReferenceTips } from "../../seeds/reference-tips.ts";
import { type GroupsWorld, groupsWorld, LIBRARY } from "./groups-world.ts";

let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

const ownTip = {
  category: "comfort_humidity",
  effort: "low",
  cost: "free",
  text: {
    fr: {
      title: "Aérer dix minutes",
      body: "Ouvrez grand dix minutes le matin, chauffage coupé, puis refermez.",
    },
  },
};

describe("the platform's tips library (seed)", () => {
  it("upserts by key: a second run changes nothing, a corrected text replaces the old one", async () => {
    const before = await w.t.db.select().from(tips).where(eq(tips.key, "thermostat-19"));
    await seedReferenceTips(w.t.db, LIBRARY);
    const again = await w.t.db.select().from(tips).where(eq(tips.key, "thermostat-19"));
    expect(again).toEqual(before);
    const [first, second] = LIBRARY as [(typeof LIBRARY)[number], (typeof LIBRARY)[number]];
    const corrected = {
      ...first,
      text: { ...first.text, fr: { title: "Régler le thermostat à 19 °C", body: first.text.fr.body } },
    };
    await seedReferenceTips(w.t.db, [corrected, second]);
    const platform = await w.t.db.select().from(tips).where(eq(tips.key, "thermostat-19"));
    expect(platform).toHaveLength(1);
    expect(platform[0]?.id).toBe(before[0]?.id);
    expect(platform[0]?.text.fr?.title).toBe("Régler le thermostat à 19 °C");
    await seedReferenceTips(w.t.db, LIBRARY);
  });

  it("reads the library file, and refuses one with too few tips or a repeated key", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ecow-tips-"));
    const file = (name: string, tips: unknown) => {
      const full = path.join(dir, name);
      writeFileSync(full, JSON.stringify(tips));
      return pathToFileURL(full);
    };
    const forty = Array.from({ length: 40 }, (_, i) => ({ ...LIBRARY[0], key: `tip-${i}` }));
    expect(readReferenceTips(file("ok.json", forty))).toHaveLength(40);
    expect(() => readReferenceTips(file("short.json", LIBRARY))).toThrow();
    expect(() => readReferenceTips(file("twice.json", [...forty, forty[0]]))).toThrow(
      /tip keys must be unique/,
    );
    await rm(dir, { recursive: true, force: true });
  });
});

describe("/api/tips", () => {
  it("lists the library and the organisation's own tips to everyone in it, households included", async () => {
    const created = await w.t.call("POST", "/api/tips", { cookie: w.coordinator.cookie, body: ownTip });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      scope: "organisation",
      key: null,
      category: "comfort_humidity",
      heatingTypes: [],
      occupancy: "any",
      saving: null,
    });
    const home = await w.household();
    for (const cookie of [home.cookie, w.viewer.cookie, w.adviser.cookie]) {
      const res = await w.t.call("GET", "/api/tips", { cookie });
      expect(res.status).toBe(200);
      // By category, in the library's order of themes.
      expect(res.body.map((t: { key: string | null; scope: string }) => t.key ?? t.scope)).toEqual([
        "thermostat-19",
        "organisation",
        "report-cold-radiator",
      ]);
    }
    const outside = await w.t.call("GET", "/api/tips", { cookie: w.outsider.cookie });
    expect(outside.body.map((t: { id: string }) => t.id)).not.toContain(created.body.id);
    expect(outside.body).toHaveLength(2);
  });

  it("filters by category and by heating type (tips for every home included)", async () => {
    const collective = await w.t.call("GET", "/api/tips?heatingType=collective", {
      cookie: w.adviser.cookie,
    });
    expect(collective.body.map((t: { key: string }) => t.key)).toContain("report-cold-radiator");
    expect(collective.body.map((t: { key: string }) => t.key)).toContain("thermostat-19");
    const gas = await w.t.call("GET", "/api/tips?heatingType=individual_gas", { cookie: w.adviser.cookie });
    expect(gas.body.map((t: { key: string }) => t.key)).not.toContain("report-cold-radiator");
    const heating = await w.t.call("GET", "/api/tips?category=heating", { cookie: w.adviser.cookie });
    expect(heating.body.map((t: { key: string }) => t.key)).toEqual(["thermostat-19"]);
    expect(heating.body[0].saving).toEqual({ percentOfUse: 7, appliesTo: "heating", source: "T01" });
    const bad = await w.t.call("GET", "/api/tips?category=gardening", { cookie: w.adviser.cookie });
    expect(bad.status).toBe(400);
  });

  it("lets a coordinator edit the organisation's tips, never the platform's", async () => {
    const created = await w.t.call("POST", "/api/tips", { cookie: w.coordinator.cookie, body: ownTip });
    const edited = await w.t.call("PATCH", `/api/tips/${created.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { heatingTypes: ["collective"], occupancy: "tenant" },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ heatingTypes: ["collective"], occupancy: "tenant", effort: "low" });
    const platform = await w.t.call("PATCH", `/api/tips/${w.platformTips.get("thermostat-19")}`, {
      cookie: w.coordinator.cookie,
      body: { effort: "high" },
    });
    expect(platform.status).toBe(403);
    expect(platform.body.title).toBe(
      "Les astuces de la bibliothèque commune ne se modifient pas : ajoutez plutôt une astuce de votre organisation.",
    );
    const foreign = await w.t.call("PATCH", `/api/tips/${created.body.id}`, {
      cookie: (await w.otherCoordinator()).cookie,
      body: { effort: "high" },
    });
    expect(foreign.status).toBe(404);
    expect((await w.t.call("POST", "/api/tips", { cookie: w.adviser.cookie, body: ownTip })).status).toBe(
      403,
    );
  });

  it("asks for a text in one language at least, and a figure for any saving", async () => {
    const empty = await w.t.call("POST", "/api/tips", {
      cookie: w.coordinator.cookie,
      body: { ...ownTip, text: {} },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({
      field: "text",
      message: "Écrivez l'astuce (un titre et une explication) dans une langue au moins.",
    });
    const noFigure = await w.t.call("POST", "/api/tips", {
      cookie: w.coordinator.cookie,
      body: { ...ownTip, saving: { appliesTo: "heating", source: "Guide Énergie Wallonie" } },
    });
    expect(noFigure.body.errors[0]).toMatchObject({
      field: "saving",
      message: "Une économie estimée a besoin d'un chiffre (%, kWh, m³ ou €).",
    });
  });
});

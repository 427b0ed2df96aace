import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildingRollups,
  comfortSurveyAnswers,
  dwellings,
  households,
  organisations,
} from "../../db/schema/index.ts";
import { readReferenceTips, seedReferenceTips } from "../../seeds/reference-tips.ts";
import { makeHousehold } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * The tenants' page of "Les Tilleuls" (2,400 m²), heated by a heat meter read on the 1st of every
 * month from October 2023 on the demo station (its months are the equivalent 16.5 normals): 300 kWh
 * a day of base load, and 50 kWh per degree-day until April 2024, 40 after (new windows). Test clock
 * 2026-03-10, so last winter is 2024–2025 and the one before 2023–2024, both with 2,042 degree-days:
 * 2023–2024: 300 × 213 days + 50 × 2,042 = 166,000 kWh; 2024–2025: 300 × 212 + 40 × 2,042 = 145,280 kWh,
 * 12.5 % less at equal weather. Normal year: 300 × 365 + 40 × 2,252 = 199,580 kWh = 83.2 kWh/m².
 */
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthKwh = (y: number, m: number) =>
  300 * daysIn(y, m) + (y * 12 + m <= 2024 * 12 + 4 ? 50 : 40) * (NORMALS[m - 1] as number);

let w: BuildingsWorld;
let buildingId: string;
let dwellingId: string;
let neighbour: { id: string; code: string; cookie: string };
let lonely: { id: string; cookie: string };
let neighbourDwellingId: string;
const page = (householdId: string, cookie: string) =>
  w.t.call("GET", `/api/households/${householdId}/building`, { cookie });

beforeAll(async () => {
  w = await buildingsWorld();
  await seedReferenceTips(w.t.db, readReferenceTips());
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.company.id));
  buildingId = (await w.building({ name: "Les Tilleuls", address: "Rue des Tilleuls 12" })).id;
  const meter = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "heat", name: "Compteur de chaleur", startedAt: "2023-10-01", startIndex: 0 },
  });
  let index = 0;
  for (let i = 0; i < 29; i++) {
    const [y, m] = [2023 + Math.floor((i + 9) / 12), ((i + 9) % 12) + 1];
    index += monthKwh(y, m);
    const [ny, nm] = [2023 + Math.floor((i + 10) / 12), ((i + 10) % 12) + 1];
    const res = await w.t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie: w.manager.cookie,
      body: {
        readAt: `${ny}-${String(nm).padStart(2, "0")}-01`,
        value: index,
        clientId: randomUUID(),
        confirm: true,
      },
    });
    expect(res.status).toBe(201);
  }
  // Two other buildings of the company with a normal year on file: 100 and 120 kWh/m².
  for (const kwhPerM2 of [100, 120]) {
    const other = await w.building();
    await w.t.db.insert(buildingRollups).values({
      organisationId: w.company.id,
      buildingId: other.id,
      generation: 1,
      computedGeneration: 1,
      normalYearKwh: kwhPerM2 * 2400,
    });
  }
  dwellingId = (await w.dwelling(buildingId, { unitLabel: "A12" })).id;
  await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwellingId}/household`, {
    cookie: w.manager.cookie,
    body: { householdId: w.tenant.id },
  });
  const other = await makeHousehold(w.t.db, { organisationId: w.company.id, code: "VOISIN-1" });
  await w.t.db.update(households).set({ pseudonym: "Famille Voisine" }).where(eq(households.id, other.id));
  const otherDwelling = await w.dwelling(buildingId, { unitLabel: "B3" });
  neighbourDwellingId = otherDwelling.id;
  await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${otherDwelling.id}/household`, {
    cookie: w.manager.cookie,
    body: { householdId: other.id },
  });
  neighbour = { id: other.id, code: other.code, cookie: await w.t.signInHousehold(other.code) };
  const alone = await makeHousehold(w.t.db, { organisationId: w.company.id });
  lonely = { id: alone.id, cookie: await w.t.signInHousehold(alone.code) };

  for (const body of [
    { kind: "windows", label: "Nouveaux châssis", startedOn: "2024-04-15", completedOn: "2024-04-30" },
    { kind: "boiler", label: "Nouvelle chaudière", startedOn: "2026-02-01", completedOn: null },
    { kind: "roof", label: "Isolation du toit", startedOn: "2026-06-01", completedOn: null },
  ])
    expect(
      (await w.t.call("POST", `/api/buildings/${buildingId}/events`, { cookie: w.manager.cookie, body }))
        .status,
    ).toBe(201);
});
afterAll(() => w.t.close());

describe("the tenants' page of the building", () => {
  it("gives the tenant its building, its heating in comparable figures and the works by stage", async () => {
    const res = await page(w.tenant.id, w.tenant.cookie);
    expect(res.status).toBe(200);
    expect(res.body.building).toMatchObject({
      id: buildingId,
      name: "Les Tilleuls",
      address: "Rue des Tilleuls 12",
    });
    expect(res.body.dwelling).toEqual({ id: dwellingId, unitLabel: "A12" });
    const { performance } = res.body;
    expect(performance.lastWinter).toMatchObject({ season: "2024-2025", complete: true });
    expect(performance.previousWinter).toMatchObject({ season: "2023-2024", complete: true });
    expect(performance.lastWinter.kwhPerM2).toBeCloseTo(145_280 / 2_400, 6);
    expect(performance.previousWinter.kwhPerM2).toBeCloseTo(166_000 / 2_400, 6);
    expect(performance.winters.verdict).toBe("less");
    expect(performance.winters.changeAtEqualWeather).toBeCloseTo(145_280 / 166_000 - 1, 6);
    // Median of 83.2, 100 and 120 kWh/m²: 100; the building uses 16.8 % less.
    expect(performance.normalYearKwhPerM2).toBeCloseTo(199_580 / 2_400, 3);
    expect(performance.company).toMatchObject({
      medianKwhPerM2: 100,
      buildingsCompared: 3,
      verdict: "better",
    });
    expect(res.body.works.map((e: { label: string; stage: string }) => [e.label, e.stage])).toEqual([
      ["Isolation du toit", "planned"],
      ["Nouvelle chaudière", "under_way"],
      ["Nouveaux châssis", "done"],
    ]);
  });

  it("gives the tips written for collective heating, in the four languages", async () => {
    const { body } = await page(w.tenant.id, w.tenant.cookie);
    const keys = body.tips.map((tip: { key: string }) => tip.key);
    expect(keys).toContain("collective-set-valves");
    expect(keys).toContain("collective-report-cold-radiator");
    expect(keys).not.toContain("thermostat-19");
    expect(Object.keys(body.tips[0].text).sort()).toEqual(["de", "en", "fr", "nl"]);
  });

  it("says whether the tenant answered this week's survey", async () => {
    const before = await page(w.tenant.id, w.tenant.cookie);
    expect(before.body.survey).toEqual({ weekStart: "2026-03-09", answer: null });
    await w.t.call("POST", `/api/buildings/${buildingId}/survey`, {
      cookie: w.tenant.cookie,
      body: { warmth: 2, problems: ["draughts"] },
    });
    const after = await page(w.tenant.id, w.tenant.cookie);
    expect(after.body.survey.answer).toMatchObject({
      warmth: 2,
      problems: ["draughts"],
      weekStart: "2026-03-09",
    });
  });

  it("never shows another household's name or data", async () => {
    await w.t.call("POST", `/api/buildings/${buildingId}/survey`, {
      cookie: neighbour.cookie,
      body: { warmth: 5, comment: "Mot du voisin" },
    });
    const text = JSON.stringify((await page(w.tenant.id, w.tenant.cookie)).body);
    for (const secret of ["Famille Voisine", neighbour.id, neighbour.code, "Mot du voisin", "B3"])
      expect(text).not.toContain(secret);
    expect((await page(neighbour.id, w.tenant.cookie)).status).toBe(404);
  });

  it("gives the dwelling in the household's own file, from the dwelling's link", async () => {
    const detail = async (id: string, cookie: string) =>
      (await w.t.call("GET", `/api/households/${id}`, { cookie })).body.profile;
    expect(await detail(w.tenant.id, w.tenant.cookie)).toMatchObject({ dwellingId });
    expect(await detail(lonely.id, lonely.cookie)).toMatchObject({ dwellingId: null });
  });

  it("tells the app in /api/me whether the household lives in a dwelling (its home shows the door)", async () => {
    const me = async (cookie: string) => (await w.t.call("GET", "/api/me", { cookie })).body.household;
    expect(await me(w.tenant.cookie)).toMatchObject({ livesInDwelling: true });
    expect(await me(lonely.cookie)).toMatchObject({ livesInDwelling: false });
  });

  it("answers 404 in plain words to a household living in no dwelling", async () => {
    const res = await page(lonely.id, lonely.cookie);
    expect(res.status).toBe(404);
    expect(res.body.title).toBe(
      "Ce ménage n'habite aucun logement d'un bâtiment de la société de logement. Demandez à la société de relier votre logement à votre compte.",
    );
  });

  it("is open to the company's staff, who see no household's answers nor statements", async () => {
    for (const cookie of [w.manager.cookie, w.coordinator.cookie, w.viewer.cookie]) {
      const res = await page(w.tenant.id, cookie);
      expect(res.status).toBe(200);
      expect(res.body.survey).toBeNull();
      expect(res.body.heatingStatements).toBeNull();
      expect(res.body.building.name).toBe("Les Tilleuls");
    }
    expect((await page(lonely.id, w.manager.cookie)).status).toBe(404);
    expect((await page(w.tenant.id, w.adviser.cookie)).status).toBe(403);
    expect((await page(w.tenant.id, w.cpasAdviser.cookie)).status).toBe(403);
    expect((await page(w.tenant.id, w.cpasCoordinator.cookie)).status).toBe(404);
    expect((await page(w.tenant.id, w.otherManager.cookie)).status).toBe(404);
    expect((await w.t.call("GET", `/api/households/${w.tenant.id}/building`)).status).toBe(401);
  });
});

describe("a tenant's personal data", () => {
  it("are in its data export: its comfort answers", async () => {
    const res = await w.t.call("GET", `/api/households/${neighbour.id}/data-export`, {
      cookie: neighbour.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.body.comfortSurveyAnswers).toEqual([
      expect.objectContaining({ warmth: 5, comment: "Mot du voisin" }),
    ]);
    expect(res.body.consultationAnswers).toEqual([]);
  });

  it("go on erasure: the dwelling is left without a household, the comment goes, the warmth stays anonymous", async () => {
    const erased = await w.t.call("POST", `/api/households/${neighbour.id}/erase`, {
      cookie: w.coordinator.cookie,
      body: { confirmCode: neighbour.code },
    });
    expect(erased.status).toBe(204);
    const [row] = await w.t.db.select().from(dwellings).where(eq(dwellings.id, neighbourDwellingId));
    expect(row?.householdId).toBeNull();
    const answers = await w.t.db
      .select()
      .from(comfortSurveyAnswers)
      .where(eq(comfortSurveyAnswers.buildingId, buildingId));
    expect(answers.filter((a) => a.comment === "Mot du voisin")).toEqual([]);
    expect(answers.filter((a) => a.warmth === 5 && a.householdId === null)).toHaveLength(1);
  });
});

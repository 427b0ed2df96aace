import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { households } from "../../db/schema/index.ts";
import { makeHousehold } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * The weekly comfort survey of a building with three tenant households. Test clock: Tuesday
 * 2026-03-10, so this week starts on Monday 2026-03-09.
 */
let w: BuildingsWorld;
let buildingId: string;
let otherBuildingId: string;
const tenants: Array<{ id: string; code: string; cookie: string }> = [];
const NOW = new Date("2026-03-10T09:00:00Z");

/** Answers at another moment, signed in then (a session idle for days has expired), the clock put back after. */
async function answerAt(instant: string, code: string, body: unknown) {
  w.t.clock.now = new Date(instant);
  try {
    return await survey(await w.t.signInHousehold(code), body);
  } finally {
    w.t.clock.now = NOW;
  }
}
const survey = (cookie: string, body: unknown, id = buildingId) =>
  w.t.call("POST", `/api/buildings/${id}/survey`, { cookie, body });
const results = (query = "", cookie = w.manager.cookie) =>
  w.t.call("GET", `/api/buildings/${buildingId}/survey${query}`, { cookie });

beforeAll(async () => {
  w = await buildingsWorld();
  buildingId = (await w.building({ name: "Les Tilleuls" })).id;
  otherBuildingId = (await w.building({ name: "Les Érables" })).id;
  for (const [i, householdId] of [
    w.tenant.id,
    (await makeHousehold(w.t.db, { organisationId: w.company.id })).id,
    (await makeHousehold(w.t.db, { organisationId: w.company.id })).id,
  ].entries()) {
    const dwelling = await w.dwelling(buildingId, { unitLabel: `A${i + 1}` });
    await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwelling.id}/household`, {
      cookie: w.manager.cookie,
      body: { householdId },
    });
    const code = await codeOf(householdId);
    tenants.push({
      id: householdId,
      code,
      cookie: i === 0 ? w.tenant.cookie : await w.t.signInHousehold(code),
    });
  }
});
afterAll(() => w.t.close());

async function codeOf(householdId: string) {
  const [row] = await w.t.db
    .select({ code: households.code })
    .from(households)
    .where(eq(households.id, householdId));
  return row?.code as string;
}

describe("answering the comfort survey", () => {
  it("stores one answer per household and week: 201, then 200 replacing it the same week", async () => {
    const first = await survey(w.tenant.cookie, {
      warmth: 1,
      problems: ["cold_radiator"],
      comment: "Froid le matin",
    });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      buildingId,
      weekStart: "2026-03-09",
      warmth: 1,
      problems: ["cold_radiator"],
      comment: "Froid le matin",
    });
    const code = tenants[0]?.code as string;
    // Sunday evening, still the same week in Brussels.
    const again = await answerAt("2026-03-15T20:00:00Z", code, { warmth: 2 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ weekStart: "2026-03-09", warmth: 2, problems: [], comment: null });
    // Monday 00:30 in Brussels: a new week.
    const next = await answerAt("2026-03-15T23:30:00Z", code, { warmth: 3 });
    expect(next.status).toBe(201);
    expect(next.body.weekStart).toBe("2026-03-16");
  });

  it("refuses a warmth outside 1–5 or an unknown problem, naming the field", async () => {
    const bad = await survey(w.tenant.cookie, { warmth: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      field: "warmth",
      message: "Choisissez comment il faisait chez vous : de 1 (trop froid) à 5 (trop chaud).",
    });
    const problem = await survey(w.tenant.cookie, { warmth: 3, problems: ["ghosts"] });
    expect(problem.status).toBe(400);
    expect(problem.body.errors[0].field).toBe("problems.0");
  });

  it("is for the building's own tenants only", async () => {
    const elsewhere = await survey(w.tenant.cookie, { warmth: 3 }, otherBuildingId);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.title).toBe("Vous ne voyez et ne répondez que pour le bâtiment où vous habitez.");
    const lonely = await makeHousehold(w.t.db, { organisationId: w.company.id });
    const notTenant = await survey(await w.t.signInHousehold(lonely.code), { warmth: 3 });
    expect(notTenant.status).toBe(404);
    for (const cookie of [w.manager.cookie, w.coordinator.cookie, w.viewer.cookie, w.adviser.cookie])
      expect((await survey(cookie, { warmth: 3 })).status).toBe(403);
    expect(
      (await w.t.call("POST", `/api/buildings/${buildingId}/survey`, { body: { warmth: 3 } })).status,
    ).toBe(401);
  });
});

describe("the survey's results for the housing company", () => {
  beforeAll(async () => {
    // Week of 2 March: the second and third tenants.
    await answerAt("2026-03-03T09:00:00Z", tenants[1]?.code as string, {
      warmth: 2,
      problems: ["draughts"],
      comment: "Courant d'air",
    });
    await answerAt("2026-03-03T09:00:00Z", tenants[2]?.code as string, { warmth: 4 });
  });

  it("aggregates per week and month with the cold share, the problems and the comments without names", async () => {
    const res = await results("?from=2026-02&to=2026-03");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ buildingId, from: "2026-02", to: "2026-03", heatedAreaM2: 2400 });
    expect(res.body.weeks.map((x: { weekStart: string; count: number }) => [x.weekStart, x.count])).toEqual([
      ["2026-03-02", 2],
      ["2026-03-09", 1],
      ["2026-03-16", 1],
    ]);
    const week2 = res.body.weeks[0];
    expect(week2).toMatchObject({
      warmth: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 0 },
      coldShare: 0.5,
      okShare: 0.5,
      comments: ["Courant d'air"],
    });
    expect(week2.problems.draughts).toBe(1);
    // The answer replaced the same week keeps its last words: warmth 2, no comment.
    expect(res.body.weeks[1]).toMatchObject({ warmth: { "2": 1 }, comments: [] });
    expect(res.body.months.map((m: { month: string; count: number }) => [m.month, m.count])).toEqual([
      ["2026-02", 0],
      ["2026-03", 4],
    ]);
    expect(res.body.months[1].coldShare).toBe(0.5);
    // No meter: the heating months are missing, said so.
    expect(res.body.months[1].heating).toEqual({
      kwh: null,
      kwhPerM2: null,
      degreeDays: null,
      status: "missing",
    });
    const text = JSON.stringify(res.body);
    for (const t of tenants) expect(text).not.toContain(t.id);
  });

  it("defaults to the twelve months up to this one and refuses a span the wrong way round", async () => {
    const res = await results();
    expect(res.body.from).toBe("2025-04");
    expect(res.body.to).toBe("2026-03");
    expect(res.body.months).toHaveLength(12);
    const reversed = await results("?from=2026-03&to=2026-01");
    expect(reversed.status).toBe(422);
    expect(reversed.body.title).toBe("Le premier mois doit venir avant le dernier.");
    expect((await results("?from=2020-01&to=2026-03")).status).toBe(422);
    expect((await results("?from=2026-13")).status).toBe(400);
  });

  it("is the company's managers', coordinators' and viewers'", async () => {
    expect((await results("", w.coordinator.cookie)).status).toBe(200);
    expect((await results("", w.viewer.cookie)).status).toBe(200);
    expect((await results("", w.adviser.cookie)).status).toBe(403);
    expect((await results("", w.tenant.cookie)).status).toBe(403);
    expect((await results("", w.cpasAdviser.cookie)).status).toBe(403);
    expect((await results("", w.otherManager.cookie)).status).toBe(404);
  });
});

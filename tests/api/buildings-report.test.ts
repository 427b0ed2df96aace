import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  alerts,
  comfortSurveyAnswers,
  consultationAnswers,
  consultationOptions,
  consultations,
} from "../../db/schema/index.ts";
import { makeHousehold } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * Test clock 2026-03-10; the report covers 2025. "Les Tilleuls" (3,150 m²) has a gas boiler read on
 * the 1st of every month since January 2023 from a known base load and heating slope on the demo
 * station, 25 % less from the completion of new windows (1 May – 15 September 2024). Three dwellings
 * have a tenant; they answered the comfort survey ten times in 2025 (7 just right or a bit warm) and
 * once the week of 30 December 2024 (outside); two of them answered the project's consultation on
 * the heating schedule (closed 30 June 2025). A draft consultation and a 2024 one are not counted.
 * Alerts: one opened and closed in 2025, one opened in 2024 and closed in 2025, one opened in
 * November 2025 and still open.
 */
const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthM3 = (y: number, m: number) => 30 * daysIn(y, m) + 9 * (NORMALS[m - 1] as number);
const AFTER_WORKS = 2024 * 12 + 10;

let w: BuildingsWorld;
let buildingId: string;
let projectId: string;
let plainProjectId: string;

beforeAll(async () => {
  w = await buildingsWorld();
  const { t } = w;
  await t.call("PUT", "/api/settings/weather-station", {
    cookie: w.coordinator.cookie,
    body: { stationCode: "demo" },
  });
  buildingId = (await w.building({ name: "Les Tilleuls", heatedAreaM2: 3150 })).id;
  const meter = await t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "gas", name: "Chaudière", startedAt: "2023-01-01", startIndex: 100_000 },
  });
  let index = 100_000;
  for (let i = 0; i < 38; i++) {
    const [y, m] = [2023 + Math.floor(i / 12), (i % 12) + 1];
    index += monthM3(y, m) * (y * 12 + m >= AFTER_WORKS ? 0.75 : 1) * (1 + 0.03 * Math.sin(i * 2.1));
    const next = i + 1;
    const day = `${2023 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
    const res = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie: w.manager.cookie,
      body: { readAt: day, value: Math.round(index), clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
  const works = await t.call("POST", `/api/buildings/${buildingId}/events`, {
    cookie: w.manager.cookie,
    body: { kind: "windows", label: "Nouveaux châssis", startedOn: "2024-05-01", completedOn: "2024-09-15" },
  });
  await t.call("POST", `/api/buildings/${buildingId}/events`, {
    cookie: w.manager.cookie,
    body: { kind: "boiler", label: "Nouvelle chaudière", startedOn: "2025-11-03" },
  });
  projectId = (
    await t.call("POST", `/api/buildings/${buildingId}/projects`, {
      cookie: w.manager.cookie,
      body: {
        name: "Rénovation des façades",
        eventId: works.body.id,
        objectives: [
          { label: "Moins de gaz", targetText: "−20 % à météo égale", kind: "savings_pct", targetValue: -20 },
          { label: "Bien chauffés", targetText: "≥ 80 %", kind: "comfort_ok_pct", targetValue: 80 },
          { label: "Participation", targetText: "≥ 60 %", kind: "consultation_turnout_pct", targetValue: 60 },
          {
            label: "Chantier propre",
            targetText: "aucune plainte",
            kind: "manual",
            assessment: "Aucune plainte.",
          },
        ],
      },
    })
  ).body.id;
  plainProjectId = (
    await t.call("POST", `/api/buildings/${buildingId}/projects`, {
      cookie: w.manager.cookie,
      body: {
        name: "Horaire de chauffe",
        objectives: [
          { label: "Économies", targetText: "−5 %", kind: "savings_pct", targetValue: 5 },
          { label: "Participation", targetText: "≥ 50 %", kind: "consultation_turnout_pct", targetValue: 50 },
        ],
      },
    })
  ).body.id;

  const orgId = w.company.id;
  const dwellings: Array<{ id: string; householdId: string }> = [];
  for (let i = 0; i < 3; i++) {
    const dwelling = await w.dwelling(buildingId);
    const household = await makeHousehold(t.db, { organisationId: orgId });
    const res = await t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwelling.id}/household`, {
      cookie: w.manager.cookie,
      body: { householdId: household.id },
    });
    expect(res.status).toBe(200);
    dwellings.push({ id: dwelling.id, householdId: household.id });
  }
  await w.dwelling(buildingId); // vacant
  // Weeks of 2025 (Mondays); warmth 3 or 4 seven times out of ten.
  const WEEKS = ["2025-01-06", "2025-01-13", "2025-01-20", "2025-02-03"];
  const WARMTH = [1, 3, 3, 4, 2, 3, 3, 3, 1, 4];
  const PROBLEMS: Array<Array<"cold_radiator" | "draughts" | "noisy_heating">> = [
    ["cold_radiator", "draughts"],
    [],
    ["noisy_heating"],
    [],
    ["cold_radiator"],
    [],
    [],
    [],
    ["cold_radiator"],
    [],
  ];
  await t.db.insert(comfortSurveyAnswers).values([
    ...WARMTH.map((warmth, i) => {
      const d = dwellings[i % 3] as { id: string; householdId: string };
      return {
        organisationId: orgId,
        buildingId,
        dwellingId: d.id,
        householdId: d.householdId,
        weekStart: WEEKS[Math.floor(i / 3)] as string,
        warmth,
        problems: PROBLEMS[i] ?? [],
      };
    }),
    {
      organisationId: orgId,
      buildingId,
      dwellingId: dwellings[0]?.id,
      householdId: dwellings[0]?.householdId,
      weekStart: "2024-12-30",
      warmth: 1,
      problems: ["no_hot_water" as const],
    },
  ]);
  const consultation = async (row: {
    status: "draft" | "open" | "closed";
    closesOn: string;
    createdAt: Date;
  }) => {
    const [c] = await t.db
      .insert(consultations)
      .values({
        organisationId: orgId,
        buildingId,
        projectId,
        title: "Horaire",
        question: "Quand chauffer ?",
        ...row,
      })
      .returning({ id: consultations.id });
    const options = await t.db
      .insert(consultationOptions)
      .values(
        ["6 h – 22 h", "7 h – 23 h"].map((label, position) => ({
          organisationId: orgId,
          consultationId: c?.id as string,
          position,
          label,
          explanation: "…",
          costText: "Même coût",
          comfortText: "…",
        })),
      )
      .returning({ id: consultationOptions.id });
    return { id: c?.id as string, options: options.map((o) => o.id) };
  };
  const held = await consultation({
    status: "closed",
    closesOn: "2025-06-30",
    createdAt: new Date("2025-06-01T08:00:00Z"),
  });
  await t.db.insert(consultationAnswers).values(
    [0, 1].map((i) => ({
      organisationId: orgId,
      consultationId: held.id,
      dwellingId: (dwellings[i] as { id: string }).id,
      optionId: held.options[1] as string,
    })),
  );
  await consultation({
    status: "draft",
    closesOn: "2025-09-30",
    createdAt: new Date("2025-09-01T08:00:00Z"),
  });
  await consultation({
    status: "closed",
    closesOn: "2024-11-30",
    createdAt: new Date("2024-11-01T08:00:00Z"),
  });
  const alert = (
    kind: "summer_heating" | "meter_backwards" | "readings_missing",
    openedAt: string,
    closedAt: string | null,
    [periodFrom, periodTo] = ["2024-06-01", "2024-09-01"],
  ) => ({
    organisationId: orgId,
    buildingId,
    kind,
    periodFrom,
    periodTo,
    openedAt: new Date(openedAt),
    closedAt: closedAt ? new Date(closedAt) : null,
  });
  await t.db.insert(alerts).values([
    alert("summer_heating", "2025-07-15T08:00:00Z", "2025-08-02T08:00:00Z"),
    alert("meter_backwards", "2024-12-01T08:00:00Z", "2025-02-01T08:00:00Z"),
    alert("readings_missing", "2025-11-01T08:00:00Z", null),
    // Summer 2025's heating, noticed only in January 2026: about the year, opened after it.
    alert("summer_heating", "2026-01-10T08:00:00Z", null, ["2025-06-01", "2025-09-01"]),
  ]);
});
afterAll(() => w.t.close());

const report = (query = "?from=2025-01-01&to=2025-12-31", cookie = w.manager.cookie, id = buildingId) =>
  w.t.call("GET", `/api/buildings/${id}/report${query}`, { cookie });

describe("a building's report", () => {
  it("gives the year's heating from the rollup, the same as the building's indicators", async () => {
    const res = await report();
    expect(res.status).toBe(200);
    const indicators = await w.t.call(
      "GET",
      `/api/buildings/${buildingId}/indicators?from=2025-01&to=2025-12`,
      {
        cookie: w.manager.cookie,
      },
    );
    const year = indicators.body.years.find((y: { year: number }) => y.year === 2025);
    expect(res.body.heating).toMatchObject({
      fromMonth: "2025-01",
      toMonth: "2025-12",
      energies: ["gas"],
      complete: true,
    });
    expect(res.body.heating.kwh).toBeCloseTo(year.kwh, 6);
    expect(res.body.heating.kwhPerM2).toBeCloseTo(year.kwh / 3150, 6);
    expect(res.body.heating.degreeDays).toBeCloseTo(year.degreeDays, 6);
    expect(res.body.heating.kwhPerM2PerDegreeDay).toBeCloseTo(year.kwhPerM2PerDegreeDay, 10);
  });

  it("lists the works, the alerts, the survey and the consultations of the period only", async () => {
    const { body } = await report();
    // The windows were completed in 2024: the new boiler, started in November, is the year's only works.
    expect(body.works).toEqual([
      expect.objectContaining({ label: "Nouvelle chaudière", status: "under_way" }),
    ]);
    expect(body.alerts).toEqual({
      about: 1,
      opened: 2,
      closed: 2,
      openAtEnd: 1,
      byKind: [
        { kind: "meter_backwards", about: 0, opened: 0, closed: 1 },
        { kind: "readings_missing", about: 0, opened: 1, closed: 0 },
        { kind: "summer_heating", about: 1, opened: 1, closed: 1 },
      ],
    });
    expect(body.survey).toEqual({
      answers: 10,
      byWarmth: [2, 1, 5, 2, 0],
      comfortableShare: 0.7,
      coldShare: 0.3,
      problems: [
        { problem: "cold_radiator", count: 3 },
        { problem: "noisy_heating", count: 1 },
        { problem: "draughts", count: 1 },
      ],
    });
    expect(body.consultations).toHaveLength(1);
    expect(body.consultations[0]).toMatchObject({
      status: "closed",
      closesOn: "2025-06-30",
      projectId,
      answered: 2,
      occupiedDwellings: 3,
      options: [
        { label: "6 h – 22 h", answers: 0 },
        { label: "7 h – 23 h", answers: 2 },
      ],
    });
    expect(body.consultations[0].turnout).toBeCloseTo(2 / 3, 10);
    expect(body.consultations[0].leadingOptionId).toBe(body.consultations[0].options[1].id);
  });

  it("measures each project's savings with the 90 % interval and each objective against its target", async () => {
    const { body } = await report();
    const facades = body.projects.find((p: { id: string }) => p.id === projectId);
    expect(facades.savings).toMatchObject({
      energy: "gas",
      verdict: "ok",
      from: "2024-10-01",
      to: "2026-03-01",
    });
    const s = facades.savings;
    expect(s.savingsFraction).toBeGreaterThan(0.22);
    expect(s.savingsFraction).toBeLessThan(0.28);
    expect(s.savingsFractionLow).toBeLessThan(s.savingsFraction);
    const [gas, comfort, turnout, manual] = facades.objectives;
    expect(gas).toMatchObject({ status: "met", reason: null });
    expect(gas.measured).toBeCloseTo(s.savingsFraction * 100, 6);
    expect(gas.measuredLow).toBeCloseTo(s.savingsFractionLow * 100, 6);
    expect(comfort).toMatchObject({ status: "not_met" });
    expect(comfort.measured).toBeCloseTo(70, 6);
    expect(turnout).toMatchObject({ status: "met" });
    expect(turnout.measured).toBeCloseTo(200 / 3, 6);
    expect(manual).toMatchObject({ status: "manual", measured: null, assessment: "Aucune plainte." });

    const plain = body.projects.find((p: { id: string }) => p.id === plainProjectId);
    expect(plain.savings).toMatchObject({ verdict: "no_works", savingsKwh: null });
    expect(plain.objectives).toEqual([
      expect.objectContaining({ status: "not_measurable", reason: "no_works_linked", measured: null }),
      expect.objectContaining({ status: "not_measurable", reason: "no_consultation" }),
    ]);
  });

  it("says what is not measurable in a period without answers, and defaults to the last twelve months", async () => {
    const { body } = await report("?from=2024-01-01&to=2024-06-30");
    expect(body.survey.answers).toBe(0);
    const facades = body.projects.find((p: { id: string }) => p.id === projectId);
    expect(facades.objectives[1]).toMatchObject({ status: "not_measurable", reason: "no_survey_answers" });
    expect(facades.objectives[2]).toMatchObject({ status: "not_measurable", reason: "no_consultation" });
    const byDefault = await report("");
    expect(byDefault.body).toMatchObject({ from: "2025-03-01", to: "2026-02-28" });
  });

  it("downloads as CSV for Belgian Excel, in the caller's language", async () => {
    const res = await report("?from=2025-01-01&to=2025-12-31&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(
      "rapport-batiment-B-1-2025-01-01-2025-12-31.csv",
    );
    const text = String(res.body);
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Indicateur;Valeur;Incertitude (90 %);Unité;Remarque");
    expect(lines.find((l) => l.startsWith("Bien chauffé"))).toBe(
      "Bien chauffé (juste bien ou un peu chaud);70;;%;",
    );
    expect(lines.find((l) => l.startsWith("Objectif « Bien chauffés »"))).toContain("non atteint");
    expect(lines.find((l) => l.startsWith("Objectif « Économies »"))).toContain(
      "aucuns travaux liés au projet",
    );
    expect(text).toMatch(
      /Projet « Rénovation des façades » : Économisé à météo égale;\d+;\d+;kWh;mesuré du 2024-10-01 au 2026-03-01/,
    );
  });

  it("is for the company's managers, coordinators and viewers only", async () => {
    expect((await report(undefined, w.coordinator.cookie)).status).toBe(200);
    expect((await report(undefined, w.viewer.cookie)).status).toBe(200);
    expect((await report(undefined, w.adviser.cookie)).status).toBe(403);
    expect((await report(undefined, w.tenant.cookie)).status).toBe(403);
    // Another organisation's staff learn nothing of the building.
    expect((await report(undefined, w.cpasCoordinator.cookie)).status).toBe(404);
    expect((await report(undefined, w.otherManager.cookie)).status).toBe(404);
  });

  it("refuses a period that ends before it starts, or longer than ten years, naming the field", async () => {
    const reversed = await report("?from=2025-12-31&to=2025-01-01");
    expect(reversed.status).toBe(422);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: "from" })]);
    const long = await report("?from=2010-01-01&to=2025-12-31");
    expect(long.status).toBe(422);
    expect(long.body.title).toContain("dix ans");
    expect((await report("?from=2025-13-01")).status).toBe(400);
  });
});

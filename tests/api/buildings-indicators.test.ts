import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildingMonths, buildingRollups, organisations } from "../../db/schema/index.ts";
import { fixture, uploadForm } from "../factories/imports.ts";
import { makeUser } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * A 2,400 m² building heated by a heat meter read on the 1st of every month from January 2024, on the
 * demo station (whose measured months are the equivalent 16.5 normals): 300 kWh a day of base load
 * and 50 kWh per degree-day, so every figure can be worked out by hand. Test clock: 2026-03-10.
 */
// Synergrid 1991–2020 equivalent 16.5 normals, January to December (seeds/reference).
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthKwh = (y: number, m: number) => 300 * daysIn(y, m) + 50 * (NORMALS[m - 1] as number);

let w: BuildingsWorld;
let buildingId: string;
let heat: string;
let index = 0;
const read = (meterId: string, readAt: string, value: number, cookie = w.manager.cookie) =>
  w.t.call("POST", `/api/meters/${meterId}/readings`, {
    cookie,
    body: { readAt, value, clientId: randomUUID(), confirm: true },
  });
const indicators = (query = "", cookie = w.manager.cookie) =>
  w.t.call("GET", `/api/buildings/${buildingId}/indicators${query}`, { cookie });
const monthOf = async (month: string) => (await indicators(`?from=${month}&to=${month}`)).body.monthly[0];

beforeAll(async () => {
  w = await buildingsWorld();
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.company.id));
  buildingId = (await w.building({ name: "Les Tilleuls" })).id;
  const meter = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "heat", name: "Compteur de chaleur", startedAt: "2024-01-01", startIndex: 0 },
  });
  heat = meter.body.id;
  for (let i = 0; i < 26; i++) {
    const [y, m] = [2024 + Math.floor(i / 12), (i % 12) + 1];
    index += monthKwh(y, m);
    const next = i + 1;
    const day = `${2024 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
    expect((await read(heat, day, index)).status).toBe(201);
  }
});
afterAll(() => w.t.close());

describe("a building's indicators", () => {
  it("gives the months, seasons and years in kWh, kWh/m² and kWh/m² per degree-day, from the rollup", async () => {
    const res = await indicators();
    expect(res.status).toBe(200);
    // By default the 24 months up to the last full one.
    expect(res.body).toMatchObject({
      from: "2024-03",
      to: "2026-02",
      heatedAreaM2: 2400,
      energies: ["heat"],
      stale: false,
    });
    // January 2025: 300 × 31 + 50 × 396 = 29,100 kWh; / 2,400 m² = 12.125 kWh/m²; / 396 DD.
    const january = res.body.monthly.find((m: { month: string }) => m.month === "2025-01");
    expect(january).toMatchObject({ kwh: 29_100, kwhPerM2: 12.125, degreeDays: 396, status: "measured" });
    expect(january.kwhPerM2PerDegreeDay).toBeCloseTo(12.125 / 396, 12);
    expect(res.body.missingMonths).toEqual([]);
    expect(res.body.estimatedMonths).toEqual([]);
    // October 2024 to April 2025: 300 × 212 days + 50 × 2,042 DD = 165,700 kWh, complete.
    const season = res.body.seasons.find((s: { season: string }) => s.season === "2024-2025");
    expect(season).toMatchObject({ kwh: 165_700, complete: true });
    expect(season.degreeDays).toBeCloseTo(2_042, 6);
    expect(season.kwhPerM2).toBeCloseTo(165_700 / 2_400, 9);
    // 2025 whole: 300 × 365 + 50 × 2,252 = 222,100 kWh.
    const year = res.body.years.find((y: { year: number }) => y.year === 2025);
    expect(year).toMatchObject({ kwh: 222_100, complete: true });
    expect(year.degreeDays).toBeCloseTo(2_252, 6);
    // A season or year the span only touches is totalled whole: 2024 from its January, although the
    // span starts in March (300 × 366 + 50 × 2,252 = 222,400 kWh); the 2023–2024 season has no October.
    expect(res.body.years.find((y: { year: number }) => y.year === 2024)).toMatchObject({
      kwh: 222_400,
      complete: true,
    });
    expect(res.body.seasons.find((s: { season: string }) => s.season === "2023-2024").complete).toBe(false);
    expect(res.body.monthly[0].month).toBe("2024-03");
  });

  it("finds the base load and the heating slope, and the normal-year consumption", async () => {
    const { body } = await indicators();
    expect(body.signature).toMatchObject({
      energy: "heat",
      verdict: "insufficient_reporting",
      from: "2025-03-01",
      to: "2026-03-01",
    });
    expect(body.signature.baseLoadKwhPerDay).toBeCloseTo(300, 6);
    expect(body.signature.heatingKwhPerDegreeDay).toBeCloseTo(50, 6);
    expect(body.signature.points).toHaveLength(12);
    expect(body.signature.points[0].kwhPerDay).toBeCloseTo(monthKwh(2025, 3) / 31, 9);
    expect(body.signature.points[0].degreeDaysPerDay).toBeCloseTo(294 / 31, 9);
    // 300 × 365 + 50 × 2,252 normal degree-days = 222,100 kWh; / 2,400 m² = 92.54 kWh/m².
    expect(body.normalYear.kwh).toBeCloseTo(222_100, 3);
    expect(body.normalYear.kwhPerM2).toBeCloseTo(222_100 / 2_400, 6);
  });

  it("refuses a span the wrong way round or badly written, in plain words", async () => {
    const reversed = await indicators("?from=2025-06&to=2025-01");
    expect(reversed.status).toBe(422);
    expect(reversed.body.title).toBe("Le premier mois doit venir avant le dernier.");
    expect(reversed.body.errors[0].field).toBe("from");
    const badMonth = await indicators("?from=2025-13");
    expect(badMonth.status).toBe(400);
    expect((await indicators("?from=2014-01&to=2025-01")).status).toBe(422);
  });

  it("is the company's: its viewer reads it; an adviser, a tenant and another company do not", async () => {
    expect((await indicators("", w.viewer.cookie)).status).toBe(200);
    expect((await indicators("", w.coordinator.cookie)).status).toBe(200);
    expect((await indicators("", w.adviser.cookie)).status).toBe(403);
    expect([403, 404]).toContain((await indicators("", w.tenant.cookie)).status);
    expect((await indicators("", w.otherManager.cookie)).status).toBe(404);
  });
});

describe("the monthly rollup stays fresh after every kind of write", () => {
  let readingId: string;
  // 2,000 kWh from 1 to 6 March 2026 (5 days; March is partial and estimated is not claimed).
  it("after a reading", async () => {
    const res = await read(heat, "2026-03-06", index + 2_000);
    readingId = res.body.id;
    const march = await monthOf("2026-03");
    expect(march).toMatchObject({ kwh: 2_000, status: "partial" });
  });

  it("after a correction", async () => {
    const res = await w.t.call("PATCH", `/api/readings/${readingId}`, {
      cookie: w.manager.cookie,
      body: { value: index + 2_500, confirm: true },
    });
    expect(res.status).toBe(200);
    expect((await monthOf("2026-03")).kwh).toBe(2_500);
  });

  it("after a deletion", async () => {
    const res = await w.t.call("DELETE", `/api/readings/${readingId}`, { cookie: w.manager.cookie });
    expect(res.status).toBe(204);
    expect(await monthOf("2026-03")).toMatchObject({ kwh: null, status: "missing" });
  });

  it("after a replacement", async () => {
    const res = await w.t.call("POST", `/api/meters/${heat}/replace`, {
      cookie: w.manager.cookie,
      body: { replacedAt: "2026-03-05", finalIndex: index + 1_200, newMeter: { startIndex: 0 } },
    });
    expect(res.status).toBe(201);
    heat = res.body.id;
    expect((await monthOf("2026-03")).kwh).toBe(1_200);
    // The new meter goes on where the old one stopped: 1 000 kWh more by the 9th.
    expect((await read(heat, "2026-03-09", 1_000)).status).toBe(201);
    expect((await monthOf("2026-03")).kwh).toBe(2_200);
  });

  it("after a smart-meter import", async () => {
    // Its own building: a second meter read only on one day would leave Les Tilleuls' months partial.
    const station = (await w.building({ name: "Sous-station" })).id;
    const meter = await w.t.call("POST", `/api/buildings/${station}/meters`, {
      cookie: w.manager.cookie,
      body: { kind: "heat", name: "Sous-station", startedAt: "2024-10-01", startIndex: 0 },
    });
    const csv = fixture("generic-hourly.csv");
    const fields = { timestampColumn: "timestamp", valueColumn: "kWh" };
    expect((await uploadForm(w.t, meter.body.id, w.manager.cookie, csv, fields)).status).toBe(201);
    const october = await w.t.call("GET", `/api/buildings/${station}/indicators?from=2024-10&to=2024-10`, {
      cookie: w.manager.cookie,
    });
    // Five hourly values of 27 October 2024: 0.41 + 0.38 + 0.35 + 0.33 + 0.30 = 1.77 kWh.
    expect(october.body.monthly[0].kwh).toBeCloseTo(1.77, 6);
  });

  it("after a fuel delivery", async () => {
    const pelletsBuilding = (await w.building({ name: "Pellets", heatingSystem: "gas_boiler" })).id;
    const store = await w.t.call("POST", `/api/buildings/${pelletsBuilding}/meters`, {
      cookie: w.manager.cookie,
      body: { kind: "pellets", name: "Silo", startedAt: "2025-10-01" },
    });
    expect(store.status).toBe(201);
    const deliver = (deliveredOn: string) =>
      w.t.call("POST", `/api/meters/${store.body.id}/deliveries`, {
        cookie: w.manager.cookie,
        body: { deliveredOn, quantity: 2_000, clientId: randomUUID() },
      });
    expect((await deliver("2025-10-01")).status).toBe(201);
    expect((await deliver("2025-12-01")).status).toBe(201);
    // 2,000 kg burnt from 1 October to 1 December, × 4.86 kWh/kg = 9,720 kWh, all estimated.
    const res = await w.t.call(
      "GET",
      `/api/buildings/${pelletsBuilding}/indicators?from=2025-10&to=2025-11`,
      {
        cookie: w.manager.cookie,
      },
    );
    expect(res.body.monthly.map((m: { status: string }) => m.status)).toEqual(["estimated", "estimated"]);
    expect(res.body.monthly[0].kwh + res.body.monthly[1].kwh).toBeCloseTo(9_720, 6);
    expect(res.body.monthly[0].kwh).toBeCloseTo((9_720 * 31) / 61, 6);
  });

  it("after the platform administrator imports its station's degree-days", async () => {
    const admin = await w.t.signIn((await makeUser(w.t.db, { isPlatformAdmin: true })).email as string);
    const degreeDays = async () => (await monthOf("2025-01")).degreeDays;
    expect(await degreeDays()).toBe(396);
    const res = await w.t.call(
      "POST",
      "/api/weather/stations/demo/degree-days?convention=equiv16_5&kind=measured&source=test",
      { cookie: admin, rawBody: "month;degree_days\n2025-01;420\n", headers: { "content-type": "text/csv" } },
    );
    expect(res.status).toBe(201);
    // Same kWh, more degree-days: the month's kWh/m² per degree-day follows at once.
    const january = await monthOf("2025-01");
    expect(january.degreeDays).toBe(420);
    expect(january.kwhPerM2PerDegreeDay).toBeCloseTo(29_100 / 2_400 / 420, 9);
  });

  it("and a rollup a failure left stale is recomputed when read", async () => {
    const where = and(
      eq(buildingRollups.organisationId, w.company.id),
      eq(buildingRollups.buildingId, buildingId),
    );
    const [state] = await w.t.db.select().from(buildingRollups).where(where);
    // As if the rewrite after a write had failed: marked stale, months wrong.
    await w.t.db
      .update(buildingRollups)
      .set({ generation: (state?.generation ?? 0) + 1 })
      .where(where);
    await w.t.db.delete(buildingMonths).where(eq(buildingMonths.buildingId, buildingId));
    const january = (await indicators("?from=2025-01&to=2025-01")).body;
    expect(january).toMatchObject({ stale: false, monthly: [{ kwh: 29_100, status: "measured" }] });
    const [after] = await w.t.db.select().from(buildingRollups).where(where);
    expect(after?.computedGeneration).toBe(after?.generation);
  });
});

describe("the portfolio", () => {
  const portfolio = (query = "", cookie = w.manager.cookie) =>
    w.t.call("GET", `/api/buildings/portfolio${query}`, { cookie });

  it("ranks the company's buildings by normal-year kWh/m², with the last 12 months and a 24-month trend", async () => {
    await w.building({ name: "Annexe sans compteur", heatingSystem: "oil_boiler", commune: "Namur" });
    const res = await portfolio();
    expect(res.status).toBe(200);
    // Les Tilleuls, the smart-meter and pellets buildings of the tests above, and this one.
    expect(res.body.total).toBe(4);
    expect(res.body.months).toHaveLength(24);
    expect(res.body.months[0]).toBe("2024-03");
    expect(res.body.months.at(-1)).toBe("2026-02");
    const [first, second] = res.body.buildings;
    expect(first).toMatchObject({
      id: buildingId,
      name: "Les Tilleuls",
      rank: 1,
      openAlerts: 0,
      stale: false,
    });
    expect(first.normalYearKwhPerM2).toBeCloseTo(222_100 / 2_400, 4);
    // March 2025 to February 2026: twelve months of the same normals as 2025, 222,100 kWh.
    expect(first.last12MonthsKwh).toBeCloseTo(222_100, 6);
    expect(first.last12MonthsCovered).toBe(12);
    expect(first.trendKwh[10]).toBe(29_100); // January 2025
    expect(second).toMatchObject({
      name: "Annexe sans compteur",
      rank: null,
      normalYearKwhPerM2: null,
      last12MonthsKwh: null,
    });
    expect(second.trendKwh.every((v: number | null) => v === null)).toBe(true);
  });

  it("filters and sorts", async () => {
    const namur = await portfolio("?q=namur");
    expect(namur.body.buildings.map((b: { name: string }) => b.name)).toEqual(["Annexe sans compteur"]);
    const oil = await portfolio("?heatingSystem=oil_boiler");
    expect(oil.body.total).toBe(1);
    const byName = await portfolio("?sort=name&order=desc");
    expect(byName.body.buildings.map((b: { name: string }) => b.name)).toEqual([
      "Sous-station",
      "Pellets",
      "Les Tilleuls",
      "Annexe sans compteur",
    ]);
    expect((await portfolio("?alerts=open")).body.total).toBe(0);
    // A page past the end still says how many there are.
    const past = await portfolio("?limit=1&offset=5");
    expect(past.body).toMatchObject({ total: 4, buildings: [] });
    expect((await portfolio("?sort=nope")).status).toBe(400);
  });

  it("reads the same series after migration 0015 backfilled it from the months already rolled up", async () => {
    const series = () =>
      w.t.db
        .select({
          id: buildingRollups.buildingId,
          from: buildingRollups.heatingFrom,
          kwh: buildingRollups.heatingKwh,
        })
        .from(buildingRollups)
        .where(eq(buildingRollups.organisationId, w.company.id))
        .orderBy(buildingRollups.buildingId);
    const written = await series();
    const tilleuls = written.find((r) => r.id === buildingId);
    expect(tilleuls?.from).toBe("2024-01-01");
    expect(tilleuls?.kwh?.length).toBeGreaterThan(24);
    const before = await portfolio();
    await w.t.db
      .update(buildingRollups)
      .set({ heatingFrom: null, heatingKwh: null })
      .where(eq(buildingRollups.organisationId, w.company.id));
    const migration = readFileSync(
      new URL("../../db/migrations/0015_heating_series.sql", import.meta.url),
      "utf8",
    );
    const backfill = migration.split("--> statement-breakpoint").at(-1) as string;
    await w.t.db.execute(sql.raw(backfill));
    expect(await series()).toEqual(written);
    expect((await portfolio()).body).toEqual(before.body);
  });

  it("is the company's only", async () => {
    expect((await portfolio("", w.viewer.cookie)).status).toBe(200);
    expect((await portfolio("", w.adviser.cookie)).status).toBe(403);
    const other = await portfolio("", w.otherManager.cookie);
    expect(other.status).toBe(200);
    expect(other.body.total).toBe(0);
  });

  it("adds up a building's heating energies month by month: a heat meter and pellets", async () => {
    const both = (await w.building({ name: "Deux énergies", code: "B-2E" })).id;
    const meter = async (body: Record<string, unknown>) =>
      (await w.t.call("POST", `/api/buildings/${both}/meters`, { cookie: w.manager.cookie, body })).body.id;
    const heatMeter = await meter({ kind: "heat", name: "Chaleur", startedAt: "2025-09-01", startIndex: 0 });
    for (const [day, value] of [
      ["2025-10-01", 1_000],
      ["2025-11-01", 3_000],
      ["2025-12-01", 6_000],
    ] as const)
      expect((await read(heatMeter, day, value)).status).toBe(201);
    const silo = await meter({ kind: "pellets", name: "Silo", startedAt: "2025-10-01" });
    for (const deliveredOn of ["2025-10-01", "2025-12-01"])
      expect(
        (
          await w.t.call("POST", `/api/meters/${silo}/deliveries`, {
            cookie: w.manager.cookie,
            body: { deliveredOn, quantity: 2_000, clientId: randomUUID() },
          })
        ).status,
      ).toBe(201);
    const { body } = await portfolio("?q=B-2E");
    const row = body.buildings[0];
    // Heat: 1,000 in September, 2,000 in October, 3,000 in November; pellets: 9,720 kWh over Oct–Nov.
    expect(row.last12MonthsKwh).toBeCloseTo(6_000 + 9_720, 6);
    expect(row.last12MonthsCovered).toBe(3);
    const october = row.trendKwh[body.months.indexOf("2025-10")];
    expect(october).toBeCloseTo(2_000 + (9_720 * 31) / 61, 6);
  });
});

it("recomputes the figures when the organisation changes its weather station", async () => {
  const station = (stationCode: string) =>
    w.t.call("PUT", "/api/settings/weather-station", { cookie: w.coordinator.cookie, body: { stationCode } });
  const before = await monthOf("2025-01");
  expect(before.degreeDays).toBeGreaterThan(0);
  try {
    // Uccle's shipped months stop in 2023: January 2025 has no degree-days there.
    expect((await station("uccle")).status).toBe(200);
    expect(await monthOf("2025-01")).toMatchObject({ kwh: before.kwh, degreeDays: null });
  } finally {
    await station("demo");
  }
  expect(await monthOf("2025-01")).toEqual(before);
});

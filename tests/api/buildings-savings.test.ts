import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * A building's boiler on the demo weather station (Synergrid's equivalent 16.5 normals as measured
 * months): monthly readings from 2023-01 to 2026-03 made from a known base load and heating slope,
 * 25 % less gas from the completion of new windows (started 2024-05-01, completed 2024-09-15), the
 * test clock on 2026-03-10. The months of the works are left out of both periods.
 */
let w: BuildingsWorld;
let buildingId: string;
const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** m³ of gas in a month: 30 m³ a day for hot water, 9 m³ per degree-day. */
const monthM3 = (y: number, m: number) => 30 * daysIn(y, m) + 9 * (NORMALS[m - 1] as number);
const AFTER_WORKS = 2024 * 12 + 10;

beforeAll(async () => {
  w = await buildingsWorld();
  const station = await w.t.call("PUT", "/api/settings/weather-station", {
    cookie: w.coordinator.cookie,
    body: { stationCode: "demo" },
  });
  expect(station.status).toBe(200);
  buildingId = (await w.building({ heatedAreaM2: 3150 })).id;
  const meter = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "gas", name: "Chaudière", startedAt: "2023-01-01", startIndex: 100_000 },
  });
  let index = 100_000;
  for (let i = 0; i < 38; i++) {
    const [y, m] = [2023 + Math.floor(i / 12), (i % 12) + 1];
    const after = y * 12 + m >= AFTER_WORKS;
    index += monthM3(y, m) * (after ? 0.75 : 1) * (1 + 0.03 * Math.sin(i * 2.1));
    const next = i + 1;
    const day = `${2023 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
    const res = await w.t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie: w.manager.cookie,
      body: { readAt: day, value: Math.round(index), clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => w.t.close());

async function works(body: Record<string, unknown>, building = buildingId) {
  const res = await w.t.call("POST", `/api/buildings/${building}/events`, {
    cookie: w.manager.cookie,
    body: { kind: "windows", label: "Nouveaux châssis", ...body },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const savingsOf = (event: string, cookie = w.manager.cookie, energy = "gas", building = buildingId) =>
  w.t.call("GET", `/api/buildings/${building}/savings?event=${event}&energy=${energy}`, { cookie });

describe("a renovation's before and after", () => {
  it("finds about 25 % less gas at equal weather after the works, with its 90 % interval", async () => {
    const event = await works({ startedOn: "2024-05-01", completedOn: "2024-09-15" });
    const res = await savingsOf(event);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      energy: "gas",
      verdict: "ok",
      monthsStillNeeded: null,
      event: { id: event, startedOn: "2024-05-01", completedOn: "2024-09-15" },
      excluded: { from: "2024-05-01", to: "2024-09-15" },
      station: { code: "demo" },
      model: { kind: "heating_only", baselinePeriods: 12 },
      // The first whole month after completion opens the reporting period.
      reporting: { from: "2024-10-01", to: "2026-03-01", periods: 17, monthsToFullYear: 0 },
    });
    const r = res.body.reporting;
    expect(r.savingsFraction).toBeGreaterThan(0.22);
    expect(r.savingsFraction).toBeLessThan(0.28);
    expect(r.savingsFractionLow).toBeLessThan(r.savingsFraction);
    expect(r.savingsFractionHigh).toBeGreaterThan(r.savingsFraction);
    expect(r.savingsFractionHigh - r.savingsFractionLow).toBeCloseTo(
      (2 * r.uncertaintyKwh90) / r.counterfactualKwh,
    );
    expect(res.body.points.filter((p: { phase: string }) => p.phase === "baseline")).toHaveLength(12);
  });

  it("says how many months after completion are still needed", async () => {
    const event = await works({ startedOn: "2025-11-03", completedOn: "2026-02-20" });
    const res = await savingsOf(event);
    expect(res.body).toMatchObject({
      verdict: "insufficient_reporting",
      reporting: null,
      monthsStillNeeded: 2,
    });
  });

  it("says how many months of readings are missing before the works", async () => {
    const event = await works({ startedOn: "2023-04-01", completedOn: "2023-05-01" });
    const res = await savingsOf(event);
    expect(res.body).toMatchObject({
      verdict: "insufficient_baseline",
      baselineCoverage: { coveredDays: 90, requiredDays: 329 },
      monthsStillNeeded: 8,
    });
  });

  it("waits for works under way", async () => {
    const event = await works({ startedOn: "2026-02-01", completedOn: null });
    const res = await savingsOf(event);
    expect(res.body).toMatchObject({ verdict: "works_under_way", reporting: null, excluded: null });
  });

  it("is read by the company's staff only, and asks for a meter of that energy", async () => {
    const event = await works({ startedOn: "2024-05-01", completedOn: "2024-09-15" });
    expect((await savingsOf(event, w.viewer.cookie)).status).toBe(200);
    expect((await savingsOf(event, w.coordinator.cookie)).status).toBe(200);
    expect((await savingsOf(event, w.adviser.cookie)).status).toBe(403);
    expect((await savingsOf(event, w.tenant.cookie)).status).toBe(403);
    expect((await savingsOf(event, w.otherManager.cookie)).status).toBe(404);
    const noHeatMeter = await savingsOf(event, w.manager.cookie, "heat");
    expect(noHeatMeter.status).toBe(404);
    expect(noHeatMeter.body.title).toBe("Ce bâtiment n'a pas de compteur pour cette énergie.");
    const electricity = await savingsOf(event, w.manager.cookie, "electricity");
    expect(electricity.status).toBe(400);
    // Works of another building are not this one's.
    const other = (await w.building()).id;
    const elsewhere = await works({ startedOn: "2024-05-01", completedOn: "2024-09-15" }, other);
    expect((await savingsOf(elsewhere)).status).toBe(404);
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * Test clock 2026-03-10: last month is February 2026. "Les Érables" has a gas boiler read on the 1st
 * of every month from January 2025, and on 14 February 2026: the reading that closes February is not
 * in yet. "Les Saules" has no meter at all.
 */
const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

let w: BuildingsWorld;
let buildingId: string;
let meterId: string;
let noMeterId: string;
let index = 50_000;

const read = async (day: string, m3: number) => {
  index += m3;
  const res = await w.t.call("POST", `/api/meters/${meterId}/readings`, {
    cookie: w.manager.cookie,
    body: { readAt: day, value: Math.round(index), clientId: randomUUID(), confirm: true },
  });
  expect(res.status).toBe(201);
};

beforeAll(async () => {
  w = await buildingsWorld();
  await w.t.call("PUT", "/api/settings/weather-station", {
    cookie: w.coordinator.cookie,
    body: { stationCode: "demo" },
  });
  buildingId = (await w.building({ name: "Les Érables", heatedAreaM2: 1800 })).id;
  noMeterId = (await w.building({ name: "Les Saules" })).id;
  const meter = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "gas", name: "Chaudière", startedAt: "2025-01-01", startIndex: index },
  });
  meterId = meter.body.id;
  for (let i = 1; i <= 13; i++) {
    const [y, m] = [2025 + Math.floor((i - 1) / 12), ((i - 1) % 12) + 1];
    const next = `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`;
    await read(next, 20 * daysIn(y, m) + 6 * (NORMALS[m - 1] as number));
  }
  await read("2026-02-14", 20 * 13 + 6 * 160);
});
afterAll(() => w.t.close());

const report = (query: string, id = buildingId) =>
  w.t.call("GET", `/api/buildings/${id}/report${query}`, { cookie: w.manager.cookie });

describe("the building report's period by default", () => {
  it("ends with January when February is only partly read, every month of it whole", async () => {
    const { status, body } = await report("");
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: "2025-02-01", to: "2026-01-31" });
    expect(body.heating).toMatchObject({
      fromMonth: "2025-02",
      toMonth: "2026-01",
      complete: true,
      openEndMonths: [],
      missingMonths: [],
      partialMonths: [],
    });
    expect(body.heating.degreeDays).toBeGreaterThan(0);
    expect(body.heating.kwhPerM2PerDegreeDay).toBeGreaterThan(0);
  });

  it("is where the building page's indicators open too: February, half read, is not their last month", async () => {
    const res = await w.t.call("GET", `/api/buildings/${buildingId}/indicators`, {
      cookie: w.manager.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: "2024-02", to: "2026-01", partialMonths: [] });
    expect(res.body.monthly.at(-1)).toMatchObject({ month: "2026-01", status: "measured" });
    // Asked for, February is there, said to be partial.
    const asked = await w.t.call("GET", `/api/buildings/${buildingId}/indicators?to=2026-02`, {
      cookie: w.manager.cookie,
    });
    expect(asked.body).toMatchObject({ to: "2026-02", partialMonths: ["2026-02"] });
    // A start alone ends last month, as before.
    const fromOnly = await w.t.call("GET", `/api/buildings/${buildingId}/indicators?from=2026-02`, {
      cookie: w.manager.cookie,
    });
    expect(fromOnly.status).toBe(200);
    expect(fromOnly.body).toMatchObject({ from: "2026-02", to: "2026-02" });
    // A building without readings opens on last month: its months are said to be missing.
    const none = await w.t.call("GET", `/api/buildings/${noMeterId}/indicators`, {
      cookie: w.manager.cookie,
    });
    expect(none.body).toMatchObject({ from: "2024-03", to: "2026-02" });
    expect(none.body.missingMonths).toHaveLength(24);
  });

  it("keeps the twelve months ending last month for a building without readings", async () => {
    const { body } = await report("", noMeterId);
    expect(body).toMatchObject({ from: "2025-03-01", to: "2026-02-28" });
    // Nothing read at all: no month is said to stop early, they are all missing.
    expect(body.heating.openEndMonths).toEqual([]);
    expect(body.heating.missingMonths).toHaveLength(12);
  });

  it("keeps a period asked for, and says that its last month is not fully read, in JSON and in CSV", async () => {
    const { body } = await report("?from=2025-03-01&to=2026-02-28");
    expect(body).toMatchObject({ from: "2025-03-01", to: "2026-02-28" });
    expect(body.heating).toMatchObject({
      complete: false,
      openEndMonths: ["2026-02"],
      partialMonths: ["2026-02"],
      kwhPerM2PerDegreeDay: null,
    });
    // A start alone ends, as before, with last month.
    expect((await report("?from=2025-06-01")).body).toMatchObject({ from: "2025-06-01", to: "2026-02-28" });
    const csv = String((await report("?from=2025-03-01&to=2026-02-28&format=csv")).body);
    expect(csv.split("\r\n").find((l) => l.startsWith("Chauffage;"))).toContain(
      "2025-03 – 2026-02 — fin de période sans relevé complet : 2026-02 — incomplet",
    );
  });

  it("moves to the twelve months ending last month once the reading that closes it is in", async () => {
    await read("2026-03-01", 20 * 15 + 6 * 190);
    const { body } = await report("");
    expect(body).toMatchObject({ from: "2025-03-01", to: "2026-02-28" });
    expect(body.heating).toMatchObject({ complete: true, openEndMonths: [] });
    const indicators = await w.t.call("GET", `/api/buildings/${buildingId}/indicators`, {
      cookie: w.manager.cookie,
    });
    expect(indicators.body).toMatchObject({ to: "2026-02", partialMonths: [] });
  });
});

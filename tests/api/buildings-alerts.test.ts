import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, organisations } from "../../db/schema/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * Test clock 2026-03-10: the months checked are March 2025 to February 2026. "Les Tilleuls" (2,400 m²)
 * has a heat meter read on the 1st of every month since January 2024 that follows its signature —
 * 300 kWh a day and 50 kWh per degree-day on the demo station — except July 2025, when the heating
 * ran: 15,000 kWh more. "Le Chêne" has a gas meter declared reset to a lower index on 1 February
 * 2026, and a common-parts electricity meter nobody has read since it was put in on 1 October 2025.
 */
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const SUMMER_EXTRA_KWH = 15_000;
const monthKwh = (y: number, m: number) =>
  300 * daysIn(y, m) + 50 * (NORMALS[m - 1] as number) + (y === 2025 && m === 7 ? SUMMER_EXTRA_KWH : 0);

let w: BuildingsWorld;
let tilleuls: string;
let chene: string;
let heat: string;
let gas: string;
let electricity: string;
const read = (meterId: string, readAt: string, value: number, more: Record<string, unknown> = {}) =>
  w.t.call("POST", `/api/meters/${meterId}/readings`, {
    cookie: w.manager.cookie,
    body: { readAt, value, clientId: randomUUID(), confirm: true, ...more },
  });
const list = (query = "", cookie = w.manager.cookie) => w.t.call("GET", `/api/alerts${query}`, { cookie });
const post = (id: string, action: "acknowledge" | "close", body: unknown = {}, cookie = w.manager.cookie) =>
  w.t.call("POST", `/api/alerts/${id}/${action}`, { cookie, body });
const meter = async (buildingId: string, body: Record<string, unknown>) => {
  const res = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
type Alert = { id: string; kind: string; buildingId: string; meterId: string | null; status: string };
const ofKind = (body: Alert[], kind: string) => body.filter((a) => a.kind === kind);

beforeAll(async () => {
  w = await buildingsWorld();
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.company.id));
  tilleuls = (await w.building({ name: "Les Tilleuls" })).id;
  heat = await meter(tilleuls, {
    kind: "heat",
    name: "Compteur de chaleur",
    startedAt: "2024-01-01",
    startIndex: 0,
  });
  let index = 0;
  for (let i = 0; i < 26; i++) {
    index += monthKwh(2024 + Math.floor(i / 12), (i % 12) + 1);
    const next = i + 1;
    const day = `${2024 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`;
    expect((await read(heat, day, index)).status).toBe(201);
  }
  chene = (await w.building({ name: "Le Chêne" })).id;
  gas = await meter(chene, { kind: "gas", name: "Chaudière", startedAt: "2025-12-01", startIndex: 50_000 });
  expect((await read(gas, "2026-01-01", 62_000)).status).toBe(201);
  expect((await read(gas, "2026-02-01", 1_200, { reset: true })).status).toBe(201);
  electricity = await meter(chene, {
    kind: "electricity",
    name: "Communs",
    startedAt: "2025-10-01",
    startIndex: 1_000,
  });
});
afterAll(() => w.t.close());

describe("building alerts", () => {
  it("shows the manager what was seen: summer heating, a meter going backwards, readings missing", async () => {
    const res = await list("?status=open");
    expect(res.status).toBe(200);
    const body = res.body as Alert[];
    expect(body.map((a) => a.kind).sort()).toEqual(["meter_backwards", "readings_missing", "summer_heating"]);
    const [summer] = ofKind(body, "summer_heating");
    expect(summer).toMatchObject({
      buildingId: tilleuls,
      buildingName: "Les Tilleuls",
      meterId: null,
      status: "open",
      periodFrom: "2025-06-01",
      periodTo: "2025-09-01",
      seen: { months: ["2025-07"], kwh: expect.any(Number), expectedKwh: expect.any(Number) },
    });
    // July: 300 × 31 + 50 × 10 + 15,000 = 24,800 kWh, against about 9,800 kWh the model explains.
    const seen = (summer as unknown as { seen: { kwh: number; expectedKwh: number } }).seen;
    expect(seen.kwh).toBe(24_800);
    expect(seen.expectedKwh).toBeGreaterThan(9_000);
    expect(seen.expectedKwh).toBeLessThan(24_800 / 1.5);
    expect(ofKind(body, "meter_backwards")[0]).toMatchObject({
      buildingId: chene,
      meterId: gas,
      meterName: "Chaudière",
      periodFrom: "2026-01-01",
      periodTo: "2026-02-01",
      seen: { previousIndex: 62_000, index: 1_200, unit: "m3" },
    });
    // 1 October 2025 to 10 March 2026: 160 days without a reading.
    expect(ofKind(body, "readings_missing")[0]).toMatchObject({
      buildingId: chene,
      meterId: electricity,
      meterName: "Communs",
      periodFrom: "2025-10-01",
      periodTo: "2026-03-10",
      seen: { days: 160, limitDays: 45 },
    });
    const portfolio = await w.t.call("GET", "/api/buildings/portfolio?sort=name", {
      cookie: w.manager.cookie,
    });
    expect(portfolio.body.buildings.map((b: { openAlerts: number }) => b.openAlerts)).toEqual([2, 1]);
  });

  it("never opens the same situation twice, even after it was closed", async () => {
    const count = async (kind: "summer_heating" | "readings_missing") =>
      (
        await w.t.db
          .select()
          .from(alerts)
          .where(and(eq(alerts.organisationId, w.company.id), eq(alerts.kind, kind)))
      ).length;
    // A new reading recomputes the rollup, which checks the building again.
    expect((await read(heat, "2026-03-05", 10_000_000)).status).toBe(201);
    await list();
    await list();
    expect(await count("summer_heating")).toBe(1);
    expect(await count("readings_missing")).toBe(1);
    const [summer] = ofKind((await list()).body, "summer_heating");
    expect((await post((summer as Alert).id, "close")).status).toBe(200);
    expect((await read(heat, "2026-03-08", 10_010_000)).status).toBe(201);
    await list();
    expect(await count("summer_heating")).toBe(1);
    expect(ofKind((await list("?status=open")).body, "summer_heating")).toEqual([]);
  });

  it("is acknowledged, then closed with a note; a closed alert stays closed", async () => {
    const [missing] = ofKind((await list("?status=open")).body, "readings_missing") as Alert[];
    const id = (missing as Alert).id;
    const acknowledged = await post(id, "acknowledge");
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      status: "acknowledged",
      acknowledgedAt: "2026-03-10T09:00:00.000Z",
    });
    expect((await post(id, "acknowledge")).status).toBe(200);
    expect((await list("?status=acknowledged")).body.map((a: Alert) => a.id)).toEqual([id]);
    expect(ofKind((await list("?status=open")).body, "readings_missing")).toEqual([]);

    expect((await post(id, "close", { note: "x".repeat(501) })).status).toBe(400);
    const closed = await post(id, "close", { note: "Le concierge relève les communs depuis mars." });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: "closed",
      note: "Le concierge relève les communs depuis mars.",
    });
    const again = await post(id, "close", {});
    expect(again.status).toBe(409);
    expect(again.body.title).toBe("Cette alerte est déjà clôturée.");
    expect((await post(id, "acknowledge")).status).toBe(409);
    expect((await list("?status=closed")).body.map((a: Alert) => a.kind).sort()).toEqual([
      "readings_missing",
      "summer_heating",
    ]);
  });

  it("closes a gap by itself once readings come back, after someone acknowledged it", async () => {
    const water = await meter(chene, { kind: "water", name: "Eau", startedAt: "2025-11-01", startIndex: 10 });
    const [gap] = (await list("?status=open")).body.filter((a: Alert) => a.meterId === water) as Alert[];
    expect(gap).toMatchObject({ kind: "readings_missing", periodFrom: "2025-11-01" });
    expect((await post((gap as Alert).id, "acknowledge")).status).toBe(200);
    expect((await read(water, "2026-03-09", 250)).status).toBe(201);
    const [closed] = (await list()).body.filter((a: Alert) => a.meterId === water);
    expect(closed).toMatchObject({ id: (gap as Alert).id, status: "closed", closedBy: null, note: null });
  });

  it("filters by building, and refuses an unknown one", async () => {
    const res = await list(`?buildingId=${chene}`);
    expect(res.status).toBe(200);
    expect(new Set(res.body.map((a: Alert) => a.buildingId))).toEqual(new Set([chene]));
    expect((await list(`?buildingId=${randomUUID()}`)).status).toBe(404);
    expect((await list("?status=nope")).status).toBe(400);
  });

  it("is read by the company's viewers, acted on by its managers and coordinators only", async () => {
    const [backwards] = ofKind((await list()).body, "meter_backwards") as Alert[];
    const id = (backwards as Alert).id;
    expect((await list("", w.viewer.cookie)).body).toHaveLength((await list()).body.length);
    expect((await list("", w.coordinator.cookie)).status).toBe(200);
    expect((await post(id, "acknowledge", {}, w.viewer.cookie)).status).toBe(403);
    expect((await list("", w.adviser.cookie)).status).toBe(403);
    expect((await list("", w.cpasAdviser.cookie)).status).toBe(403);
    expect((await list("", w.tenant.cookie)).status).toBe(403);
    // Another housing company sees none of them and cannot reach one.
    const other = await list("", w.otherManager.cookie);
    expect(other.status).toBe(200);
    expect(other.body).toEqual([]);
    expect((await post(id, "close", {}, w.otherManager.cookie)).status).toBe(404);
    expect((await post(id, "acknowledge", {}, w.coordinator.cookie)).status).toBe(200);
  });
});

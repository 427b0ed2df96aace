import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../api/consumption/brussels-days.ts";
import { organisations } from "../../db/schema/index.ts";
import { DUTCH_HEADER, dutchLine, uploadCsv } from "../factories/imports.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * A heat meter read by hand on 1 January, 1 February and 1 March 2025 that gets a smart meter from
 * 15 February: its daily totals replace the readings day by day, so February takes 15–28 February
 * from the smart meter and 1–14 February from what the readings' index difference leaves, and stays
 * whole.
 * Test clock: 2026-03-10.
 */
let w: BuildingsWorld;
let buildingId: string;
let meterId: string;

/** The heat supplier's daily totals (00:00 to 00:00), `kwh` a day from `from` for `count` days. */
function dailyFile(from: string, count: number, kwh: number) {
  const lines = [DUTCH_HEADER];
  for (let i = 0; i < count; i++)
    lines.push(dutchLine(addDays(from, i), "00:00", "00:00", "Afname", String(kwh).replace(".", ",")));
  return lines.join("\n");
}

const monthly = async (from: string, to: string) =>
  (
    await w.t.call("GET", `/api/buildings/${buildingId}/indicators?from=${from}&to=${to}`, {
      cookie: w.manager.cookie,
    })
  ).body.monthly;

beforeAll(async () => {
  w = await buildingsWorld();
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.company.id));
  buildingId = (await w.building({ name: "Compteur devenu intelligent" })).id;
  const meter = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "heat", name: "Sous-station", startedAt: "2025-01-01", startIndex: 0 },
  });
  meterId = meter.body.id;
  for (const [readAt, value] of [
    ["2025-02-01", 3_100],
    ["2025-03-01", 6_100],
  ] as const) {
    const res = await w.t.call("POST", `/api/meters/${meterId}/readings`, {
      cookie: w.manager.cookie,
      body: { readAt, value, clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => w.t.close());

describe("a building meter read by hand whose smart meter starts in the middle of a month", () => {
  it("before the import, February is the readings' 3,000 kWh, whole", async () => {
    expect((await monthly("2025-01", "2025-02")).map((m: { kwh: number }) => m.kwh)).toEqual([3_100, 3_000]);
  });

  it("gives the days before the smart meter what the readings leave, and keeps the month whole", async () => {
    // 120 kWh a day from 15 February to 31 March.
    const upload = await uploadCsv(w.t, meterId, w.manager.cookie, dailyFile("2025-02-15", 45, 120));
    expect(upload.status).toBe(201);
    const [january, february, march] = await monthly("2025-01", "2025-03");
    expect(january).toMatchObject({ kwh: 3_100, status: "measured" });
    // 15–28 February: 14 smart-meter days × 120 = 1,680 kWh; 1–14 February: the 3,000 kWh read from
    // 1 February to 1 March less those 1,680 = 1,320 kWh. Every day has figures, and February is
    // still the 3,000 kWh its readings say.
    expect(february.status).toBe("measured");
    expect(february.kwh).toBeCloseTo(3_000, 6);
    // March: smart-meter days only, 31 × 120.
    expect(march).toMatchObject({ kwh: 3_720, status: "measured" });
  });
});

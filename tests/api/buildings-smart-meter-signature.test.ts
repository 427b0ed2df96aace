import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../api/consumption/brussels-days.ts";
import { organisations } from "../../db/schema/index.ts";
import { DUTCH_HEADER, dutchLine, uploadCsv } from "../factories/imports.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * A building whose heat meter is never read by hand: only its daily totals are imported. On the demo
 * station (monthly equivalent 16.5 normals), 300 kWh a day plus 50 kWh per degree-day; test clock
 * 2026-03-10. Its signature comes from the days summed by calendar month.
 */
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const daysIn = (day: string) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).getUTCDate();
const dayKwh = (day: string) => 300 + (50 * (NORMALS[Number(day.slice(5, 7)) - 1] as number)) / daysIn(day);

/** The heat supplier's daily totals (00:00 to 00:00) from `from` for `count` days. */
function dailyFile(from: string, count: number) {
  const lines = [DUTCH_HEADER];
  for (let i = 0; i < count; i++) {
    const day = addDays(from, i);
    lines.push(dutchLine(day, "00:00", "00:00", "Afname", dayKwh(day).toFixed(3).replace(".", ",")));
  }
  return lines.join("\n");
}

let w: BuildingsWorld;
let buildingId: string;
let meterId: string;

beforeAll(async () => {
  w = await buildingsWorld();
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.company.id));
  buildingId = (await w.building({ name: "Smart" })).id;
  const meter = await w.t.call("POST", `/api/buildings/${buildingId}/meters`, {
    cookie: w.manager.cookie,
    body: { kind: "heat", name: "Sous-station", startedAt: "2024-01-01", startIndex: 0 },
  });
  meterId = meter.body.id;
});
afterAll(() => w.t.close());

const signatureOf = async () =>
  (await w.t.call("GET", `/api/buildings/${buildingId}/indicators`, { cookie: w.manager.cookie })).body
    .signature;

describe("the energy signature of a building with smart-meter data only", () => {
  it("is none while the days cover less of the year than the method asks", async () => {
    // 1 December 2025 to 28 February 2026: three months, no year.
    const upload = await uploadCsv(w.t, meterId, w.manager.cookie, dailyFile("2025-12-01", 90));
    expect(upload.status).toBe(201);
    expect(await signatureOf()).toBeNull();
  });

  it("is fitted on the days summed by month once they cover the year", async () => {
    const upload = await uploadCsv(w.t, meterId, w.manager.cookie, dailyFile("2024-01-01", 700));
    expect(upload.status).toBe(201);
    const signature = await signatureOf();
    expect(signature).toMatchObject({
      energy: "heat",
      usageSource: "smart_meter",
      verdict: "insufficient_reporting",
    });
    expect(signature.baseLoadKwhPerDay).toBeCloseTo(300, 0);
    expect(signature.heatingKwhPerDegreeDay).toBeCloseTo(50, 1);
    // Calendar months: every point runs from the 1st to the 1st.
    expect(
      signature.points.every(
        (p: { from: string; to: string }) => p.from.endsWith("-01") && p.to.endsWith("-01"),
      ),
    ).toBe(true);
  });
});

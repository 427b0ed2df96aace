import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, type LocalDay } from "../../api/consumption/brussels-days.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";
import { importDemoTemperatures, seasonalTemperatures } from "./demo-station-weather.ts";

/**
 * Gas-heated homes on the demo station, once its daily temperatures are imported: each uses exactly
 * 10 kWh a day plus 3 kWh per equivalent 16.5 degree-day (11.6 kWh/m³). The test clock is on
 * 2026-03-10.
 * - `monthly`: read on the 1st of each month from January 2024, then on 20 December 2025 and
 *   10 January 2026;
 * - `winterGap`: read on the 1st of each month, but none between 1 October 2024 and 1 March 2025.
 */
let t: TestApp;
const homes: Record<"monthly" | "winterGap", { id: string; cookie: string }> = {} as never;
const KWH_PER_M3 = 11.6;
let usedKwh: (day: LocalDay) => number;

const firstsOfMonths = (from: LocalDay, to: LocalDay) => {
  const days: LocalDay[] = [];
  for (let y = 2024; y <= 2026; y++)
    for (let m = 1; m <= 12; m++) days.push(`${y}-${String(m).padStart(2, "0")}-01`);
  return days.filter((d) => d >= from && d <= to);
};

async function gasHome(adviser: string, readingDays: readonly LocalDay[]) {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Gaz", heatingType: "individual_gas" },
  });
  expect(created.status).toBe(201);
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  const id = created.body.household.id as string;
  const meter = await t.call("POST", `/api/households/${id}/meters`, {
    cookie,
    body: { kind: "gas", gasType: "H", name: "Gaz", startedAt: "2024-01-01", startIndex: 0 },
  });
  expect(meter.status).toBe(201);
  let m3 = 0;
  let day: LocalDay = "2024-01-01";
  for (const next of readingDays) {
    for (; day < next; day = addDays(day, 1)) m3 += usedKwh(day) / KWH_PER_M3;
    const res = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie,
      body: { readAt: next, value: Math.round(m3 * 1000) / 1000, clientId: randomUUID(), confirm: true },
    });
    expect(res.status).toBe(201);
  }
  return { id, cookie };
}

beforeAll(async () => {
  t = await setupTestApp();
  const org = await makeOrganisation(t.db, { weatherStationCode: "demo" });
  const admin = await t.signIn((await makeUser(t.db, { isPlatformAdmin: true })).email as string);
  const adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: org.id, role: "adviser" })).email as string,
  );
  const degreeDays = await importDemoTemperatures(t, admin, seasonalTemperatures());
  usedKwh = (day) => 10 + 3 * (degreeDays.get(day) as number);
  homes.monthly = await gasHome(adviser, [
    ...firstsOfMonths("2024-02-01", "2025-12-01"),
    "2025-12-20",
    "2026-01-10",
  ]);
  homes.winterGap = await gasHome(adviser, [
    ...firstsOfMonths("2024-02-01", "2024-10-01"),
    ...firstsOfMonths("2025-03-01", "2026-03-01"),
  ]);
});
afterAll(() => t.close());

async function gasMonths(home: { id: string; cookie: string }, from: LocalDay, to: LocalDay) {
  const res = await t.call(
    "GET",
    `/api/households/${home.id}/consumption?from=${from}&to=${to}&granularity=month`,
    { cookie: home.cookie },
  );
  expect(res.status).toBe(200);
  const gas = res.body.energies.find((e: { energy: string }) => e.energy === "gas");
  return {
    kwh: (period: string): number => gas.periods.find((p: { period: string }) => p.period === period).kwh,
    notes: res.body.notes as unknown[],
  };
}

const kwhOf = (from: LocalDay, to: LocalDay) => {
  let sum = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) sum += usedKwh(d);
  return sum;
};

describe("a heating energy read across a month's edge", () => {
  it("gives December and January what the home used in each, by the cold of each day", async () => {
    const months = await gasMonths(homes.monthly, "2025-12-01", "2026-01-31");
    // Readings on 20 December and 10 January: spread evenly, December would get 12/21 of those 21 days.
    expect(months.kwh("2025-12")).toBeCloseTo(kwhOf("2025-12-01", "2025-12-31"), 0);
    // January stops at the last reading (10 January): nothing is invented after it.
    expect(months.kwh("2026-01")).toBeCloseTo(kwhOf("2026-01-01", "2026-01-09"), 0);
    const evenDecember = kwhOf("2025-12-01", "2025-12-19") + (kwhOf("2025-12-20", "2026-01-09") * 12) / 21;
    expect(Math.abs(months.kwh("2025-12") - evenDecember)).toBeGreaterThan(1);
    expect(months.notes).toContainEqual({ code: "heating_by_degree_days", energy: "gas" });
  });

  it("gives a month the same figure whichever window shows it: one model, the home's of the year before today", async () => {
    const december = (await gasMonths(homes.monthly, "2025-12-01", "2026-01-31")).kwh("2025-12");
    const pastYear = await gasMonths(homes.monthly, "2025-01-01", "2025-12-31");
    expect(pastYear.kwh("2025-12")).toBeCloseTo(december, 6);
  });

  it("follows the cold over five months without a reading, in a window that ends long before the next", async () => {
    // October 2024 of 1 October → 1 March: spread evenly, it would get 31/151 of that winter.
    const months = await gasMonths(homes.winterGap, "2024-01-01", "2024-10-31");
    expect(months.kwh("2024-10")).toBeCloseTo(kwhOf("2024-10-01", "2024-10-31"), 0);
    expect(months.kwh("2024-10")).toBeLessThan((kwhOf("2024-10-01", "2025-02-28") * 31) / 151 - 10);
    expect(months.notes).toContainEqual({ code: "heating_by_degree_days", energy: "gas" });
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../api/consumption/brussels-days.ts";
import { DUTCH_HEADER, dutchLine, uploadCsv } from "../factories/imports.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Electricity savings of an electrically heated household from its smart meter's daily totals, on the
 * demo weather station (monthly equivalent 16.5 normals): 6 kWh a day plus 0.5 kWh per degree-day,
 * 20 % less from the start on 2025-03-01; the test clock is on 2026-03-10.
 */
let t: TestApp;
let adviser: string;

const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
const daysIn = (day: string) =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).getUTCDate();
const START = "2025-03-01";

/** The day's kWh: base load plus heating by the month's degree-days per day, a little noise. */
function dayKwh(day: string, i: number): number {
  const ddPerDay = (NORMALS[Number(day.slice(5, 7)) - 1] as number) / daysIn(day);
  return (6 + 0.5 * ddPerDay) * (day >= START ? 0.8 : 1) * (1 + 0.08 * Math.sin(i * 1.7));
}

async function householdWithMeter() {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Compteur" },
  });
  const id = created.body.household.id as string;
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  await t.call("POST", `/api/households/${id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
  const meter = await t.call("POST", `/api/households/${id}/meters`, {
    cookie,
    body: { kind: "electricity", name: "Compteur", startedAt: "2024-01-01", startIndex: 0 },
  });
  return { id, meterId: meter.body.id as string };
}

/** The portal's daily totals (00:00 to 00:00) from `from` for `count` days. */
function dailyFile(from: string, count: number, skip: ReadonlySet<string> = new Set()) {
  const lines = [DUTCH_HEADER];
  for (let i = 0; i < count; i++) {
    const day = addDays(from, i);
    if (skip.has(day)) continue;
    lines.push(dutchLine(day, "00:00", "00:00", "Afname", dayKwh(day, i).toFixed(3).replace(".", ",")));
  }
  return lines.join("\n");
}

const savingsOf = (id: string) =>
  t.call("GET", `/api/households/${id}/savings?energy=electricity&start=${START}`, { cookie: adviser });

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db, { weatherStationCode: "demo" })).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

describe("savings from a smart meter's days", () => {
  it("finds the 20 % saved from daily totals alone, by calendar month against the monthly table", async () => {
    const { id, meterId } = await householdWithMeter();
    // 2024-01-01 to 2026-03-07; one day missing in June 2025 leaves that month out, not guessed.
    const upload = await uploadCsv(
      t,
      meterId,
      adviser,
      dailyFile("2024-01-01", 797, new Set(["2025-06-15"])),
    );
    expect(upload.status).toBe(201);

    const res = await savingsOf(id);
    expect(res.status).toBe(200);
    expect(res.body.usageSource).toBe("smart_meter");
    expect(res.body.dataKind).toBe("billing");
    expect(res.body.verdict).toBe("ok");
    const reporting = res.body.reporting;
    const fraction = reporting.savingsKwh / reporting.counterfactualKwh;
    expect(fraction).toBeGreaterThan(0.17);
    expect(fraction).toBeLessThan(0.23);
    expect(Math.abs(reporting.savingsKwh - 0.2 * reporting.counterfactualKwh)).toBeLessThan(
      reporting.uncertaintyKwh90 + 0.01 * reporting.counterfactualKwh,
    );
    const june = res.body.points.find((p: { from: string }) => p.from === "2025-06-01");
    expect(june).toBeUndefined();
    expect(res.body.points.at(-1).to).toBe("2026-03-08");
  });

  it("keeps to the readings when the smart meter's days do not cover the baseline year", async () => {
    const { id, meterId } = await householdWithMeter();
    for (const [i, day] of ["2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01", "2025-04-01"].entries()) {
      const read = await t.call("POST", `/api/meters/${meterId}/readings`, {
        cookie: adviser,
        body: { readAt: day, value: 1000 * (i + 1), clientId: randomUUID(), confirm: true },
      });
      expect(read.status).toBe(201);
    }
    expect((await uploadCsv(t, meterId, adviser, dailyFile("2025-12-01", 90))).status).toBe(201);
    const res = await savingsOf(id);
    expect(res.status).toBe(200);
    expect(res.body.usageSource).toBe("readings");
    expect(res.body.dataKind).toBe("billing");
  });
});

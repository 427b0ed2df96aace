import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, brusselsOffsetMs, startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { DUTCH_HEADER, dutchLine, uploadCsv } from "../factories/imports.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let adviser: string;

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

/** A consenting household with one electricity meter, started on 1 October 2024 unless said otherwise. */
async function householdWithMeter(registers: string[], startedAt = "2024-10-01") {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Mesure" },
  });
  const id = created.body.household.id as string;
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  await t.call("POST", `/api/households/${id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
  const startIndex = Object.fromEntries(registers.map((r) => [r, 1000]));
  const meter = await t.call("POST", `/api/households/${id}/meters`, {
    cookie,
    body: { kind: "electricity", name: "Compteur", registers, startedAt, startIndex },
  });
  return { id, meterId: meter.body.id as string };
}

const consumption = (id: string, from: string, to: string, granularity: string) =>
  t.call("GET", `/api/households/${id}/consumption?from=${from}&to=${to}&granularity=${granularity}`, {
    cookie: adviser,
  });

/** Brussels wall time `HH:MM` of an instant. */
function wall(ms: number) {
  return new Date(ms + brusselsOffsetMs(new Date(ms))).toISOString().slice(11, 16);
}

/** Every quarter-hour of the day (92, 96 or 100 of them) for each register, as the portal writes them. */
function quarterHours(day: string, values: Record<string, number[]>) {
  const start = startOfBrusselsDay(day).getTime();
  const lines: string[] = [];
  for (const [register, list] of Object.entries(values))
    list.forEach((thousandths, i) => {
      const from = start + i * 900_000;
      const volume = (thousandths / 1000).toFixed(3).replace(".", ",");
      lines.push(dutchLine(day, wall(from), wall(from + 900_000), register, volume));
    });
  return lines;
}

describe("consumption from smart-meter data", () => {
  it("lets interval data win over manual indexes for the days it covers (worked example)", async () => {
    const { id, meterId } = await householdWithMeter(["single"]);
    const read = await t.call("POST", `/api/meters/${meterId}/readings`, {
      cookie: adviser,
      body: { readAt: "2024-11-01", value: 1310, clientId: randomUUID(), confirm: true },
    });
    expect(read.status).toBe(201);
    // 25 hours on 27 October (02:00 twice), 0,5 kWh each: 12,5 kWh measured that day.
    const hours = [...Array(24).keys()].flatMap((h) => (h === 2 ? [2, 2] : [h]));
    const lines = hours.map((h) => {
      const hh = (x: number) => `${String(x % 24).padStart(2, "0")}:00`;
      return dutchLine("2024-10-27", hh(h), hh(h + 1), "Afname", "0,500", "541448820000000017");
    });
    const res = await uploadCsv(t, meterId, adviser, [DUTCH_HEADER, ...lines].join("\n"));
    expect(res.status).toBe(201);

    const days = (await consumption(id, "2024-10-26", "2024-10-27", "day")).body.energies[0].periods;
    // The index pair gives October 310 kWh: 12,5 measured on the 27th, the other 30 days share the
    // 297,5 left, 9,917 kWh a day, estimated; never both for one day.
    expect(days[0]).toMatchObject({ period: "2024-10-26", quantity: 9.917, estimatedShare: 1 });
    expect(days[1]).toMatchObject({ period: "2024-10-27", quantity: 12.5, estimatedShare: 0 });
    const october = (await consumption(id, "2024-10-01", "2024-10-31", "month")).body.energies[0];
    expect(october.periods[0]).toMatchObject({ period: "2024-10", quantity: 310, coveredDays: 31 });
    // Asked for 1–20 October only, the 27th (beyond the window) still takes its 12,5 kWh out of the 310.
    const early = (await consumption(id, "2024-10-01", "2024-10-20", "month")).body.energies[0];
    expect(early.periods[0]).toMatchObject({ quantity: Math.round((297.5 / 30) * 20 * 1000) / 1000 });
  });

  it("shares a long interval's index difference with smart-meter days far beyond the window", async () => {
    const { id, meterId } = await householdWithMeter(["single"]);
    // 2 430 kWh from 1 October 2024 to 1 June 2025 (243 days); 12 kWh measured on 1 May 2025.
    const read = await t.call("POST", `/api/meters/${meterId}/readings`, {
      cookie: adviser,
      body: { readAt: "2025-06-01", value: 3430, clientId: randomUUID(), confirm: true },
    });
    expect(read.status).toBe(201);
    const lines = [...Array(24).keys()].map((h) => {
      const hh = (x: number) => `${String(x % 24).padStart(2, "0")}:00`;
      return dutchLine("2025-05-01", hh(h), hh(h + 1), "Afname", "0,500");
    });
    expect((await uploadCsv(t, meterId, adviser, [DUTCH_HEADER, ...lines].join("\n"))).status).toBe(201);
    // October 2024 alone: its 31 days share the 2 418 kWh the smart-meter day leaves, over 242 days.
    const october = (await consumption(id, "2024-10-01", "2024-10-31", "month")).body.energies[0];
    expect(october.periods[0].quantity).toBeCloseTo((2_418 / 242) * 31, 3);
  });

  it("counts the values the operator estimated (« Geschat ») as estimated", async () => {
    const { id, meterId } = await householdWithMeter(["single"]);
    // 24 hourly values of 0,5 kWh on 5 November, the last 6 estimated by the operator.
    const lines = [...Array(24).keys()].map((h) => {
      const hh = (x: number) => `${String(x % 24).padStart(2, "0")}:00`;
      const line = dutchLine("2024-11-05", hh(h), hh(h + 1), "Afname", "0,500");
      return h >= 18 ? line.replace(/Gevalideerd$/, "Geschat") : line;
    });
    const res = await uploadCsv(t, meterId, adviser, [DUTCH_HEADER, ...lines].join("\n"));
    expect(res.status).toBe(201);
    const day = (await consumption(id, "2024-11-05", "2024-11-05", "day")).body.energies[0].periods[0];
    expect(day).toMatchObject({ quantity: 12, estimatedShare: 0.25, coveredDays: 1 });
  });

  it("round-trips: each day's consumption equals the file's quarter-hours, DST days included", async () => {
    const days = fc.uniqueArray(fc.constantFrom("2024-03-31", "2024-10-27", "2024-12-24", "2025-06-21"), {
      minLength: 1,
      maxLength: 3,
    });
    const slotCount = (day: string) =>
      (startOfBrusselsDay(addDays(day, 1)).getTime() - startOfBrusselsDay(day).getTime()) / 900_000;
    const file = days.chain((list) =>
      fc.tuple(
        ...list.map((day) =>
          fc.record({
            day: fc.constant(day),
            values: fc.record({
              "Afname Dag": fc.array(fc.nat({ max: 2_500 }), {
                minLength: slotCount(day),
                maxLength: slotCount(day),
              }),
              "Afname Nacht": fc.array(fc.nat({ max: 2_500 }), {
                minLength: slotCount(day),
                maxLength: slotCount(day),
              }),
            }),
          }),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(file, async (content) => {
        const { id, meterId } = await householdWithMeter(["day", "night"], "2024-03-01");
        const lines = content.flatMap(({ day, values }) => quarterHours(day, values));
        const res = await uploadCsv(t, meterId, adviser, [DUTCH_HEADER, ...lines].join("\r\n"));
        expect(res.status).toBe(201);
        expect(res.body.rowsImported).toBe(lines.length);
        const sorted = content.map((c) => c.day).sort();
        const got = await consumption(id, sorted[0] as string, sorted.at(-1) as string, "day");
        const periods = new Map(got.body.energies[0].periods.map((p: { period: string }) => [p.period, p]));
        for (const { day, values } of content) {
          const total =
            [...values["Afname Dag"], ...values["Afname Nacht"]].reduce((a, b) => a + b, 0) / 1000;
          const period = periods.get(day) as { quantity: number; estimatedShare: number | null };
          expect(period.quantity).toBeCloseTo(total, 6);
          expect(period.estimatedShare ?? 0).toBe(0);
        }
      }),
      { numRuns: 6 },
    );
  });
});

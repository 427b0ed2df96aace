import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let coordinator: string;
let adviser: string;
let viewer: string;
let otherAdviser: string;
/** Consenting, with a gas meter read on 1 January and 1 February 2025. */
let home: { id: string; cookie: string };

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  const staff = async (organisationId: string, role: "coordinator" | "adviser" | "viewer") =>
    t.signIn((await makeUser(t.db, { organisationId, role })).email as string);
  coordinator = await staff(orgId, "coordinator");
  adviser = await staff(orgId, "adviser");
  viewer = await staff(orgId, "viewer");
  otherAdviser = await staff((await makeOrganisation(t.db)).id, "adviser");
  home = await newHousehold({ consenting: true });
  const meter = await t.call("POST", `/api/households/${home.id}/meters`, {
    cookie: home.cookie,
    body: { kind: "gas", name: "Gaz", gasType: "H", startedAt: "2025-01-01", startIndex: 1000 },
  });
  expect(meter.status).toBe(201);
  const read = await t.call("POST", `/api/meters/${meter.body.id}/readings`, {
    cookie: home.cookie,
    body: { readAt: "2025-02-01", value: 1100, clientId: randomUUID(), confirm: true },
  });
  expect(read.status).toBe(201);
});
afterAll(() => t.close());

async function newHousehold({ consenting }: { consenting: boolean }) {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Gaz" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  const id = created.body.household.id as string;
  if (consenting)
    await t.call("POST", `/api/households/${id}/consent`, {
      cookie,
      body: { scope: "adviser", granted: true },
    });
  return { id, cookie };
}

const january = (id: string) =>
  `/api/households/${id}/consumption?from=2025-01-01&to=2025-01-31&granularity=month`;

describe("a household's consumption", () => {
  it("has no cost without a tariff: null with tariff_missing, never a guess", async () => {
    const res = await t.call("GET", january(home.id), { cookie: home.cookie });
    expect(res.status).toBe(200);
    const [gas] = res.body.energies;
    expect(gas.periods[0]).toMatchObject({
      period: "2025-01",
      quantity: 100,
      kwh: 1160, // CREG typical H gas, 11.6 kWh/m³, without a calorific value of the organisation
      costEur: null,
      costMissingReason: "tariff_missing",
    });
    expect(res.body.notes).toContainEqual({ code: "tariff_missing", energy: "gas", from: "2025-01-01" });
  });

  it("gives m³, kWh, € and CO₂ of a gas meter with two readings and one tariff (worked example)", async () => {
    const settings = [
      ["/api/settings/calorific-values", { gasType: "H", kwhPerM3: 11.5, validFrom: "2025-01-01" }],
      [
        "/api/settings/tariffs",
        {
          energy: "gas",
          validFrom: "2025-01-01",
          pricesEurPerUnit: { single: 0.08 },
          fixedEurPerYear: 73,
          vatRate: 0.06,
          label: "Gaz",
        },
      ],
    ] as const;
    for (const [path, body] of settings)
      expect((await t.call("POST", path, { cookie: coordinator, body })).status).toBe(201);

    const res = await t.call("GET", january(home.id), { cookie: adviser });
    expect(res.status).toBe(200);
    // 1 100 − 1 000 = 100 m³ in the 31 days of January, read on its first days: measured, not spread.
    // kWh: 100 m³ × 11.5 kWh/m³ = 1 150 kWh.
    // €: (1 150 kWh × 0.08 € + 31 days × 73 €/365) × 1.06 = (92 + 6.20) × 1.06 = 104.092 → 104.09 €.
    // CO₂: 1 150 kWh × 0.181 kg/kWh (PCS, PEB 2021 annex F) = 208.15 kg.
    const figures = {
      quantity: 100,
      kwh: 1150,
      injectionKwh: 0,
      costEur: 104.09,
      co2Kg: 208.15,
      estimatedShare: 0,
      coveredDays: 31,
      days: 31,
    };
    expect(res.body).toEqual({
      from: "2025-01-01",
      to: "2025-01-31",
      granularity: "month",
      energies: [
        {
          energy: "gas",
          unit: "m3",
          periods: [{ period: "2025-01", ...figures, lastYear: null }],
          total: { ...figures, lastYear: null },
        },
      ],
      notes: [],
    });
  });

  it("defaults to the last twelve months by month", async () => {
    const res = await t.call("GET", `/api/households/${home.id}/consumption`, { cookie: home.cookie });
    expect(res.status).toBe(200);
    // The test clock is 2026-03-10: nothing was read after February 2025, but January 2025 lies in
    // the same window a year before (2024-04-01 to 2025-03-10).
    expect(res.body).toMatchObject({ from: "2025-04-01", to: "2026-03-10", granularity: "month" });
    expect(res.body.energies[0]).toMatchObject({
      energy: "gas",
      periods: [],
      total: { quantity: 0, coveredDays: 0, days: 344, lastYear: { quantity: 100, coveredDays: 31 } },
    });
    expect(res.body.notes).toContainEqual({ code: "no_data", energy: "gas" });
  });

  it("answers a wrong query with one error per field", async () => {
    const wrong = await t.call(
      "GET",
      `/api/households/${home.id}/consumption?from=2025-02-30&granularity=week`,
      {
        cookie: home.cookie,
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["from", "granularity"]);
    // A day in the year 100 was a 500 (its default start fell in the year 99).
    const ancient = await t.call("GET", `/api/households/${home.id}/consumption?to=0100-03-01`, {
      cookie: home.cookie,
    });
    expect(ancient.status).toBe(400);
    expect(ancient.body.errors).toEqual([
      { field: "to", code: "custom", message: "Donnez une date comme 2026-01-31, après 1970." },
    ]);
    const backwards = await t.call(
      "GET",
      `/api/households/${home.id}/consumption?from=2025-03-01&to=2025-02-01`,
      {
        cookie: home.cookie,
      },
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([
      { field: "from", code: "custom", message: "La date de début doit venir avant la date de fin." },
    ]);
    const tooLong = await t.call(
      "GET",
      `/api/households/${home.id}/consumption?from=2010-01-01&to=2025-01-01`,
      {
        cookie: home.cookie,
      },
    );
    expect(tooLong.body.errors[0]).toMatchObject({
      field: "to",
      message: "Choisissez une période de 10 ans au plus.",
    });
  });
});

describe("a household heating with oil", () => {
  it("pays for its oil what it paid for its deliveries: a cost in €, and a note saying so", async () => {
    const oil = await newHousehold({ consenting: true });
    const tank = await t.call("POST", `/api/households/${oil.id}/meters`, {
      cookie: oil.cookie,
      body: { kind: "heating_oil", name: "Citerne", startedAt: "2025-01-01", startIndex: 500 },
    });
    expect(tank.status).toBe(201);
    // 1 000 l for 900 € and 500 l for 550 €; 100 l whose price the household did not give.
    for (const [deliveredOn, quantity, costEur] of [
      ["2025-01-10", 1000, 900],
      ["2025-01-20", 500, 550],
      ["2025-01-25", 100, undefined],
    ] as const) {
      const delivered = await t.call("POST", `/api/meters/${tank.body.id}/deliveries`, {
        cookie: oil.cookie,
        body: { deliveredOn, quantity, costEur, clientId: randomUUID() },
      });
      expect(delivered.status).toBe(201);
    }
    // The gauge: 500 + 1 600 − 1 800 = 300 l burnt in January, 1 800 − 1 500 = 300 l in February.
    for (const [readAt, value] of [
      ["2025-02-01", 1800],
      ["2025-03-01", 1500],
    ] as const)
      expect(
        (
          await t.call("POST", `/api/meters/${tank.body.id}/readings`, {
            cookie: oil.cookie,
            body: { readAt, value, clientId: randomUUID(), confirm: true },
          })
        ).status,
      ).toBe(201);

    const res = await t.call(
      "GET",
      `/api/households/${oil.id}/consumption?from=2025-02-01&to=2025-02-28&granularity=month`,
      { cookie: oil.cookie },
    );
    expect(res.status).toBe(200);
    // 300 l × (900 + 550) € / (1 000 + 500) l = 300 × 0.9667 = 290.00 € (the 100 l without a price
    // left out of the average); no fixed fees. 300 l × 10 kWh/l = 3 000 kWh.
    expect(res.body.energies[0]).toMatchObject({
      energy: "heating_oil",
      unit: "litre",
      periods: [{ period: "2025-02", quantity: 300, kwh: 3000, costEur: 290 }],
    });
    expect(res.body.energies[0].periods[0].costMissingReason).toBeUndefined();
    expect(res.body.notes).toContainEqual({ code: "price_from_deliveries", energy: "heating_oil" });

    // Before its first delivery (1–9 January) nothing priced the oil and no tariff exists: no guess.
    const january = await t.call(
      "GET",
      `/api/households/${oil.id}/consumption?from=2025-01-01&to=2025-01-31&granularity=month`,
      { cookie: oil.cookie },
    );
    expect(january.body.energies[0].periods[0]).toMatchObject({
      costEur: null,
      costMissingReason: "tariff_missing",
    });
    expect(january.body.notes).toContainEqual({
      code: "tariff_missing",
      energy: "heating_oil",
      from: "2025-01-01",
    });

    // The monthly export gives the same euros.
    const exported = await t.call(
      "GET",
      `/api/households/${oil.id}/consumption/export?format=json&from=2025-02&to=2025-02`,
      { cookie: oil.cookie },
    );
    expect(exported.body.lines).toEqual([expect.objectContaining({ month: "2025-02", costEur: 290 })]);
  });
});

describe("a household whose tank gauge was replaced", () => {
  it("keeps pricing its oil at what it paid, though the new gauge has no delivery of its own", async () => {
    const oil = await newHousehold({ consenting: true });
    const old = await t.call("POST", `/api/households/${oil.id}/meters`, {
      cookie: oil.cookie,
      body: { kind: "heating_oil", name: "Citerne", startedAt: "2024-12-01", startIndex: 200 },
    });
    expect(old.status).toBe(201);
    // 1 000 l for 1 000 € (1.00 €/l) on 15 December, to the old gauge.
    const delivered = await t.call("POST", `/api/meters/${old.body.id}/deliveries`, {
      cookie: oil.cookie,
      body: { deliveredOn: "2024-12-15", quantity: 1000, costEur: 1000, clientId: randomUUID() },
    });
    expect(delivered.status).toBe(201);
    const read = await t.call("POST", `/api/meters/${old.body.id}/readings`, {
      cookie: oil.cookie,
      body: { readAt: "2025-01-01", value: 1000, clientId: randomUUID(), confirm: true },
    });
    expect(read.status).toBe(201);
    // The gauge is replaced on 1 February: the old one ends at 700 l (300 l burnt in January), the
    // new one starts at 700 l and reads 400 l on 1 March (300 l burnt in February).
    const replaced = await t.call("POST", `/api/meters/${old.body.id}/replace`, {
      cookie: oil.cookie,
      body: { replacedAt: "2025-02-01", finalIndex: 700, newMeter: { startIndex: 700 } },
    });
    expect(replaced.status).toBe(201);
    const march = await t.call("POST", `/api/meters/${replaced.body.id}/readings`, {
      cookie: oil.cookie,
      body: { readAt: "2025-03-01", value: 400, clientId: randomUUID(), confirm: true },
    });
    expect(march.status).toBe(201);

    const res = await t.call(
      "GET",
      `/api/households/${oil.id}/consumption?from=2025-01-01&to=2025-02-28&granularity=month`,
      { cookie: oil.cookie },
    );
    expect(res.status).toBe(200);
    // Both months at the December delivery's 1.00 €/l: 300 l = 300 €, February no « tarif manquant ».
    expect(
      res.body.energies[0].periods.map((p: { period: string; quantity: number; costEur: number | null }) => [
        p.period,
        p.quantity,
        p.costEur,
      ]),
    ).toEqual([
      ["2025-01", 300, 300],
      ["2025-02", 300, 300],
    ]);
    expect(res.body.notes).toContainEqual({ code: "price_from_deliveries", energy: "heating_oil" });
    expect(res.body.notes).not.toContainEqual(expect.objectContaining({ code: "tariff_missing" }));
  });
});

describe("who may read it", () => {
  it("the household itself and consented staff of its organisation, viewers included", async () => {
    for (const cookie of [home.cookie, adviser, coordinator, viewer])
      expect((await t.call("GET", january(home.id), { cookie })).status).toBe(200);
  });

  it("not another household (404), nor an adviser of another organisation (404)", async () => {
    const other = await newHousehold({ consenting: true });
    expect((await t.call("GET", january(home.id), { cookie: other.cookie })).status).toBe(404);
    expect((await t.call("GET", january(home.id), { cookie: otherAdviser })).status).toBe(404);
  });

  it("not staff of a household that has not agreed to share (403)", async () => {
    const silent = await newHousehold({ consenting: false });
    const res = await t.call("GET", january(silent.id), { cookie: adviser });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("household.no_consent");
    expect((await t.call("GET", january(silent.id), { cookie: silent.cookie })).status).toBe(200);
  });
});

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let coordinator: string;
let adviser: string;
let housingManager: string;
let outsider: string;
let home: { id: string; cookie: string };
let neighbour: { id: string; cookie: string };

const nb = "\u202f"; // French thousands separator

async function newHousehold({ consenting }: { consenting: boolean }) {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Listes" },
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

const newMeter = async (body: Record<string, unknown>, household = home) => {
  const res = await t.call("POST", `/api/households/${household.id}/meters`, {
    cookie: household.cookie,
    body,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  const signIn = async (organisationId: string, role: "coordinator" | "adviser" | "housing_manager") =>
    t.signIn((await makeUser(t.db, { organisationId, role })).email as string);
  coordinator = await signIn(orgId, "coordinator");
  adviser = await signIn(orgId, "adviser");
  housingManager = await signIn(orgId, "housing_manager");
  outsider = await signIn((await makeOrganisation(t.db)).id, "adviser");
  home = await newHousehold({ consenting: true });
  neighbour = await newHousehold({ consenting: true });
});
afterAll(() => t.close());

describe("readings say whose they are and who may change them", () => {
  it("mine for the author; editable for the author and the coordinator; never a start index", async () => {
    const meterId = await newMeter({ kind: "water", name: "Eau", startedAt: "2026-01-01", startIndex: 10 });
    const byHousehold = await t.call("POST", `/api/meters/${meterId}/readings`, {
      cookie: home.cookie,
      body: { readAt: "2026-02-01", value: 12, clientId: randomUUID() },
    });
    await t.call("POST", `/api/meters/${meterId}/readings`, {
      cookie: adviser,
      body: { readAt: "2026-03-01", value: 14, clientId: randomUUID() },
    });
    const seenBy = async (cookie: string) =>
      (await t.call("GET", `/api/meters/${meterId}/readings`, { cookie })).body.map(
        (r: { value: number; mine: boolean; editable: boolean }) => [r.value, r.mine, r.editable],
      );
    expect(await seenBy(home.cookie)).toEqual([
      [10, true, false],
      [12, true, true],
      [14, false, false],
    ]);
    expect(await seenBy(adviser)).toEqual([
      [10, false, false],
      [12, false, false],
      [14, true, true],
    ]);
    expect(await seenBy(coordinator)).toEqual([
      [10, false, false],
      [12, false, true],
      [14, false, true],
    ]);
    const corrected = await t.call("PATCH", `/api/readings/${byHousehold.body.id}`, {
      cookie: coordinator,
      body: { value: 12.5 },
    });
    expect(corrected.body).toMatchObject({ value: 12.5, mine: false, editable: true });
  });
});

describe("deliveries and top-ups lists", () => {
  it("list a tank's deliveries and a household's top-ups, newest first", async () => {
    const tank = await newMeter({
      kind: "heating_oil",
      name: "Citerne",
      startedAt: "2026-01-01",
      startIndex: 800,
    });
    for (const [deliveredOn, quantity, costEur] of [
      ["2026-01-10", 500, 480],
      ["2026-02-20", 700.25, 672.24],
    ] as const)
      await t.call("POST", `/api/meters/${tank}/deliveries`, {
        cookie: home.cookie,
        body: { deliveredOn, quantity, costEur, clientId: randomUUID() },
      });
    for (const toppedUpOn of ["2026-02-01", "2026-03-01"])
      await t.call("POST", `/api/households/${home.id}/top-ups`, {
        cookie: home.cookie,
        body: { toppedUpOn, amountEur: 15.5, clientId: randomUUID() },
      });
    const deliveries = await t.call("GET", `/api/meters/${tank}/deliveries`, { cookie: adviser });
    expect(deliveries.status).toBe(200);
    expect(
      deliveries.body.map((d: { deliveredOn: string; quantity: number }) => [d.deliveredOn, d.quantity]),
    ).toEqual([
      ["2026-02-20", 700.25],
      ["2026-01-10", 500],
    ]);
    const topUps = await t.call("GET", `/api/households/${home.id}/top-ups`, { cookie: home.cookie });
    expect(
      topUps.body.map((x: { toppedUpOn: string; amountEur: number }) => [x.toppedUpOn, x.amountEur]),
    ).toEqual([
      ["2026-03-01", 15.5],
      ["2026-02-01", 15.5],
    ]);

    // Another household, another organisation, or staff without consent see nothing.
    for (const url of [`/api/meters/${tank}/deliveries`, `/api/households/${home.id}/top-ups`]) {
      expect((await t.call("GET", url, { cookie: neighbour.cookie })).status).toBe(404);
      expect((await t.call("GET", url, { cookie: outsider })).status).toBe(404);
    }
    const privateHome = await newHousehold({ consenting: false });
    const refused = await t.call("GET", `/api/households/${privateHome.id}/top-ups`, { cookie: adviser });
    expect(refused.status).toBe(403);
  });
});

describe("amounts keep the decimals they are stored with, so a retry is never a false conflict", () => {
  it("refuses more than 3 decimals of fuel and 2 of euros, and accepts a retry of what it stored", async () => {
    const tank = await newMeter({
      kind: "heating_oil",
      name: "Mazout",
      startedAt: "2026-01-01",
      startIndex: 100,
    });
    const deliver = (body: Record<string, unknown>) =>
      t.call("POST", `/api/meters/${tank}/deliveries`, { cookie: home.cookie, body });
    const tooFine = await deliver({
      deliveredOn: "2026-02-01",
      quantity: 1.0005,
      costEur: 12.345,
      clientId: randomUUID(),
    });
    expect(tooFine.status).toBe(400);
    expect(tooFine.body.errors).toEqual([
      { field: "quantity", code: "custom", message: "Au plus 3 chiffres après la virgule." },
      { field: "costEur", code: "custom", message: "Au plus 2 chiffres après la virgule (les cents)." },
    ]);
    const body = { deliveredOn: "2026-02-01", quantity: 10.001, costEur: 12.34, clientId: randomUUID() };
    expect((await deliver(body)).status).toBe(201);
    const retry = await deliver(body);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ quantity: 10.001, costEur: 12.34 });

    const topUp = (amountEur: number, clientId: string) =>
      t.call("POST", `/api/households/${home.id}/top-ups`, {
        cookie: home.cookie,
        body: { toppedUpOn: "2026-02-01", amountEur, clientId },
      });
    expect((await topUp(12.345, randomUUID())).status).toBe(400);
    const clientId = randomUUID();
    expect((await topUp(12.35, clientId)).status).toBe(201);
    expect((await topUp(12.35, clientId)).status).toBe(200);

    const reading = await t.call("POST", `/api/meters/${tank}/readings`, {
      cookie: home.cookie,
      body: { readAt: "2026-02-02", value: 50.1234, clientId: randomUUID() },
    });
    expect(reading.status).toBe(400);
    expect(reading.body.errors[0]).toMatchObject({
      field: "value",
      message: "Au plus 3 chiffres après la virgule.",
    });
  });
});

describe("the question about an unusual jump", () => {
  it("counts whole days, names the previous reading's date and writes units as people do", async () => {
    const gas = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-02-01", startIndex: 1000 });
    // 22 days and 1 h 40 min after the start: 1 000 m³ is far above 25 m³ a day.
    const res = await t.call("POST", `/api/meters/${gas}/readings`, {
      cookie: home.cookie,
      body: { readAt: "2026-02-23T01:40:00+01:00", value: 2000, clientId: randomUUID() },
    });
    expect(res.status).toBe(422);
    expect(res.body.title).toBe(
      `C'est beaucoup plus que d'habitude : 1${nb}000 m³ depuis le relevé du 01/02.`,
    );
    expect(res.body.days).toBe(22);
    const electricity = await newMeter({
      kind: "electricity",
      name: "Élec",
      startedAt: "2026-03-01",
      startIndex: 0,
    });
    const sameDay = await t.call("POST", `/api/meters/${electricity}/readings`, {
      cookie: home.cookie,
      headers: { "accept-language": "en" },
      body: { readAt: "2026-03-01T06:00:00+01:00", value: 500, clientId: randomUUID() },
    });
    // The household's language (French) wins over the browser's; less than a day counts as one day.
    expect(sameDay.body.title).toBe(
      "C'est beaucoup plus que d'habitude : 500 kWh depuis le relevé du 01/03.",
    );
    expect(sameDay.body.days).toBe(1);
  });

  it("asks about a tank level far below the last one, in a tank's words", async () => {
    const tank = await newMeter({
      kind: "heating_oil",
      name: "Citerne",
      startedAt: "2026-02-01",
      startIndex: 1250,
    });
    const post = (value: number, confirm?: boolean) =>
      t.call("POST", `/api/meters/${tank}/readings`, {
        cookie: home.cookie,
        body: { readAt: "2026-02-02", value, clientId: randomUUID(), ...(confirm ? { confirm } : {}) },
      });
    // 1.100 typed for 1 100 l.
    const asked = await post(1.1);
    expect(asked.status).toBe(422);
    expect(asked.body).toMatchObject({ code: "reading.needs_confirmation", consumption: 1248.9, days: 1 });
    expect(asked.body.title).toBe(
      `Le niveau aurait baissé de 1${nb}248,9 litres depuis le relevé du 01/02 : c'est beaucoup plus que d'habitude.`,
    );
    expect((await post(1.1, true)).status).toBe(201);
  });
});

describe("settings for housing managers", () => {
  it("lets them read tariffs and factors (to explain costs), not change them", async () => {
    for (const path of ["tariffs", "calorific-values", "co2-factors"])
      expect((await t.call("GET", `/api/settings/${path}`, { cookie: housingManager })).status, path).toBe(
        200,
      );
    const write = await t.call("POST", "/api/settings/calorific-values", {
      cookie: housingManager,
      body: { gasType: "H", kwhPerM3: 11.5, validFrom: "2026-01-01" },
    });
    expect(write.status).toBe(403);
  });
});

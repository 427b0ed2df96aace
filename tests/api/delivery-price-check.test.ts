import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

// A delivery's cost is the invoice's total: a price per litre typed there would price a year of oil
// at almost nothing. The clock is fixed at 2026-03-10.
let t: TestApp;
let home: { id: string; cookie: string };

beforeAll(async () => {
  t = await setupTestApp();
  const orgId = (await makeOrganisation(t.db)).id;
  const adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Mazout" },
  });
  home = {
    id: created.body.household.id,
    cookie: await t.signInHousehold(created.body.household.code, created.body.pin),
  };
});
afterAll(() => t.close());

async function newMeter(body: Record<string, unknown>): Promise<string> {
  const res = await t.call("POST", `/api/households/${home.id}/meters`, { cookie: home.cookie, body });
  expect(res.status).toBe(201);
  return res.body.id;
}

const tank = () =>
  newMeter({ kind: "heating_oil", name: "Citerne", startedAt: "2026-01-01", startIndex: 300 });

const deliver = (meterId: string, body: Record<string, unknown>) =>
  t.call("POST", `/api/meters/${meterId}/deliveries`, {
    cookie: home.cookie,
    body: { deliveredOn: "2026-02-01", clientId: randomUUID(), ...body },
  });

const listed = async (meterId: string) =>
  (await t.call("GET", `/api/meters/${meterId}/deliveries`, { cookie: home.cookie })).body as unknown[];

describe("the cost of a delivery", () => {
  it("refuses a price per litre typed as the total, saying what it would mean, on the cost's field", async () => {
    const meterId = await tank();
    // 0,95 € for 1 000 l: 0.00095 €/l, when Belgian heating oil has cost 0.6–1.6 €/l since 2015.
    const res = await deliver(meterId, { quantity: 1000, costEur: 0.95 });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: "delivery.price_implausible",
      title: "Cela ferait moins d'un centime par litre.",
      detail:
        "Tapez le montant total de la facture, pas le prix par litre, et relisez la quantité (un zéro de trop ?). Si 0,95 € et la quantité sont justes, confirmez-les.",
      errors: [
        { field: "costEur", code: "price_implausible", message: "Cela ferait moins d'un centime par litre." },
      ],
    });
    expect(await listed(meterId)).toEqual([]);

    // 200 € for 1 000 l: 0.20 €/l, still too cheap to be a real invoice.
    const cheap = await deliver(meterId, { quantity: 1000, costEur: 200 });
    expect(cheap.status).toBe(422);
    expect(cheap.body.title).toBe("Cela ferait 0,20 € par litre.");
    expect(cheap.body.errors[0].field).toBe("costEur");
  });

  it("refuses a cost with a misplaced comma, and prices pellets per kg", async () => {
    // 95 000 € for 1 000 l: 95 €/l.
    const high = await deliver(await tank(), { quantity: 1000, costEur: 95_000 });
    expect(high.status).toBe(422);
    expect(high.body).toMatchObject({
      code: "delivery.price_implausible",
      title: "Cela ferait 95,00 € par litre.",
      detail:
        "Relisez la quantité et le montant total : la virgule est-elle au bon endroit ? S'ils sont justes, confirmez-les.",
      errors: [{ field: "costEur" }],
    });
    const silo = await newMeter({ kind: "pellets", name: "Silo", startedAt: "2026-01-01" });
    // 0,38 € for 2 000 kg: the price of one kg typed as the total.
    const pellets = await deliver(silo, { quantity: 2000, costEur: 0.38 });
    expect(pellets.status).toBe(422);
    expect(pellets.body.title).toBe("Cela ferait moins d'un centime par kg.");
    // 760 € for 2 000 kg: 0.38 €/kg.
    expect((await deliver(silo, { quantity: 2000, costEur: 760 })).status).toBe(201);
  });

  it("says a price just over the bound to the tenth of a cent, and the total with its cents", async () => {
    // 3 004 € for 1 000 l: 3.004 €/l, over the 3.00 €/l bound; « 3 € » would read as the bound itself.
    const res = await deliver(await tank(), { quantity: 1000, costEur: 3004 });
    expect(res.status).toBe(422);
    expect(res.body.title).toBe("Cela ferait 3,004 € par litre.");
    // 250,5 € for 1 000 l: 0.2505 €/l; the total as on the invoice.
    const low = await deliver(await tank(), { quantity: 1000, costEur: 250.5 });
    expect(low.body.title).toBe("Cela ferait 0,251 € par litre.");
    expect(low.body.detail).toContain("Si 250,50 € et la quantité sont justes");
  });

  it("stores the cost the household confirms", async () => {
    const meterId = await tank();
    const res = await deliver(meterId, { quantity: 1000, costEur: 0.95, confirm: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ quantity: 1000, costEur: 0.95 });
    expect(await listed(meterId)).toHaveLength(1);
  });

  it("takes an ordinary delivery, one without a cost, and one at 0 €, unasked", async () => {
    const meterId = await tank();
    for (const body of [
      { quantity: 1000, costEur: 950 },
      { quantity: 500, costEur: 150 }, // 0.30 €/l: the lowest plausible price
      { quantity: 500 },
      { quantity: 500, costEur: 0 },
    ]) {
      const res = await deliver(meterId, body);
      expect(res.status, JSON.stringify(body)).toBe(201);
    }
    expect(await listed(meterId)).toHaveLength(4);
  });
});

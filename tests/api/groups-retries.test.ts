import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientRequests, commitments, homeVisits, kitHandouts, referrals } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

/** Kit, commitments, visits and referrals sent twice (a lost answer, a second tap) are stored once. */
let w: GroupsWorld;
let groupId: string;
let bulbs: string;
beforeAll(async () => {
  w = await groupsWorld();
  groupId = (await w.group({ name: "Les Retours", status: "running" })).id;
  bulbs = (
    await w.t.call("POST", "/api/kit-catalogue", {
      cookie: w.coordinator.cookie,
      body: { name: "Ampoule LED 9 W", unitPriceEur: 4.99 },
    })
  ).body.id;
});
afterAll(() => w.t.close());

async function member() {
  const home = await w.household();
  await w.join(groupId, home.id, "2026-01-12");
  return home;
}

const writes = [
  {
    what: "a kit hand-out",
    path: "kit-items",
    table: kitHandouts,
    body: () => ({ catalogueItemId: bulbs, quantity: 2, handedOn: "2026-02-10" }),
    changed: { quantity: 3 },
  },
  {
    what: "a commitment",
    path: "commitments",
    table: commitments,
    body: () => ({ tipId: w.platformTips.get("thermostat-19") as string, plannedOn: "2026-02-03" }),
    changed: { note: "Le soir" },
  },
  {
    what: "a home visit",
    path: "visits",
    table: homeVisits,
    body: () => ({ visitedOn: "2026-02-12", findings: "Chambre froide au nord." }),
    changed: { findings: "Chambre humide." },
  },
  {
    what: "a referral",
    path: "referrals",
    table: referrals,
    body: () => ({ partner: "debt_mediation", reason: "Factures en retard", referredOn: "2026-02-12" }),
    changed: { reason: "Autre motif" },
  },
] as const;

describe.each(writes)("$what sent again with its clientId", ({ path, table, body, changed }) => {
  const rows = async (householdId: string) =>
    (
      await w.t.db
        .select({ n: count() })
        .from(table)
        .where(and(eq(table.organisationId, w.org.id), eq(table.householdId, householdId)))
    )[0]?.n;
  const post = (householdId: string, sent: Record<string, unknown>) =>
    w.t.call("POST", `/api/households/${householdId}/${path}`, { cookie: w.adviser.cookie, body: sent });

  it("is stored once: 201, then 200 with the same answer", async () => {
    const home = await member();
    const sent = { ...body(), clientId: randomUUID() };
    const first = await post(home.id, sent);
    expect(first.status).toBe(201);
    const again = await post(home.id, sent);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await rows(home.id)).toBe(1);
  });

  it("is refused with another body or for another household (409 on clientId), and nothing is added", async () => {
    const home = await member();
    const other = await member();
    const clientId = randomUUID();
    expect((await post(home.id, { ...body(), clientId })).status).toBe(201);
    const changedBody = await post(home.id, { ...body(), ...changed, clientId });
    expect(changedBody.status).toBe(409);
    expect(changedBody.body).toMatchObject({
      code: "request.client_id_reused",
      errors: [{ field: "clientId" }],
    });
    expect((await post(other.id, { ...body(), clientId })).status).toBe(409);
    expect([await rows(home.id), await rows(other.id)]).toEqual([1, 0]);
  });

  it("two copies at once make one row", async () => {
    const home = await member();
    const sent = { ...body(), clientId: randomUUID() };
    const answers = await Promise.all([post(home.id, sent), post(home.id, sent)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(await rows(home.id)).toBe(1);
  });
});

it("forgets a household's clientIds when it is erased", async () => {
  const home = await member();
  await w.t.call("POST", `/api/households/${home.id}/visits`, {
    cookie: w.adviser.cookie,
    body: { visitedOn: "2026-02-12", clientId: randomUUID() },
  });
  const erased = await w.t.call("POST", `/api/households/${home.id}/erase`, {
    cookie: w.coordinator.cookie,
    body: { confirmCode: home.code },
  });
  expect(erased.status).toBe(204);
  const left = await w.t.db.select().from(clientRequests).where(eq(clientRequests.subjectId, home.id));
  expect(left).toEqual([]);
});

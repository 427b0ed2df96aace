import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, brusselsDayOf } from "../../api/consumption/brussels-days.ts";
import { households } from "../../db/schema/index.ts";
import { makeHousehold, makeUser } from "../factories/index.ts";
import { type BuildingsWorld, buildingsWorld } from "./buildings-world.ts";

/**
 * Consultations of "Les Tilleuls": four dwellings, three with a household (the world's tenant in A1,
 * a neighbour in A2, a third in A3), one empty. Test clock: 2026-03-10.
 */
let w: BuildingsWorld;
let buildingId: string;
const dwellings: string[] = [];
let neighbour: { id: string; cookie: string };
let stranger: { id: string; cookie: string };
const NOW = new Date("2026-03-10T09:00:00Z");

const option = (label: string, cost: number | null = null) => ({
  label,
  explanation: `${label} : ce que cela change chez vous.`,
  costText: cost === null ? "Pas de changement de prix" : `Environ ${cost} € par an`,
  comfortText: "Chaud le matin",
  costEurPerDwellingPerYear: cost,
});
const schedule = (more: Record<string, unknown> = {}) => ({
  title: "Horaire du chauffage",
  question: "À quelle heure le chauffage doit-il démarrer le matin ?",
  closesOn: "2026-03-31",
  options: [option("6 h", 40), option("7 h"), option("8 h", -25.5)],
  ...more,
});
const create = (body: unknown, cookie = w.manager.cookie) =>
  w.t.call("POST", `/api/buildings/${buildingId}/consultations`, { cookie, body });
const patch = (id: string, body: unknown, cookie = w.manager.cookie) =>
  w.t.call("PATCH", `/api/consultations/${id}`, { cookie, body });
const answer = (id: string, optionId: string, cookie: string) =>
  w.t.call("POST", `/api/consultations/${id}/answers`, { cookie, body: { optionId } });
const list = (cookie = w.manager.cookie) =>
  w.t.call("GET", `/api/buildings/${buildingId}/consultations`, { cookie });

async function tenantOf(dwellingId: string | null) {
  const h = await makeHousehold(w.t.db, { organisationId: w.company.id });
  if (dwellingId)
    await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwellingId}/household`, {
      cookie: w.manager.cookie,
      body: { householdId: h.id },
    });
  return { id: h.id, code: h.code, cookie: await w.t.signInHousehold(h.code) };
}

beforeAll(async () => {
  w = await buildingsWorld();
  buildingId = (await w.building({ name: "Les Tilleuls" })).id;
  for (const label of ["A1", "A2", "A3", "A4"])
    dwellings.push((await w.dwelling(buildingId, { unitLabel: label })).id);
  await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwellings[0]}/household`, {
    cookie: w.manager.cookie,
    body: { householdId: w.tenant.id },
  });
  neighbour = await tenantOf(dwellings[1] as string);
  await tenantOf(dwellings[2] as string);
  // A tenant of another building of the company.
  const elsewhere = (await w.building({ name: "Les Érables" })).id;
  const h = await makeHousehold(w.t.db, { organisationId: w.company.id });
  const d = await w.dwelling(elsewhere, { unitLabel: "E1" });
  await w.t.call("PUT", `/api/buildings/${elsewhere}/dwellings/${d.id}/household`, {
    cookie: w.manager.cookie,
    body: { householdId: h.id },
  });
  stranger = { id: h.id, cookie: await w.t.signInHousehold(h.code) };
});
afterAll(() => w.t.close());

describe("putting a question to the tenants", () => {
  it("creates a draft with its options explained, in order, with their cost when known", async () => {
    const res = await create(schedule());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      buildingId,
      title: "Horaire du chauffage",
      status: "draft",
      closesOn: "2026-03-31",
      myAnswer: null,
      results: { answeredDwellings: 0, occupiedDwellings: 3, turnout: 0 },
    });
    expect(res.body.options.map((o: { label: string }) => o.label)).toEqual(["6 h", "7 h", "8 h"]);
    expect(
      res.body.options.map((o: { costEurPerDwellingPerYear: number | null }) => o.costEurPerDwellingPerYear),
    ).toEqual([40, null, -25.5]);
  });

  it("refuses fewer than 2 or more than 6 options, a past closing day and another building's project", async () => {
    const one = await create(schedule({ options: [option("Seule")] }));
    expect(one.status).toBe(400);
    expect(one.body.errors[0]).toMatchObject({ field: "options", message: "Proposez entre 2 et 6 choix." });
    const seven = await create(schedule({ options: Array.from({ length: 7 }, (_, i) => option(`${i}`)) }));
    expect(seven.status).toBe(400);
    const past = await create(schedule({ status: "open", closesOn: "2026-03-09" }));
    expect(past.status).toBe(422);
    expect(past.body.errors[0].field).toBe("closesOn");
    expect(past.body.title).toBe("La date de clôture est déjà passée : choisissez aujourd'hui ou plus tard.");
    const project = await create(schedule({ projectId: randomUUID() }));
    expect(project.status).toBe(422);
    expect(project.body.errors[0].field).toBe("projectId");
  });

  it("is for the company's managers and coordinators", async () => {
    expect((await create(schedule(), w.coordinator.cookie)).status).toBe(201);
    expect((await create(schedule(), w.viewer.cookie)).status).toBe(403);
    expect((await create(schedule(), w.adviser.cookie)).status).toBe(403);
    expect((await create(schedule(), w.tenant.cookie)).status).toBe(403);
    expect((await create(schedule(), w.otherManager.cookie)).status).toBe(404);
  });
});

describe("a consultation from draft to result", () => {
  let id: string;
  let options: string[];

  it("edits a draft freely, opens it, then freezes its options and texts", async () => {
    id = (await create(schedule({ title: "Brouillon" }))).body.id;
    const edited = await patch(id, {
      title: "Horaire du matin",
      options: [option("6 h 30", 20), option("7 h 30")],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.options.map((o: { label: string }) => o.label)).toEqual(["6 h 30", "7 h 30"]);
    const opened = await patch(id, { status: "open" });
    expect(opened.body.status).toBe("open");
    options = opened.body.options.map((o: { id: string }) => o.id);
    const frozen = await patch(id, { options: [option("X"), option("Y")] });
    expect(frozen.status).toBe(409);
    expect(frozen.body.errors[0].field).toBe("options");
    expect((await patch(id, { question: "Autre question ?" })).status).toBe(409);
    // The last day may still move.
    expect((await patch(id, { closesOn: "2026-04-15" })).body.closesOn).toBe("2026-04-15");
    expect((await patch(id, { status: "open" }, w.viewer.cookie)).status).toBe(403);
  });

  it("takes one answer per dwelling, a second replacing it while open, and shows tenants no result yet", async () => {
    expect((await answer(id, options[0] as string, w.tenant.cookie)).status).toBe(201);
    const changed = await answer(id, options[1] as string, w.tenant.cookie);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ consultationId: id, optionId: options[1] });
    expect((await answer(id, options[0] as string, neighbour.cookie)).status).toBe(201);
    const mine = (await list(w.tenant.cookie)).body;
    // Drafts are not shown to tenants: only this open one.
    expect(mine.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(mine[0]).toMatchObject({ status: "open", results: null, myAnswer: { optionId: options[1] } });
    // The page of the building shows it too, with the tenant's answer.
    const page = await w.t.call("GET", `/api/households/${w.tenant.id}/building`, {
      cookie: w.tenant.cookie,
    });
    expect(page.body.consultations[0]).toMatchObject({ id, myAnswer: { optionId: options[1] } });
  });

  it("counts a new household of the same dwelling as that dwelling's answer", async () => {
    const successor = await makeHousehold(w.t.db, { organisationId: w.company.id });
    await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwellings[1]}/household`, {
      cookie: w.manager.cookie,
      body: { householdId: successor.id },
    });
    const successorCookie = await w.t.signInHousehold(successor.code);
    // The neighbour's choice is not shown to the household that came after it.
    const before = (await list(successorCookie)).body;
    expect(before[0]).toMatchObject({ id, myAnswer: null });
    const again = await answer(id, options[1] as string, successorCookie);
    expect(again.status).toBe(200);
    expect((await list(successorCookie)).body[0]).toMatchObject({ myAnswer: { optionId: options[1] } });
    // The neighbour moved out: its account no longer answers for the building.
    expect((await answer(id, options[0] as string, neighbour.cookie)).status).toBe(404);
    await w.t.call("PUT", `/api/buildings/${buildingId}/dwellings/${dwellings[1]}/household`, {
      cookie: w.manager.cookie,
      body: { householdId: neighbour.id },
    });
  });

  it("refuses another building's tenant, a household without dwelling and an option of no consultation", async () => {
    expect((await answer(id, options[0] as string, stranger.cookie)).status).toBe(404);
    const lonely = await tenantOf(null);
    const res = await answer(id, options[0] as string, lonely.cookie);
    expect(res.status).toBe(404);
    expect(res.body.title).toMatch(/^Ce ménage n'habite aucun logement/);
    const unknown = await answer(id, randomUUID(), w.tenant.cookie);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe("optionId");
    expect((await answer(id, options[0] as string, w.manager.cookie)).status).toBe(403);
  });

  it("shows managers the count per option and the turnout over dwellings with a household", async () => {
    const res = await list(w.viewer.cookie);
    const c = res.body.find((x: { id: string }) => x.id === id);
    // Dwellings A1 and A2 answered, 7 h 30 both; A3 not; A4 is empty.
    expect(c.results).toEqual({
      answeredDwellings: 2,
      occupiedDwellings: 3,
      turnout: 2 / 3,
      options: [
        { optionId: options[0], count: 0, share: 0 },
        { optionId: options[1], count: 2, share: 1 },
      ],
    });
    expect(c.myAnswer).toBeNull();
    expect(res.body.some((x: { status: string }) => x.status === "draft")).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(w.tenant.id);
  });

  it("closes: no more answers (409, plainly), results shown to tenants, nothing goes back", async () => {
    const closed = await patch(id, { status: "closed" });
    expect(closed.body).toMatchObject({ status: "closed", closesOn: "2026-03-10" });
    const late = await answer(id, options[0] as string, w.tenant.cookie);
    expect(late.status).toBe(409);
    expect(late.body.title).toBe(
      "Cette consultation est terminée : on ne peut plus y répondre ni changer sa réponse.",
    );
    const seen = (await list(w.tenant.cookie)).body.find((x: { id: string }) => x.id === id);
    expect(seen.results).toMatchObject({ answeredDwellings: 2, turnout: 2 / 3 });
    expect(seen.myAnswer).toEqual({ optionId: options[1] });
    const reopen = await patch(id, { status: "open" });
    expect(reopen.status).toBe(409);
    expect(reopen.body.title).toBe("Cette consultation est déjà clôturée.");
  });

  it("is closed by itself after its last day", async () => {
    const today = (await create(schedule({ status: "open", closesOn: "2026-03-10" }))).body;
    w.t.clock.now = new Date("2026-03-11T08:00:00Z");
    try {
      const code = (
        await w.t.db.select({ code: households.code }).from(households).where(eq(households.id, neighbour.id))
      )[0]?.code as string;
      const cookie = await w.t.signInHousehold(code);
      expect((await answer(today.id, today.options[0].id, cookie)).status).toBe(409);
      const seen = (await list(cookie)).body.find((x: { id: string }) => x.id === today.id);
      expect(seen).toMatchObject({ status: "closed", results: { answeredDwellings: 0 } });
    } finally {
      w.t.clock.now = NOW;
    }
  });

  it("lists for the company's staff and the building's tenants only", async () => {
    expect((await list(w.coordinator.cookie)).status).toBe(200);
    expect((await list(w.adviser.cookie)).status).toBe(403);
    expect((await list(w.otherManager.cookie)).status).toBe(404);
    expect((await list(stranger.cookie)).status).toBe(404);
    expect((await list(w.cpasAdviser.cookie)).status).toBe(403);
  });
});

describe("the turnout of a consultation that closed", () => {
  it("stays as it was when tenants move out and in afterwards (recorded move-ins and move-outs)", async () => {
    // "Les Peupliers": P1 and P2 lived in since 2020, P3 and P4 empty.
    const peupliers = (await w.building({ name: "Les Peupliers" })).id;
    // Sessions do not last a year: the manager signs in again once the clock has moved.
    let manager = w.manager.cookie;
    const homes: string[] = [];
    for (const label of ["P1", "P2", "P3", "P4"])
      homes.push((await w.dwelling(peupliers, { unitLabel: label })).id);
    const dwellingUrl = (i: number) => `/api/buildings/${peupliers}/dwellings/${homes[i]}`;
    const moveIn = async (i: number, movedInOn: string) => {
      const h = await makeHousehold(w.t.db, { organisationId: w.company.id });
      const put = await w.t.call("PUT", `${dwellingUrl(i)}/household`, {
        cookie: manager,
        body: { householdId: h.id },
      });
      expect(put.status).toBe(200);
      const recorded = await w.t.call("POST", `${dwellingUrl(i)}/occupancies`, {
        cookie: manager,
        body: { householdId: h.id, movedInOn },
      });
      expect(recorded.status).toBe(201);
      return { cookie: await w.t.signInHousehold(h.code), occupancyId: recorded.body.id as string };
    };
    const first = await moveIn(0, "2020-01-01");
    const second = await moveIn(1, "2020-01-01");
    const opened = await w.t.call("POST", `/api/buildings/${peupliers}/consultations`, {
      cookie: manager,
      body: schedule({ status: "open", closesOn: "2026-03-10" }),
    });
    expect((await answer(opened.body.id, opened.body.options[0].id, first.cookie)).status).toBe(201);
    const turnout = async () =>
      (await w.t.call("GET", `/api/buildings/${peupliers}/consultations`, { cookie: manager })).body.find(
        (c: { id: string }) => c.id === opened.body.id,
      ).results;
    const report = async () =>
      (
        await w.t.call("GET", `/api/buildings/${peupliers}/report?from=2026-03-01&to=2026-03-31`, {
          cookie: manager,
        })
      ).body.consultations[0];
    w.t.clock.now = new Date("2027-02-01T09:00:00Z");
    try {
      const again = await makeUser(w.t.db, { organisationId: w.company.id, role: "housing_manager" });
      manager = await w.t.signIn(again.email as string);
      const before = await turnout();
      expect(before).toMatchObject({ answeredDwellings: 1, occupiedDwellings: 2, turnout: 0.5 });
      expect(await report()).toMatchObject({ answered: 1, occupiedDwellings: 2, turnout: 0.5 });
      // A year later P2's tenant leaves, and newcomers move into P3 and P4.
      const left = await w.t.call("PATCH", `${dwellingUrl(1)}/occupancies/${second.occupancyId}`, {
        cookie: manager,
        body: { movedOutOn: "2027-01-15" },
      });
      expect(left.status).toBe(200);
      await w.t.call("PUT", `${dwellingUrl(1)}/household`, {
        cookie: manager,
        body: { householdId: null },
      });
      await moveIn(2, "2027-01-20");
      await moveIn(3, "2027-01-25");
      expect(await turnout()).toEqual(before);
      expect(await report()).toMatchObject({ answered: 1, occupiedDwellings: 2, turnout: 0.5 });
    } finally {
      w.t.clock.now = NOW;
    }
  });

  it("counts a tenant whose arrival was never recorded the day after the close as on its last day", async () => {
    const manager = await makeUser(w.t.db, { organisationId: w.company.id, role: "housing_manager" });
    const cookie = await w.t.signIn(manager.email as string);
    // "Les Ormes": O1's tenant is linked, never recorded; only a former tenant's stay is on file.
    const ormes = (await w.building({ name: "Les Ormes" })).id;
    const o1 = (await w.dwelling(ormes, { unitLabel: "O1" })).id;
    const former = await makeHousehold(w.t.db, { organisationId: w.company.id });
    const url = `/api/buildings/${ormes}/dwellings/${o1}`;
    const old = await w.t.call("POST", `${url}/occupancies`, {
      cookie,
      body: { householdId: former.id, movedInOn: "2019-01-01", movedOutOn: "2021-01-01" },
    });
    expect(old.status).toBe(201);
    const tenant = await makeHousehold(w.t.db, { organisationId: w.company.id });
    await w.t.call("PUT", `${url}/household`, { cookie, body: { householdId: tenant.id } });
    const opened = await w.t.call("POST", `/api/buildings/${ormes}/consultations`, {
      cookie,
      body: schedule({ status: "open", closesOn: brusselsDayOf(NOW) }),
    });
    const occupied = async (reader: string) =>
      (await w.t.call("GET", `/api/buildings/${ormes}/consultations`, { cookie: reader })).body.find(
        (c: { id: string }) => c.id === opened.body.id,
      ).results.occupiedDwellings;
    expect(await occupied(cookie)).toBe(1);
    w.t.clock.now = new Date(NOW.getTime() + 86_400_000);
    try {
      expect(await occupied(await w.t.signIn(manager.email as string))).toBe(1);
    } finally {
      w.t.clock.now = NOW;
    }
  });

  it("stops counting an erased household's dwelling from its erasure, and keeps it for what closed before", async () => {
    const manager = await makeUser(w.t.db, { organisationId: w.company.id, role: "housing_manager" });
    const coordinator = await makeUser(w.t.db, { organisationId: w.company.id, role: "coordinator" });
    const cookie = await w.t.signIn(manager.email as string);
    const tilleuls = (await w.building({ name: "Les Tilleuls" })).id;
    const t1 = (await w.dwelling(tilleuls, { unitLabel: "T1" })).id;
    const h = await makeHousehold(w.t.db, { organisationId: w.company.id });
    const url = `/api/buildings/${tilleuls}/dwellings/${t1}`;
    await w.t.call("PUT", `${url}/household`, { cookie, body: { householdId: h.id } });
    const stay = await w.t.call("POST", `${url}/occupancies`, {
      cookie,
      body: { householdId: h.id, movedInOn: "2020-01-01" },
    });
    expect(stay.status).toBe(201);
    const consult = async (closesOn: string) =>
      (
        await w.t.call("POST", `/api/buildings/${tilleuls}/consultations`, {
          cookie,
          body: schedule({ status: "open", closesOn }),
        })
      ).body.id as string;
    // One closes today, the other in a month; the household is erased tomorrow.
    const closedBefore = await consult(brusselsDayOf(NOW));
    const stillOpen = await consult(addDays(brusselsDayOf(NOW), 30));
    w.t.clock.now = new Date(NOW.getTime() + 86_400_000);
    try {
      const erased = await w.t.call("POST", `/api/households/${h.id}/erase`, {
        cookie: await w.t.signIn(coordinator.email as string),
        body: { confirmCode: h.code },
      });
      expect(erased.status).toBe(204);
      const reader = await w.t.signIn(manager.email as string);
      const results = (await w.t.call("GET", `/api/buildings/${tilleuls}/consultations`, { cookie: reader }))
        .body;
      const occupiedOf = (id: string) =>
        results.find((c: { id: string }) => c.id === id).results.occupiedDwellings as number;
      expect(occupiedOf(closedBefore)).toBe(1);
      expect(occupiedOf(stillOpen)).toBe(0);
    } finally {
      w.t.clock.now = NOW;
    }
  });
});

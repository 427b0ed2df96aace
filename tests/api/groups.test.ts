import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joiningDateOf } from "../../api/groups/index.ts";
import { auditLog } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

describe("groups", () => {
  it("lets an adviser create a group with partners and objectives, and advise it", async () => {
    const res = await w.t.call("POST", "/api/groups", {
      cookie: w.adviser.cookie,
      body: {
        name: "Les Castors",
        place: "Maison de quartier, rue Haute 12",
        startsOn: "2026-01-05",
        endsOn: "2026-06-30",
        partners: ["Énergie & Vous asbl", "Conseiller énergie de la commune"],
        objectives: [
          { label: "Présence aux séances", targetText: "≥ 75 %", kind: "attendance_pct", targetValue: 75 },
          { label: "Droits au tarif social", targetText: "Chaque ménage connaît ses droits" },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: "Les Castors",
      status: "planned",
      partners: ["Énergie & Vous asbl", "Conseiller énergie de la commune"],
      advisers: [{ userId: w.adviser.id, name: "Marie adviser" }],
      objectives: [
        { label: "Présence aux séances", kind: "attendance_pct", targetValue: 75, assessment: null },
        { label: "Droits au tarif social", kind: "manual", targetValue: null },
      ],
      members: [],
      themesNotCovered: expect.arrayContaining(["heating", "collective_heating"]),
    });
    expect(res.body.themesNotCovered).toHaveLength(7);
  });

  it("refuses an end before the start, and an adviser who is not staff of the organisation", async () => {
    const ends = await w.t.call("POST", "/api/groups", {
      cookie: w.coordinator.cookie,
      body: { name: "À l'envers", startsOn: "2026-05-01", endsOn: "2026-04-01" },
    });
    expect(ends.status).toBe(400);
    expect(ends.body.errors).toMatchObject([
      { field: "endsOn", message: "La fin du groupe ne peut pas précéder son début." },
    ]);
    const outsider = await w.t.call("POST", "/api/groups", {
      cookie: w.coordinator.cookie,
      body: { name: "Mauvais conseiller", startsOn: "2026-05-01", adviserIds: [w.viewer.id, w.outsider.id] },
    });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors.map((e: { field: string }) => e.field)).toEqual([
      "adviserIds.0",
      "adviserIds.1",
    ]);
    expect(outsider.body.title).toBe(
      "Cette personne n'est ni conseiller ni coordinateur de votre organisation.",
    );
  });

  it("lists the organisation's groups to its staff and viewers, never another organisation's", async () => {
    const group = await w.group({ name: "Visible ici" });
    for (const reader of [w.coordinator, w.adviser, w.viewer, w.housingManager]) {
      const res = await w.t.call("GET", "/api/groups", { cookie: reader.cookie });
      expect(res.status).toBe(200);
      expect(res.body.map((g: { id: string }) => g.id)).toContain(group.id);
    }
    const outside = await w.t.call("GET", "/api/groups", { cookie: w.outsider.cookie });
    expect(outside.body.map((g: { id: string }) => g.id)).not.toContain(group.id);
    expect((await w.t.call("GET", `/api/groups/${group.id}`, { cookie: w.outsider.cookie })).status).toBe(
      404,
    );
    const edit = await w.t.call("PATCH", `/api/groups/${group.id}`, {
      cookie: w.outsider.cookie,
      body: { name: "x" },
    });
    expect(edit.status).toBe(404);
  });

  it("lets a viewer read but not write, and keeps households out", async () => {
    const group = await w.group();
    const viewerEdit = await w.t.call("PATCH", `/api/groups/${group.id}`, {
      cookie: w.viewer.cookie,
      body: { name: "Renommé" },
    });
    expect(viewerEdit.status).toBe(403);
    const home = await w.household();
    expect((await w.t.call("GET", `/api/groups/${group.id}`, { cookie: home.cookie })).status).toBe(403);
    expect((await w.t.call("GET", "/api/groups", { cookie: home.cookie })).status).toBe(403);
  });

  it("gives the list today's members and the next session", async () => {
    const group = await w.group({ name: "Avec séance" });
    const home = await w.household();
    await w.join(group.id, home.id);
    await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
      cookie: w.adviser.cookie,
      body: { startsAt: "2026-03-17T18:30:00+01:00", theme: "heating" },
    });
    const res = await w.t.call("GET", "/api/groups", { cookie: w.viewer.cookie });
    expect(res.body.find((g: { id: string }) => g.id === group.id)).toMatchObject({
      memberCount: 1,
      nextSessionAt: "2026-03-17T17:30:00.000Z",
    });
  });
});

describe("members", () => {
  it("adds a household with its joining date, and records when it leaves", async () => {
    const group = await w.group();
    const home = await w.household();
    const added = await w.t.call("POST", `/api/groups/${group.id}/members`, {
      cookie: w.adviser.cookie,
      body: { householdId: home.id, joinedOn: "2026-01-12" },
    });
    expect(added.status).toBe(201);
    expect(added.body.members).toEqual([
      {
        householdId: home.id,
        code: home.code,
        pseudonym: "Ménage test",
        joinedOn: "2026-01-12",
        leftOn: null,
      },
    ]);
    const left = await w.t.call("PATCH", `/api/groups/${group.id}/members/${home.id}`, {
      cookie: w.coordinator.cookie,
      body: { leftOn: "2026-02-28" },
    });
    expect(left.status).toBe(200);
    expect(left.body.members[0]).toMatchObject({ joinedOn: "2026-01-12", leftOn: "2026-02-28" });
    const before = await w.t.call("PATCH", `/api/groups/${group.id}/members/${home.id}`, {
      cookie: w.coordinator.cookie,
      body: { leftOn: "2026-01-01" },
    });
    expect(before.status).toBe(422);
    expect(before.body.errors[0]).toMatchObject({
      field: "leftOn",
      message: "La date de départ ne peut pas précéder la date d'arrivée.",
    });
  });

  it("refuses a household twice, from another organisation, or joining outside the group's dates", async () => {
    const group = await w.group({ startsOn: "2026-01-05", endsOn: "2026-06-30" });
    const home = await w.household();
    await w.join(group.id, home.id);
    const twice = await w.t.call("POST", `/api/groups/${group.id}/members`, {
      cookie: w.adviser.cookie,
      body: { householdId: home.id, joinedOn: "2026-02-01" },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe("Ce ménage fait déjà partie du groupe.");
    const stranger = await w.household({ organisationId: w.otherOrg.id });
    const foreign = await w.t.call("POST", `/api/groups/${group.id}/members`, {
      cookie: w.adviser.cookie,
      body: { householdId: stranger.id, joinedOn: "2026-02-01" },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0]).toMatchObject({
      field: "householdId",
      message: "Ce ménage n'existe pas dans votre organisation.",
    });
    const early = await w.t.call("POST", `/api/groups/${group.id}/members`, {
      cookie: w.adviser.cookie,
      body: { householdId: (await w.household()).id, joinedOn: "2025-12-01" },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].message).toBe(
      "La date d'arrivée doit tomber entre le début et la fin du groupe.",
    );
  });

  it("keeps a household in one running group at a time", async () => {
    const running = await w.group({ name: "Les Castors", status: "running" });
    const next = await w.group({ name: "Les Hirondelles", status: "running" });
    const home = await w.household();
    await w.join(running.id, home.id);
    const second = await w.t.call("POST", `/api/groups/${next.id}/members`, {
      cookie: w.adviser.cookie,
      body: { householdId: home.id, joinedOn: "2026-02-01" },
    });
    expect(second.status).toBe(409);
    expect(second.body.title).toBe(
      "Ce ménage participe déjà au groupe en cours « Les Castors ». Notez d'abord son départ de ce groupe.",
    );

    await w.t.call("PATCH", `/api/groups/${running.id}/members/${home.id}`, {
      cookie: w.adviser.cookie,
      body: { leftOn: "2026-01-31" },
    });
    const afterLeaving = await w.t.call("POST", `/api/groups/${next.id}/members`, {
      cookie: w.adviser.cookie,
      body: { householdId: home.id, joinedOn: "2026-02-01" },
    });
    expect(afterLeaving.status).toBe(201);
    const comeBack = await w.t.call("PATCH", `/api/groups/${running.id}/members/${home.id}`, {
      cookie: w.adviser.cookie,
      body: { leftOn: null },
    });
    expect(comeBack.status).toBe(409);
  });

  it("lets only one of two advisers adding the same household to two running groups at once succeed", async () => {
    const [first, second] = [await w.group({ status: "running" }), await w.group({ status: "running" })];
    const home = await w.household();
    const add = (groupId: string) =>
      w.t.call("POST", `/api/groups/${groupId}/members`, {
        cookie: w.adviser.cookie,
        body: { householdId: home.id, joinedOn: "2026-02-01" },
      });
    const statuses = (await Promise.all([add(first.id), add(second.id)])).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
  });

  it("lets a household sign up for a planned group, and stops the group starting while it is busy", async () => {
    const running = await w.group({ name: "En cours", status: "running" });
    const planned = await w.group({ name: "Prochain", startsOn: "2026-09-01" });
    const home = await w.household();
    await w.join(running.id, home.id);
    await w.join(planned.id, home.id, "2026-09-01");
    const start = await w.t.call("PATCH", `/api/groups/${planned.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "running" },
    });
    expect(start.status).toBe(409);
    expect(start.body.title).toBe(`Ces ménages participent déjà à un autre groupe en cours : ${home.code}.`);
    await w.t.call("PATCH", `/api/groups/${running.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "closed" },
    });
    const started = await w.t.call("PATCH", `/api/groups/${planned.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "running" },
    });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe("running");
  });

  it("says when the household joined its current group, for the savings' default start", async () => {
    const home = await w.household();
    expect(await joiningDateOf(w.t.db, w.org.id, home.id)).toBeNull();
    const old = await w.group({ name: "Ancien", startsOn: "2025-01-06", status: "running" });
    await w.join(old.id, home.id, "2025-01-13");
    expect(await joiningDateOf(w.t.db, w.org.id, home.id)).toBe("2025-01-13");
    await w.t.call("PATCH", `/api/groups/${old.id}/members/${home.id}`, {
      cookie: w.adviser.cookie,
      body: { leftOn: "2025-06-30" },
    });
    const current = await w.group({ name: "Actuel", status: "running" });
    await w.join(current.id, home.id, "2026-01-19");
    const next = await w.group({ name: "Suivant", startsOn: "2026-09-01" });
    await w.join(next.id, home.id, "2026-09-07");
    expect(await joiningDateOf(w.t.db, w.org.id, home.id)).toBe("2026-01-19");
    expect(await joiningDateOf(w.t.db, w.otherOrg.id, home.id)).toBeNull();
  });
});

describe("a closed group", () => {
  it("is read-only: every write is refused with a plain message, reads still work", async () => {
    const group = await w.group({ status: "running" });
    const home = await w.household();
    await w.join(group.id, home.id);
    const session = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
      cookie: w.adviser.cookie,
      body: { startsAt: "2026-02-03T18:30:00+01:00", theme: "heating" },
    });
    const commitment = await w.t.call("POST", `/api/households/${home.id}/commitments`, {
      cookie: w.adviser.cookie,
      body: { tipId: w.platformTips.get("thermostat-19"), plannedOn: "2026-02-03" },
    });
    expect(commitment.status).toBe(201);
    const close = await w.t.call("PATCH", `/api/groups/${group.id}`, {
      cookie: w.coordinator.cookie,
      body: { status: "closed", endsOn: "2026-03-01" },
    });
    expect(close.status).toBe(200);

    const writes: [string, string, unknown][] = [
      ["PATCH", `/api/groups/${group.id}`, { name: "Rouvert" }],
      ["PATCH", `/api/groups/${group.id}`, { status: "running" }],
      [
        "POST",
        `/api/groups/${group.id}/members`,
        { householdId: (await w.household()).id, joinedOn: "2026-02-01" },
      ],
      ["PATCH", `/api/groups/${group.id}/members/${home.id}`, { leftOn: "2026-02-20" }],
      [
        "POST",
        `/api/groups/${group.id}/sessions`,
        { startsAt: "2026-02-17T18:30:00+01:00", theme: "hot_water" },
      ],
      ["PATCH", `/api/sessions/${session.body.id}`, { notes: "Oublié" }],
      [
        "PUT",
        `/api/sessions/${session.body.id}/attendance`,
        { attendance: [{ householdId: home.id, status: "present" }] },
      ],
      ["PATCH", `/api/households/${home.id}/commitments/${commitment.body.id}`, { status: "done" }],
      [
        "POST",
        `/api/households/${home.id}/commitments`,
        { tipId: w.platformTips.get("thermostat-19"), plannedOn: "2026-02-10" },
      ],
    ];
    for (const [method, path, body] of writes) {
      const res = await w.t.call(method, path, { cookie: w.adviser.cookie, body });
      expect(res.status, `${method} ${path}`).toBe(409);
      expect(res.body.title).toBe("Ce groupe est clôturé : on ne peut plus rien y changer.");
    }
    const read = await w.t.call("GET", `/api/groups/${group.id}`, { cookie: w.viewer.cookie });
    expect(read.body).toMatchObject({ status: "closed", endsOn: "2026-03-01", name: "Les Économes" });
  });

  it("leaves one line per change in the audit log", async () => {
    const group = await w.group();
    await w.t.call("PATCH", `/api/groups/${group.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "closed" },
    });
    const actions = (await w.t.db.select().from(auditLog).where(eq(auditLog.subjectId, group.id))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["group.created", "group.closed"]);
  });
});

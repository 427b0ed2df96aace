import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendance } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

const plan = (groupId: string, body: Record<string, unknown>, cookie = w.adviser.cookie) =>
  w.t.call("POST", `/api/groups/${groupId}/sessions`, { cookie, body });

describe("sessions", () => {
  it("plans a session with its tips and speakers, and proposes the themes not covered yet", async () => {
    const group = await w.group({ place: "Maison de quartier" });
    const res = await plan(group.id, {
      startsAt: "2026-02-03T18:30:00+01:00",
      place: "Salle du CPAS",
      theme: "heating",
      agenda: "Tour de table, le thermostat, questions",
      speakers: ["Julie, conseillère énergie de la commune"],
      tipIds: [w.platformTips.get("thermostat-19")],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      groupId: group.id,
      startsAt: "2026-02-03T17:30:00.000Z",
      theme: "heating",
      themeText: null,
      speakers: ["Julie, conseillère énergie de la commune"],
      tips: [{ id: w.platformTips.get("thermostat-19"), category: "heating" }],
      attendance: [],
    });
    expect(res.body.tips[0].text.fr.title).toBe("Régler le thermostat sur 19 °C");
    const free = await plan(group.id, {
      startsAt: "2026-02-17T18:30:00+01:00",
      theme: "free",
      themeText: "Visite du parc à conteneurs",
    });
    expect(free.body.place).toBe("Maison de quartier");
    const read = await w.t.call("GET", `/api/groups/${group.id}`, { cookie: w.viewer.cookie });
    expect(read.body.themesNotCovered).toEqual([
      "hot_water",
      "electricity_appliances",
      "bills_contracts",
      "social_tariff_aid",
      "comfort_humidity",
      "collective_heating",
    ]);
    const list = await w.t.call("GET", `/api/groups/${group.id}/sessions`, {
      cookie: w.housingManager.cookie,
    });
    expect(list.body.map((s: { theme: string }) => s.theme)).toEqual(["heating", "free"]);
  });

  it("asks for the theme in words when it is free, and refuses a tip from elsewhere", async () => {
    const group = await w.group();
    const free = await plan(group.id, { startsAt: "2026-02-03T18:30:00+01:00", theme: "free" });
    expect(free.status).toBe(400);
    expect(free.body.errors).toMatchObject([
      { field: "themeText", message: "Donnez le thème de la séance en quelques mots." },
    ]);
    const time = await plan(group.id, { startsAt: "3 février", theme: "heating" });
    expect(time.body.errors[0]).toMatchObject({
      field: "startsAt",
      message: "Donnez la date et l'heure comme 2026-01-20T18:30:00+01:00.",
    });
    const foreignTip = await w.t.call("POST", "/api/tips", {
      cookie: (await w.otherCoordinator()).cookie,
      body: {
        category: "heating",
        effort: "low",
        cost: "free",
        text: { fr: { title: "Astuce d'ailleurs", body: "Une astuce qu'une autre organisation a écrite." } },
      },
    });
    const refused = await plan(group.id, {
      startsAt: "2026-02-03T18:30:00+01:00",
      theme: "heating",
      tipIds: [w.platformTips.get("thermostat-19"), foreignTip.body.id],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toMatchObject([
      { field: "tipIds.1", message: "Cette astuce n'existe pas dans votre bibliothèque." },
    ]);
  });

  it("edits notes, tips covered and speakers afterwards", async () => {
    const group = await w.group();
    const session = await plan(group.id, { startsAt: "2026-02-03T18:30:00+01:00", theme: "heating" });
    const res = await w.t.call("PATCH", `/api/sessions/${session.body.id}`, {
      cookie: w.coordinator.cookie,
      body: {
        notes: "Bonne ambiance ; deux ménages ont déjà baissé le thermostat.",
        tipIds: [w.platformTips.get("thermostat-19"), w.platformTips.get("report-cold-radiator")],
        speakers: ["Ahmed, Énergie & Vous"],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      notes: "Bonne ambiance ; deux ménages ont déjà baissé le thermostat.",
      speakers: ["Ahmed, Énergie & Vous"],
      theme: "heating",
    });
    expect(res.body.tips.map((t: { category: string }) => t.category)).toEqual([
      "heating",
      "collective_heating",
    ]);
    const toFree = await w.t.call("PATCH", `/api/sessions/${session.body.id}`, {
      cookie: w.coordinator.cookie,
      body: { theme: "free" },
    });
    expect(toFree.status).toBe(422);
    expect(
      (await w.t.call("PATCH", `/api/sessions/${session.body.id}`, { cookie: w.viewer.cookie, body: {} }))
        .status,
    ).toBe(403);
    expect(
      (await w.t.call("GET", `/api/sessions/${session.body.id}`, { cookie: w.outsider.cookie })).status,
    ).toBe(404);
  });
});

describe("attendance", () => {
  async function groupWithSession() {
    const group = await w.group({ status: "running" });
    const [a, b, late, gone] = [
      await w.household(),
      await w.household(),
      await w.household(),
      await w.household(),
    ];
    await w.join(group.id, a.id);
    await w.join(group.id, b.id);
    await w.join(group.id, late.id, "2026-02-10");
    await w.join(group.id, gone.id);
    await w.t.call("PATCH", `/api/groups/${group.id}/members/${gone.id}`, {
      cookie: w.adviser.cookie,
      body: { leftOn: "2026-01-31" },
    });
    const session = await plan(group.id, { startsAt: "2026-02-03T18:30:00+01:00", theme: "hot_water" });
    return { group, session: session.body as { id: string }, a, b, late, gone };
  }

  it("replaces the whole list: present, excused, absent", async () => {
    const { session, a, b } = await groupWithSession();
    const first = await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: {
        attendance: [
          { householdId: a.id, status: "present" },
          { householdId: b.id, status: "excused" },
        ],
      },
    });
    expect(first.status).toBe(200);
    expect(first.body.attendance).toHaveLength(2);
    const second = await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: { attendance: [{ householdId: b.id, status: "absent" }] },
    });
    expect(second.body.attendance).toEqual([{ householdId: b.id, status: "absent" }]);
  });

  it("takes only members on the session's day, and changes nothing when one is refused", async () => {
    const { session, a, late, gone } = await groupWithSession();
    await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: { attendance: [{ householdId: a.id, status: "present" }] },
    });
    const outsider = await w.household();
    const res = await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: {
        attendance: [
          { householdId: a.id, status: "absent" },
          { householdId: late.id, status: "present" },
          { householdId: gone.id, status: "present" },
          { householdId: outsider.id, status: "present" },
          { householdId: a.id, status: "present" },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      "attendance.4.householdId",
      "attendance.1.householdId",
      "attendance.2.householdId",
      "attendance.3.householdId",
    ]);
    expect(res.body.errors[1].message).toBe(
      "Ce ménage ne faisait pas partie du groupe le 03/02, jour de la séance.",
    );
    expect(res.body.errors[0].message).toBe("Ce ménage apparaît deux fois dans la liste.");
    const stored = await w.t.db
      .select({ householdId: attendance.householdId, status: attendance.status })
      .from(attendance)
      .where(and(eq(attendance.sessionId, session.id)));
    expect(stored).toEqual([{ householdId: a.id, status: "present" }]);
  });

  it("waits for the session to take place", async () => {
    const { group, a } = await groupWithSession();
    const future = await plan(group.id, { startsAt: "2026-03-17T18:30:00+01:00", theme: "heating" });
    const res = await w.t.call("PUT", `/api/sessions/${future.body.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: { attendance: [{ householdId: a.id, status: "present" }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.title).toBe(
      "La séance n'a pas encore eu lieu : les présences se notent le jour même ou après.",
    );
    expect(res.body.errors[0]).toMatchObject({ field: "attendance", code: "in_future" });
  });

  it("is taken by advisers and coordinators only", async () => {
    const { session, a } = await groupWithSession();
    const body = { attendance: [{ householdId: a.id, status: "present" }] };
    for (const cookie of [w.viewer.cookie, w.housingManager.cookie, a.cookie])
      expect((await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, { cookie, body })).status).toBe(
        403,
      );
    expect(
      (await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, { cookie: w.outsider.cookie, body }))
        .status,
    ).toBe(404);
    expect(
      (
        await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, {
          cookie: w.coordinator.cookie,
          body,
        })
      ).status,
    ).toBe(200);
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

// The test clock reads 2026-03-10 10:00 in Brussels.
let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

const view = (householdId: string, cookie: string) =>
  w.t.call("GET", `/api/households/${householdId}/group-view`, { cookie });
const thermostat = () => w.platformTips.get("thermostat-19") as string;

async function commitment(householdId: string, status: "planned" | "done" | "dropped") {
  const res = await w.t.call("POST", `/api/households/${householdId}/commitments`, {
    cookie: w.adviser.cookie,
    body: { tipId: thermostat(), plannedOn: "2026-02-03" },
  });
  if (status !== "planned")
    await w.t.call("PATCH", `/api/households/${householdId}/commitments/${res.body.id}`, {
      cookie: w.adviser.cookie,
      body: { status, on: "2026-02-20" },
    });
}

async function session(groupId: string, startsAt: string, place = "Maison de quartier") {
  const res = await w.t.call("POST", `/api/groups/${groupId}/sessions`, {
    cookie: w.adviser.cookie,
    body: { startsAt, place, theme: "heating" },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body as { id: string };
}

const attend = (sessionId: string, attendance: { householdId: string; status: string }[]) =>
  w.t.call("PUT", `/api/sessions/${sessionId}/attendance`, {
    cookie: w.adviser.cookie,
    body: { attendance },
  });

describe("the household's view of its group", () => {
  type Home = Awaited<ReturnType<GroupsWorld["household"]>>;
  let homes: [Home, Home, Home];
  let groupId: string;

  beforeAll(async () => {
    groupId = (await w.group({ name: "Les Lucioles", status: "running" })).id;
    homes = [await w.household(), await w.household(), await w.household()];
    for (const home of homes) await w.join(groupId, home.id, "2026-01-05");
    // Home 0: 1 done of 2; home 1: 2 done of 2; home 2: none done of 1.
    await commitment(homes[0].id, "done");
    await commitment(homes[0].id, "planned");
    await commitment(homes[1].id, "done");
    await commitment(homes[1].id, "done");
    await commitment(homes[2].id, "dropped");
    const [first, second] = [
      await session(groupId, "2026-01-20T18:30:00+01:00"),
      await session(groupId, "2026-02-17T18:30:00+01:00"),
    ];
    await session(groupId, "2026-04-14T18:30:00+02:00", "Salle du CPAS");
    await session(groupId, "2026-03-17T18:30:00+01:00", "Bibliothèque");
    const [a, b, c] = homes;
    await attend(first.id, [
      { householdId: a.id, status: "present" },
      { householdId: b.id, status: "present" },
      { householdId: c.id, status: "absent" },
    ]);
    await attend(second.id, [
      { householdId: a.id, status: "excused" },
      { householdId: b.id, status: "present" },
      { householdId: c.id, status: "present" },
    ]);
  });

  it("shows its group, the next session, its own figures and the group's mean", async () => {
    const res = await view(homes[0].id, homes[0].cookie);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      group: { id: groupId, name: "Les Lucioles", status: "running", joinedOn: "2026-01-05", leftOn: null },
      nextSession: { place: "Bibliothèque", theme: "heating", startsAt: "2026-03-17T17:30:00.000Z" },
      own: { commitments: { planned: 1, done: 1, dropped: 0 }, doneShare: 0.5, attendanceRate: 0.5 },
      // Done: (0.5 + 1 + 0) / 3; attended: (0.5 + 1 + 0.5) / 3.
      groupAverage: { doneShare: 0.5, attendanceRate: 0.667 },
      averageWithheld: null,
    });
  });

  it("leaves out of the group's mean a household that does not share with the group", async () => {
    // Home 1 withdraws its consent to share with the group: two households are left, too few for a mean.
    await w.t.call("POST", `/api/households/${homes[1].id}/consent`, {
      cookie: w.adviser.cookie,
      body: { scope: "group", granted: false },
    });
    const res = await view(homes[0].id, homes[0].cookie);
    expect(res.body.groupAverage).toEqual({ doneShare: null, attendanceRate: null });
    // Its own figures are still its own to see.
    expect((await view(homes[1].id, homes[1].cookie)).body.own.doneShare).toBe(1);
    await w.t.call("POST", `/api/households/${homes[1].id}/consent`, {
      cookie: w.adviser.cookie,
      body: { scope: "group", granted: true },
    });
    expect((await view(homes[0].id, homes[0].cookie)).body.groupAverage.doneShare).toBe(0.5);
  });

  it("never names another household nor gives its figures", async () => {
    const res = await view(homes[1].id, homes[1].cookie);
    const text = JSON.stringify(res.body);
    for (const other of [homes[0], homes[2]]) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.code);
    }
    expect(Object.keys(res.body)).toEqual(["group", "nextSession", "own", "groupAverage", "averageWithheld"]);
  });

  it("refuses another household's view as if it did not exist", async () => {
    const res = await view(homes[0].id, homes[1].cookie);
    expect(res.status).toBe(404);
  });

  it("lets staff read it with the household's consent, and audits the read", async () => {
    for (const person of [w.coordinator, w.adviser, w.viewer, w.housingManager])
      expect((await view(homes[2].id, person.cookie)).status).toBe(200);
    const audited = await w.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, homes[2].id), eq(auditLog.action, "household.group_view_viewed")));
    expect(audited.length).toBeGreaterThan(0);
  });

  it("is refused to staff of another organisation", async () => {
    expect((await view(homes[0].id, w.outsider.cookie)).status).toBe(404);
  });
});

describe("when the averages would reveal someone", () => {
  it("withholds them in a group of fewer than three households", async () => {
    const groupId = (await w.group({ name: "Duo", status: "running" })).id;
    const [a, b] = [await w.household(), await w.household()];
    await w.join(groupId, a.id);
    await w.join(groupId, b.id);
    await commitment(a.id, "done");
    await commitment(b.id, "planned");
    const res = await view(a.id, a.cookie);
    expect(res.body).toMatchObject({
      group: { name: "Duo" },
      own: { commitments: { planned: 0, done: 1, dropped: 0 }, doneShare: 1 },
      groupAverage: null,
      averageWithheld: "small_group",
    });
  });

  it("leaves a figure out while fewer than three households have one", async () => {
    const groupId = (await w.group({ name: "Trio", status: "running" })).id;
    const [a, b, c] = [await w.household(), await w.household(), await w.household()];
    for (const home of [a, b, c]) await w.join(groupId, home.id);
    await commitment(a.id, "done");
    await commitment(b.id, "planned");
    const res = await view(a.id, a.cookie);
    expect(res.body.groupAverage).toEqual({ doneShare: null, attendanceRate: null });
    expect(res.body.averageWithheld).toBeNull();
  });
});

describe("a household in no group", () => {
  it("says so, with nothing to compare", async () => {
    const home = await w.household();
    const res = await view(home.id, home.cookie);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      group: null,
      nextSession: null,
      own: { commitments: { planned: 0, done: 0, dropped: 0 }, doneShare: null, attendanceRate: null },
      groupAverage: null,
      averageWithheld: "no_group",
    });
  });

  it("is not shown to staff without its consent", async () => {
    const home = await w.household({ consenting: false });
    const res = await view(home.id, w.adviser.cookie);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("household.no_consent");
  });
});

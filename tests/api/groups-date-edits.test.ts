import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

/** Edits of a group's dates and of a session's day keep what was recorded true (the clock: 2026-03-10). */
let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

const editGroup = (id: string, body: Record<string, unknown>) =>
  w.t.call("PATCH", `/api/groups/${id}`, { cookie: w.adviser.cookie, body });
const editSession = (id: string, body: Record<string, unknown>) =>
  w.t.call("PATCH", `/api/sessions/${id}`, { cookie: w.adviser.cookie, body });

describe("a group's dates", () => {
  /** Members since the start (2026-01-05) and since 2026-02-10. */
  async function groupWithMembers() {
    const group = await w.group({ endsOn: "2026-06-30" });
    const [first, late] = [await w.household(), await w.household()];
    await w.join(group.id, first.id);
    await w.join(group.id, late.id, "2026-02-10");
    return { group, first, late };
  }

  it("refuses a start after a member joined, and says which households and how late it may be", async () => {
    const { group, first } = await groupWithMembers();
    const res = await editGroup(group.id, { startsOn: "2026-01-20" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: "group.members_joined_before_start",
      title: `Ces ménages sont arrivés avant le nouveau début du groupe : ${first.code}. Choisissez un début au plus tard le 05/01.`,
    });
    expect(res.body.errors).toMatchObject([{ field: "startsOn", code: "members_joined_before" }]);
    const read = await w.t.call("GET", `/api/groups/${group.id}`, { cookie: w.adviser.cookie });
    expect(read.body.startsOn).toBe("2026-01-05");
  });

  it("refuses an end before a member joined", async () => {
    const { group, late } = await groupWithMembers();
    const res = await editGroup(group.id, { endsOn: "2026-02-01" });
    expect(res.status).toBe(409);
    expect(res.body.title).toBe(
      `Ces ménages sont arrivés après la nouvelle fin du groupe : ${late.code}. Choisissez une fin au plus tôt le 10/02.`,
    );
    expect(res.body.errors).toMatchObject([{ field: "endsOn", code: "members_joined_after" }]);
  });

  it("takes dates that keep every joining day inside, and edits that leave the dates alone", async () => {
    const { group } = await groupWithMembers();
    expect((await editGroup(group.id, { startsOn: "2026-01-01", endsOn: "2026-02-10" })).status).toBe(200);
    expect((await editGroup(group.id, { startsOn: "2026-01-05", endsOn: null })).status).toBe(200);
    expect((await editGroup(group.id, { name: "Les Économes du jeudi", status: "running" })).status).toBe(
      200,
    );
  });
});

describe("a session's day", () => {
  /** A session on 2026-02-17 where a member since the start and one since 2026-02-10 were present. */
  async function sessionWithAttendance() {
    const group = await w.group({ status: "running" });
    const [first, late] = [await w.household(), await w.household()];
    await w.join(group.id, first.id);
    await w.join(group.id, late.id, "2026-02-10");
    const session = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
      cookie: w.adviser.cookie,
      body: { startsAt: "2026-02-17T18:30:00+01:00", theme: "heating" },
    });
    const taken = await w.t.call("PUT", `/api/sessions/${session.body.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: {
        attendance: [
          { householdId: first.id, status: "present" },
          { householdId: late.id, status: "excused" },
        ],
      },
    });
    expect(taken.status).toBe(200);
    return { group, session: session.body as { id: string }, late };
  }

  it("refuses to move a session whose attendance is taken into the future", async () => {
    const { session } = await sessionWithAttendance();
    const res = await editSession(session.id, { startsAt: "2026-03-17T18:30:00+01:00" });
    expect(res.status).toBe(409);
    expect(res.body.title).toBe(
      "Les présences de cette séance sont déjà notées : sa date ne peut pas passer dans le futur. Si elle n'a pas eu lieu, videz d'abord la liste des présences.",
    );
    expect(res.body.errors).toMatchObject([{ field: "startsAt", code: "attendance_taken" }]);
    const read = await w.t.call("GET", `/api/sessions/${session.id}`, { cookie: w.adviser.cookie });
    expect(read.body.startsAt).toBe("2026-02-17T17:30:00.000Z");
  });

  it("refuses a day on which a household in its attendance was not a member", async () => {
    const { session, late } = await sessionWithAttendance();
    const res = await editSession(session.id, { startsAt: "2026-02-03T18:30:00+01:00" });
    expect(res.status).toBe(409);
    expect(res.body.title).toBe(
      `Des présences sont notées pour des ménages qui ne faisaient pas partie du groupe le 03/02 : ${late.code}. Corrigez d'abord la liste des présences, ou gardez la date.`,
    );
    expect(res.body.errors).toMatchObject([{ field: "startsAt", code: "attendance_of_non_members" }]);
  });

  it("moves a session where its attendance still holds, and one without attendance anywhere", async () => {
    const { group, session } = await sessionWithAttendance();
    expect((await editSession(session.id, { startsAt: "2026-02-24T18:30:00+01:00" })).status).toBe(200);
    expect((await editSession(session.id, { startsAt: "2026-02-24T14:00:00+01:00" })).status).toBe(200);
    expect((await editSession(session.id, { notes: "Séance animée." })).status).toBe(200);
    const planned = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
      cookie: w.adviser.cookie,
      body: { startsAt: "2026-03-03T18:30:00+01:00", theme: "hot_water" },
    });
    expect((await editSession(planned.body.id, { startsAt: "2026-04-07T18:30:00+02:00" })).status).toBe(200);
    // Once its list is emptied, a session that did not take place moves to a later day.
    await w.t.call("PUT", `/api/sessions/${session.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: { attendance: [] },
    });
    expect((await editSession(session.id, { startsAt: "2026-03-24T18:30:00+01:00" })).status).toBe(200);
  });
});

describe("a member's leaving date", () => {
  it("cannot come before a session the household is on the attendance list of; on its day it may", async () => {
    const { group, late } = await sessionWithAttendanceOf();
    const leave = (leftOn: string) =>
      w.t.call("PATCH", `/api/groups/${group.id}/members/${late.id}`, {
        cookie: w.adviser.cookie,
        body: { leftOn },
      });
    const early = await leave("2026-02-16");
    expect(early.status).toBe(409);
    expect(early.body.title).toBe(
      "Ce ménage est noté à la séance du 17/02, après ce départ. Choisissez un départ le 17/02 au plus tôt, ou corrigez d'abord les présences.",
    );
    expect(early.body.errors).toMatchObject([{ field: "leftOn", code: "left_before_attended" }]);
    const read = await w.t.call("GET", `/api/groups/${group.id}`, { cookie: w.adviser.cookie });
    expect(
      read.body.members.find((m: { householdId: string }) => m.householdId === late.id).leftOn,
    ).toBeNull();
    expect((await leave("2026-02-17")).status).toBe(200);
  });
});

/** A running group whose session of 2026-02-17 lists a household that joined on 2026-02-10. */
async function sessionWithAttendanceOf() {
  const group = await w.group({ status: "running" });
  const late = await w.household();
  await w.join(group.id, late.id, "2026-02-10");
  const session = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
    cookie: w.adviser.cookie,
    body: { startsAt: "2026-02-17T18:30:00+01:00", theme: "heating" },
  });
  const taken = await w.t.call("PUT", `/api/sessions/${session.body.id}/attendance`, {
    cookie: w.adviser.cookie,
    body: { attendance: [{ householdId: late.id, status: "absent" }] },
  });
  expect(taken.status).toBe(200);
  return { group, late };
}

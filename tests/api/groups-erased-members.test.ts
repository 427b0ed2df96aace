import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupMembers } from "../../db/schema/index.ts";
import { makeUser } from "../factories/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

/**
 * The 409s that name a group's households, once one of them is erased (GDPR: its code is gone, its
 * membership stays). The clock: 2026-03-10.
 */
let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(() => w.t.close());

const erase = async (household: { id: string; code: string }) => {
  const res = await w.t.call("POST", `/api/households/${household.id}/erase`, {
    cookie: w.coordinator.cookie,
    body: { confirmCode: household.code },
  });
  expect(res.status).toBe(204);
};
const patch = (path: string, body: Record<string, unknown>) =>
  w.t.call("PATCH", path, { cookie: w.adviser.cookie, body });

/** The title, and every field error's message, say it; no blank name and no stand-in code anywhere. */
function expectNamed(res: { status: number; body: Record<string, unknown> }, title: string) {
  expect(res.status).toBe(409);
  expect(res.body.title).toBe(title);
  expect((res.body.errors as Array<{ message: string }>).map((e) => e.message)).toEqual([title]);
  expect(JSON.stringify(res.body)).not.toMatch(/erased:|: \.|, ,|, \./);
}

describe("a 409 naming the group's households", () => {
  it("names an erased member as such when the group's start moves past its joining", async () => {
    const group = await w.group({ endsOn: "2026-06-30" });
    const [kept, gone] = [await w.household(), await w.household()];
    for (const h of [kept, gone]) await w.join(group.id, h.id);
    await erase(gone);
    expectNamed(
      await patch(`/api/groups/${group.id}`, { startsOn: "2026-01-20" }),
      `Ces ménages sont arrivés avant le nouveau début du groupe : ${kept.code}, un ménage effacé. Choisissez un début au plus tard le 05/01.`,
    );
  });

  it("counts several erased members when the group's end moves before their joining", async () => {
    const group = await w.group({ endsOn: "2026-06-30" });
    const late = [await w.household(), await w.household()];
    for (const h of late) await w.join(group.id, h.id, "2026-02-10");
    for (const h of late) await erase(h);
    expectNamed(
      await patch(`/api/groups/${group.id}`, { endsOn: "2026-02-01" }),
      "Ces ménages sont arrivés après la nouvelle fin du groupe : 2 ménages effacés. Choisissez une fin au plus tôt le 10/02.",
    );
  });

  it("names an erased attendee when its session moves before its joining", async () => {
    const group = await w.group({ status: "running" });
    const late = await w.household();
    await w.join(group.id, late.id, "2026-02-10");
    const session = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
      cookie: w.adviser.cookie,
      body: { startsAt: "2026-02-17T18:30:00+01:00", theme: "heating" },
    });
    await w.t.call("PUT", `/api/sessions/${session.body.id}/attendance`, {
      cookie: w.adviser.cookie,
      body: { attendance: [{ householdId: late.id, status: "present" }] },
    });
    await erase(late);
    expectNamed(
      await patch(`/api/sessions/${session.body.id}`, { startsAt: "2026-02-03T18:30:00+01:00" }),
      "Des présences sont notées pour des ménages qui ne faisaient pas partie du groupe le 03/02 : un ménage effacé. Corrigez d'abord la liste des présences, ou gardez la date.",
    );
  });

  it("names an erased member still in another running group when the group starts", async () => {
    const [running, planned] = [await w.group({ status: "running" }), await w.group()];
    const member = await w.household();
    for (const g of [running, planned]) await w.join(g.id, member.id);
    await erase(member);
    const res = await patch(`/api/groups/${planned.id}`, { status: "running" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: "group.members_in_running_group",
      title: "Ces ménages participent déjà à un autre groupe en cours : un ménage effacé.",
    });
    expect(JSON.stringify(res.body)).not.toContain("erased:");
  });
});

describe("a group once one of its members is erased", () => {
  it("stops counting it from the erasure on, and keeps its past attendance without a name", async () => {
    const group = await w.group({ status: "running" });
    const later = await w.group({ name: "Le printemps", startsOn: "2026-04-01" });
    const [kept, gone] = [await w.household(), await w.household()];
    for (const h of [kept, gone]) await w.join(group.id, h.id);
    await w.join(later.id, gone.id, "2026-04-01");
    // A group closed as a record: its members stay as it ended.
    const autumn = await w.group({ name: "L'automne", startsOn: "2025-10-01", endsOn: "2025-12-15" });
    await w.join(autumn.id, gone.id, "2025-10-01");
    await w.t.call("PATCH", `/api/groups/${autumn.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "closed" },
    });
    const session = async (startsAt: string) => {
      const res = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
        cookie: w.adviser.cookie,
        body: { startsAt, theme: "heating" },
      });
      return res.body.id as string;
    };
    let cookie = w.adviser.cookie;
    const attendance = (sessionId: string, households: readonly { id: string }[]) =>
      w.t.call("PUT", `/api/sessions/${sessionId}/attendance`, {
        cookie,
        body: { attendance: households.map((h) => ({ householdId: h.id, status: "present" })) },
      });
    // This morning's session (the clock: 10 March, 10:00 in Brussels), then the erasure.
    const [february, thisMorning, march24] = [
      await session("2026-02-17T18:30:00+01:00"),
      await session("2026-03-10T08:30:00+01:00"),
      await session("2026-03-24T18:30:00+01:00"),
    ];
    for (const id of [february, thisMorning]) expect((await attendance(id, [kept, gone])).status).toBe(200);
    await erase(gone);

    const listed = await w.t.call("GET", "/api/groups", { cookie: w.adviser.cookie });
    expect(listed.body.find((g: { id: string }) => g.id === group.id).memberCount).toBe(1);
    const detail = async (id: string) =>
      (await w.t.call("GET", `/api/groups/${id}`, { cookie: w.adviser.cookie })).body;
    expect((await detail(group.id)).members).toEqual([
      expect.objectContaining({ householdId: kept.id, leftOn: null }),
      { householdId: gone.id, code: "", pseudonym: "", joinedOn: "2026-01-05", leftOn: "2026-03-10" },
    ]);
    // It was to join in April: that never began.
    expect((await detail(later.id)).members).toEqual([]);
    expect((await detail(autumn.id)).members).toMatchObject([{ householdId: gone.id, leftOn: null }]);

    const now = w.t.clock.now;
    try {
      w.t.clock.now = new Date("2026-03-24T19:30:00+01:00");
      // A fortnight later the morning's sign-in has long expired.
      const adviser = await makeUser(w.t.db, { organisationId: w.org.id, role: "adviser" });
      cookie = await w.t.signIn(adviser.email as string);
      const refused = await attendance(march24, [kept, gone]);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: "attendance.1.householdId", code: "not_member" }),
      ]);
      expect((await attendance(march24, [kept])).status).toBe(200);
      // The morning's list keeps it, anonymous; it is not absent from the sessions after it.
      const morning = await w.t.call("GET", `/api/sessions/${thisMorning}`, { cookie });
      expect(morning.body.attendance).toContainEqual({ householdId: gone.id, status: "present" });
      const dashboard = await w.t.call("GET", `/api/groups/${group.id}/dashboard`, { cookie });
      expect(dashboard.body.attendanceRate).toBe(1);
      expect(dashboard.body.members).toContainEqual({
        householdId: gone.id,
        code: "",
        pseudonym: "",
        joinedOn: "2026-01-05",
        leftOn: "2026-03-10",
        sharing: false,
      });
    } finally {
      w.t.clock.now = now;
    }
  });
});

describe("migration 0021", () => {
  it("ends, as an erasure now does, the memberships of households erased before it did", async () => {
    const group = await w.group({ status: "running" });
    const later = await w.group({ name: "L'été", startsOn: "2026-06-01" });
    const autumn = await w.group({ name: "L'hiver passé", startsOn: "2025-10-01", endsOn: "2025-12-15" });
    const gone = await w.household();
    await w.join(group.id, gone.id);
    await w.join(autumn.id, gone.id, "2025-10-01");
    await w.t.call("PATCH", `/api/groups/${autumn.id}`, {
      cookie: w.adviser.cookie,
      body: { status: "closed" },
    });
    await erase(gone);
    // As an older version left them: still open, and the summer's membership still there.
    await w.t.db.execute(sql`update group_members set left_on = null where household_id = ${gone.id}`);
    await w.t.db.execute(sql`insert into group_members (organisation_id, group_id, household_id, joined_on)
      select organisation_id, id, ${gone.id}, '2026-06-01' from groups where id = ${later.id}`);

    const migration = readFileSync(
      new URL("../../db/migrations/0021_end_erased_memberships.sql", import.meta.url),
      "utf8",
    );
    for (const statement of migration.split("--> statement-breakpoint"))
      await w.t.db.execute(sql.raw(statement));

    const rows = await w.t.db
      .select({ groupId: groupMembers.groupId, leftOn: groupMembers.leftOn })
      .from(groupMembers)
      .where(eq(groupMembers.householdId, gone.id));
    // Erased on the test clock's day, 10 March 2026 (Brussels); the closed group stays as it ended.
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { groupId: group.id, leftOn: "2026-03-10" },
        { groupId: autumn.id, leftOn: null },
      ]),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

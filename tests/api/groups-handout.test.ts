import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
let sessionId: string;
type Household = Awaited<ReturnType<GroupsWorld["household"]>>;
let sharing: Household;
let private_: Household;

const handout = (cookie: string | undefined, id = sessionId) =>
  w.t.call("GET", `/api/sessions/${id}/handout`, { cookie });

beforeAll(async () => {
  w = await groupsWorld();
  sharing = await w.household();
  private_ = await w.household({ consenting: false });
  const late = await w.household();
  const left = await w.household();
  const sharingCookie = sharing.cookie;
  const meter = await w.t.call("POST", `/api/households/${sharing.id}/meters`, {
    cookie: sharingCookie,
    body: {
      kind: "electricity",
      name: "Compteur de la cave",
      registers: ["day", "night"],
      startedAt: "2026-01-01",
      startIndex: { day: 1000, night: 500 },
    },
  });
  for (const [register, value] of [
    ["day", 1100],
    ["night", 560],
  ] as const)
    await w.t.call("POST", `/api/meters/${meter.body.id}/readings`, {
      cookie: sharingCookie,
      body: { clientId: randomUUID(), register, readAt: "2026-01-20", value },
    });
  const group = await w.group({ name: "Les Lucioles", startsOn: "2026-01-05" });
  await w.join(group.id, sharing.id);
  await w.join(group.id, private_.id);
  await w.join(group.id, late.id, "2026-03-01");
  await w.join(group.id, left.id);
  await w.t.call("PATCH", `/api/groups/${group.id}/members/${left.id}`, {
    cookie: w.adviser.cookie,
    body: { leftOn: "2026-01-31" },
  });
  const planned = await w.t.call("POST", `/api/groups/${group.id}/sessions`, {
    cookie: w.adviser.cookie,
    body: {
      startsAt: "2026-02-03T18:30:00+01:00",
      theme: "heating",
      tipIds: [w.platformTips.get("thermostat-19")],
    },
  });
  sessionId = planned.body.id;
});
afterAll(() => w.t.close());

describe("GET /api/sessions/{id}/handout", () => {
  it("gives the theme, the tips and a reading card per member on the session's day", async () => {
    const res = await handout(w.adviser.cookie);
    expect(res.status).toBe(200);
    expect(res.body.session).toMatchObject({ groupName: "Les Lucioles", theme: "heating" });
    expect(res.body.session.tips[0].text.fr.title).toBe("Régler le thermostat sur 19 °C");
    // The household that joins in March and the one that left in January get no card.
    expect(res.body.cards.map((c: { householdId: string }) => c.householdId).sort()).toEqual(
      [sharing.id, private_.id].sort(),
    );
    const card = res.body.cards.find((c: { householdId: string }) => c.householdId === sharing.id);
    expect(card).toMatchObject({
      shared: true,
      meters: [
        {
          name: "Compteur de la cave",
          kind: "electricity",
          unit: "kwh",
          registers: [
            { register: "day", lastIndex: 1100 },
            { register: "night", lastIndex: 560 },
          ],
        },
      ],
    });
  });

  it("prints the pseudonym only, no meters, for a household that does not share its data", async () => {
    const res = await handout(w.viewer.cookie);
    const card = res.body.cards.find((c: { householdId: string }) => c.householdId === private_.id);
    expect(card).toMatchObject({ shared: false, meters: [] });
    expect(card.pseudonym).toBeTruthy();
  });

  it("writes the staff read of the indexes in the sharing household's audit log only", async () => {
    await handout(w.coordinator.cookie);
    const read = (householdId: string) =>
      w.t.db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, householdId), eq(auditLog.action, "household.readings_viewed")));
    expect(await read(sharing.id)).not.toHaveLength(0);
    expect((await read(sharing.id))[0]?.details).toMatchObject({ via: "session_handout", sessionId });
    expect(await read(private_.id)).toHaveLength(0);
  });

  it("answers every staff role of the organisation, and no one else", async () => {
    expect((await handout(w.housingManager.cookie)).status).toBe(200);
    expect((await handout(w.outsider.cookie)).status).toBe(404);
    expect((await handout(sharing.cookie)).status).toBe(403);
    expect((await handout(undefined)).status).toBe(401);
    expect((await handout(w.adviser.cookie, randomUUID())).status).toBe(404);
  });
});

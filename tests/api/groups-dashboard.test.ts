import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, households } from "../../db/schema/index.ts";
import { JOINED, resultsWorld } from "./groups-results-world.ts";
import type { GroupsWorld } from "./groups-world.ts";

let w: GroupsWorld;
let groupId: string;
let saver: { id: string };
let spender: { id: string };
let noMeter: { id: string };
let private_: { id: string };
beforeAll(async () => {
  ({ w, groupId, saver, spender, noMeter, private_ } = await resultsWorld());
});
afterAll(() => w.t.close());

const dashboard = (cookie: string, id = groupId) =>
  w.t.call("GET", `/api/groups/${id}/dashboard`, { cookie });

describe("the group dashboard", () => {
  it("is for the organisation's staff: households are refused, other organisations find nothing", async () => {
    for (const who of [w.coordinator, w.adviser, w.viewer, w.housingManager])
      expect((await dashboard(who.cookie)).status).toBe(200);
    const household = await w.t.signInHousehold(
      (await w.t.db.select({ code: households.code }).from(households).where(eq(households.id, saver.id)))[0]
        ?.code as string,
    );
    expect((await dashboard(household)).status).toBe(403);
    expect((await dashboard(w.outsider.cookie)).status).toBe(404);
    expect((await dashboard(w.adviser.cookie, randomUUID())).status).toBe(404);
  });

  it("shows each sharing member's readings, attendance, commitments and kit; the others by pseudonym only", async () => {
    const res = await dashboard(w.adviser.cookie);
    expect(res.body.sessions).toEqual({ held: 2, planned: 1 });
    // 6 present of 8 sessions that members could attend (excused is not present).
    expect(res.body.attendanceRate).toBeCloseTo(6 / 8);
    expect(res.body.kitCapEur).toBe(300);
    const member = (id: string) =>
      res.body.members.find((m: { householdId: string }) => m.householdId === id);
    expect(member(saver.id)).toMatchObject({
      sharing: true,
      joinedOn: JOINED,
      readings: { lastReadingDay: "2026-03-01", daysSinceLastReading: 9, late: false },
      attendance: { present: 2, excused: 0, absent: 0, held: 2, rate: 1 },
      commitments: { done: 1, planned: 0, dropped: 0 },
      kit: { totalEur: 29.94, capEur: 300, overCap: false },
      flags: { overConsumption: false, lateReadings: false, restriction: { status: "not_assessable" } },
    });
    expect(member(spender.id)).toMatchObject({
      // 68 days without a reading: past the 45 of the staff households list.
      readings: { lastReadingDay: "2026-01-01", daysSinceLastReading: 68, late: true },
      attendance: { present: 1, excused: 1, rate: 0.5 },
      commitments: { done: 0, planned: 1 },
      flags: { overConsumption: true, lateReadings: true },
    });
    expect(member(noMeter.id)).toMatchObject({
      readings: { meters: [], lastReadingDay: null, daysSinceLastReading: null, late: false },
      savings: [],
    });
    const hidden = member(private_.id);
    expect(Object.keys(hidden).sort()).toEqual([
      "code",
      "householdId",
      "joinedOn",
      "leftOn",
      "pseudonym",
      "sharing",
    ]);
    expect(hidden.sharing).toBe(false);
  });

  it("adds up the members' savings since joining, with the portfolio uncertainty, and says who is not counted", async () => {
    const res = await dashboard(w.adviser.cookie);
    const gasOf = (id: string) =>
      res.body.members
        .find((m: { householdId: string }) => m.householdId === id)
        .savings.find((s: { energy: string }) => s.energy === "gas");
    const [a, b] = [gasOf(saver.id), gasOf(spender.id)];
    expect(a).toMatchObject({ verdict: "ok", withinMargin: false, overConsumption: false, yearOnYear: null });
    expect(a.savingsKwh).toBeGreaterThan(0);
    expect(a.savingsFraction).toBeCloseTo(0.2, 1);
    expect(b.verdict).toBe("ok");
    expect(b.savingsKwh).toBeLessThan(-b.uncertaintyKwh90);
    expect(b.withinMargin).toBe(false);
    const [gas] = res.body.savings;
    expect(gas).toMatchObject({
      energy: "gas",
      counted: 2,
      notCounted: [{ householdId: private_.id, reason: "no_consent" }],
    });
    expect(gas.savingsKwh).toBeCloseTo(a.savingsKwh + b.savingsKwh);
    expect(gas.uncertaintyKwh90).toBeCloseTo(Math.hypot(a.uncertaintyKwh90, b.uncertaintyKwh90));
    // The group card and each member's line read the same test from the API.
    expect(gas.withinMargin).toBe(Math.abs(gas.savingsKwh) <= gas.uncertaintyKwh90);
  });

  it("leaves one line in the audit log of each sharing member, none for the member who does not share", async () => {
    await dashboard(w.coordinator.cookie);
    await dashboard(w.coordinator.cookie);
    const lines = async (householdId: string) =>
      (
        await w.t.db
          .select({ details: auditLog.details })
          .from(auditLog)
          .where(and(eq(auditLog.subjectId, householdId), eq(auditLog.actorUserId, w.coordinator.id)))
      ).filter((l) => (l.details as { view?: string } | null)?.view === "group_dashboard");
    for (const h of [saver, spender, noMeter]) expect(await lines(h.id)).toHaveLength(1);
    expect(await lines(private_.id)).toHaveLength(0);
  });
});

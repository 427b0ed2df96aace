import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { commitments, groupMembers, homeVisits, kitHandouts } from "../../db/schema/index.ts";
import { DEMO_PASSWORD, seedDemo } from "../../seeds/demo.ts";
import { DEMO_GROUP_NAME, demoJoiningDay } from "../../seeds/demo-groups.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await setupTestApp();
  // The demo is seeded on today's date, as at a start; the app's clock follows.
  t.clock.now = new Date();
  await seedDemo(t.db, t.clock.now);
  cookie = (
    await t.call("POST", "/api/auth/login", {
      body: { email: "conseil1@cpas.demo.example", password: DEMO_PASSWORD },
    })
  ).setCookie as string;
});
afterAll(() => t.close());

it("runs one group of the ten demo households: six sessions held, one planned, and what was done", async () => {
  const list = await t.call("GET", "/api/groups", { cookie });
  const summary = list.body.find((g: { name: string }) => g.name === DEMO_GROUP_NAME);
  expect(summary).toBeTruthy();
  const group = (await t.call("GET", `/api/groups/${summary.id}`, { cookie })).body;
  expect(group.status).toBe("running");
  expect(group.members).toHaveLength(10);
  expect(group.members.every((m: { joinedOn: string }) => m.joinedOn === demoJoiningDay(t.clock.now))).toBe(
    true,
  );
  expect(group.objectives).toHaveLength(4);
  const sessions = (await t.call("GET", `/api/groups/${summary.id}/sessions`, { cookie })).body;
  const now = Date.now();
  const held = sessions.filter((s: { startsAt: string }) => Date.parse(s.startsAt) < now);
  expect(held).toHaveLength(6);
  expect(sessions).toHaveLength(7);
  expect(held.every((s: { attendance: unknown[] }) => s.attendance.length === 10)).toBe(true);
  expect(held.every((s: { tips: unknown[] }) => s.tips.length > 0)).toBe(true);
  const n = async (table: typeof commitments | typeof kitHandouts | typeof homeVisits) =>
    (await t.db.select({ n: count() }).from(table))[0]?.n;
  expect(await n(commitments)).toBeGreaterThanOrEqual(20);
  expect(await n(kitHandouts)).toBeGreaterThanOrEqual(20);
  expect(await n(homeVisits)).toBe(1);

  // Idempotent: a second start adds nothing.
  const before = [(await t.db.select({ n: count() }).from(groupMembers))[0]?.n, await n(commitments)];
  await seedDemo(t.db, t.clock.now);
  expect([(await t.db.select({ n: count() }).from(groupMembers))[0]?.n, await n(commitments)]).toEqual(
    before,
  );
});

it("starts DEMO-01's savings on its joining day, when its gas use went down: savings show", async () => {
  const list = await t.call("GET", "/api/households", { cookie });
  const id = list.body.find((h: { code: string }) => h.code === "DEMO-01").id;
  const res = await t.call("GET", `/api/households/${id}/savings?energy=gas`, { cookie });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({
    start: demoJoiningDay(t.clock.now),
    startSource: "group_joined",
    verdict: "ok",
  });
  expect(res.body.reporting.savingsKwh).toBeGreaterThan(0);
  expect(res.body.reporting.savingsFraction).toBeGreaterThan(0.05);
  const [kit] = await t.db
    .select({ n: count() })
    .from(kitHandouts)
    .where(eq(kitHandouts.overCapConfirmed, true));
  expect(kit?.n).toBe(1);
});

it("gives the adviser a dashboard where the group's gas savings count DEMO-01, and DEMO-02's cold home shows", async () => {
  const summary = (await t.call("GET", "/api/groups", { cookie })).body.find(
    (g: { name: string }) => g.name === DEMO_GROUP_NAME,
  );
  const res = await t.call("GET", `/api/groups/${summary.id}/dashboard`, { cookie });
  expect(res.status).toBe(200);
  expect(res.body.sessions).toEqual({ held: 6, planned: 1 });
  const member = (code: string) => res.body.members.find((m: { code: string }) => m.code === code);
  const gas = member("DEMO-01").savings.find((s: { energy: string }) => s.energy === "gas");
  expect(gas).toMatchObject({ verdict: "ok", overConsumption: false });
  expect(member("DEMO-02").flags.comfort.flaggedDays).toHaveLength(1);
  expect(member("DEMO-03").kit.overCap).toBe(true);
  const group = res.body.savings.find((s: { energy: string }) => s.energy === "gas");
  expect(group.counted).toBeGreaterThanOrEqual(1);
  expect(group.notCounted.map((n: { householdId: string }) => n.householdId)).not.toContain(
    member("DEMO-01").householdId,
  );
});

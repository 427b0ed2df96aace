import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

// The test clock reads 2026-03-10 10:00 in Brussels.
let w: GroupsWorld;
type Home = Awaited<ReturnType<GroupsWorld["household"]>>;
let home: Home;
let neighbour: Home;
let groupId: string;
const sessionIds: Record<string, string> = {};

const markers = (householdId: string, cookie: string | undefined, query = "from=2026-01&to=2026-03") =>
  w.t.call("GET", `/api/households/${householdId}/coaching-markers?${query}`, { cookie });

async function ok(res: { status: number; body: unknown }, want = 201) {
  if (res.status !== want) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

async function session(name: string, body: Record<string, unknown>) {
  sessionIds[name] = (
    await ok(await w.t.call("POST", `/api/groups/${groupId}/sessions`, { cookie: w.adviser.cookie, body }))
  ).id;
}

const attend = async (name: string, attendance: Array<{ householdId: string; status: string }>) =>
  ok(
    await w.t.call("PUT", `/api/sessions/${sessionIds[name]}/attendance`, {
      cookie: w.adviser.cookie,
      body: { attendance },
    }),
    200,
  );

async function commitment(
  householdId: string,
  tipKey: string,
  status: "done" | "dropped" | null,
  on?: string,
) {
  const created = await ok(
    await w.t.call("POST", `/api/households/${householdId}/commitments`, {
      cookie: w.adviser.cookie,
      body: { tipId: w.platformTips.get(tipKey), plannedOn: "2026-01-20" },
    }),
  );
  if (status)
    await ok(
      await w.t.call("PATCH", `/api/households/${householdId}/commitments/${created.id}`, {
        cookie: w.adviser.cookie,
        body: { status, on },
      }),
      200,
    );
}

beforeAll(async () => {
  w = await groupsWorld();
  groupId = (await w.group({ name: "Les Économes", status: "running" })).id;
  [home, neighbour] = [await w.household(), await w.household()];
  for (const h of [home, neighbour]) await w.join(groupId, h.id, "2026-01-05");

  await session("january", { startsAt: "2026-01-20T18:30:00+01:00", theme: "heating" });
  // Half past midnight in Brussels is still the evening before in UTC: the marker takes Brussels' day.
  await session("night", { startsAt: "2026-02-18T00:30:00+01:00", theme: "hot_water" });
  await session("excused", { startsAt: "2026-02-24T18:30:00+01:00", theme: "bills_contracts" });
  await session("free", {
    startsAt: "2026-03-03T18:30:00+01:00",
    theme: "free",
    themeText: "Visite du Repair Café",
  });
  // Tonight: attendance may be taken today, but the session has not happened yet.
  await session("tonight", { startsAt: "2026-03-10T18:30:00+01:00", theme: "comfort_humidity" });
  const both = (mine: string, theirs = "present") => [
    { householdId: home.id, status: mine },
    { householdId: neighbour.id, status: theirs },
  ];
  await attend("january", both("present"));
  await attend("night", both("present"));
  await attend("excused", both("excused"));
  await attend("free", both("present", "absent"));
  await attend("tonight", both("present"));

  await commitment(home.id, "thermostat-19", "done", "2026-02-20");
  await commitment(home.id, "report-cold-radiator", "dropped", "2026-02-01");
  await commitment(neighbour.id, "report-cold-radiator", "done", "2026-02-21");
  await commitment(neighbour.id, "thermostat-19", null);

  const bulbs = (
    await ok(
      await w.t.call("POST", "/api/kit-catalogue", {
        cookie: w.coordinator.cookie,
        body: { name: "Ampoule LED 9 W", unitPriceEur: 4.99 },
      }),
    )
  ).id;
  const handOut = async (householdId: string, quantity: number, handedOn: string) =>
    ok(
      await w.t.call("POST", `/api/households/${householdId}/kit-items`, {
        cookie: w.adviser.cookie,
        body: { catalogueItemId: bulbs, quantity, handedOn },
      }),
    );
  await handOut(home.id, 4, "2026-01-20");
  await handOut(home.id, 2, "2025-12-15");
  await handOut(neighbour.id, 6, "2026-01-20");
});
afterAll(() => w.t.close());

const MINE = () => [
  {
    kind: "session",
    day: "2026-01-20",
    label: "Le chauffage",
    sessionId: sessionIds.january,
    theme: "heating",
  },
  { kind: "kit", day: "2026-01-20", label: "Ampoule LED 9 W", quantity: 4 },
  {
    kind: "session",
    day: "2026-02-18",
    label: "L'eau chaude",
    sessionId: sessionIds.night,
    theme: "hot_water",
  },
  { kind: "commitment_done", day: "2026-02-20", label: "Régler le thermostat sur 19 °C" },
  {
    kind: "session",
    day: "2026-03-03",
    label: "Visite du Repair Café",
    sessionId: sessionIds.free,
    theme: "free",
    themeText: "Visite du Repair Café",
  },
];

describe("the household's markers", () => {
  it("lists what it did in the months asked, by day: sessions attended, kit received, commitments done", async () => {
    const res = await markers(home.id, home.cookie);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ householdId: home.id, from: "2026-01-01", to: "2026-03-31" });
    expect(res.body.markers).toHaveLength(5);
    res.body.markers.forEach((marker: unknown, i: number) => {
      expect(marker).toMatchObject(MINE()[i] as object);
    });
  });

  it("leaves out sessions it missed or was excused from, tonight's session, dropped commitments and other households' records", async () => {
    const text = JSON.stringify((await markers(home.id, home.cookie)).body);
    expect(text).not.toContain(sessionIds.excused);
    expect(text).not.toContain(sessionIds.tonight);
    expect(text).not.toContain("Signaler un radiateur froid");
    expect(text).not.toContain(neighbour.id);
    expect(text).not.toContain('"quantity":6');
  });

  it("keeps to the months asked for", async () => {
    const february = await markers(home.id, home.cookie, "from=2026-02&to=2026-02");
    expect(february.body.markers.map((m: { day: string }) => m.day)).toEqual(["2026-02-18", "2026-02-20"]);
    const december = await markers(home.id, home.cookie, "from=2025-12&to=2025-12");
    expect(december.body.markers).toEqual([
      { kind: "kit", day: "2025-12-15", label: "Ampoule LED 9 W", quantity: 2 },
    ]);
  });

  it("says the tip and the theme in the caller's language; the kit item as the organisation wrote it", async () => {
    const dutch = await w.t.call("PATCH", "/api/me", {
      cookie: home.cookie,
      body: { language: "nl" },
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
    expect(dutch.status).toBe(200);
    const res = await markers(home.id, home.cookie);
    expect(res.body.markers.map((m: { label: string }) => m.label)).toEqual([
      "Verwarming",
      "Ampoule LED 9 W",
      "Warm water",
      "Zet de thermostaat op 19 °C",
      "Visite du Repair Café",
    ]);
    await w.t.call("PATCH", "/api/me", {
      cookie: home.cookie,
      body: { language: "fr" },
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
  });

  it("is empty for a household in no group", async () => {
    const alone = await w.household();
    const res = await markers(alone.id, alone.cookie);
    expect(res.status).toBe(200);
    expect(res.body.markers).toEqual([]);
  });
});

describe("who may read them", () => {
  it("refuses another household as if it did not exist", async () => {
    expect((await markers(home.id, neighbour.cookie)).status).toBe(404);
  });

  it("lets each staff role of the organisation read them with the household's consent, and audits the read", async () => {
    for (const person of [w.coordinator, w.adviser, w.viewer, w.housingManager]) {
      const res = await markers(home.id, person.cookie);
      expect(res.status).toBe(200);
      expect(res.body.markers).toHaveLength(5);
    }
    for (const action of ["household.commitments_viewed", "household.kit_viewed"]) {
      const audited = await w.t.db
        .select({ actor: auditLog.actorUserId })
        .from(auditLog)
        .where(and(eq(auditLog.subjectId, home.id), eq(auditLog.action, action)));
      expect(audited.map((a) => a.actor)).toEqual(
        expect.arrayContaining([w.coordinator.id, w.adviser.id, w.viewer.id, w.housingManager.id]),
      );
    }
  });

  it("does not audit the household reading its own", async () => {
    const own = await w.household();
    await markers(own.id, own.cookie);
    const audited = await w.t.db.select().from(auditLog).where(eq(auditLog.subjectId, own.id));
    expect(audited.filter((a) => a.action.endsWith("_viewed"))).toEqual([]);
  });

  it("refuses staff without the household's consent, but not the household itself", async () => {
    const private_ = await w.household({ consenting: false });
    await w.join(groupId, private_.id, "2026-01-05");
    for (const person of [w.coordinator, w.adviser, w.viewer, w.housingManager]) {
      const res = await markers(private_.id, person.cookie);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe("household.no_consent");
    }
    expect((await markers(private_.id, private_.cookie)).status).toBe(200);
  });

  it("answers 404 once the household is erased", async () => {
    const gone = await w.household();
    await w.join(groupId, gone.id, "2026-01-05");
    const erased = await w.t.call("POST", `/api/households/${gone.id}/erase`, {
      cookie: w.coordinator.cookie,
      body: { confirmCode: gone.code },
    });
    expect(erased.status).toBe(204);
    expect((await markers(gone.id, w.coordinator.cookie)).status).toBe(404);
  });

  it("is refused to staff of another organisation and to anyone signed out", async () => {
    expect((await markers(home.id, w.outsider.cookie)).status).toBe(404);
    expect((await markers(home.id, (await w.otherCoordinator()).cookie)).status).toBe(404);
    expect((await markers(home.id, undefined)).status).toBe(401);
  });
});

describe("the months asked for", () => {
  it("must be months written YYYY-MM, both given", async () => {
    const bad = await markers(home.id, home.cookie, "from=2026-13&to=2026-03");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: "from" });
    expect(bad.body.errors[0].message).toContain("2026-03");
    const missing = await markers(home.id, home.cookie, "from=2026-01");
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ field: "to" });
  });

  it("must run forwards, ten years at most", async () => {
    const reversed = await markers(home.id, home.cookie, "from=2026-03&to=2026-01");
    expect(reversed.status).toBe(422);
    expect(reversed.body).toMatchObject({
      code: "markers.range_order",
      title: "Le premier mois doit venir avant le dernier.",
    });
    expect(reversed.body.errors[0]).toMatchObject({ field: "from" });
    const long = await markers(home.id, home.cookie, "from=2016-03&to=2026-03");
    expect(long.status).toBe(422);
    expect(long.body.code).toBe("markers.range_too_long");
    expect((await markers(home.id, home.cookie, "from=2016-04&to=2026-03")).status).toBe(200);
  });
});

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { households, meters, organisations, readings } from "../../db/schema/index.ts";
import { groupsWorld } from "./groups-world.ts";

/**
 * The test clock is 2026-03-10; the organisation uses the demo weather (normals). The group started
 * on 2025-09-01, when its members joined: a year of baseline before, six months of reporting after.
 */
type World = Awaited<ReturnType<typeof groupsWorld>>;
export const JOINED = "2025-09-01";

/** Monthly gas readings from March 2024, ×`after` from joining on, up to `lastDay`. */
async function gasReadings(
  w: World,
  householdId: string,
  { after, lastDay }: { after: number; lastDay: string },
) {
  await w.t.db
    .update(households)
    .set({ adults: 2, children: 0, heatingType: "individual_gas", floorAreaM2: "80" })
    .where(eq(households.id, householdId));
  const [meter] = await w.t.db
    .insert(meters)
    .values({
      organisationId: w.org.id,
      householdId,
      kind: "gas",
      name: "Gaz",
      icon: "gas",
      registers: ["single"],
      startedAt: startOfBrusselsDay("2024-03-01"),
    })
    .returning({ id: meters.id });
  const normals = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
  let index = 1000;
  const rows = [];
  for (let i = 0; i <= 24; i++) {
    const month = ((2 + i) % 12) + 1;
    const day = `${2024 + Math.floor((2 + i) / 12)}-${String(month).padStart(2, "0")}-01`;
    if (day > lastDay) break;
    rows.push({
      organisationId: w.org.id,
      meterId: (meter as { id: string }).id,
      register: "single" as const,
      readAt: startOfBrusselsDay(day),
      value: String(Math.round(index * 1000) / 1000),
      source: "household" as const,
      clientId: randomUUID(),
      flags: i === 0 ? ["start"] : [],
    });
    index += (day >= JOINED ? after : 1) * 100 * (0.2 + (0.8 * (normals[month - 1] as number)) / 188);
  }
  await w.t.db.insert(readings).values(rows);
}

/** The world of the dashboard and programme report tests. */
export async function resultsWorld() {
  const w = await groupsWorld();
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.org.id));
  const [saver, spender, noMeter, private_] = [
    await w.household(),
    await w.household(),
    await w.household(),
    await w.household({ consenting: false }),
  ];
  await gasReadings(w, saver.id, { after: 0.8, lastDay: "2026-03-01" });
  await gasReadings(w, spender.id, { after: 1.5, lastDay: "2026-01-01" });
  const groupId = (await w.group({ startsOn: JOINED })).id;
  for (const h of [saver, spender, noMeter, private_]) await w.join(groupId, h.id, JOINED);
  const plan = async (startsAt: string) =>
    (
      await w.t.call("POST", `/api/groups/${groupId}/sessions`, {
        cookie: w.adviser.cookie,
        body: { startsAt, theme: "heating" },
      })
    ).body.id as string;
  const attend = (sessionId: string, statuses: string[]) =>
    w.t.call("PUT", `/api/sessions/${sessionId}/attendance`, {
      cookie: w.adviser.cookie,
      body: {
        attendance: [saver, spender, noMeter, private_].map((h, i) => ({
          householdId: h.id,
          status: statuses[i],
        })),
      },
    });
  await attend(await plan("2025-10-07T18:00:00+02:00"), ["present", "present", "absent", "present"]);
  await attend(await plan("2026-02-03T18:00:00+01:00"), ["present", "excused", "present", "present"]);
  await plan("2026-03-24T18:00:00+01:00");
  const tip = w.platformTips.get("thermostat-19") as string;
  const commit = (householdId: string) =>
    w.t.call("POST", `/api/households/${householdId}/commitments`, {
      cookie: w.adviser.cookie,
      body: { tipId: tip, plannedOn: "2025-10-07" },
    });
  const done = (await commit(saver.id)).body.id as string;
  await w.t.call("PATCH", `/api/households/${saver.id}/commitments/${done}`, {
    cookie: w.adviser.cookie,
    body: { status: "done", on: "2025-10-20" },
  });
  await commit(spender.id);
  const bulbs = (
    await w.t.call("POST", "/api/kit-catalogue", {
      cookie: w.coordinator.cookie,
      body: { name: "Ampoule LED 9 W", unitPriceEur: 4.99 },
    })
  ).body.id as string;
  await w.t.call("PUT", "/api/kit-catalogue/cap", { cookie: w.coordinator.cookie, body: { capEur: 300 } });
  await w.t.call("POST", `/api/households/${saver.id}/kit-items`, {
    cookie: w.adviser.cookie,
    body: { catalogueItemId: bulbs, quantity: 6, handedOn: "2025-10-07" },
  });
  return { w, groupId, saver, spender, noMeter, private_ };
}

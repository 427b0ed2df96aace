import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, startOfBrusselsDay } from "../../api/consumption/brussels-days.ts";
import { householdConsents, households, meters, organisations, readings } from "../../db/schema/index.ts";
import { DUTCH_HEADER, dutchLine, uploadCsv } from "../factories/imports.ts";
import { makeHousehold } from "../factories/index.ts";
import { type GroupsWorld, groupsWorld } from "./groups-world.ts";

/**
 * A report of a past period (2025-09-01 to 2025-12-31, the clock on 2026-03-10) whose members' later
 * data would change it if it were read: a household whose smart-meter import after the period would
 * switch its electricity from readings to smart-meter days, and a household under-consuming gas whose
 * reading after the period would leave its restriction not assessable. Demo weather (normals).
 */
const FROM = "2025-09-01";
const TO = "2025-12-31";
const NORMALS = [396, 349, 294, 187, 96, 31, 8, 11, 56, 163, 277, 366];
/** Use follows the month's degree-days, plus a little for hot water. */
const monthShare = (day: string) => 0.2 + (0.8 * (NORMALS[Number(day.slice(5, 7)) - 1] as number)) / 188;
/** The first days of the months from `from` (a first day) to `to`. */
const firstDays = (from: string, to: string) => {
  const days = [];
  for (let d = from; d <= to; d = `${addDays(`${d.slice(0, 8)}28`, 4).slice(0, 8)}01`) days.push(d);
  return days;
};

let w: GroupsWorld;
let twoMeters: { id: string; handMeterId: string };
let cold: { id: string; meterId: string };

async function meter(householdId: string, kind: "gas" | "electricity") {
  const [row] = await w.t.db
    .insert(meters)
    .values({
      organisationId: w.org.id,
      householdId,
      kind,
      name: kind,
      icon: kind,
      registers: ["single"],
      startedAt: startOfBrusselsDay("2024-03-01"),
    })
    .returning({ id: meters.id });
  return (row as { id: string }).id;
}

/** Readings on the first of each month from March 2024 to `lastDay`, `perMonth` units at normal weather. */
async function monthlyReadings(
  meterId: string,
  { perMonth, lastDay }: { perMonth: number; lastDay: string },
) {
  let index = 1000;
  const rows = firstDays("2024-03-01", lastDay).map((day, i) => {
    const row = {
      organisationId: w.org.id,
      meterId,
      register: "single" as const,
      readAt: startOfBrusselsDay(day),
      value: String(Math.round(index * 1000) / 1000),
      source: "household" as const,
      clientId: randomUUID(),
      flags: i === 0 ? ["start"] : [],
    };
    index += perMonth * monthShare(day);
    return row;
  });
  await w.t.db.insert(readings).values(rows);
  return index;
}

/** Gas-heated, two people on 80 m²: comparable with one another for the restriction flag. */
const gasProfile = (id: string) =>
  w.t.db
    .update(households)
    .set({ adults: 2, children: 0, heatingType: "individual_gas", floorAreaM2: "80" })
    .where(eq(households.id, id));

/** A smart meter's daily totals (Dutch portal export) from `from` to `to`, both included. */
function dailyFile(from: string, to: string, ean: string) {
  const lines = [DUTCH_HEADER];
  for (let day = from; day <= to; day = addDays(day, 1))
    lines.push(
      dutchLine(day, "00:00", "00:00", "Afname", (8 * monthShare(day)).toFixed(3).replace(".", ","), ean),
    );
  return lines.join("\n");
}

beforeAll(async () => {
  w = await groupsWorld();
  await w.t.db
    .update(organisations)
    .set({ weatherStationCode: "demo" })
    .where(eq(organisations.id, w.org.id));
  // Twenty consenting gas households using 90 to 128 m³ a month at normal weather, read up to March.
  for (let i = 0; i < 20; i++) {
    const h = await makeHousehold(w.t.db, { organisationId: w.org.id });
    await w.t.db.insert(householdConsents).values({
      organisationId: w.org.id,
      householdId: h.id,
      scope: "adviser",
      grantedAt: new Date("2025-01-01T00:00:00Z"),
    });
    await gasProfile(h.id);
    await monthlyReadings(await meter(h.id, "gas"), { perMonth: 90 + i * 2, lastDay: "2026-03-01" });
  }
  // Using 35 m³ a month, last read in March 2025: its model year is then the year before.
  const coldHousehold = await w.household();
  await gasProfile(coldHousehold.id);
  cold = { id: coldHousehold.id, meterId: await meter(coldHousehold.id, "gas") };
  await monthlyReadings(cold.meterId, { perMonth: 35, lastDay: "2025-03-01" });

  // Electricity on two meters: one read by hand every month, one sending its days since the baseline.
  const household = await w.household();
  twoMeters = { id: household.id, handMeterId: await meter(household.id, "electricity") };
  await monthlyReadings(twoMeters.handMeterId, { perMonth: 250, lastDay: "2026-01-01" });
  const smartMeterId = await meter(household.id, "electricity");
  const upload = await uploadCsv(
    w.t,
    smartMeterId,
    w.adviser.cookie,
    dailyFile("2024-09-01", TO, "541448820000000017"),
  );
  expect(upload.status).toBe(201);

  const groupId = (await w.group({ startsOn: FROM })).id;
  for (const h of [coldHousehold, household]) await w.join(groupId, h.id, FROM);
});
afterAll(() => w.t.close());

const report = () =>
  w.t.call("GET", `/api/organisations/${w.org.id}/programme-report?from=${FROM}&to=${TO}`, {
    cookie: w.coordinator.cookie,
  });

describe("a programme report of a past period", () => {
  it("keeps each household's usage source: a smart-meter import after it changes nothing", async () => {
    const before = await report();
    expect(before.status).toBe(200);
    expect(before.body.savings.map((s: { energy: string }) => s.energy)).toEqual(["gas", "electricity"]);
    const electricity = () =>
      w.t.call("GET", `/api/households/${twoMeters.id}/savings?energy=electricity&start=${FROM}`, {
        cookie: w.adviser.cookie,
      });
    expect((await electricity()).body.usageSource).toBe("readings");
    // The hand-read meter starts sending its days: the household's source today becomes its days.
    const later = dailyFile("2026-01-01", "2026-03-08", "541448820000000024");
    expect((await uploadCsv(w.t, twoMeters.handMeterId, w.adviser.cookie, later)).status).toBe(201);
    expect((await electricity()).body.usageSource).toBe("smart_meter");
    expect((await report()).body).toEqual(before.body);
  });

  it("keeps its restriction flag as of its last day: a reading after it changes nothing", async () => {
    const before = await report();
    expect(before.body.flags).toMatchObject({ assessed: 2, possibleRestriction: 1 });
    // A reading a year on: the cold household's model year has no monthly periods, so not assessable today.
    await w.t.db.insert(readings).values({
      organisationId: w.org.id,
      meterId: cold.meterId,
      register: "single",
      readAt: startOfBrusselsDay("2026-03-01"),
      value: "9000",
      source: "household",
      clientId: randomUUID(),
    });
    const guards = await w.t.call("GET", `/api/households/${cold.id}/energy-guards`, {
      cookie: w.adviser.cookie,
    });
    expect(guards.body.restriction.status).toBe("not_assessable");
    expect((await report()).body).toEqual(before.body);
  });
});

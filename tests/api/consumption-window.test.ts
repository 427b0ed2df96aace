import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Register } from "../../api/meters/meter-kinds.ts";
import { listReadingsForConsumption } from "../../api/meters/meters.repo.ts";
import { meters, readings } from "../../db/schema/index.ts";
import { boundingReadings } from "../domain/consumption/bounding-readings.ts";
import { makeHousehold, makeOrganisation } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;
let meterIds: string[];
const DAY_MS = 86_400_000;
const START = Date.parse("2016-01-01T00:00:00Z");

/** A meter with readings at uneven instants (a small LCG, so every run is the same). */
async function meterWithReadings(organisationId: string, registers: Register[], seed: number) {
  const household = await makeHousehold(t.db, { organisationId });
  const [meter] = await t.db
    .insert(meters)
    .values({
      organisationId,
      householdId: household.id,
      kind: "electricity",
      name: "Compteur",
      icon: "electricity",
      registers,
      startedAt: new Date(START),
    })
    .returning({ id: meters.id });
  const id = (meter as { id: string }).id;
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
  const rows = registers.flatMap((register) => {
    let at = START;
    return Array.from({ length: 80 }, (_, k) => {
      if (k > 0) at += Math.round((1 + next() * 70) * DAY_MS);
      return {
        organisationId,
        meterId: id,
        register,
        readAt: new Date(at),
        value: String(100 * k),
        source: "household" as const,
        clientId: randomUUID(),
        flags: k === 0 ? ["start"] : next() < 0.1 ? ["reset"] : [],
      };
    });
  });
  await t.db.insert(readings).values(rows);
  return id;
}

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  meterIds = [
    await meterWithReadings(orgId, ["day", "night"], 7),
    await meterWithReadings(orgId, ["single"], 11),
  ];
  // Another organisation's meter: never read.
  await meterWithReadings((await makeOrganisation(t.db)).id, ["single"], 13);
});
afterAll(() => t.close());

describe("the readings consumption is computed from", () => {
  const spans: Array<[string, string]> = [
    ["2020-03-15T10:00:00Z", "2021-03-15T10:00:00Z"],
    ["2015-01-01T00:00:00Z", "2015-06-01T00:00:00Z"], // before any reading
    ["2016-01-01T00:00:00Z", "2016-02-01T00:00:00Z"], // from the start index
    ["2028-01-01T00:00:00Z", "2029-01-01T00:00:00Z"], // after the last
    ["2010-01-01T00:00:00Z", "2040-01-01T00:00:00Z"], // all of them
  ];
  it.each(spans)("over %s – %s are, per register, those bounding the span", async (from, to) => {
    const all = await listReadingsForConsumption(t.db, orgId, meterIds);
    expect(all.length).toBe(240);
    const span = { from: new Date(from), to: new Date(to) };
    const bounded = await listReadingsForConsumption(t.db, orgId, meterIds, span);
    const expected = meterIds.flatMap((id) =>
      boundingReadings(
        all.filter((r) => r.meterId === id),
        span.from,
        span.to,
      ),
    );
    const key = (r: (typeof all)[number]) => `${r.meterId} ${r.register} ${r.readAt.toISOString()}`;
    expect(bounded.map(key).sort()).toEqual(expected.map(key).sort());
    expect(bounded).toEqual(expect.arrayContaining(expected));
  });

  it("include the reading on a bound itself, and the ones beside it on either side", async () => {
    const all = await listReadingsForConsumption(t.db, orgId, [meterIds[1] as string]);
    const [a, b, c, d] = all.slice(40, 44).map((r) => r.readAt);
    const bounded = await listReadingsForConsumption(t.db, orgId, [meterIds[1] as string], {
      from: b as Date,
      to: new Date((c as Date).getTime() + 1),
    });
    expect(bounded.map((r) => r.readAt)).toEqual([b, c, d]);
    expect(bounded.map((r) => r.readAt)).not.toContainEqual(a);
  });

  it("stay in the caller's organisation", async () => {
    const other = (await makeOrganisation(t.db)).id;
    expect(await listReadingsForConsumption(t.db, other, meterIds)).toEqual([]);
    const span = { from: new Date("2020-01-01"), to: new Date("2021-01-01") };
    expect(await listReadingsForConsumption(t.db, other, meterIds, span)).toEqual([]);
  });
});

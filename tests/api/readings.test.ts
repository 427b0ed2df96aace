import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findMeterForReading, insertReadingAtVersion } from "../../api/meters/meters.repo.ts";
import { readings } from "../../db/schema/index.ts";
import { makeOrganisation, makeUser } from "../factories/index.ts";
import { setupTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
let orgId: string;
let adviser: string;
let household: { id: string; cookie: string };

beforeAll(async () => {
  t = await setupTestApp();
  orgId = (await makeOrganisation(t.db)).id;
  adviser = await t.signIn(
    (await makeUser(t.db, { organisationId: orgId, role: "adviser" })).email as string,
  );
});
afterAll(() => t.close());

/** A household created by the adviser, signed in, that agreed to share with the adviser. */
async function newHousehold() {
  const created = await t.call("POST", "/api/households", {
    cookie: adviser,
    body: { pseudonym: "Famille Index" },
  });
  const cookie = await t.signInHousehold(created.body.household.code, created.body.pin);
  const id = created.body.household.id as string;
  await t.call("POST", `/api/households/${id}/consent`, {
    cookie,
    body: { scope: "adviser", granted: true },
  });
  return { id, cookie };
}

async function newMeter(body: Record<string, unknown>, cookie = household.cookie) {
  const res = await t.call("POST", `/api/households/${household.id}/meters`, { cookie, body });
  expect(res.status).toBe(201);
  return res.body;
}

const reading = (body: Record<string, unknown>) => ({ clientId: randomUUID(), ...body });

beforeEach(async () => {
  household = await newHousehold();
});

describe("meters", () => {
  it("a household adds a day/night meter with its start indexes and sees them as last readings", async () => {
    const meter = await newMeter({
      kind: "electricity",
      name: "Compteur de la cave",
      registers: ["day", "night"],
      startedAt: "2026-01-01",
      startIndex: { day: 1000, night: 500 },
    });
    expect(meter).toMatchObject({
      unit: "kwh",
      readingMode: "cumulative_index",
      icon: "electricity",
      closedAt: null,
    });
    // A plain date is that day in Brussels, from midnight local time.
    expect(meter.startedAt).toBe("2025-12-31T23:00:00.000Z");
    const list = await t.call("GET", `/api/households/${household.id}/meters`, { cookie: household.cookie });
    expect(list.body[0].lastReadings).toEqual([
      { register: "day", readAt: "2025-12-31T23:00:00.000Z", value: 1000 },
      { register: "night", readAt: "2025-12-31T23:00:00.000Z", value: 500 },
    ]);
  });

  it("refuses a start index missing for a register, and registers a kind does not have", async () => {
    const missing = await t.call("POST", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
      body: {
        kind: "electricity",
        name: "E",
        registers: ["day", "night"],
        startedAt: "2026-01-01",
        startIndex: { day: 1 },
      },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toContain("night");
    const wrong = await t.call("POST", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
      body: { kind: "gas", name: "G", registers: ["day"], startedAt: "2026-01-01", startIndex: 1 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe("meter.register_not_allowed");
  });

  it("refuses a counter maximum with more decimals than kept, rather than rounding it", async () => {
    const body = { kind: "water", name: "Eau", startedAt: "2026-01-01", startIndex: 1, maxIndex: 99999.9995 };
    const res = await t.call("POST", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: "maxIndex", code: "custom", message: "Au plus 3 chiffres après la virgule." },
    ]);
    expect((await newMeter({ ...body, maxIndex: 99999.999 })).maxIndex).toBe(99999.999);
  });
});

describe("entering a reading", () => {
  it("stores it once: the same clientId again answers 200 with the stored reading, never a second row", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 1200 });
    const body = reading({ readAt: "2026-02-01", value: 1290 });
    const first = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ register: "single", value: 1290, source: "household", flags: [] });
    const retry = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const all = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: household.cookie });
    expect(all.body.map((r: { value: number }) => r.value)).toEqual([1200, 1290]);

    const changed = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: { ...body, value: 1291 },
    });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe("reading.client_id_reused");
    // The note is part of the reading too: a different one is not a retry.
    const noted = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: { ...body, note: "relevé par la voisine" },
    });
    expect(noted.status).toBe(409);
    expect(noted.body.code).toBe("reading.client_id_reused");
    const withNote = reading({ readAt: "2026-02-10", value: 1300, note: "compteur du bas" });
    const sent = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: withNote,
    });
    const resent = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: withNote,
    });
    expect([sent.status, resent.status]).toEqual([201, 200]);
  });

  it("keeps one reading when the same figure is typed again later the same day", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 1200 });
    const post = (readAt: string) =>
      t.call("POST", `/api/meters/${meter.id}/readings`, {
        cookie: household.cookie,
        body: reading({ readAt, value: 1290 }),
      });
    const morning = await post("2026-02-01T08:10:00+01:00");
    const evening = await post("2026-02-01T19:45:00+01:00");
    expect([morning.status, evening.status]).toEqual([201, 200]);
    expect(evening.body.id).toBe(morning.body.id);
    const all = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: household.cookie });
    expect(all.body.map((r: { value: number }) => r.value)).toEqual([1200, 1290]);
  });

  it("says in plain French when an index is below the last one", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 1000 });
    await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-02-12", value: 1250 }),
    });
    const res = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-03-01", value: 1234 }),
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe("reading.below_previous");
    const nb = "\u202f"; // the narrow no-break space French puts between thousands
    expect(res.body.title).toBe(
      `L'index 1${nb}234 est plus petit que le dernier relevé (1${nb}250 le 12/02).`,
    );
    expect(res.body.detail).toMatch(/^Relisez les chiffres un par un/);
    expect(res.body.errors).toEqual([
      { field: "value", code: "reading.below_previous", message: res.body.title },
    ]);
  });

  it("asks to confirm a jump far above usual use, then stores it flagged", async () => {
    const meter = await newMeter({
      kind: "electricity",
      name: "Élec",
      startedAt: "2026-03-01",
      startIndex: 5000,
    });
    const body = reading({ readAt: "2026-03-02", value: 6000 });
    const asked = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body,
    });
    expect(asked.status).toBe(422);
    expect(asked.body.code).toBe("reading.needs_confirmation");
    const confirmed = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: { ...body, confirm: true },
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.flags).toEqual(["confirmed_jump"]);
  });

  it("refuses a date in the future and a date before the meter started", async () => {
    const meter = await newMeter({ kind: "water", name: "Eau", startedAt: "2026-02-01", startIndex: 10 });
    const future = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-03-12", value: 11 }),
    });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe("reading.in_future");
    expect(future.body.errors[0].field).toBe("readAt");
    const early = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-01-15", value: 11 }),
    });
    expect(early.body.code).toBe("reading.before_meter_start");
    const garbled = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "12/02/2026", value: 11 }),
    });
    expect(garbled.status).toBe(422);
    expect(garbled.body.code).toBe("reading.invalid_date");
  });

  it("checks two readings sent at once one after the other: the second sees the first", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 10 });
    // Each fits alone; together the later index would be below the earlier one.
    const [early, late] = await Promise.all([
      t.call("POST", `/api/meters/${meter.id}/readings`, {
        cookie: household.cookie,
        body: reading({ readAt: "2026-02-01", value: 300 }),
      }),
      t.call("POST", `/api/meters/${meter.id}/readings`, {
        cookie: adviser,
        body: reading({ readAt: "2026-02-20", value: 200 }),
      }),
    ]);
    expect([early.status, late.status].sort()).toEqual([201, 422]);
    const refused = early.status === 422 ? early : late;
    expect(["reading.above_next", "reading.below_previous"]).toContain(refused.body.code);
  });

  it("stores every reading of eight phones sending at once, each checked against the others", async () => {
    const meter = await newMeter({ kind: "water", name: "Eau", startedAt: "2026-01-01", startIndex: 0 });
    const days = Array.from({ length: 8 }, (_, i) => `2026-02-${String(i + 1).padStart(2, "0")}`);
    const sent = await Promise.all(
      days.map((day, i) =>
        t.call("POST", `/api/meters/${meter.id}/readings`, {
          cookie: i % 2 ? adviser : household.cookie,
          body: reading({ readAt: day, value: i + 1 }),
        }),
      ),
    );
    expect(sent.map((r) => r.status)).toEqual(days.map(() => 201));
    const history = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: household.cookie });
    expect(history.body.map((r: { value: number }) => r.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("does not store a reading checked against a history that changed before the write", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 10 });
    const first = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-02-01", value: 100 }),
    });
    const checked = await findMeterForReading(t.db, orgId, meter.id, {
      register: null,
      readAt: new Date("2026-02-20T10:00:00Z"),
      clientId: randomUUID(),
    });
    // Meanwhile the household corrects its reading: what was checked no longer holds.
    const corrected = await t.call("PATCH", `/api/readings/${first.body.id}`, {
      cookie: household.cookie,
      body: { value: 300 },
    });
    expect(corrected.status).toBe(200);
    const stored = await insertReadingAtVersion(t.db, checked?.readingsVersion ?? -1, {
      id: randomUUID(),
      organisationId: orgId,
      meterId: meter.id,
      register: "single",
      readAt: new Date("2026-02-20T10:00:00Z"),
      value: "200",
      source: "household",
      authorUserId: null,
      clientId: randomUUID(),
      flags: [],
      note: null,
    });
    expect(stored).toBe(false);
    // Checked again, the same index is refused: it is below the corrected one.
    const again = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-02-20T10:00:00Z", value: 200 }),
    });
    expect(again.body.code).toBe("reading.below_previous");
    const history = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: household.cookie });
    expect(history.body.map((r: { value: number }) => r.value)).toEqual([10, 300]);
  });

  it("refuses a correction that would move a reading onto its twin (same moment, same index)", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 10 });
    const post = (readAt: string, value: number) =>
      t.call("POST", `/api/meters/${meter.id}/readings`, {
        cookie: household.cookie,
        body: reading({ readAt, value }),
      });
    await post("2026-02-01", 100);
    const second = await post("2026-02-10", 150);
    const moved = await t.call("PATCH", `/api/readings/${second.body.id}`, {
      cookie: household.cookie,
      body: { readAt: "2026-02-01", value: 100 },
    });
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ code: "reading.conflict_same_moment", errors: [{ field: "readAt" }] });
    const history = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: household.cookie });
    expect(history.body.map((r: { value: number }) => r.value)).toEqual([10, 100, 150]);
  });

  it("checks a reading against its neighbours however long the meter's history (150 readings)", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2012-01-01", startIndex: 0 });
    // Monthly readings of 100 m³ from February 2012 to June 2024, written as a phone would have.
    const clientIds = Array.from({ length: 150 }, () => randomUUID());
    await t.db.insert(readings).values(
      clientIds.map((clientId, i) => ({
        organisationId: orgId,
        meterId: meter.id,
        register: "single" as const,
        readAt: new Date(Date.UTC(2012, i + 1, 1, 9)),
        value: String(100 * (i + 1)),
        source: "household" as const,
        clientId,
        flags: [],
      })),
    );
    const post = (body: Record<string, unknown>) =>
      t.call("POST", `/api/meters/${meter.id}/readings`, { cookie: household.cookie, body: reading(body) });

    // A retry of the very first reading still gets it back.
    const retry = await post({ clientId: clientIds[0], readAt: "2012-02-01T10:00:00+01:00", value: 100 });
    expect(retry.status).toBe(200);
    expect(retry.body.value).toBe(100);
    // Backdated between the fifth (500 on 1 June 2012) and the sixth (600 on 1 July 2012).
    expect((await post({ readAt: "2012-06-15", value: 650 })).body.code).toBe("reading.above_next");
    expect((await post({ readAt: "2012-06-15", value: 450 })).body.code).toBe("reading.below_previous");
    expect((await post({ readAt: "2012-06-15", value: 550 })).status).toBe(201);
    expect((await post({ readAt: "2012-04-01T11:00:00+02:00", value: 350 })).body.code).toBe(
      "reading.conflict_same_moment",
    );
    // After the last one: 100 m³ a month is usual, 5,000 is not.
    expect((await post({ readAt: "2024-08-01", value: 20_000 })).body.code).toBe(
      "reading.needs_confirmation",
    );
    expect((await post({ readAt: "2024-08-01", value: 15_100 })).status).toBe(201);
  });

  it("records that an adviser entered it for the household", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 10 });
    const res = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: adviser,
      body: reading({ readAt: "2026-02-01T18:30:00+01:00", value: 60 }),
    });
    expect(res.status).toBe(201);
    expect(res.body.source).toBe("adviser");
  });
});

describe("replacing a meter", () => {
  it("closes the old meter with its final index; the new one starts lower and consumption never crosses", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 9000 });
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: { replacedAt: "2026-02-15", finalIndex: 9400, newMeter: { startIndex: 3, serial: "NEW-1" } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      replacesMeterId: meter.id,
      serial: "NEW-1",
      lastReadings: [{ value: 3 }],
    });
    const old = await t.call("GET", `/api/meters/${meter.id}`, { cookie: household.cookie });
    expect(old.body.closedAt).toBe("2026-02-14T23:00:00.000Z");
    const late = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-03-01", value: 9500 }),
    });
    expect(late.body.code).toBe("reading.after_meter_closed");
    const onNew = await t.call("POST", `/api/meters/${res.body.id}/readings`, {
      cookie: household.cookie,
      body: reading({ readAt: "2026-03-01", value: 60 }),
    });
    expect(onNew.status).toBe(201);
    const again = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: { replacedAt: "2026-03-01", finalIndex: 9400, newMeter: { startIndex: 0 } },
    });
    expect(again.body.code).toBe("meter.already_closed");
  });

  it("refuses a final index below the last reading, and writes nothing", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 9000 });
    const res = await t.call("POST", `/api/meters/${meter.id}/replace`, {
      cookie: adviser,
      body: { replacedAt: "2026-02-15", finalIndex: 8000, newMeter: { startIndex: 3 } },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe("finalIndex");
    const meters = await t.call("GET", `/api/households/${household.id}/meters`, {
      cookie: household.cookie,
    });
    expect(meters.body).toHaveLength(1);
    expect(meters.body[0].closedAt).toBeNull();
  });
});

describe("who may touch a household's meters", () => {
  it("another household gets 404, staff of another organisation 404, and an adviser without consent 403", async () => {
    const meter = await newMeter({ kind: "gas", name: "Gaz", startedAt: "2026-01-01", startIndex: 1 });
    const other = await newHousehold();
    expect((await t.call("GET", `/api/meters/${meter.id}`, { cookie: other.cookie })).status).toBe(404);
    expect(
      (
        await t.call("POST", `/api/meters/${meter.id}/readings`, {
          cookie: other.cookie,
          body: reading({ readAt: "2026-02-01", value: 2 }),
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.call("GET", `/api/households/${household.id}/meters`, { cookie: other.cookie })).status,
    ).toBe(404);

    const elsewhere = await makeOrganisation(t.db);
    const outsider = await t.signIn(
      (await makeUser(t.db, { organisationId: elsewhere.id, role: "adviser" })).email as string,
    );
    expect((await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: outsider })).status).toBe(404);

    await t.call("POST", `/api/households/${household.id}/consent`, {
      cookie: household.cookie,
      body: { scope: "adviser", granted: false },
    });
    const hidden = await t.call("GET", `/api/meters/${meter.id}/readings`, { cookie: adviser });
    expect(hidden.status).toBe(403);
    expect(hidden.body.code).toBe("household.no_consent");
    const write = await t.call("POST", `/api/meters/${meter.id}/readings`, {
      cookie: adviser,
      body: reading({ readAt: "2026-02-01", value: 2 }),
    });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("household.no_consent");
  });
});

import { describe, expect, it } from "vitest";
import type { Meter } from "../../../api/meters/meter-rules.ts";
import { checkReading, type ReadingCandidate } from "../../../api/meters/reading-rules.ts";
import { at, meter, reading, start } from "./builders.ts";

const NOW = new Date("2024-06-15T10:00:00Z");

function check(
  m: Meter,
  readings: ReturnType<typeof reading>[],
  candidate: Partial<ReadingCandidate> & { on: string },
) {
  const { on, ...rest } = candidate;
  return checkReading({
    meter: m,
    readings,
    candidate: { readAt: at(on), value: 0, clientId: "new-client", ...rest },
    now: NOW,
  });
}

describe("checkReading: when the reading is", () => {
  const m = meter();
  const history = [start(m, 1000)];

  it("accepts a reading of today typed as a plain date at any hour (00:00 is never in the future)", () => {
    expect(check(m, history, { on: "2024-06-15", value: 1200 })).toEqual({
      ok: true,
      register: "single",
      flags: [],
    });
  });

  it("tolerates a phone clock 5 minutes ahead, not more", () => {
    expect(check(m, history, { on: "2024-06-15T10:05:00Z", value: 1200 })).toMatchObject({ ok: true });
    expect(check(m, history, { on: "2024-06-15T10:05:01Z", value: 1200 })).toEqual({
      ok: false,
      code: "reading.in_future",
      field: "readAt",
      params: { date: "2024-06-15", today: "2024-06-15" },
    });
    expect(check(m, history, { on: "2024-06-16", value: 1200 })).toMatchObject({ code: "reading.in_future" });
  });

  it("refuses a reading before the meter's start, or at its start (the start index is that reading)", () => {
    const expected = {
      ok: false,
      code: "reading.before_meter_start",
      field: "readAt",
      params: { startDate: "2024-01-01", startIndex: 1000 },
    };
    expect(check(m, history, { on: "2023-12-31", value: 990 })).toEqual(expected);
    expect(check(m, history, { on: "2024-01-01", value: 1000 })).toEqual(expected);
  });

  it("refuses a reading after the meter was closed; the final index sits at the closing moment", () => {
    const closed = meter({ closedAt: at("2024-06-01") });
    const rows = [start(closed, 1000), reading({ on: "2024-06-01", value: 1500, flags: ["final"] })];
    expect(check(closed, rows, { on: "2024-06-02", value: 1510 })).toEqual({
      ok: false,
      code: "reading.after_meter_closed",
      field: "readAt",
      params: { closedDate: "2024-06-01" },
    });
    expect(check(closed, rows, { on: "2024-05-15", value: 1400 })).toMatchObject({ ok: true });
  });
});

describe("checkReading: order of indexes", () => {
  it("refuses an index below the previous one, with what the message needs", () => {
    // "L'index 1 234 est plus petit que le dernier relevé (1 250 le 12/10)."
    const m = meter({ startedAt: at("2024-10-01") });
    const rows = [start(m, 1200), reading({ on: "2024-10-12", value: 1250 })];
    const verdict = checkReading({
      meter: m,
      readings: rows,
      candidate: { readAt: at("2024-11-01"), value: 1234, clientId: "c" },
      now: at("2024-11-02"),
    });
    expect(verdict).toEqual({
      ok: false,
      code: "reading.below_previous",
      field: "value",
      params: { value: 1234, previousValue: 1250, previousDate: "2024-10-12" },
    });
  });

  it("accepts an index equal to the previous one (nothing used)", () => {
    const m = meter();
    expect(check(m, [start(m, 1000)], { on: "2024-02-01", value: 1000 })).toMatchObject({ ok: true });
  });

  it("fits a reading inserted between two others, or refuses it above the next", () => {
    const m = meter();
    const rows = [start(m, 1000), reading({ on: "2024-03-01", value: 1100 })];
    expect(check(m, rows, { on: "2024-02-01", value: 1050 })).toMatchObject({ ok: true });
    expect(check(m, rows, { on: "2024-02-01", value: 1150 })).toEqual({
      ok: false,
      code: "reading.above_next",
      field: "value",
      params: { value: 1150, nextValue: 1100, nextDate: "2024-03-01" },
    });
  });

  it("does not hold an inserted reading below a next reading that declared a reset", () => {
    const m = meter({ maxIndex: 99999 });
    const rows = [start(m, 99000), reading({ on: "2024-03-01", value: 300, flags: ["reset"] })];
    expect(check(m, rows, { on: "2024-02-01", value: 99600 })).toMatchObject({ ok: true });
  });

  it("lets a declared rollover go below the previous index and flags it", () => {
    // 5-digit counter: 99000 → 99999 → 00000 → 00200 is 100000 − 99000 + 200 = 1200 kWh in 31 days,
    // under the no-history limit of 100 kWh/day × 31 + 10 = 3110 kWh.
    const m = meter({ maxIndex: 99999 });
    const rows = [start(m, 99000)];
    expect(check(m, rows, { on: "2024-02-01", value: 200, reset: true })).toEqual({
      ok: true,
      register: "single",
      flags: ["reset"],
    });
    expect(check(m, rows, { on: "2024-02-01", value: 200 })).toMatchObject({
      code: "reading.below_previous",
    });
  });

  it("lets an allocator's yearly reset start again from zero", () => {
    const m = meter({ kind: "heat_cost_allocator", unit: "units", startedAt: at("2023-09-01") });
    const rows = [start(m, 0), reading({ on: "2024-06-01", value: 530 })];
    expect(check(m, rows, { on: "2024-06-14", value: 12, reset: true })).toMatchObject({
      ok: true,
      flags: ["reset"],
    });
  });

  it("has no order rule for a tank level, which drops with use and rises with a delivery", () => {
    const m = meter({ kind: "heating_oil", unit: "litre" });
    const rows = [start(m, 1500), reading({ on: "2024-02-01", value: 900 })];
    expect(check(m, rows, { on: "2024-03-01", value: 2000 })).toEqual({
      ok: true,
      register: "single",
      flags: [],
    });
    expect(check(m, rows, { on: "2024-03-01", value: 100 })).toMatchObject({ ok: true });
  });

  it("asks to confirm a tank level far below the last one, as 1.100 typed for 1 100 l", () => {
    const m = meter({ kind: "heating_oil", unit: "litre" });
    const rows = [start(m, 1500), reading({ on: "2024-06-14", value: 1250 })];
    // 1 248.9 l gone in a day, against 30 l a day and 50 l for the gauge without history.
    expect(check(m, rows, { on: "2024-06-15", value: 1.1 })).toMatchObject({
      ok: false,
      code: "reading.needs_confirmation",
      message: "reading.needs_confirmation_level",
      field: "value",
      extensions: {
        consumption: 1248.9,
        unit: "litre",
        days: 1,
        previousValue: 1250,
        previousDate: "2024-06-14",
      },
    });
    expect(check(m, rows, { on: "2024-06-15", value: 1.1, confirm: true })).toEqual({
      ok: true,
      register: "single",
      flags: ["confirmed_jump"],
    });
    // 1 200 l is a fall of 50 l: within the gauge's margin.
    expect(check(m, rows, { on: "2024-06-15", value: 1200 })).toMatchObject({ ok: true, flags: [] });
  });

  it("measures a tank's usual fall on its falling intervals only, a delivery's rise left out", () => {
    const m = meter({ kind: "heating_oil", unit: "litre" });
    // Falls of 300, 310 and 290 l a month (about 10 l a day) and a delivery between: 5 × 10 l a day.
    const rows = [
      start(m, 1500),
      reading({ on: "2024-02-01", value: 1200 }),
      reading({ on: "2024-03-01", value: 890 }),
      reading({ on: "2024-03-15", value: 1900 }),
      reading({ on: "2024-04-15", value: 1610 }),
    ];
    expect(check(m, rows, { on: "2024-05-15", value: 1000 })).toMatchObject({ ok: true });
    expect(check(m, rows, { on: "2024-05-15", value: 50 })).toMatchObject({
      ok: false,
      code: "reading.needs_confirmation",
    });
  });
});

describe("checkReading: what the reading is about", () => {
  it("takes the only register when none is given, and refuses a register the meter has not", () => {
    const single = meter();
    expect(check(single, [start(single, 0)], { on: "2024-02-01", value: 10 })).toMatchObject({
      register: "single",
    });
    const dayNight = meter({ registers: ["day", "night"] });
    expect(check(dayNight, [], { on: "2024-02-01", value: 10 })).toEqual({
      ok: false,
      code: "reading.unknown_register",
      field: "register",
      params: { register: "", registers: "day, night" },
    });
    expect(check(dayNight, [], { on: "2024-02-01", value: 10, register: "single" })).toMatchObject({
      code: "reading.unknown_register",
      params: { register: "single" },
    });
    expect(check(dayNight, [], { on: "2024-02-01", value: 10, register: "night" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses readings on a deliveries-only meter (pellets, wood)", () => {
    const pellets = meter({ kind: "pellets", unit: "kg", registers: [] });
    expect(check(pellets, [], { on: "2024-02-01", value: 10 })).toEqual({
      ok: false,
      code: "reading.deliveries_only",
      field: "meterId",
      params: { kind: "pellets" },
    });
  });

  it("refuses an index the counter cannot show (above its maximum)", () => {
    const m = meter({ maxIndex: 99999 });
    expect(check(m, [start(m, 12345)], { on: "2024-02-01", value: 123456 })).toEqual({
      ok: false,
      code: "reading.above_max_index",
      field: "value",
      params: { value: 123456, maxIndex: 99999 },
    });
  });

  it("refuses a negative or non-finite index", () => {
    const m = meter();
    expect(check(m, [], { on: "2024-02-01", value: -1 })).toMatchObject({ code: "reading.invalid_value" });
    expect(check(m, [], { on: "2024-02-01", value: Number.NaN })).toMatchObject({
      code: "reading.invalid_value",
    });
  });
});

describe("checkReading: duplicates and conflicts", () => {
  const m = meter();
  const stored = reading({ on: "2024-02-01", value: 1100, id: "r-1", clientId: "c-1" });
  const rows = [start(m, 1000), stored];

  it("answers a retry (same clientId, same body) with the stored reading, with or without confirm", () => {
    expect(check(m, rows, { on: "2024-02-01", value: 1100, clientId: "c-1" })).toEqual({
      ok: true,
      duplicateOf: "r-1",
    });
    expect(check(m, rows, { on: "2024-02-01", value: 1100, clientId: "c-1", confirm: true })).toEqual({
      ok: true,
      duplicateOf: "r-1",
    });
    expect(check(m, rows, { on: "2024-02-01", value: 1100, clientId: "c-1", register: "single" })).toEqual({
      ok: true,
      duplicateOf: "r-1",
    });
  });

  it("answers a retry even when the reading would now be refused (the clock moved on, others came)", () => {
    const later = [...rows, reading({ on: "2024-03-01", value: 1000 + 1 })];
    expect(
      check(meter({ closedAt: at("2024-01-15") }), later, { on: "2024-02-01", value: 1100, clientId: "c-1" }),
    ).toEqual({
      ok: true,
      duplicateOf: "r-1",
    });
  });

  it("refuses the same clientId with a different body", () => {
    const expected = {
      ok: false,
      code: "reading.client_id_reused",
      field: "clientId",
      params: { readingId: "r-1" },
    };
    expect(check(m, rows, { on: "2024-02-01", value: 1101, clientId: "c-1" })).toEqual(expected);
    expect(check(m, rows, { on: "2024-02-02", value: 1100, clientId: "c-1" })).toEqual(expected);
    expect(check(m, rows, { on: "2024-02-01", value: 1100, clientId: "c-1", reset: true })).toEqual(expected);
  });

  it("takes the same value at the same moment from someone else as the same reading", () => {
    expect(check(m, rows, { on: "2024-02-01", value: 1100, clientId: "adviser" })).toEqual({
      ok: true,
      duplicateOf: "r-1",
    });
  });

  it("takes the same value typed again later the same Brussels day as the same reading, not a copy", () => {
    expect(check(m, rows, { on: "2024-02-01T18:30:00+01:00", value: 1100, clientId: "again" })).toEqual({
      ok: true,
      duplicateOf: "r-1",
    });
    // The next day, or another figure the same day, is a reading of its own.
    expect(check(m, rows, { on: "2024-02-02T09:00:00+01:00", value: 1100 })).toMatchObject({
      ok: true,
      flags: [],
    });
    expect(check(m, rows, { on: "2024-02-01T18:30:00+01:00", value: 1101 })).toMatchObject({
      ok: true,
      flags: [],
    });
  });

  it("refuses a different value at the same moment", () => {
    expect(check(m, rows, { on: "2024-02-01", value: 1101 })).toEqual({
      ok: false,
      code: "reading.conflict_same_moment",
      field: "readAt",
      params: { value: 1101, existingValue: 1100, date: "2024-02-01" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { JUMP_FACTOR, jumpLimit, USUAL_USE_READINGS, usualDailyUse } from "../../../api/meters/jump-rules.ts";
import { checkReading } from "../../../api/meters/reading-rules.ts";
import { at, meter, reading, start } from "./builders.ts";

const NOW = new Date("2024-12-31T12:00:00Z");
const span = (from: string, to: string, quantity: number) => ({ from: at(from), to: at(to), quantity });

describe("usualDailyUse", () => {
  it("is the median of daily use over past intervals of at least a day", () => {
    // 100/31 = 3.226, 90/29 = 3.103, 60/30 = 2 m³ a day: the median is 90/29.
    const history = [
      span("2024-01-01", "2024-02-01", 100),
      span("2024-02-01", "2024-03-01", 90),
      span("2024-04-01", "2024-05-01", 60),
    ];
    expect(usualDailyUse({ history })).toBeCloseTo(90 / 29, 12);
    // With four intervals, the mean of the two middle ones: (90/29 + 100/31) / 2.
    expect(usualDailyUse({ history: [...history, span("2024-05-01", "2024-06-01", 310)] })).toBeCloseTo(
      (90 / 29 + 100 / 31) / 2,
      12,
    );
  });

  it("says nothing with fewer than three intervals of a day or more (shorter ones are noise)", () => {
    const history = [
      span("2024-01-01", "2024-02-01", 100),
      span("2024-02-01", "2024-03-01", 90),
      span("2024-03-01T08:00:00+01:00", "2024-03-01T20:00:00+01:00", 5),
    ];
    expect(usualDailyUse({ history })).toBeNull();
  });
});

describe("jumpLimit", () => {
  it("is 5 × usual daily use × days + margin with history", () => {
    expect(JUMP_FACTOR).toBe(5);
    // Gas: 5 × 3 m³ × 30 days + 3 m³ = 453 m³.
    expect(jumpLimit({ kind: "gas", unit: "m3", usualDailyUse: 3, days: 30 })).toBe(453);
  });

  it("falls back to the kind's ceiling per day without history", () => {
    expect(jumpLimit({ kind: "gas", unit: "m3", usualDailyUse: null, days: 29 })).toBe(25 * 29 + 3);
    expect(jumpLimit({ kind: "electricity", unit: "kwh", usualDailyUse: null, days: 10 })).toBe(1010);
    expect(jumpLimit({ kind: "water", unit: "m3", usualDailyUse: null, days: 10 })).toBe(20.5);
    // A gas meter counting kWh: the m³ figures × 11.6 kWh/m³ → (25 × 2 + 3) × 11.6.
    expect(jumpLimit({ kind: "gas", unit: "kwh", usualDailyUse: null, days: 2 })).toBeCloseTo(53 * 11.6, 9);
  });

  it("counts at least one day, so two readings an hour apart do not trip on a few units", () => {
    expect(jumpLimit({ kind: "electricity", unit: "kwh", usualDailyUse: 10, days: 1 / 24 })).toBe(60);
  });

  it("keeps a near-idle meter from tripping on a small use, thanks to the margin", () => {
    expect(jumpLimit({ kind: "water", unit: "m3", usualDailyUse: 0, days: 30 })).toBe(0.5);
  });

  it("limits a tank's fall to 30 l a day and 50 l for the gauge without history, and has none for deliveries", () => {
    expect(jumpLimit({ kind: "heating_oil", unit: "litre", usualDailyUse: null, days: 30 })).toBe(950);
    expect(jumpLimit({ kind: "pellets", unit: "kg", usualDailyUse: null, days: 30 })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});

describe("checkReading: jumps", () => {
  // Gas history: 100 m³ in 31 days, 90 in 29, 70 in 31 days less an hour (the March clock change).
  // Median daily use 90/29; the limit for the 30 days of April is 5 × 90/29 × 30 + 3 = 468.52 m³.
  const gas = meter({ kind: "gas", unit: "m3" });
  const rows = [
    start(gas, 1000),
    reading({ on: "2024-02-01", value: 1100 }),
    reading({ on: "2024-03-01", value: 1190 }),
    reading({ on: "2024-04-01", value: 1260 }),
  ];
  const candidate = (value: number, confirm?: boolean) => ({
    readAt: at("2024-05-01"),
    value,
    clientId: "new",
    ...(confirm === undefined ? {} : { confirm }),
  });

  it("accepts use up to the limit", () => {
    expect(checkReading({ meter: gas, readings: rows, candidate: candidate(1260 + 468), now: NOW })).toEqual({
      ok: true,
      register: "single",
      flags: [],
    });
  });

  it("asks to confirm use above it, saying how much and against what", () => {
    const verdict = checkReading({ meter: gas, readings: rows, candidate: candidate(1260 + 469), now: NOW });
    expect(verdict).toMatchObject({ ok: false, code: "reading.needs_confirmation", field: "value" });
    if (verdict.ok) return;
    expect(verdict.params).toMatchObject({
      value: 1729,
      consumption: 469,
      days: 30,
      unit: "m3",
      previousValue: 1260,
    });
    expect(verdict.params.limit).toBeCloseTo(5 * (90 / 29) * 30 + 3, 9);
    expect(verdict.params.previousDate).toBe("2024-04-01");
  });

  it("catches an extra digit and flags it once confirmed", () => {
    expect(checkReading({ meter: gas, readings: rows, candidate: candidate(12600), now: NOW })).toMatchObject(
      {
        code: "reading.needs_confirmation",
      },
    );
    expect(checkReading({ meter: gas, readings: rows, candidate: candidate(12600, true), now: NOW })).toEqual(
      {
        ok: true,
        register: "single",
        flags: ["confirmed_jump"],
      },
    );
  });

  it("uses the default ceiling with too little history: 25 m³ a day × 29 days + 3 = 728 m³", () => {
    const short = rows.slice(0, 2);
    const march = (value: number) => ({ readAt: at("2024-03-01"), value, clientId: "new" });
    expect(
      checkReading({ meter: gas, readings: short, candidate: march(1100 + 728), now: NOW }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      checkReading({ meter: gas, readings: short, candidate: march(1100 + 729), now: NOW }),
    ).toMatchObject({
      code: "reading.needs_confirmation",
    });
  });

  it("measures a declared rollover by its wrapped consumption", () => {
    // 99999 wraps at 100000: 100000 − 99990 + 900 = 910 m³ in 31 days > 25 × 31 + 3 = 778.
    const wrapping = meter({ kind: "gas", unit: "m3", maxIndex: 99999 });
    const verdict = checkReading({
      meter: wrapping,
      readings: [start(wrapping, 99990)],
      candidate: { readAt: at("2024-02-01"), value: 900, clientId: "new", reset: true },
      now: NOW,
    });
    expect(verdict).toMatchObject({ code: "reading.needs_confirmation", params: { consumption: 910 } });
  });
});

describe("checkReading: usual use is the recent one", () => {
  it(`counts only the register's last ${USUAL_USE_READINGS} readings`, () => {
    // Ten years at 300 kWh a month (a previous, all-electric household), then sixty months at 30 kWh.
    const electricity = meter({ startedAt: at("2004-01-01") });
    const rows = [start(electricity, 0)];
    let value = 0;
    for (let m = 1; m <= 180; m++) {
      value += m <= 120 ? 300 : 30;
      const day = new Date(Date.UTC(2004, m, 1)).toISOString().slice(0, 10);
      rows.push(reading({ on: day, value }));
    }
    // 600 kWh in the month after: 20 times today's use, but only twice the old one.
    const candidate = { readAt: at("2019-02-01"), value: value + 600, clientId: "new" };
    const verdict = checkReading({ meter: electricity, readings: rows, candidate, now: NOW });
    expect(verdict).toMatchObject({ ok: false, code: "reading.needs_confirmation" });
    // Sixty readings are 59 intervals of about 1 kWh a day: the limit is 5 × ~1 × 31 + 10.
    if (!verdict.ok) expect(verdict.params.limit).toBeLessThan(200);
  });
});

import { describe, expect, it } from "vitest";
import {
  attendanceRate,
  groupSavingsOf,
  kitAgainstCap,
  memberAttendance,
  overConsumption,
  READINGS_LATE_AFTER_DAYS,
  readingFreshness,
  withinMargin,
  yearOnYear,
} from "../../../api/groups/dashboard.rules.ts";

describe("freshness of a member's readings", () => {
  const meter = (meterId: string, readingDays: string[], closed = false) => ({
    meterId,
    kind: "gas",
    closed,
    readingDays,
  });

  it("gives each open meter's last reading day and the days since the newest", () => {
    const fresh = readingFreshness({
      meters: [meter("gas", ["2026-01-01", "2026-02-14"]), meter("water", ["2026-01-01"])],
      today: "2026-03-10",
    });
    expect(fresh).toEqual({
      meters: [
        { meterId: "gas", kind: "gas", lastReadingDay: "2026-02-14" },
        { meterId: "water", kind: "gas", lastReadingDay: "2026-01-01" },
      ],
      lastReadingDay: "2026-02-14",
      daysSinceLastReading: 24,
      late: false,
    });
  });

  it("is late after the staff households list's 45 days, not after a month: households read monthly", () => {
    expect(READINGS_LATE_AFTER_DAYS).toBe(45);
    const since = (lastDay: string) =>
      readingFreshness({ meters: [meter("gas", [lastDay])], today: "2026-03-10" });
    // Read on 7 February, seen on 10 March: 31 days, the next monthly reading just due.
    expect(since("2026-02-07")).toMatchObject({ daysSinceLastReading: 31, late: false });
    expect(since("2026-01-24")).toMatchObject({ daysSinceLastReading: 45, late: false });
    expect(since("2026-01-23")).toMatchObject({ daysSinceLastReading: 46, late: true });
  });

  it("leaves out replaced meters, and does not flag a household without meters", () => {
    const fresh = readingFreshness({ meters: [meter("old", ["2026-03-01"], true)], today: "2026-03-10" });
    expect(fresh).toEqual({ meters: [], lastReadingDay: null, daysSinceLastReading: null, late: false });
    expect(readingFreshness({ meters: [meter("new", [])], today: "2026-03-10" })).toMatchObject({
      daysSinceLastReading: null,
      late: true,
    });
  });
});

describe("attendance", () => {
  const sessions = [
    { day: "2026-01-10", attendance: [{ householdId: "a", status: "present" as const }] },
    { day: "2026-02-10", attendance: [{ householdId: "a", status: "excused" as const }] },
    { day: "2026-03-10", attendance: [] },
  ];

  it("counts the sessions held while a member, excused and unrecorded as not present", () => {
    expect(memberAttendance({ sessions, householdId: "a", joinedOn: "2026-01-01", leftOn: null })).toEqual({
      present: 1,
      excused: 1,
      absent: 1,
      held: 3,
      rate: 1 / 3,
    });
    // Joined after the first session, left on the day of the second (it may still attend that day).
    expect(
      memberAttendance({ sessions, householdId: "a", joinedOn: "2026-01-11", leftOn: "2026-02-10" }),
    ).toEqual({
      present: 0,
      excused: 1,
      absent: 0,
      held: 1,
      rate: 0,
    });
    expect(
      memberAttendance({ sessions, householdId: "b", joinedOn: "2026-04-01", leftOn: null }).rate,
    ).toBeNull();
  });

  it("gives the group's rate over every session each member could attend", () => {
    expect(
      attendanceRate([
        { present: 3, held: 4 },
        { present: 0, held: 1 },
        { present: 0, held: 0 },
      ]),
    ).toBe(3 / 5);
    expect(attendanceRate([])).toBeNull();
  });
});

it("compares kit € with the cap to the cent", () => {
  expect(kitAgainstCap({ totalEur: 300.004, capEur: 300 })).toEqual({
    totalEur: 300,
    capEur: 300,
    overCap: false,
  });
  expect(kitAgainstCap({ totalEur: 300.01, capEur: 300 }).overCap).toBe(true);
  expect(kitAgainstCap({ totalEur: 900, capEur: null }).overCap).toBe(false);
});

const ok = (savingsKwh: number, uncertaintyKwh90: number | null, savingsEur: number | null = null) => ({
  verdict: "ok" as const,
  reporting: {
    savingsKwh,
    counterfactualKwh: 4000,
    uncertaintyKwh90,
    savingsEur,
    uncertaintyEur90: savingsEur === null ? null : 30,
  },
});

describe("over-consumption", () => {
  it("flags savings below zero by more than their 90 % interval, not within it", () => {
    expect(overConsumption(ok(-500, 300))).toBe(true);
    expect(overConsumption(ok(-200, 300))).toBe(false);
    expect(overConsumption(ok(500, 100))).toBe(false);
  });

  it("says nothing without an interval or a verdict", () => {
    expect(overConsumption(ok(-500, null))).toBe(false);
    expect(overConsumption({ verdict: "insufficient_baseline", reporting: null })).toBe(false);
  });
});

describe("a figure within its own margin", () => {
  it("could as well be zero, whichever its sign; a figure or a margin missing says nothing", () => {
    expect(withinMargin({ savingsKwh: 5791, uncertaintyKwh90: 36072 })).toBe(true);
    expect(withinMargin({ savingsKwh: -300, uncertaintyKwh90: 300 })).toBe(true);
    expect(withinMargin({ savingsKwh: 826, uncertaintyKwh90: 393 })).toBe(false);
    expect(withinMargin({ savingsKwh: -69, uncertaintyKwh90: 58 })).toBe(false);
    expect(withinMargin({ savingsKwh: 826, uncertaintyKwh90: null })).toBeNull();
    expect(withinMargin({ savingsKwh: null, uncertaintyKwh90: null })).toBeNull();
  });
});

describe("the group's savings", () => {
  it("sums the counted members' savings with √(Σ ΔU²), and lists the others with why", () => {
    const group = groupSavingsOf([
      { householdId: "a", savings: ok(1200, 300, 120) },
      { householdId: "b", savings: ok(-400, 400, null) },
      { householdId: "c", savings: ok(800, null) },
      { householdId: "d", savings: { verdict: "insufficient_baseline", reporting: null } },
      { householdId: "e", savings: { verdict: "no_consent", reporting: null } },
    ]);
    expect(group).toEqual({
      counted: 2,
      savingsKwh: 800,
      uncertaintyKwh90: 500,
      withinMargin: false,
      fsu: 500 / 800,
      expectedKwh: 8000,
      savingsShare: 800 / 8000,
      savingsEur: 120,
      uncertaintyEur90: 30,
      notValued: 1,
      notCounted: [
        { householdId: "c", reason: "no_interval" },
        { householdId: "d", reason: "insufficient_baseline" },
        { householdId: "e", reason: "no_consent" },
      ],
    });
  });

  it("has no figure when nobody counts", () => {
    expect(
      groupSavingsOf([{ householdId: "e", savings: { verdict: "no_consent", reporting: null } }]),
    ).toMatchObject({
      counted: 0,
      savingsKwh: null,
      uncertaintyKwh90: null,
      withinMargin: null,
      fsu: null,
      expectedKwh: null,
      savingsEur: null,
    });
  });
});

describe("year on year, before savings can be measured", () => {
  it("compares use per day covered with the same days a year before", () => {
    expect(yearOnYear({ kwh: 900, coveredDays: 90, lastYearKwh: 1000, lastYearCoveredDays: 80 })).toEqual({
      status: "compared",
      kwhPerDay: 10,
      lastYearKwhPerDay: 12.5,
      changeShare: expect.closeTo(-0.2),
    });
  });

  it("says not enough data with under four weeks on either side or nothing last year", () => {
    expect(yearOnYear({ kwh: 900, coveredDays: 20, lastYearKwh: 1000, lastYearCoveredDays: 80 }).status).toBe(
      "not_enough_data",
    );
    expect(yearOnYear({ kwh: 900, coveredDays: 90, lastYearKwh: null, lastYearCoveredDays: 0 }).status).toBe(
      "not_enough_data",
    );
  });
});

import { describe, expect, it } from "vitest";
import { brusselsDaysBetween } from "../../web/lib/calendar-days.ts";
import { lateDays } from "../../web/meters/meter-words.ts";
import { readingFeedback } from "../../web/meters/reading-feedback.ts";

// Days shown to people for readings are calendar days, the way they count them on a calendar.

describe("brusselsDaysBetween", () => {
  it("counts 1 Nov → 1 Dec as 30 days though today's reading carries the hour it was typed", () => {
    expect(brusselsDaysBetween("2026-11-01T00:00:00+01:00", "2026-12-01T15:42:00+01:00")).toBe(30);
    expect(brusselsDaysBetween("2026-11-01", "2026-12-01")).toBe(30);
  });

  it("counts 1 Oct → 1 Nov as 31 days across the autumn clock change (a 25-hour Sunday)", () => {
    expect(brusselsDaysBetween("2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00")).toBe(31);
    expect(brusselsDaysBetween("2026-10-01T00:00:00+02:00", "2026-11-01T23:30:00+01:00")).toBe(31);
  });

  it("takes the Brussels day of an instant, whatever the phone's zone: 23:30 UTC in winter is tomorrow", () => {
    expect(brusselsDaysBetween("2026-12-01T08:00:00Z", "2026-12-01T23:30:00Z")).toBe(1);
    expect(brusselsDaysBetween(new Date("2026-12-01T08:00:00Z"), new Date("2026-12-01T20:00:00Z"))).toBe(0);
  });
});

describe("days shown for readings", () => {
  it("the feedback after saving today says 30 days since 1 November, and per day over those 30", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [{ register: "single", readAt: "2026-11-01T00:00:00+01:00", value: 1000, flags: [] }],
      saved: [{ register: "single", readAt: "2026-12-01T15:42:00+01:00", value: 1300, flags: [] }],
    });
    expect(feedback).toMatchObject({ kind: "used", days: 30, quantity: 300, perDay: 10 });
  });

  it("gives no per-day figure for readings less than a day apart, though they fall on two dates", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [{ register: "single", readAt: "2026-11-30T23:30:00+01:00", value: 1000, flags: [] }],
      saved: [{ register: "single", readAt: "2026-12-01T08:00:00+01:00", value: 1004, flags: [] }],
    });
    // Eight and a half hours of use are not a day's use.
    expect(feedback).toMatchObject({ kind: "used", days: 1, quantity: 4, perDay: null });
  });

  it("the staff list says 91 days from 2 September to 2 December, even late in the evening", () => {
    const now = new Date("2026-12-02T22:30:00Z"); // 23:30 in Brussels
    expect(lateDays("2026-09-01T22:00:00Z", now)).toBe(91); // midnight of 2 Sep, summer time
    // Typed at 14:00 on 2 September and seen at 10:00 on 2 December: still 91 days, not 90.
    expect(lateDays("2026-09-02T12:00:00Z", new Date("2026-12-02T09:00:00Z"))).toBe(91);
  });
});

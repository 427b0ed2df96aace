import { describe, expect, it } from "vitest";
import { type FeedbackReading, readingFeedback } from "../../web/meters/reading-feedback.ts";

const reading = (register: string, readAt: string, value: number, flags: string[] = []): FeedbackReading => ({
  register,
  readAt,
  value,
  flags,
});

describe("readingFeedback", () => {
  it("says what was used since the reading before, and per day", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [
        reading("single", "2026-09-01T00:00:00+02:00", 1000),
        reading("single", "2026-10-01T00:00:00+02:00", 1100),
      ],
      saved: [reading("single", "2026-10-31T00:00:00+01:00", 1312)],
    });
    expect(feedback).toMatchObject({ kind: "used", quantity: 212, registers: [{ quantity: 212 }] });
    if (feedback.kind !== "used") throw new Error("used expected");
    expect(feedback.since.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    // 1 → 31 October: 30 calendar days, though the clock change made them 30 days and an hour.
    expect(feedback.days).toBe(30);
    expect(feedback.perDay).toBeCloseTo(7.07, 2);
  });

  it("adds day and night, each from its own previous index, and keeps float noise out", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [reading("day", "2026-10-01", 100.1), reading("night", "2026-10-01", 50.2)],
      saved: [reading("day", "2026-10-11", 100.3), reading("night", "2026-10-11", 50.3)],
    });
    expect(feedback).toMatchObject({
      kind: "used",
      quantity: 0.3,
      registers: [
        { register: "day", quantity: 0.2 },
        { register: "night", quantity: 0.1 },
      ],
    });
  });

  it("compares a back-dated reading with the one just before it, not with the last one", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [reading("single", "2026-09-01", 1000), reading("single", "2026-11-01", 1300)],
      saved: [reading("single", "2026-10-01", 1100)],
    });
    expect(feedback).toMatchObject({ kind: "used", quantity: 100 });
  });

  it("leaves injection out of what the household used", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [reading("single", "2026-10-01", 100), reading("injection_day", "2026-10-01", 10)],
      saved: [reading("single", "2026-10-11", 150), reading("injection_day", "2026-10-11", 40)],
    });
    expect(feedback).toMatchObject({ kind: "used", quantity: 50 });
  });

  it("gives no rate under a day", () => {
    const feedback = readingFeedback({
      mode: "cumulative_index",
      readings: [reading("single", "2026-10-01T08:00:00Z", 100)],
      saved: [reading("single", "2026-10-01T20:00:00Z", 103)],
    });
    expect(feedback).toMatchObject({ kind: "used", quantity: 3, perDay: null });
  });

  it("says a tank level went down, or up after a delivery", () => {
    const readings = [reading("single", "2026-10-01", 1200)];
    expect(
      readingFeedback({ mode: "stock_level", readings, saved: [reading("single", "2026-10-21", 1000)] }),
    ).toMatchObject({ kind: "levelDown", quantity: 200, perDay: 10 });
    expect(
      readingFeedback({ mode: "stock_level", readings, saved: [reading("single", "2026-10-21", 1700)] }),
    ).toMatchObject({ kind: "levelUp", quantity: 500 });
  });

  it("has nothing to compare for a first reading, and no number after a reset", () => {
    expect(
      readingFeedback({
        mode: "cumulative_index",
        readings: [],
        saved: [reading("single", "2026-10-01", 5)],
      }),
    ).toEqual({ kind: "first" });
    expect(
      readingFeedback({
        mode: "cumulative_index",
        readings: [reading("single", "2026-10-01", 99_990)],
        saved: [reading("single", "2026-10-11", 20, ["reset"])],
      }),
    ).toEqual({ kind: "reset" });
  });
});

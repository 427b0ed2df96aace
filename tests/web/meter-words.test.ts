import { describe, expect, it } from "vitest";
import { READINGS_LATE_AFTER_DAYS } from "../../api/groups/dashboard.rules.ts";
import { STALE_AFTER_DAYS, splitMeters, staleDays } from "../../web/meters/meter-words.ts";

const now = new Date("2026-11-23T10:00:00Z");
const readAt = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();

describe("staleDays", () => {
  it("calls a meter late after the same days as the group dashboard", () => {
    expect(STALE_AFTER_DAYS).toBe(READINGS_LATE_AFTER_DAYS);
  });

  it("is null for a meter read lately, or never read", () => {
    expect(
      staleDays(
        { closedAt: null, lastReadings: [{ register: "single", readAt: readAt(20), value: 1 }] },
        now,
      ),
    ).toBeNull();
    expect(staleDays({ closedAt: null, lastReadings: [] }, now)).toBeNull();
  });

  it("counts the days since the newest register's reading, past the limit", () => {
    const lastReadings = [
      { register: "day" as const, readAt: readAt(80), value: 1 },
      { register: "night" as const, readAt: readAt(STALE_AFTER_DAYS + 2), value: 1 },
    ];
    expect(staleDays({ closedAt: null, lastReadings }, now)).toBe(STALE_AFTER_DAYS + 2);
  });

  it("never flags a replaced meter", () => {
    expect(
      staleDays(
        { closedAt: readAt(100), lastReadings: [{ register: "single", readAt: readAt(100), value: 1 }] },
        now,
      ),
    ).toBeNull();
  });
});

describe("splitMeters", () => {
  it("puts replaced meters apart, keeping the order", () => {
    const meters = [
      { id: "a", closedAt: null },
      { id: "b", closedAt: "2026-01-01" },
      { id: "c", closedAt: null },
    ];
    const { open, closed } = splitMeters(meters);
    expect(open.map((m) => m.id)).toEqual(["a", "c"]);
    expect(closed.map((m) => m.id)).toEqual(["b"]);
  });
});

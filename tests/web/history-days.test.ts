import { describe, expect, it } from "vitest";
import { readingsSharingADay } from "../../web/meters/history-days.ts";

describe("readingsSharingADay", () => {
  it("finds the readings of a register that share a Brussels day with another, to show their time", () => {
    const found = readingsSharingADay([
      { id: "nov", register: "single", readAt: "2026-11-01T00:00:00+01:00" },
      { id: "morning", register: "single", readAt: "2026-12-02T08:10:00+01:00" },
      { id: "evening", register: "single", readAt: "2026-12-02T21:40:00+01:00" },
      // 23:30 UTC on the 1st is already the 2nd in Brussels.
      { id: "midnight", register: "single", readAt: "2026-12-01T23:30:00Z" },
    ]);
    expect([...found].sort()).toEqual(["evening", "midnight", "morning"]);
  });

  it("keeps a day/night meter's two registers of one reading on one plain line", () => {
    const found = readingsSharingADay([
      { id: "day", register: "day", readAt: "2026-12-02T08:10:00+01:00" },
      { id: "night", register: "night", readAt: "2026-12-02T08:10:00+01:00" },
    ]);
    expect(found.size).toBe(0);
  });
});

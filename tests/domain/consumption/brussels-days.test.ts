import { describe, expect, it } from "vitest";
import {
  addDays,
  brusselsDayOf,
  brusselsDaysBetween,
  brusselsOffsetMs,
  daysInMonth,
  daysInYear,
  isLocalDay,
  startOfBrusselsDay,
} from "../../../api/consumption/brussels-days.ts";

const HOUR = 3_600_000;

describe("Brussels days", () => {
  it("knows winter (+01:00) and summer (+02:00) time, switching at 01:00 UTC on the last Sundays", () => {
    expect(brusselsOffsetMs(new Date("2024-01-15T12:00:00Z"))).toBe(HOUR);
    expect(brusselsOffsetMs(new Date("2024-07-15T12:00:00Z"))).toBe(2 * HOUR);
    // 31 March 2024: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    expect(brusselsOffsetMs(new Date("2024-03-31T00:59:59Z"))).toBe(HOUR);
    expect(brusselsOffsetMs(new Date("2024-03-31T01:00:00Z"))).toBe(2 * HOUR);
    // 27 October 2024: 03:00 CEST falls back to 02:00 CET at 01:00 UTC.
    expect(brusselsOffsetMs(new Date("2024-10-27T00:59:59Z"))).toBe(2 * HOUR);
    expect(brusselsOffsetMs(new Date("2024-10-27T01:00:00Z"))).toBe(HOUR);
  });

  it("gives local midnight as an instant, including on and after the daylight-saving Sundays", () => {
    expect(startOfBrusselsDay("2024-01-15").toISOString()).toBe("2024-01-14T23:00:00.000Z");
    expect(startOfBrusselsDay("2024-03-31").toISOString()).toBe("2024-03-30T23:00:00.000Z");
    expect(startOfBrusselsDay("2024-04-01").toISOString()).toBe("2024-03-31T22:00:00.000Z");
    expect(startOfBrusselsDay("2024-10-27").toISOString()).toBe("2024-10-26T22:00:00.000Z");
    expect(startOfBrusselsDay("2024-10-28").toISOString()).toBe("2024-10-27T23:00:00.000Z");
    // So the spring Sunday lasts 23 hours and the autumn one 25.
    const length = (day: string) =>
      startOfBrusselsDay(addDays(day, 1)).getTime() - startOfBrusselsDay(day).getTime();
    expect(length("2024-03-31")).toBe(23 * HOUR);
    expect(length("2024-10-27")).toBe(25 * HOUR);
  });

  it("names the local day of an instant: 23:30 UTC is already tomorrow in Brussels", () => {
    expect(brusselsDayOf(new Date("2024-01-14T23:30:00Z"))).toBe("2024-01-15");
    expect(brusselsDayOf(new Date("2024-07-14T21:59:59Z"))).toBe("2024-07-14");
    expect(brusselsDayOf(new Date("2024-07-14T22:00:00Z"))).toBe("2024-07-15");
  });

  it("does calendar arithmetic on days", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysInMonth("2024-02")).toBe(29);
    expect(daysInMonth("2023-02")).toBe(28);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2100)).toBe(365);
    expect(daysInYear(2000)).toBe(366);
  });

  it("counts calendar days between two readings, not hours: the time of day and clock changes aside", () => {
    // Previous reading at midnight, the new one typed "today" in the afternoon: 30 days, not 30.6 → 31.
    expect(brusselsDaysBetween(startOfBrusselsDay("2025-11-01"), new Date("2025-12-01T14:30:00Z"))).toBe(30);
    // 1 Oct → 1 Nov holds the autumn clock change (a 25-hour Sunday): 31 days.
    expect(brusselsDaysBetween(startOfBrusselsDay("2025-10-01"), startOfBrusselsDay("2025-11-01"))).toBe(31);
    expect(brusselsDaysBetween(startOfBrusselsDay("2025-10-01"), new Date("2025-11-01T22:59:00Z"))).toBe(31);
    // 23:30 UTC in winter is already the next Brussels day.
    expect(brusselsDaysBetween(new Date("2025-12-01T08:00:00Z"), new Date("2025-12-01T23:30:00Z"))).toBe(1);
  });

  it("accepts only real calendar days", () => {
    expect(isLocalDay("2024-02-29")).toBe(true);
    expect(isLocalDay("2023-02-29")).toBe(false);
    expect(isLocalDay("2024-13-01")).toBe(false);
    expect(isLocalDay("2024-1-01")).toBe(false);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, lastDay } from "../../web/lib/format.ts";
import { language } from "../../web/lib/i18n/index.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("dates written out", () => {
  afterEach(() => {
    language.value = "fr";
  });

  it("writes the first of a month '1er' in French, with or without the time (a session on the 1st)", () => {
    language.value = "fr";
    expect(spaces(formatDate("2026-06-01T10:00:00+02:00"))).toBe("1er juin 2026");
    expect(spaces(formatDateTime("2026-06-01T18:30:00+02:00"))).toMatch(/^1er juin 2026 (à )?18:30$/);
    expect(spaces(formatDateTime("2026-06-11T18:30:00+02:00"))).toMatch(/^11 juin 2026/);
  });

  it("leaves other languages' first of the month as they write it", () => {
    language.value = "nl";
    expect(spaces(formatDateTime("2026-06-01T18:30:00+02:00"))).toMatch(/^1 juni 2026/);
  });
});

describe("the last day counted of a span whose end is the first day no longer counted", () => {
  it("is the day before, across a month, a year and a leap day (one helper for every page)", () => {
    expect(lastDay("2025-05-01")).toBe("2025-04-30");
    expect(lastDay("2025-01-01")).toBe("2024-12-31");
    expect(lastDay("2024-03-01")).toBe("2024-02-29");
    // Whatever the phone's clock zone: a day, not an instant.
    expect(lastDay("2025-10-27")).toBe("2025-10-26");
  });
});

describe("numbers written out", () => {
  afterEach(() => {
    language.value = "fr";
  });

  it("keeps a price's cents when asked, with the language's separators", () => {
    language.value = "fr";
    expect(formatNumber(0.2, { maxDecimals: 4, minDecimals: 2 })).toBe("0,20");
    expect(formatNumber(0.0875, { maxDecimals: 4, minDecimals: 2 })).toBe("0,0875");
    expect(formatNumber(0.2, { maxDecimals: 4 })).toBe("0,2");
    language.value = "en";
    expect(formatNumber(-0.03, { maxDecimals: 4, minDecimals: 2 })).toBe("-0.03");
  });
});

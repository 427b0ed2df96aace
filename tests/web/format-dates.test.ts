import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "../../web/lib/format.ts";
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

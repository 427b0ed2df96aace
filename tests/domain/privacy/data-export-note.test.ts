import { describe, expect, it } from "vitest";
import { auditLogCutNote } from "../../../api/privacy/data-export-note.ts";

describe("the data export's read-me when the audit log is cut", () => {
  const cut = {
    kept: 10_000,
    total: 12_345,
    truncated: true,
    oldestKeptAt: new Date("2025-12-31T23:30:00Z"),
  };

  it("says in the reader's language how many entries are kept, of how many, since which Brussels day", () => {
    const fr = auditLogCutNote(cut, "fr");
    expect(fr?.fileName).toBe("00-a-lire.txt");
    // Brussels is an hour ahead: 23:30 UTC is already 1 January there.
    expect(fr?.text).toMatch(
      /^\uFEFFLe journal \(11-journal\.csv\) ne contient que les 10\s000 .*01\/01\/2026.*12\s345/,
    );
    expect(auditLogCutNote(cut, "nl")?.text).toContain("10.000");
    expect(auditLogCutNote(cut, "en")?.text).toContain(
      "the newest 10,000 entries, since 01/01/2026, of 12,345",
    );
    expect(auditLogCutNote(cut, "de")?.fileName).toBe("00-bitte-lesen.txt");
  });

  it("is not written when the export holds the whole log", () => {
    expect(
      auditLogCutNote({ kept: 3, total: 3, truncated: false, oldestKeptAt: new Date() }, "fr"),
    ).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { monthSpan, sortMarkers, themeLabel, tipTitle } from "../../../api/groups/coaching-markers.rules.ts";

describe("the months of the markers", () => {
  it("run from the 1st of the first month to the last day of the last", () => {
    expect(monthSpan("2025-01", "2026-02")).toEqual({
      ok: true,
      firstDay: "2025-01-01",
      lastDay: "2026-02-28",
    });
    expect(monthSpan("2024-02", "2024-02")).toEqual({
      ok: true,
      firstDay: "2024-02-01",
      lastDay: "2024-02-29",
    });
  });

  it("are refused backwards, or beyond 120 months", () => {
    expect(monthSpan("2026-03", "2026-02")).toMatchObject({ ok: false, code: "markers.range_order" });
    expect(monthSpan("2016-04", "2026-03")).toMatchObject({ ok: true });
    expect(monthSpan("2016-03", "2026-03")).toMatchObject({ ok: false, code: "markers.range_too_long" });
  });
});

describe("the words of a marker", () => {
  const both = { fr: { title: "Baisser le thermostat" }, nl: { title: "Thermostaat lager zetten" } };

  it("say a tip in the caller's language, else French, else the language it has", () => {
    expect(tipTitle(both, "nl")).toBe("Thermostaat lager zetten");
    expect(tipTitle(both, "de")).toBe("Baisser le thermostat");
    expect(tipTitle({ en: { title: "Close the curtains" } }, "fr")).toBe("Close the curtains");
  });

  it("name a theme in the caller's language, a free one in the adviser's words", () => {
    expect(themeLabel("heating", null, "fr")).toBe("Le chauffage");
    expect(themeLabel("heating", "Les vannes", "de")).toBe("Heizung");
    expect(themeLabel("free", "Visite du Repair Café", "en")).toBe("Visite du Repair Café");
    expect(themeLabel("free", null, "nl")).toBe("Een ander thema");
  });
});

describe("the order of the markers", () => {
  it("is by day; on one day the session, then the kit, then what was done", () => {
    const sorted = sortMarkers([
      { kind: "commitment_done" as const, day: "2026-01-20", label: "b" },
      { kind: "kit" as const, day: "2026-01-20", label: "Thermo-hygromètre" },
      { kind: "kit" as const, day: "2026-01-20", label: "Ampoule" },
      { kind: "session" as const, day: "2026-01-20", label: "Le chauffage" },
      { kind: "commitment_done" as const, day: "2026-01-03", label: "a" },
    ]);
    expect(sorted.map((m) => `${m.day} ${m.kind} ${m.label}`)).toEqual([
      "2026-01-03 commitment_done a",
      "2026-01-20 session Le chauffage",
      "2026-01-20 kit Ampoule",
      "2026-01-20 kit Thermo-hygromètre",
      "2026-01-20 commitment_done b",
    ]);
  });
});

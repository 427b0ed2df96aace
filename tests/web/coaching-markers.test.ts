import { describe, expect, it } from "vitest";
import { markerText } from "../../web/consumption/coaching-markers-list.tsx";
import { markedMonths, markersShown, markersWindow } from "../../web/consumption/coaching-markers-shape.ts";

const session = (day: string, label = "Le chauffage") => ({
  kind: "session" as const,
  day,
  label,
  sessionId: "00000000-0000-4000-8000-000000000001",
  theme: "heating" as const,
  themeText: null,
});

describe("the months of the markers", () => {
  it("are those the page shows: the year before and this year, up to this month", () => {
    expect(markersWindow({ year: 2026, today: "2026-12-01" })).toEqual({ from: "2025-01", to: "2026-12" });
    expect(markersWindow({ year: 2026, today: "2026-04-15" })).toEqual({ from: "2025-01", to: "2026-04" });
    expect(markersWindow({ year: 2025, today: "2026-04-15" })).toEqual({ from: "2024-01", to: "2025-12" });
  });

  it("mark each bar of a month with an action, this year's or the year before's", () => {
    const marked = markedMonths({
      markers: [session("2026-03-03"), session("2026-03-20"), session("2025-11-30"), session("2024-05-01")],
      year: 2026,
    });
    expect(marked.current.flatMap((on, i) => (on ? [i + 1] : []))).toEqual([3]);
    expect(marked.previous.flatMap((on, i) => (on ? [i + 1] : []))).toEqual([11]);
  });

  it("list only the months shown", () => {
    const shown = markersShown({ markers: [session("2024-12-31"), session("2025-01-01")], year: 2026 });
    expect(shown.map((m) => m.day)).toEqual(["2025-01-01"]);
  });
});

describe("a marker in words", () => {
  const now = new Date("2026-12-01T10:00:00Z");

  it("says the day, then what happened", () => {
    expect(markerText(session("2026-04-03"), now)).toBe("3 avril\u00a0: séance «\u00a0Le chauffage\u00a0»");
    expect(markerText({ kind: "kit", day: "2026-03-12", label: "Ampoule LED 9 W", quantity: 4 }, now)).toBe(
      "12 mars\u00a0: matériel reçu — Ampoule LED 9 W (4)",
    );
    expect(
      markerText(
        {
          kind: "commitment_done",
          day: "2026-04-20",
          label: "Baisser le thermostat de 1 °C",
          commitmentId: "00000000-0000-4000-8000-000000000002",
          tipId: "00000000-0000-4000-8000-000000000003",
        },
        now,
      ),
    ).toBe("20 avril\u00a0: geste réalisé — Baisser le thermostat de 1 °C");
  });

  it("gives the year of a day in another year, and says the 1st as French does", () => {
    expect(markerText(session("2025-10-01"), now)).toBe(
      "1er\u00a0octobre 2025\u00a0: séance «\u00a0Le chauffage\u00a0»",
    );
  });
});

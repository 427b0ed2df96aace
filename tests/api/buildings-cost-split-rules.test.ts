import { describe, expect, it } from "vitest";
import { nearestReading, seasonOccupancies } from "../../api/buildings/cost-split.actions.ts";

const season = { from: "2025-10-01", to: "2026-05-01" };
const at = (iso: string) => ({ readAt: new Date(iso) });

describe("the reading taken at a season boundary", () => {
  const boundary = new Date("2025-09-30T22:00:00Z"); // 1 October, 00:00 in Brussels

  it("is the nearest within seven days, the earlier on a tie", () => {
    const rows = [at("2025-09-27T22:00:00Z"), at("2025-10-03T22:00:00Z"), at("2025-10-05T22:00:00Z")];
    expect(nearestReading(rows, boundary)).toBe(rows[0]);
    expect(nearestReading([at("2025-10-02T22:00:00Z"), at("2025-10-01T10:00:00Z")], boundary)).toEqual(
      at("2025-10-01T10:00:00Z"),
    );
  });

  it("is none when every reading is more than seven days away", () => {
    expect(nearestReading([at("2025-09-22T22:00:00Z"), at("2025-10-08T23:00:00Z")], boundary)).toBeNull();
    expect(nearestReading([at("2025-10-07T22:00:00Z")], boundary)).toEqual(at("2025-10-07T22:00:00Z"));
  });
});

describe("who pays which days of the season", () => {
  it("is the current household over the whole season when no occupancy is on file", () => {
    expect(seasonOccupancies([], "h1", season)).toEqual([{ householdId: "h1", ...season }]);
    expect(seasonOccupancies([], null, season)).toEqual([]);
  });

  it("is the occupancies clipped to the season; empty spells and other seasons drop out", () => {
    const rows = [
      { householdId: "old", movedInOn: "2010-01-01", movedOutOn: "2026-01-15" },
      { householdId: null, movedInOn: "2026-01-15", movedOutOn: "2026-02-01" },
      { householdId: "new", movedInOn: "2026-02-01", movedOutOn: null },
      { householdId: "gone", movedInOn: "2000-01-01", movedOutOn: "2005-01-01" },
    ];
    expect(seasonOccupancies(rows, "new", season)).toEqual([
      { householdId: "old", from: "2025-10-01", to: "2026-01-15" },
      { householdId: "new", from: "2026-02-01", to: "2026-05-01" },
    ]);
  });
});

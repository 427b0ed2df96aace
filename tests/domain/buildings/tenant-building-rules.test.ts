import { describe, expect, it } from "vitest";
import {
  compareWinters,
  compareWithCompany,
  lastTwoWinters,
  median,
  type WinterFigures,
  worksStage,
} from "../../../api/buildings/tenant-building.rules.ts";

const winter = (season: string, kwhPerM2PerDegreeDay: number | null): WinterFigures => ({
  season,
  kwhPerM2: null,
  degreeDays: null,
  kwhPerM2PerDegreeDay,
  complete: kwhPerM2PerDegreeDay !== null,
});

describe("which winters the page compares", () => {
  it("takes the season that ended last April, once May has come", () => {
    expect(lastTwoWinters("2026-12-01")).toEqual({ last: "2025-2026", previous: "2024-2025" });
    expect(lastTwoWinters("2026-05-01")).toEqual({ last: "2025-2026", previous: "2024-2025" });
    expect(lastTwoWinters("2026-04-30")).toEqual({ last: "2024-2025", previous: "2023-2024" });
    expect(lastTwoWinters("2026-01-15")).toEqual({ last: "2024-2025", previous: "2023-2024" });
  });
});

describe("last winter against the one before, at equal weather", () => {
  it("says less when kWh/m² per degree-day fell by 5 % or more", () => {
    // 0.030 → 0.0264 kWh/m² per degree-day: −12 %.
    const r = compareWinters(winter("2025-2026", 0.0264), winter("2024-2025", 0.03));
    expect(r?.verdict).toBe("less");
    expect(r?.changeAtEqualWeather).toBeCloseTo(-0.12);
  });

  it("says about the same within ±5 %, more beyond", () => {
    expect(compareWinters(winter("b", 0.0309), winter("a", 0.03))?.verdict).toBe("about_the_same");
    expect(compareWinters(winter("b", 0.0284), winter("a", 0.03))?.verdict).toBe("less");
    expect(compareWinters(winter("b", 0.0318), winter("a", 0.03))?.verdict).toBe("more");
  });

  it("says nothing when a winter is incomplete", () => {
    expect(compareWinters(winter("b", null), winter("a", 0.03))).toBeNull();
    expect(compareWinters(winter("b", 0.03), undefined)).toBeNull();
  });
});

describe("the building against the company's median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([120, 80, 100])).toBe(100);
    expect(median([80, 100, 120, 200])).toBe(110);
    expect(median([])).toBeNull();
  });

  it("says better, about the median or worse with a ±10 % band", () => {
    const company = [80, 100, 110, 140, 170];
    expect(compareWithCompany(80, company)).toMatchObject({
      medianKwhPerM2: 110,
      buildingsCompared: 5,
      verdict: "better",
    });
    expect(compareWithCompany(110, company)?.verdict).toBe("about_median");
    expect(compareWithCompany(140, company)?.difference).toBeCloseTo(140 / 110 - 1);
    expect(compareWithCompany(140, company)?.verdict).toBe("worse");
  });

  it("leaves the comparison out below three buildings or without the building's figure", () => {
    expect(compareWithCompany(80, [80, 120])).toBeNull();
    expect(compareWithCompany(null, [80, 100, 120])).toBeNull();
  });
});

describe("works stages", () => {
  const today = "2026-12-01";
  it("are planned before they start, under way until completed, then done", () => {
    expect(worksStage({ startedOn: "2027-03-01", completedOn: null }, today)).toBe("planned");
    expect(worksStage({ startedOn: "2026-09-01", completedOn: null }, today)).toBe("under_way");
    expect(worksStage({ startedOn: "2026-09-01", completedOn: "2027-01-31" }, today)).toBe("under_way");
    expect(worksStage({ startedOn: "2024-04-01", completedOn: "2024-10-15" }, today)).toBe("done");
    expect(worksStage({ startedOn: "2026-12-01", completedOn: "2026-12-01" }, today)).toBe("done");
  });
});

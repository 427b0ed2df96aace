import { describe, expect, it } from "vitest";
import { defaultReportPeriod } from "../../../api/buildings/building-report.period.ts";
import type { MonthStatus } from "../../../api/buildings/indicators.rules.ts";
import { monthRange } from "../../../api/buildings/indicators.rules.ts";

/** Months `from` … `to`, all `status`. */
const months = (from: string, to: string, status: MonthStatus = "measured") =>
  monthRange(from, to).map((month) => ({ month, status }));

// Today is 1 December 2026: last month is November, the current default December 2025 – November 2026.
const today = "2026-12-01";

describe("the building report's period when none is asked for", () => {
  it("ends with the last complete month when the reading that closes last month is not in", () => {
    // Read on 1 November: October is whole, November has no reading yet.
    const period = defaultReportPeriod({
      today,
      months: [...months("2024-01", "2026-10"), { month: "2026-11", status: "missing" }],
    });
    expect(period).toEqual({ from: "2025-11-01", to: "2026-10-31" });
  });

  it("does not end on a partly covered month, but does on one estimated from a period over its edge", () => {
    // Read on 1 September and 20 November: September and October are spread (estimated) but whole.
    const period = defaultReportPeriod({
      today,
      months: [
        ...months("2025-01", "2026-08"),
        ...months("2026-09", "2026-10", "estimated"),
        { month: "2026-11", status: "partial" },
      ],
    });
    expect(period).toEqual({ from: "2025-11-01", to: "2026-10-31" });
  });

  it("keeps the twelve months ending last month without any data, or with last month complete", () => {
    const current = { from: "2025-12-01", to: "2026-11-30" };
    expect(defaultReportPeriod({ today, months: [] })).toEqual(current);
    expect(defaultReportPeriod({ today, months: months("2025-06", "2026-11", "missing") })).toEqual(current);
    expect(defaultReportPeriod({ today, months: months("2024-01", "2026-11") })).toEqual(current);
  });

  it("never ends after last month, whatever the current month holds", () => {
    const period = defaultReportPeriod({ today: "2026-12-20", months: months("2024-01", "2026-12") });
    expect(period).toEqual({ from: "2025-12-01", to: "2026-11-30" });
  });

  it("does not open on a year long past: readings stopped over a year ago give the last twelve months", () => {
    const period = defaultReportPeriod({ today: "2026-12-01", months: months("2020-01", "2024-06") });
    expect(period).toEqual({ from: "2025-12-01", to: "2026-11-30" });
    // Within the year, it still goes back to the last complete month.
    expect(defaultReportPeriod({ today: "2026-12-01", months: months("2024-01", "2025-12") })).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
    });
  });

  it("goes back past a gap to the last complete month, across a year and into a leap February", () => {
    // 10 April 2028: readings stopped on 1 March; February 2028 has 29 days.
    const period = defaultReportPeriod({
      today: "2028-04-10",
      months: [...months("2026-01", "2028-02"), ...months("2028-03", "2028-03", "partial")],
    });
    expect(period).toEqual({ from: "2027-03-01", to: "2028-02-29" });
    // Data through December: the calendar year.
    expect(defaultReportPeriod({ today: "2027-02-05", months: months("2025-01", "2026-12") })).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
    });
  });
});

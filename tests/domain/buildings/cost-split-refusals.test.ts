import { describe, expect, it } from "vitest";
import { splitHeatingCosts } from "../../../api/buildings/cost-split.ts";
import { COST_SPLIT_ERROR_CODES, type CostSplitInput } from "../../../api/buildings/cost-split-input.ts";
import { COST_SPLIT_MESSAGES } from "../../../api/buildings/cost-split-messages.ts";
import { Validation } from "../../../api/http/errors.ts";
import { dwelling, lived, SEASON, split } from "./builders.ts";

/** The refusal as the API would answer it: its status, code and the fields at fault. */
function refusal(input: CostSplitInput) {
  try {
    splitHeatingCosts(input);
  } catch (error) {
    if (!(error instanceof Validation)) throw error;
    return {
      status: error.status,
      code: error.code,
      fields: error.fieldErrors.map((e) => `${e.field} ${e.message}`),
    };
  }
  throw new Error("not refused");
}

describe("heating cost split, refusals", () => {
  it("needs a bill: an amount in cents above zero and a season that ends after it starts", () => {
    expect(refusal({ ...split([dwelling("A", 50, 1)]), bill: null })).toEqual({
      status: 422,
      code: "cost_split.no_bill",
      fields: ["bill cost_split.no_bill"],
    });
    for (const totalEur of [0, -10, 10.005, Number.NaN, 1e10])
      expect(refusal(split([dwelling("A", 50, 1)], totalEur)).fields).toEqual([
        "bill.totalEur cost_split.bill_amount",
      ]);
    const backwards = { totalEur: 100, from: "2026-05-01", to: "2025-10-01" };
    expect(refusal({ ...split([dwelling("A", 50, 1)]), bill: backwards }).fields).toContain(
      "bill.to cost_split.season_dates",
    );
    const notADay = { totalEur: 100, from: "2025-02-30", to: "2026-05-01" };
    expect(refusal({ ...split([dwelling("A", 50, 1)]), bill: notADay }).fields).toContain(
      "bill.from cost_split.season_dates",
    );
  });

  it("needs a fixed share between 0 and 1 and at least one dwelling", () => {
    expect(refusal(split([dwelling("A", 50, 1)], 100, 1.3)).fields).toEqual([
      "fixedShare cost_split.fixed_share",
    ]);
    expect(refusal(split([dwelling("A", 50, 1)], 100, -0.1)).code).toBe("cost_split.fixed_share");
    // Thousandths at most (33.3 %), as stored: 0.3333 would be rounded away from its own amounts.
    expect(refusal(split([dwelling("A", 50, 1)], 100, 0.3333)).code).toBe("cost_split.fixed_share");
    expect(() => splitHeatingCosts(split([dwelling("A", 50, 1)], 100, 0.333))).not.toThrow();
    expect(refusal(split([])).fields).toEqual(["dwellings cost_split.no_dwelling"]);
  });

  it("refuses zero or negative areas and rating factors, naming each one", () => {
    const b = dwelling("B", 50, null, {
      measurement: {
        kind: "allocators",
        allocators: [
          { id: "b1", startUnits: 0, endUnits: 5, ratingFactor: 1 },
          { id: "b2", startUnits: 0, endUnits: 5, ratingFactor: 0 },
        ],
      },
    });
    expect(refusal(split([dwelling("A", 0, 1), b, dwelling("C", -3, 1)])).fields).toEqual([
      "dwellings.0.floorAreaM2 cost_split.area_not_positive",
      "dwellings.1.measurement.allocators.1.ratingFactor cost_split.factor_not_positive",
      "dwellings.2.floorAreaM2 cost_split.area_not_positive",
    ]);
  });

  it("refuses readings that are negative or go back without a declared reset", () => {
    const allocator = (startUnits: number, endUnits: number, unitsAtReset?: number) =>
      dwelling("A", 50, null, {
        measurement: {
          kind: "allocators",
          allocators: [{ id: "a", startUnits, endUnits, unitsAtReset, ratingFactor: 1 }],
        },
      });
    expect(refusal(split([allocator(100, 40)])).fields).toEqual([
      "dwellings.0.measurement.allocators.0.endUnits cost_split.reading_went_back",
    ]);
    expect(refusal(split([allocator(100, 40, 90)])).fields).toEqual([
      "dwellings.0.measurement.allocators.0.unitsAtReset cost_split.reading_went_back",
    ]);
    expect(refusal(split([allocator(-1, 40)])).code).toBe("cost_split.reading_negative");
    const meter = dwelling("M", 50, null, {
      measurement: { kind: "heat_meter", startKwh: 900, endKwh: 800 },
    });
    expect(refusal(split([meter])).fields).toEqual([
      "dwellings.0.measurement.endKwh cost_split.meter_went_back",
    ]);
  });

  it("refuses allocators and heat meters in the same split", () => {
    const meter = dwelling("M", 50, null, { measurement: { kind: "heat_meter", startKwh: 0, endKwh: 800 } });
    expect(refusal(split([dwelling("A", 50, 1), meter])).fields).toEqual([
      "dwellings cost_split.mixed_measurement",
    ]);
  });

  it("refuses occupancies outside the season, backwards, or overlapping", () => {
    const d = (...occupancies: ReturnType<typeof lived>[]) => dwelling("A", 50, 1, { occupancies });
    expect(refusal(split([d(lived("h", "2025-09-15", "2026-01-01"))])).fields).toEqual([
      "dwellings.0.occupancies.0.from cost_split.occupancy_outside_season",
    ]);
    expect(refusal(split([d(lived("h", "2026-01-01", "2026-06-01"))])).fields).toEqual([
      "dwellings.0.occupancies.0.to cost_split.occupancy_outside_season",
    ]);
    expect(refusal(split([d(lived("h", "2026-01-01", "2026-01-01"))])).fields).toEqual([
      "dwellings.0.occupancies.0.to cost_split.occupancy_dates",
    ]);
    // The second stay starts before the first (1 Oct → 1 Mar) ends; the third is inside the first too.
    expect(
      refusal(
        split([
          d(
            lived("h-1", SEASON.from, "2026-03-01"),
            lived("h-2", "2026-02-01", SEASON.to),
            lived(null, "2025-11-01", "2025-12-01"),
          ),
        ]),
      ).fields,
    ).toEqual([
      "dwellings.0.occupancies.2.from cost_split.occupancies_overlap",
      "dwellings.0.occupancies.1.from cost_split.occupancies_overlap",
    ]);
  });

  it("refuses the same dwelling twice", () => {
    expect(refusal(split([dwelling("A", 50, 1), dwelling("A", 60, 2)])).fields).toEqual([
      "dwellings.1.id cost_split.dwelling_twice",
    ]);
  });

  it("has a plain message for every refusal, in the four languages", () => {
    for (const code of COST_SPLIT_ERROR_CODES)
      for (const lang of ["fr", "nl", "en", "de"] as const)
        expect(COST_SPLIT_MESSAGES[code]?.title[lang], `${code} ${lang}`).toBeTruthy();
    expect(Object.keys(COST_SPLIT_MESSAGES).sort()).toEqual([...COST_SPLIT_ERROR_CODES].sort());
  });
});

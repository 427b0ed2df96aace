import { describe, expect, it } from "vitest";
import { companyMeterRefusal } from "../../../api/buildings/building-meter-rules.ts";

describe("the meters of a building and of a dwelling", () => {
  it("gives a building its boiler's fuel, heat and common-parts meters, and no allocator", () => {
    for (const kind of ["gas", "heating_oil", "heat", "electricity", "water"] as const)
      expect(companyMeterRefusal({ place: "building", kind, ratingFactor: undefined })).toBeNull();
    expect(
      companyMeterRefusal({ place: "building", kind: "heat_cost_allocator", ratingFactor: 1 }),
    ).toMatchObject({
      code: "building_meter.kind_not_allowed",
      field: "kind",
    });
  });

  it("gives a dwelling allocators with their rating factor, or a heat meter, never the tenant's own gas", () => {
    expect(
      companyMeterRefusal({ place: "dwelling", kind: "heat_cost_allocator", ratingFactor: 0.85 }),
    ).toBeNull();
    expect(companyMeterRefusal({ place: "dwelling", kind: "heat", ratingFactor: undefined })).toBeNull();
    expect(
      companyMeterRefusal({ place: "dwelling", kind: "heat_cost_allocator", ratingFactor: undefined })?.code,
    ).toBe("building_meter.rating_factor_missing");
    expect(companyMeterRefusal({ place: "dwelling", kind: "heat", ratingFactor: 2 })?.code).toBe(
      "building_meter.rating_factor_not_allocator",
    );
    expect(companyMeterRefusal({ place: "dwelling", kind: "gas", ratingFactor: undefined })?.code).toBe(
      "building_meter.kind_not_allowed",
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AREA_SHARE_MIN, splitCoverage } from "../../../api/buildings/cost-split-coverage.ts";

/** Cité du Parc as the reviewer found it: 24 dwellings, 2 400 m² heated, 12 entered (836 m²). */
const CITE_DU_PARC = { dwellingCount: 24, heatedAreaM2: 2400 };
const TWELVE_ENTERED = [62, 71, 80, 62, 71, 80, 58, 66, 74, 58, 66, 88];

describe("how much of the building a cost split covers", () => {
  it("warns when fewer dwellings are on file than the building has, with the figures", () => {
    expect(splitCoverage({ dwellingAreasM2: TWELVE_ENTERED, building: CITE_DU_PARC })).toEqual({
      dwellingsOnFile: 12,
      dwellingsInBuilding: 24,
      areaOnFileM2: 836,
      buildingAreaM2: 2400,
      warning: "dwellings_missing",
    });
  });

  it("says nothing when every dwelling is on file, the common parts making up the rest of the area", () => {
    // 24 × 80 m² = 1 920 m² of 2 400 m² heated: 80 %, the rest halls, stairs and walls.
    const all = Array.from({ length: 24 }, () => 80);
    expect(splitCoverage({ dwellingAreasM2: all, building: CITE_DU_PARC })).toMatchObject({
      dwellingsOnFile: 24,
      areaOnFileM2: 1920,
      warning: null,
    });
  });

  it("warns when every declared dwelling is on file but their area is far below the building's", () => {
    // 24 × 55 m² = 1 320 m² = 55 % of 2 400 m²: more is missing than common parts explain.
    const small = Array.from({ length: 24 }, () => 55);
    expect(splitCoverage({ dwellingAreasM2: small, building: CITE_DU_PARC }).warning).toBe("area_short");
    // At exactly 60 % (1 440 m²) the gap is still common parts: no warning.
    const sixty = Array.from({ length: 24 }, () => 60);
    expect(splitCoverage({ dwellingAreasM2: sixty, building: CITE_DU_PARC }).warning).toBeNull();
  });

  it("names the missing dwellings first, even when their area is short too", () => {
    expect(
      splitCoverage({ dwellingAreasM2: [50], building: { dwellingCount: 2, heatedAreaM2: 1000 } }).warning,
    ).toBe("dwellings_missing");
  });

  it("does not warn when more dwellings are on file than declared: the whole bill is still shared", () => {
    expect(
      splitCoverage({ dwellingAreasM2: [70, 70, 70], building: { dwellingCount: 2, heatedAreaM2: 200 } })
        .warning,
    ).toBeNull();
  });

  it("adds areas kept to 0.1 m² without float noise", () => {
    expect(
      splitCoverage({
        dwellingAreasM2: [72.5, 61.3, 0.1, 0.2],
        building: { dwellingCount: 4, heatedAreaM2: 160 },
      }).areaOnFileM2,
    ).toBe(134.1);
  });

  it("never stays silent when dwellings or area are missing, nor warns when nothing is", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 1, max: 3000 }).map((tenths) => tenths / 10),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 50_000 }).map((tenths) => tenths / 10),
        (areas, dwellingCount, heatedAreaM2) => {
          const c = splitCoverage({ dwellingAreasM2: areas, building: { dwellingCount, heatedAreaM2 } });
          const missing = areas.length < dwellingCount;
          const short = c.areaOnFileM2 < AREA_SHARE_MIN * heatedAreaM2;
          expect(c.warning === null).toBe(!missing && !short);
          if (missing) expect(c.warning).toBe("dwellings_missing");
        },
      ),
    );
  });
});

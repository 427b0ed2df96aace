import { describe, expect, it } from "vitest";
import { fitLabel, labelStart } from "../../web/buildings/monthly-draw.ts";

// 7 px a character, as 12 px text roughly is.
const measure = (text: string) => text.length * 7;

describe("the works' name above the building's monthly chart", () => {
  it("is written whole when it fits, cut with an ellipsis only when it does not", () => {
    expect(fitLabel("Chaudière", 100, measure)).toBe("Chaudière");
    expect(fitLabel("Chaudière", 63, measure)).toBe("Chaudière");
    expect(fitLabel("Chaudière", 40, measure)).toBe("Chau…");
    expect(fitLabel("Chaudière", 10, measure)).toBeNull();
  });

  it("starts at its band, moved left when the band is the last months, never off the plot", () => {
    const frame = { plotLeft: 30, canvasRight: 358, taken: 0 };
    expect(labelStart({ ...frame, bandLeft: 100, textWidth: 63 })).toBe(103);
    // A band of the last month: the name ends at the canvas' edge instead of running off it.
    expect(labelStart({ ...frame, bandLeft: 340, textWidth: 63 })).toBe(358 - 63);
    expect(labelStart({ ...frame, bandLeft: 40, textWidth: 400 })).toBe(30);
    // Never over the name before it.
    expect(labelStart({ ...frame, bandLeft: 100, textWidth: 63, taken: 150 })).toBe(150);
  });
});

import { describe, expect, it } from "vitest";
import { readingCardMeters } from "../../../api/groups/handout.rules.ts";

describe("a handout's reading card", () => {
  it("says which meters are read as a tank level rather than an index", () => {
    const meters = [
      { id: "g", name: "Gaz", kind: "gas", unit: "m3", registers: ["single"], closedAt: null },
      { id: "t", name: "Citerne", kind: "heating_oil", unit: "litre", registers: ["single"], closedAt: null },
    ];
    const readings = [{ meterId: "t", register: "single", readAt: new Date("2026-11-01"), value: 1402 }];
    expect(readingCardMeters({ meters, readings })).toMatchObject([
      { id: "g", readingMode: "cumulative_index", registers: [{ lastIndex: null }] },
      { id: "t", readingMode: "stock_level", registers: [{ lastIndex: 1402 }] },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { kitCapCheck, lineEur } from "../../../api/groups/kit.rules.ts";

describe("the kit cap per household", () => {
  it("allows reaching the cap exactly, to the cent", () => {
    expect(kitCapCheck({ capEur: 300, alreadyEur: 280.1, addingEur: 19.9 })).toEqual({
      totalEur: 300,
      overCap: false,
    });
    expect(kitCapCheck({ capEur: 300, alreadyEur: 280.1, addingEur: 19.91 })).toEqual({
      totalEur: 300.01,
      overCap: true,
    });
  });

  it("never warns without a cap", () => {
    expect(kitCapCheck({ capEur: null, alreadyEur: 5000, addingEur: 10 }).overCap).toBe(false);
  });

  it("prices a line as quantity × unit price without float noise", () => {
    expect(lineEur(3, 0.1)).toBe(0.3);
    expect(lineEur(7, 4.99)).toBe(34.93);
  });
});

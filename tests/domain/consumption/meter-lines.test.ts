import { describe, expect, it } from "vitest";
import { coveredShare } from "../../../api/consumption/aggregate.ts";
import { meterLines } from "../../../api/consumption/meter-lines.ts";
import { at, meter } from "../meters/builders.ts";

describe("meter lines", () => {
  it("put a meter and the one replacing it on one line, not meters read side by side or of another energy", () => {
    const lines = meterLines([
      meter({ id: "new", startedAt: at("2024-03-15T13:00:00Z") }),
      meter({ id: "old", startedAt: at("2023-01-01"), closedAt: at("2024-03-15T13:00:00Z") }),
      meter({ id: "night-only", startedAt: at("2023-06-01") }),
      meter({ id: "gas", kind: "gas", unit: "m3", startedAt: at("2024-03-15T13:00:00Z") }),
    ]);
    expect(Object.fromEntries(lines)).toEqual({
      old: "old",
      new: "old",
      "night-only": "night-only",
      gas: "gas",
    });
  });

  it("follow a chain of replacements, a gap between two meters included", () => {
    const lines = meterLines([
      meter({ id: "a", startedAt: at("2020-01-01"), closedAt: at("2021-01-01") }),
      meter({ id: "b", startedAt: at("2021-01-01"), closedAt: at("2022-05-03T08:00:00Z") }),
      meter({ id: "c", startedAt: at("2022-05-03T12:00:00Z") }),
    ]);
    expect([...lines.values()]).toEqual(["a", "a", "a"]);
  });
});

describe("a day's covered share", () => {
  const part = (meterId: string, register: string, coverage: number) => ({ meterId, register, coverage });

  it("adds up the meters of one line, each at its best-covered register", () => {
    // Old day/night meter until 14:00 (14/24 on each register), new single-register meter after.
    const parts = [
      part("old", "day", 14 / 24),
      part("old", "night", 14 / 24),
      part("new", "single", 10 / 24),
    ];
    expect(coveredShare(parts, new Map([["new", "old"]]))).toBeCloseTo(1, 12);
    expect(coveredShare(parts)).toBeCloseTo(14 / 24, 12);
  });

  it("takes the best-covered line of meters read side by side, never more than a day", () => {
    const parts = [part("a", "single", 0.5), part("b", "single", 0.5), part("a", "single", 0.25)];
    expect(coveredShare(parts, new Map())).toBe(0.75);
    expect(coveredShare([part("a", "single", 0.75), part("b", "single", 0.5)], new Map([["b", "a"]]))).toBe(
      1,
    );
  });
});

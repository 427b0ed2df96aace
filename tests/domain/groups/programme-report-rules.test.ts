import { describe, expect, it } from "vitest";
import {
  type HeatingPart,
  heatingChangePct,
  objectiveMeasure,
} from "../../../api/groups/programme-report.rules.ts";
import { heatingEnergiesOf } from "../../../api/guards/energy-guards.ts";

describe("the energies that heat a home", () => {
  it("is the declared heating's energy: electricity only for a home heated by it", () => {
    expect(heatingEnergiesOf("individual_gas")).toEqual(["gas"]);
    expect(heatingEnergiesOf("heating_oil")).toEqual(["heating_oil"]);
    expect(heatingEnergiesOf("collective")).toEqual(["heat"]);
    expect(heatingEnergiesOf("electric")).toEqual(["electricity"]);
    expect(heatingEnergiesOf("heat_pump")).toEqual(["electricity"]);
  });

  it("has nothing measured for wood and pellets, and the heating fuels when nothing is declared", () => {
    expect(heatingEnergiesOf("wood_pellets")).toEqual([]);
    expect(heatingEnergiesOf(null)).toEqual(["gas", "heat", "heating_oil"]);
  });
});

/** The demo group seen by the reviewer: seven gas homes, one oil tank, one electric home. */
const part = (p: Partial<HeatingPart> & Pick<HeatingPart, "energy">): HeatingPart => ({
  counted: 1,
  savingsKwh: 0,
  uncertaintyKwh90: 0,
  expectedKwh: 0,
  withinMargin: false,
  ...p,
});
const gas = part({ energy: "gas", counted: 7, savingsKwh: 826, uncertaintyKwh90: 393, expectedKwh: 18_475 });
const oil = part({
  energy: "heating_oil",
  savingsKwh: 5791,
  uncertaintyKwh90: 36_072,
  expectedKwh: 8650,
  withinMargin: true,
});
const electric = part({
  energy: "electricity",
  savingsKwh: -74,
  uncertaintyKwh90: 147,
  expectedKwh: 3011,
  withinMargin: true,
});

describe("the change of a group's heating use", () => {
  it("is negative for less used, in % of the use expected", () => {
    expect(heatingChangePct([gas])).toBeCloseTo((-826 / 18_475) * 100);
    expect(heatingChangePct([{ ...gas, savingsKwh: -826 }])).toBeCloseTo((826 / 18_475) * 100);
  });

  it("counts a figure inside its own margin as no change, its expected use kept in the whole", () => {
    // Not (826 + 5791 − 74) / 30 136 = −21.7 %: the oil figure is six times smaller than its margin.
    expect(heatingChangePct([gas, oil, electric])).toBeCloseTo((-826 / (18_475 + 8650 + 3011)) * 100);
    expect(heatingChangePct([oil])).toBe(0);
    expect(Object.is(heatingChangePct([oil]), -0)).toBe(false);
  });

  it("has no figure without a member's heating measured", () => {
    expect(heatingChangePct([])).toBeNull();
  });
});

describe("an objective against its target", () => {
  const measure = (kind: Parameters<typeof objectiveMeasure>[0]["kind"], targetValue: number | null) =>
    objectiveMeasure({
      kind,
      targetValue,
      attendanceRate: 0.85,
      heatingChange: -2.7,
      commitmentsDone: 17,
      members: 10,
    });

  it("reads a heating target of −10 or 10 as 10 % less, met at −10 % or below", () => {
    expect(measure("savings_pct", -10)).toEqual({ measured: -2.7, met: false });
    expect(measure("savings_pct", 10)).toEqual({ measured: -2.7, met: false });
    expect(measure("savings_pct", -2.5)).toEqual({ measured: -2.7, met: true });
    expect(
      objectiveMeasure({
        kind: "savings_pct",
        targetValue: -10,
        attendanceRate: null,
        heatingChange: 16,
        commitmentsDone: 0,
        members: 1,
      }),
    ).toEqual({ measured: 16, met: false });
  });

  it("measures attendance and commitments per household against a target reached from below", () => {
    expect(measure("attendance_pct", 75)).toEqual({ measured: 85, met: true });
    expect(measure("commitments_done_per_household", 2)).toEqual({ measured: 1.7, met: false });
  });

  it("leaves the adviser's objectives, and those without a target, unjudged", () => {
    expect(measure("manual", null)).toEqual({ measured: null, met: null });
    expect(measure("savings_pct", null)).toEqual({ measured: -2.7, met: null });
  });
});

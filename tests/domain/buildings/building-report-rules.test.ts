import { describe, expect, it } from "vitest";
import {
  consultationResult,
  evaluateObjective,
  heatingTotal,
  surveySummary,
  worksInPeriod,
} from "../../../api/buildings/building-report.rules.ts";

const noSurvey = { answers: 0, comfortableShare: null };
const noWorks = { state: "no_works" } as const;

describe("the period's heating from the indicators' months", () => {
  it("adds the months up and divides by the area and the degree-days when every month is whole", () => {
    // 12,000 + 9,000 = 21,000 kWh on 1,000 m² = 21 kWh/m²; 350 + 300 = 650 degree-days.
    const total = heatingTotal(
      [
        { month: "2025-01", kwh: 12_000, degreeDays: 350, status: "measured" },
        { month: "2025-02", kwh: 9_000, degreeDays: 300, status: "estimated" },
      ],
      1_000,
    );
    expect(total).toMatchObject({ kwh: 21_000, kwhPerM2: 21, degreeDays: 650, complete: true });
    expect(total.kwhPerM2PerDegreeDay).toBeCloseTo(21 / 650, 10);
    expect(total.estimatedMonths).toEqual(["2025-02"]);
  });

  it("gives no value per degree-day when a month is missing or partial, and names the missing ones", () => {
    const total = heatingTotal(
      [
        { month: "2025-01", kwh: 12_000, degreeDays: 350, status: "measured" },
        { month: "2025-02", kwh: null, degreeDays: 300, status: "missing" },
        { month: "2025-03", kwh: 2_000, degreeDays: 250, status: "partial" },
      ],
      1_000,
    );
    expect(total).toMatchObject({
      kwh: 14_000,
      kwhPerM2: 14,
      degreeDays: 900,
      kwhPerM2PerDegreeDay: null,
      complete: false,
      missingMonths: ["2025-02"],
      partialMonths: ["2025-03"],
    });
  });

  it("names the months after the last complete one: the readings stop before the span does", () => {
    const total = heatingTotal(
      [
        { month: "2026-09", kwh: 4_000, degreeDays: 60, status: "measured" },
        { month: "2026-10", kwh: 9_000, degreeDays: 160, status: "estimated" },
        { month: "2026-11", kwh: 1_500, degreeDays: 270, status: "partial" },
        { month: "2026-12", kwh: null, degreeDays: null, status: "missing" },
      ],
      1_000,
    );
    expect(total).toMatchObject({
      complete: false,
      openEndMonths: ["2026-11", "2026-12"],
      missingMonths: ["2026-12"],
    });
    // Nothing complete at all: nothing stops early, the partial and missing months say it.
    expect(
      heatingTotal([{ month: "2026-11", kwh: 1_500, degreeDays: 270, status: "partial" }], 1_000)
        .openEndMonths,
    ).toEqual([]);
    // A gap in the middle is a missing month, not an open end.
    expect(
      heatingTotal(
        [
          { month: "2026-09", kwh: null, degreeDays: 60, status: "missing" },
          { month: "2026-10", kwh: 9_000, degreeDays: 160, status: "measured" },
        ],
        1_000,
      ).openEndMonths,
    ).toEqual([]);
  });

  it("has no kWh at all when no month has any, and no degree-days when one month lacks them", () => {
    const total = heatingTotal([{ month: "2025-07", kwh: null, degreeDays: null, status: "missing" }], 500);
    expect(total).toMatchObject({ kwh: null, kwhPerM2: null, degreeDays: null, kwhPerM2PerDegreeDay: null });
  });

  it("gives no value per degree-day for a summer with under 10 degree-days", () => {
    const total = heatingTotal([{ month: "2025-07", kwh: 3_000, degreeDays: 8, status: "measured" }], 1_000);
    expect(total).toMatchObject({ kwh: 3_000, kwhPerM2: 3, kwhPerM2PerDegreeDay: null, complete: true });
  });
});

describe("the comfort survey's summary", () => {
  it("counts answers per warmth, the share just right or a bit warm, and the problems most reported first", () => {
    const order = ["cold_radiator", "too_hot", "draughts"] as const;
    const s = surveySummary(
      [
        { warmth: 1, problems: ["cold_radiator", "draughts"] },
        { warmth: 2, problems: ["draughts", "draughts"] },
        { warmth: 3, problems: [] },
        { warmth: 3, problems: ["cold_radiator"] },
        { warmth: 4, problems: [] },
        { warmth: 5, problems: ["too_hot"] },
        { warmth: 3, problems: [] },
        { warmth: 3, problems: [] },
      ],
      order,
    );
    // 4 just right + 1 a bit warm = 5 of 8; 2 cold of 8. Draughts counted once per answer: 2, as cold radiators.
    expect(s).toEqual({
      answers: 8,
      byWarmth: [1, 1, 4, 1, 1],
      comfortableShare: 5 / 8,
      coldShare: 2 / 8,
      problems: [
        { problem: "cold_radiator", count: 2 },
        { problem: "draughts", count: 2 },
        { problem: "too_hot", count: 1 },
      ],
    });
  });

  it("has no shares without answers", () => {
    expect(surveySummary([], [])).toEqual({
      answers: 0,
      byWarmth: [0, 0, 0, 0, 0],
      comfortableShare: null,
      coldShare: null,
      problems: [],
    });
  });
});

describe("a consultation's result", () => {
  const options = [
    { id: "a", label: "6 h – 22 h" },
    { id: "b", label: "7 h – 23 h" },
  ];
  const answer = (dwellingId: string, optionId: string) => ({ dwellingId, optionId });
  it("counts answers per option, the turnout over the occupied dwellings, and the option most chosen", () => {
    const r = consultationResult({
      options,
      answers: [answer("d1", "a"), answer("d2", "b"), answer("d3", "b"), answer("d4", "b")],
      occupiedDwellingIds: ["d1", "d2", "d3", "d4", "d5"],
    });
    expect(r).toEqual({
      answered: 4,
      occupiedDwellings: 5,
      turnout: 0.8,
      options: [
        { id: "a", label: "6 h – 22 h", answers: 1 },
        { id: "b", label: "7 h – 23 h", answers: 3 },
      ],
      leadingOptionId: "b",
    });
  });

  it("never goes above 100 %: a dwelling that answered and stands empty since still counts", () => {
    const r = consultationResult({
      options,
      answers: [answer("d1", "a"), answer("d2", "a")],
      occupiedDwellingIds: ["d1"],
    });
    expect(r).toMatchObject({ answered: 2, occupiedDwellings: 2, turnout: 1 });
  });

  it("names no option on a tie or without answers, and no turnout without occupied dwellings", () => {
    const tie = consultationResult({
      options,
      answers: [answer("d1", "a"), answer("d2", "b")],
      occupiedDwellingIds: ["d1", "d2", "d3", "d4"],
    });
    expect(tie.leadingOptionId).toBe(null);
    const none = consultationResult({ options, answers: [], occupiedDwellingIds: [] });
    expect(none).toMatchObject({ answered: 0, turnout: null, leadingOptionId: null });
  });
});

describe("an objective against its target", () => {
  const ok = { state: "ok", fraction: 0.22, fractionLow: 0.19, fractionHigh: 0.25 } as const;
  const evaluate = (over: Partial<Parameters<typeof evaluateObjective>[0]>) =>
    evaluateObjective({
      kind: "savings_pct",
      targetValue: -25,
      savings: noWorks,
      survey: noSurvey,
      consultations: [],
      ...over,
    });

  it("measures savings in % with the 90 % interval; −25 and 25 both mean save 25 %", () => {
    const r = evaluate({ savings: ok });
    expect(r.status).toBe("not_met");
    expect(r.measured).toBeCloseTo(22, 10);
    expect(r.measuredLow).toBeCloseTo(19, 10);
    expect(r.measuredHigh).toBeCloseTo(25, 10);
    expect(evaluate({ savings: ok, targetValue: 20 }).status).toBe("met");
    expect(evaluate({ savings: ok, targetValue: -20 }).status).toBe("met");
  });

  it("says why savings are not measurable yet", () => {
    expect(evaluate({})).toMatchObject({
      status: "not_measurable",
      reason: "no_works_linked",
      measured: null,
    });
    expect(evaluate({ savings: { state: "works_under_way" } }).reason).toBe("works_under_way");
    expect(evaluate({ savings: { state: "not_enough_data", monthsStillNeeded: 2 } })).toMatchObject({
      reason: "not_enough_data",
      monthsStillNeeded: 2,
    });
    expect(evaluate({ savings: { state: "no_heating_meter" } }).reason).toBe("no_heating_meter");
    expect(evaluate({ savings: { state: "not_computable", verdict: "model_not_fit" } }).reason).toBe(
      "savings_not_computable",
    );
  });

  it("measures comfort as the share of answers just right or a bit warm", () => {
    // 17 of 20 = 85 % ≥ 80 %.
    const r = evaluate({
      kind: "comfort_ok_pct",
      targetValue: 80,
      survey: { answers: 20, comfortableShare: 17 / 20 },
    });
    expect(r.status).toBe("met");
    expect(r.measured).toBeCloseTo(85, 10);
    expect(evaluate({ kind: "comfort_ok_pct", targetValue: 80 })).toMatchObject({
      status: "not_measurable",
      reason: "no_survey_answers",
    });
  });

  it("measures turnout over the project's closed consultations taken together", () => {
    // (7 + 5) answers over (11 + 11) occupied dwellings = 54.5 % < 60 %.
    const r = evaluate({
      kind: "consultation_turnout_pct",
      targetValue: 60,
      consultations: [
        { answered: 7, occupiedDwellings: 11, open: false },
        { answered: 5, occupiedDwellings: 11, open: false },
        // Still open: tenants may still answer, so it does not count yet.
        { answered: 1, occupiedDwellings: 11, open: true },
      ],
    });
    expect(r.status).toBe("not_met");
    expect(r.measured).toBeCloseTo((12 / 22) * 100, 10);
    expect(
      evaluate({
        kind: "consultation_turnout_pct",
        targetValue: 60,
        consultations: [{ answered: 4, occupiedDwellings: 11, open: true }],
      }),
    ).toMatchObject({ status: "not_measurable", reason: "consultation_open", measured: null });
    expect(evaluate({ kind: "consultation_turnout_pct", targetValue: 60 }).reason).toBe("no_consultation");
    expect(
      evaluate({
        kind: "consultation_turnout_pct",
        targetValue: 60,
        consultations: [{ answered: 0, occupiedDwellings: 0, open: false }],
      }).reason,
    ).toBe("no_occupied_dwellings");
  });

  it("leaves a manual objective to the manager, and shows a measure without a target as not judged", () => {
    expect(evaluate({ kind: "manual", targetValue: null })).toMatchObject({
      status: "manual",
      measured: null,
    });
    expect(
      evaluate({ kind: "comfort_ok_pct", targetValue: null, survey: { answers: 4, comfortableShare: 0.5 } }),
    ).toMatchObject({ status: "not_measurable", reason: "no_target", measured: 50 });
  });
});

describe("the works of the period", () => {
  it("keeps works under way at its end or completed in it, and says which", () => {
    const events = [
      { id: "old", startedOn: "2023-04-01", completedOn: "2023-09-01" },
      { id: "done", startedOn: "2024-11-01", completedOn: "2025-03-15" },
      { id: "running", startedOn: "2025-11-01", completedOn: null },
      { id: "late", startedOn: "2025-10-01", completedOn: "2026-02-01" },
      { id: "future", startedOn: "2026-01-10", completedOn: null },
    ];
    const works = worksInPeriod(events, { from: "2025-01-01", to: "2025-12-31" });
    expect(works.map((e) => [e.id, e.status])).toEqual([
      ["done", "done"],
      ["running", "under_way"],
      ["late", "under_way"],
    ]);
  });
});

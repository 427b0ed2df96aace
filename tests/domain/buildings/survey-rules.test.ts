import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregateSurvey,
  COMFORT_PROBLEMS,
  type HeatingMonthFigure,
  type SurveyAnswer,
  weekMonth,
  weekStartOf,
  weekStartsOfMonths,
} from "../../../api/buildings/survey.rules.ts";

const answer = (weekStart: string, warmth: number, more: Partial<SurveyAnswer> = {}): SurveyAnswer => ({
  weekStart,
  warmth,
  problems: [],
  comment: null,
  ...more,
});

describe("the survey's week", () => {
  it("starts on the Monday of the Brussels day", () => {
    expect(weekStartOf("2026-12-01")).toBe("2026-11-30"); // a Tuesday
    expect(weekStartOf("2026-11-30")).toBe("2026-11-30"); // the Monday itself
    expect(weekStartOf("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28"); // across the new year
    expect(weekStartOf("2024-03-03")).toBe("2024-02-26"); // across a leap February
  });

  it("is a Monday at most six days before, for any day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const monday = weekStartOf(day);
          expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
          const gap = (Date.parse(day) - Date.parse(monday)) / 86_400_000;
          expect(gap).toBeGreaterThanOrEqual(0);
          expect(gap).toBeLessThanOrEqual(6);
        },
      ),
    );
  });
});

describe("the month a week counts in", () => {
  it("is the month of its Thursday, and the Mondays of a span of months follow", () => {
    expect(weekMonth("2026-11-30")).toBe("2026-12");
    expect(weekMonth("2026-10-26")).toBe("2026-10"); // Thursday 29 October
    expect(weekStartsOfMonths("2026-11", "2026-12")).toEqual({ first: "2026-10-29", end: "2026-12-29" });
  });
});

describe("aggregating the answers", () => {
  // Weeks of 2, 9 and 30 November 2026: the last counts in December, where its Thursday (3 December) is.
  const answers = [
    answer("2026-11-02", 1, {
      problems: ["cold_radiator", "draughts"],
      comment: "  Radiateur froid au salon ",
    }),
    answer("2026-11-02", 2, { problems: ["cold_radiator"] }),
    answer("2026-11-02", 3),
    answer("2026-11-09", 3, { comment: "" }),
    answer("2026-11-30", 4, { problems: ["too_hot"] }),
    answer("2026-12-07", 5, { comment: "Trop chaud la nuit" }),
  ];
  const heating: HeatingMonthFigure[] = [
    { month: "2026-11", kwh: 21_000, kwhPerM2: 8.75, degreeDays: 290, status: "measured" },
  ];
  const out = aggregateSurvey({ answers, heating, from: "2026-10", to: "2026-12" });

  it("counts each week's answers, the cold share and the problems, with comments but no names", () => {
    expect(out.weeks.map((w) => w.weekStart)).toEqual([
      "2026-11-02",
      "2026-11-09",
      "2026-11-30",
      "2026-12-07",
    ]);
    const first = out.weeks[0];
    expect(first).toMatchObject({
      count: 3,
      warmth: { "1": 1, "2": 1, "3": 1, "4": 0, "5": 0 },
      problems: { cold_radiator: 2, draughts: 1, too_hot: 0 },
      comments: ["Radiateur froid au salon"],
    });
    expect(first?.coldShare).toBeCloseTo(2 / 3);
    expect(first?.okShare).toBeCloseTo(1 / 3);
    expect(out.weeks[1]?.comments).toEqual([]);
  });

  it("lists every month of the span beside its heating kWh, a week in the month of its Thursday", () => {
    expect(out.months.map((m) => [m.month, m.count])).toEqual([
      ["2026-10", 0],
      ["2026-11", 4],
      ["2026-12", 2],
    ]);
    const november = out.months[1];
    expect(november?.coldShare).toBeCloseTo(2 / 4);
    expect(november?.okShare).toBeCloseTo(2 / 4);
    expect(november?.heating).toEqual({ kwh: 21_000, kwhPerM2: 8.75, degreeDays: 290, status: "measured" });
    expect(out.months[0]).toMatchObject({
      coldShare: null,
      okShare: null,
      heating: { kwh: null, status: "missing" },
    });
  });

  it("leaves out answers outside the span", () => {
    const narrow = aggregateSurvey({ answers, heating, from: "2026-12", to: "2026-12" });
    expect(narrow.weeks.map((w) => w.weekStart)).toEqual(["2026-11-30", "2026-12-07"]);
  });

  it("counts a problem ticked twice once", () => {
    const twice = aggregateSurvey({
      answers: [answer("2026-11-02", 2, { problems: ["draughts", "draughts"] })],
      heating: [],
      from: "2026-11",
      to: "2026-11",
    });
    expect(twice.weeks[0]?.problems.draughts).toBe(1);
  });

  it("keeps every answer once: the distribution adds up to the count, in weeks and in months", () => {
    const arbitraryAnswer = fc.record({
      weekStart: fc.constantFrom("2026-01-05", "2026-01-26", "2026-02-02", "2026-03-30", "2026-04-06"),
      warmth: fc.integer({ min: 1, max: 5 }),
      problems: fc.subarray([...COMFORT_PROBLEMS]),
      comment: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(arbitraryAnswer, { maxLength: 40 }), (xs) => {
        const r = aggregateSurvey({ answers: xs, heating: [], from: "2026-01", to: "2026-04" });
        const sum = (w: Record<string, number>) => Object.values(w).reduce((s, n) => s + n, 0);
        for (const w of [...r.weeks, ...r.months]) expect(sum(w.warmth)).toBe(w.count);
        expect(r.weeks.reduce((s, w) => s + w.count, 0)).toBe(xs.length);
        expect(r.months.reduce((s, m) => s + m.count, 0)).toBe(xs.length);
      }),
    );
  });
});

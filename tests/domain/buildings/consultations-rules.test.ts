import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  consultationResults,
  consultationState,
  transitionRefusal,
} from "../../../api/buildings/consultations.rules.ts";

describe("a consultation's state", () => {
  it("is closed once its last day has passed, even if nobody closed it", () => {
    expect(consultationState({ status: "open", closesOn: "2026-12-15" }, "2026-12-15")).toBe("open");
    expect(consultationState({ status: "open", closesOn: "2026-12-15" }, "2026-12-16")).toBe("closed");
    expect(consultationState({ status: "draft", closesOn: "2026-01-01" }, "2026-12-16")).toBe("draft");
    expect(consultationState({ status: "closed", closesOn: "2027-01-01" }, "2026-12-16")).toBe("closed");
  });

  it("moves forward only: a draft opens, an open one closes", () => {
    expect(transitionRefusal("draft", "open")).toBeNull();
    expect(transitionRefusal("open", "closed")).toBeNull();
    expect(transitionRefusal("open", "open")).toBeNull();
    expect(transitionRefusal("closed", "open")).toBe("consultation.already_closed");
    expect(transitionRefusal("open", "draft")).toBe("consultation.bad_transition");
    expect(transitionRefusal("draft", "closed")).toBe("consultation.bad_transition");
  });
});

describe("a consultation's result", () => {
  it("counts one answer per dwelling per option, and the turnout over dwellings with a household", () => {
    // 10 dwellings with a household; 6 answered: 4 for A, 2 for B, none for C.
    const occupied = Array.from({ length: 10 }, (_, i) => `d${i}`);
    const answers = [
      ...["d0", "d1", "d2", "d3"].map((dwellingId) => ({ dwellingId, optionId: "A" })),
      ...["d4", "d5"].map((dwellingId) => ({ dwellingId, optionId: "B" })),
    ];
    expect(
      consultationResults({ optionIds: ["A", "B", "C"], answers, occupiedDwellingIds: occupied }),
    ).toEqual({
      answeredDwellings: 6,
      occupiedDwellings: 10,
      turnout: 0.6,
      options: [
        { optionId: "A", count: 4, share: 4 / 6 },
        { optionId: "B", count: 2, share: 2 / 6 },
        { optionId: "C", count: 0, share: 0 },
      ],
    });
  });

  it("counts a dwelling that answered and stands empty since, so the turnout stays at most 100 %", () => {
    const r = consultationResults({
      optionIds: ["A", "B"],
      answers: [
        { dwellingId: "d1", optionId: "A" },
        { dwellingId: "gone", optionId: "B" },
      ],
      occupiedDwellingIds: ["d1"],
    });
    expect(r).toMatchObject({ answeredDwellings: 2, occupiedDwellings: 2, turnout: 1 });
  });

  it("has no turnout without households and no shares without answers", () => {
    const r = consultationResults({ optionIds: ["A", "B"], answers: [], occupiedDwellingIds: [] });
    expect(r.turnout).toBeNull();
    expect(r.options.map((o) => o.share)).toEqual([null, null]);
  });

  it("adds up: counts to the dwellings answered, shares to one, turnout within [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }),
        fc.array(fc.constantFrom("A", "B", "C"), { minLength: 30, maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }),
        (answeredIds, choices, occupiedIds) => {
          const answers = answeredIds.map((n, i) => ({
            dwellingId: `d${n}`,
            optionId: choices[i] as string,
          }));
          const r = consultationResults({
            optionIds: ["A", "B", "C"],
            answers,
            occupiedDwellingIds: occupiedIds.map((n) => `d${n}`),
          });
          expect(r.options.reduce((s, o) => s + o.count, 0)).toBe(r.answeredDwellings);
          if (answers.length) expect(r.options.reduce((s, o) => s + (o.share ?? 0), 0)).toBeCloseTo(1);
          if (r.turnout !== null) {
            expect(r.turnout).toBeGreaterThanOrEqual(0);
            expect(r.turnout).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

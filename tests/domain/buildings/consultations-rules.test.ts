import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  consultationResults,
  consultationState,
  dwellingsEntitledToAnswer,
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

describe("the dwellings that could answer (turnout's denominator)", () => {
  const stay = (householdId: string | null, movedInOn: string, movedOutOn: string | null = null) => ({
    householdId,
    movedInOn,
    movedOutOn,
  });
  // d1 lived in throughout; d2's tenant left after the close; d3 was empty until after it; d4 has no
  // record and a household now; d5 has no record and stands empty.
  const dwellings = [
    { id: "d1", householdId: "h1", stays: [stay("h1", "2020-01-01")] },
    { id: "d2", householdId: null, stays: [stay("h2", "2020-01-01", "2027-01-15")] },
    {
      id: "d3",
      householdId: "h3",
      stays: [stay(null, "2020-01-01", "2027-01-20"), stay("h3", "2027-01-20")],
    },
    { id: "d4", householdId: "h4", stays: [] },
    { id: "d5", householdId: null, stays: [] },
  ];

  it("are those lived in on its last day, whatever moved since", () => {
    expect(dwellingsEntitledToAnswer({ dwellings, closesOn: "2026-03-10", today: "2027-02-01" })).toEqual([
      "d1",
      "d2",
      "d4",
    ]);
  });

  it("reads a move-out day as the first day no longer lived there", () => {
    const left = [{ id: "d", householdId: null, stays: [stay("h", "2020-01-01", "2026-03-10")] }];
    expect(
      dwellingsEntitledToAnswer({ dwellings: left, closesOn: "2026-03-10", today: "2027-01-01" }),
    ).toEqual([]);
    expect(
      dwellingsEntitledToAnswer({ dwellings: left, closesOn: "2026-03-09", today: "2027-01-01" }),
    ).toEqual(["d"]);
  });

  it("count the household there now whose arrival was never recorded, open or closed, the day after too", () => {
    // Only an earlier tenant's stay is on file (entered for an old cost split).
    const unrecorded = [{ id: "d", householdId: "h", stays: [stay("old", "2020-01-01", "2021-01-01")] }];
    for (const closesOn of ["2026-03-31", "2026-03-10", "2026-03-09"])
      expect(dwellingsEntitledToAnswer({ dwellings: unrecorded, closesOn, today: "2026-03-10" })).toEqual([
        "d",
      ]);
  });

  it("while open, count a household there now even if its recorded stay starts later", () => {
    const early = [{ id: "d", householdId: "h", stays: [stay("h", "2026-04-01")] }];
    expect(
      dwellingsEntitledToAnswer({ dwellings: early, closesOn: "2026-03-31", today: "2026-03-10" }),
    ).toEqual(["d"]);
    expect(
      dwellingsEntitledToAnswer({ dwellings: early, closesOn: "2026-03-09", today: "2026-03-10" }),
    ).toEqual([]);
  });
});

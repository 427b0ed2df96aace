import { describe, expect, it } from "vitest";
import type { Coverage } from "../../web/weather/weather-api.ts";
import { filledMonths } from "../../web/weather/weather-state.ts";
import { missingSentence, monthRuns, monthsText, stationText } from "../../web/weather/weather-words.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the months missing, in words", () => {
  it("groups consecutive months into runs, across a new year", () => {
    expect(monthRuns(["2022-12", "2023-02", "2023-03", "2023-12", "2024-01"])).toEqual([
      { from: "2022-12", to: "2022-12", count: 1 },
      { from: "2023-02", to: "2023-03", count: 2 },
      { from: "2023-12", to: "2024-01", count: 2 },
    ]);
  });

  it("names up to three months one by one, and more as runs", () => {
    expect(spaces(monthsText(["2026-09", "2026-10", "2026-11"]))).toBe(
      "septembre 2026, octobre 2026 et novembre 2026",
    );
    expect(spaces(monthsText(["2022-12", "2023-02", "2023-03", "2023-04"]))).toBe(
      "décembre 2022 et de février 2023 à avril 2023 (3 mois)",
    );
  });

  it("says what one or several missing months mean for the savings", () => {
    expect(spaces(missingSentence(["2026-10"]))).toBe(
      "Il manque les degrés-jours d'un mois : octobre 2026. Les économies de ce mois ne sont pas calculées.",
    );
    expect(spaces(missingSentence(["2026-10", "2026-11"]))).toBe(
      "Il manque les degrés-jours de 2 mois : octobre 2026 et novembre 2026. Les économies de ces mois ne sont pas calculées.",
    );
  });

  it("never leaves out the demo station's label", () => {
    expect(stationText({ name: "Station de démonstration", label: "normales (démo)" })).toBe(
      "Station de démonstration — normales (démo)",
    );
    expect(stationText({ name: "Uccle (IRM/KMI)", label: null })).toBe("Uccle (IRM/KMI)");
  });
});

describe("the months an import filled", () => {
  const coverage = (missing: Record<string, string[]>): Coverage => ({
    station: { code: "uccle", name: "Uccle (IRM/KMI)", label: null },
    throughMonth: "2026-11",
    conventions: Object.entries(missing).map(([convention, missingMonths]) => ({
      convention: convention as "dj15_15" | "equiv16_5",
      fromMonth: "2021-01",
      monthsWithData: 1,
      missingMonths,
      incompleteMonths: [],
    })),
  });

  it("are those missing before and not after, per convention", () => {
    const before = coverage({ dj15_15: [], equiv16_5: ["2022-12", "2023-02"] });
    const after = coverage({ dj15_15: [], equiv16_5: ["2023-02"] });
    expect(filledMonths(before, after)).toEqual([{ convention: "equiv16_5", months: ["2022-12"] }]);
    expect(filledMonths(after, after)).toEqual([]);
  });
});

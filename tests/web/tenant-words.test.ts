import { describe, expect, it } from "vitest";
import { wholePercents } from "../../web/lib/format.ts";
import { language } from "../../web/lib/i18n/index.ts";
import type { TenantBuilding } from "../../web/tenant/tenant-api.ts";
import { heatingLines, statementLink } from "../../web/tenant/tenant-words.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const winter = (season: string, kwhPerM2: number | null, degreeDays: number | null) => ({
  season,
  kwhPerM2,
  degreeDays,
  kwhPerM2PerDegreeDay: kwhPerM2 === null || degreeDays === null ? null : kwhPerM2 / degreeDays,
  complete: kwhPerM2 !== null,
});

function performance(more: Partial<TenantBuilding["performance"]> = {}): TenantBuilding["performance"] {
  return {
    lastWinter: winter("2025-2026", 60.5, 2200),
    previousWinter: winter("2024-2025", 69.2, 2042),
    winters: { changeAtEqualWeather: -0.188, verdict: "less" },
    normalYearKwhPerM2: 83.2,
    company: { medianKwhPerM2: 100, buildingsCompared: 5, difference: -0.168, verdict: "better" },
    ...more,
  };
}

describe("the building's heating in plain words", () => {
  it("says how much less last winter used at equal weather, the figures, the colder winter, and the company", () => {
    expect(heatingLines(performance()).map(spaces)).toEqual([
      "L'hiver dernier, l'immeuble a utilisé 19 % de chauffage en moins que l'hiver d'avant, à météo égale.",
      "Hiver 2025-2026 : 61 kWh par m². Hiver 2024-2025 : 69 kWh par m².",
      "L'hiver 2025-2026 a été plus froid que le précédent : c'est pris en compte.",
      "Comparé aux autres immeubles de la société, celui-ci consomme peu : 83 kWh par m² sur une année normale, contre 100 kWh par m² au milieu des 5 immeubles.",
    ]);
  });

  it("says when there is not enough to compare, and leaves the company out without a median", () => {
    expect(heatingLines(performance({ winters: null, company: null })).map(spaces)).toEqual([
      "Il n'y a pas encore assez de relevés pour comparer les deux derniers hivers.",
    ]);
  });

  it("says more, or about the same", () => {
    const more = heatingLines(performance({ winters: { changeAtEqualWeather: 0.08, verdict: "more" } }));
    expect(spaces(more[0] ?? "")).toContain("8 % de chauffage en plus");
    const same = heatingLines(
      performance({ winters: { changeAtEqualWeather: 0.01, verdict: "about_the_same" } }),
    );
    expect(same[0]).toContain("à peu près autant");
  });
});

describe("a consultation's percents", () => {
  it("add up to 100, the points left going to the largest remainders", () => {
    // 5, 3, 3 of 11: 45.45, 27.27, 27.27 would round to 45 + 27 + 27 = 99.
    expect(wholePercents([5, 3, 3])).toEqual([46, 27, 27]);
    // 1, 1, 1: 33.33 each; the first takes the point left.
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    // 2, 2, 1, 1, 1 of 7: 28.57 ×2, 14.29 ×3 would round to 29 + 29 + 14 × 3 = 100; unchanged here.
    expect(wholePercents([2, 2, 1, 1, 1])).toEqual([29, 29, 14, 14, 14]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
  });
});

describe("a link to one of the tenant's heating statements", () => {
  const statement = {
    id: "s",
    costSplitId: "c",
    seasonFrom: "2024-10-01",
    seasonTo: "2025-05-01",
    dwellingLabel: "C1",
    totalEur: 1234.5,
  };
  it("names the season by its last day counted and the total to the cent, in the language on screen", () => {
    expect(spaces(statementLink(statement))).toBe(
      "Saison du 1er octobre 2024 au 30 avril 2025 — logement C1 : 1 234,50 €",
    );
    language.value = "nl";
    try {
      expect(spaces(statementLink(statement))).toMatch(/30 april 2025 .*C1.*€ 1\.234,50$/);
    } finally {
      language.value = "fr";
    }
  });
});

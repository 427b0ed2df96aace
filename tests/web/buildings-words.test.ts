import { describe, expect, it, vi } from "vitest";
import type { RenovationSavings } from "../../web/buildings/buildings-api.ts";
import { monthlyChartLabel, renovationLines } from "../../web/buildings/buildings-words.ts";
import {
  filterRows,
  mixesGasAndOil,
  type PortfolioRow,
  sortRows,
} from "../../web/buildings/portfolio-rows.ts";
import { applyLanguage } from "../../web/lib/i18n/index.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function answer(overrides: Partial<RenovationSavings> = {}): RenovationSavings {
  return {
    event: {
      id: "e",
      buildingId: "b",
      kind: "windows",
      label: "Nouveaux châssis",
      startedOn: "2024-05-01",
      completedOn: "2024-09-15",
    },
    energy: "gas",
    verdict: "ok",
    monthsStillNeeded: null,
    baselineCoverage: { coveredDays: 366, requiredDays: 329, from: "2023-05-01", to: "2024-05-01" },
    excluded: { from: "2024-05-01", to: "2024-09-15" },
    station: { code: "demo", name: "Station de démonstration", label: "normales (démo)" },
    weather: { source: "monthly_degree_days", missingMonths: [] },
    model: null,
    reporting: {
      from: "2024-10-01",
      to: "2025-10-01",
      months: 12,
      actualKwh: 820_000,
      counterfactualKwh: 1_000_000,
      savingsKwh: 180_000,
      savingsFraction: 0.18,
      uncertaintyKwh90: 60_000,
      savingsFractionLow: 0.12,
      savingsFractionHigh: 0.24,
      monthsToFullYear: 0,
      periods: 12,
    },
    flags: [],
    points: [],
    ...overrides,
  };
}

describe("a renovation's result in words", () => {
  it("says the share saved with its 90 % interval", () => {
    const [headline, kwh, period] = renovationLines(answer(), "Gaz").map(spaces);
    expect(headline).toBe("Environ 18 % de moins qu'avant les travaux, entre 12 % et 24 %.");
    expect(kwh).toBe("Gaz : 820 000 kWh utilisés au lieu de 1 000 000 kWh attendus sans les travaux.");
    expect(period).toMatch(/^Mesuré du 1er octobre 2024 au 1er octobre 2025 \(12 mois\)/);
  });

  it("says no clear change when the interval straddles zero, and a partial year is provisional", () => {
    const partial = answer();
    partial.reporting = {
      ...(partial.reporting as NonNullable<RenovationSavings["reporting"]>),
      savingsFraction: 0.02,
      savingsFractionLow: -0.05,
      savingsFractionHigh: 0.09,
      months: 5,
      monthsToFullYear: 7,
    };
    const lines = renovationLines(partial, "Gaz").map(spaces);
    expect(lines[0]).toBe(
      "Pas de différence nette : entre 5 % de plus et 9 % de moins qu'avant les travaux.",
    );
    expect(lines.at(-1)).toBe("Résultat provisoire : encore 7 mois pour une année complète.");
  });

  it("says how many months are still needed, never a figure", () => {
    const waiting = answer({ verdict: "insufficient_reporting", reporting: null, monthsStillNeeded: 2 });
    expect(renovationLines(waiting, "Gaz").map(spaces)).toEqual([
      "Pas encore assez de données : encore 2 mois de relevés après les travaux.",
    ]);
    const before = answer({ verdict: "insufficient_baseline", reporting: null, monthsStillNeeded: 8 });
    expect(renovationLines(before, "Gaz").map(spaces)).toEqual([
      "Pas assez de relevés avant les travaux : il manque 8 mois de relevés dans l'année avant le 1er mai 2024.",
    ]);
  });
});

const row = (
  name: string,
  commune: string,
  kwhPerM2: number | null,
  heatingSystem: PortfolioRow["heatingSystem"] = "gas_boiler",
): PortfolioRow => ({
  id: name,
  code: name.slice(0, 3),
  name,
  commune,
  heatingSystem,
  heatedAreaM2: 1000,
  normalYearKwhPerM2: kwhPerM2,
  last12MonthsKwh: null,
  last12MonthsCovered: 0,
  trendKwhPerM2: [],
  openAlerts: 0,
});

describe("the portfolio", () => {
  const rows = [
    row("Les Jardins", "Herstal", 101),
    row("Cité du Parc", "Seraing", 134),
    row("Neuf", "Liège", null),
  ];

  it("ranks the largest users first, buildings without figures last", () => {
    const ranked = sortRows(rows, { key: "normalYearKwhPerM2", descending: true });
    expect(ranked.map((r) => r.name)).toEqual(["Cité du Parc", "Les Jardins", "Neuf"]);
    const ascending = sortRows(rows, { key: "normalYearKwhPerM2", descending: false });
    expect(ascending.map((r) => r.name)).toEqual(["Les Jardins", "Cité du Parc", "Neuf"]);
  });

  it("finds a building whatever the accents and case", () => {
    expect(filterRows(rows, { text: "cite", commune: "", heating: "" }).map((r) => r.name)).toEqual([
      "Cité du Parc",
    ]);
    expect(filterRows(rows, { text: "", commune: "Liège", heating: "" }).map((r) => r.name)).toEqual([
      "Neuf",
    ]);
  });
});

describe("the note on gas and oil kWh under the portfolio", () => {
  it("is said only when the table holds buildings on gas and on oil", () => {
    const gas = row("Les Jardins", "Herstal", 101);
    const oil = row("Les Peupliers", "Liège", 92, "oil_boiler");
    const network = row("Les Hêtres", "Liège", 80, "heat_network");
    expect(mixesGasAndOil([gas, oil])).toBe(true);
    expect(mixesGasAndOil([gas, network])).toBe(false);
    expect(mixesGasAndOil([oil])).toBe(false);
    expect(mixesGasAndOil([])).toBe(false);
  });
});

describe("the monthly chart's description, for a screen reader", () => {
  const works = "Les périodes de travaux sont en bleu.";
  const pale =
    "Les barres plus claires sont des mois avec des relevés pour une partie de leurs jours seulement : elles sont plus basses que ce qui a vraiment été consommé.";

  it("says only the bars when the chart has neither works nor pale months", () => {
    expect(spaces(monthlyChartLabel({ works: false, partial: false }))).toBe(
      "Consommation par m² de chaque mois.",
    );
  });

  it("speaks of the works only when works are shaded on the chart", () => {
    expect(spaces(monthlyChartLabel({ works: true, partial: false }))).toBe(
      `Consommation par m² de chaque mois. ${works}`,
    );
  });

  it("says what the pale bars are only when some month is pale", () => {
    expect(spaces(monthlyChartLabel({ works: false, partial: true }))).toBe(
      `Consommation par m² de chaque mois. ${pale}`,
    );
    expect(spaces(monthlyChartLabel({ works: true, partial: true }))).toBe(
      `Consommation par m² de chaque mois. ${works} ${pale}`,
    );
  });

  it("says the same in the language on screen", async () => {
    const both = () => monthlyChartLabel({ works: true, partial: true });
    // Switching sets <html lang>: these tests run without a page.
    vi.stubGlobal("document", { documentElement: {} });
    try {
      await applyLanguage("nl");
      expect(both()).toBe(
        "Verbruik per m² van elke maand. De periodes van werken zijn in het blauw. De lichtere staven zijn maanden met meterstanden voor maar een deel van hun dagen: ze zijn lager dan wat er echt verbruikt is.",
      );
      await applyLanguage("en");
      expect(both()).toBe(
        "Use per m² of each month. The periods of works are in blue. The paler bars are months with readings for only part of their days: they are lower than what was really used.",
      );
      await applyLanguage("de");
      expect(both()).toBe(
        "Verbrauch pro m² jedes Monats. Die Zeiten der Arbeiten sind blau. Die helleren Balken sind Monate mit Zählerständen nur für einen Teil ihrer Tage: Sie sind niedriger als der tatsächliche Verbrauch.",
      );
      await applyLanguage("en");
      expect(monthlyChartLabel({ works: false, partial: false })).toBe("Use per m² of each month.");
    } finally {
      await applyLanguage("fr");
      vi.unstubAllGlobals();
    }
  });
});

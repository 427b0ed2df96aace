import { describe, expect, it } from "vitest";
import { type CostSplit, type Statement, splitHeatingCosts } from "../../../api/buildings/cost-split.ts";
import { statementLines } from "../../../api/buildings/cost-split-words.ts";
import { dwelling, lived, SEASON, split } from "./builders.ts";

function statement(split: CostSplit, i: number): Statement {
  const s = split.statements[i];
  if (!s) throw new Error(`no statement ${i}`);
  return s;
}

// Intl writes the French thousands separator and the space before € and % as narrow/no-break spaces.
const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u202f\u00a0]/g, " "));

describe("heating cost statement in words", () => {
  // The estimated example: A 100 units on 50 m², B 300 units on 70 m², C 80 m² without its end reading.
  // A's household leaves on 15 January (106 days of 212): half of 750 + 1,050 = 900 €.
  const a = dwelling("A", 50, 100, { occupancies: [lived("h-1", SEASON.from, "2026-01-15")] });
  const result = splitHeatingCosts(split([a, dwelling("B", 70, 300), dwelling("C", 80, null)]));
  const [leaving, vacant, estimated] = [statement(result, 0), statement(result, 1), statement(result, 3)];

  it("explains every line of a prorated statement in plain French", () => {
    expect(plain(statementLines(result, leaving))).toEqual([
      "Logement A : du 01/10/2025 au 14/01/2026.",
      "Vous avez habité ici 106 jours sur les 212 jours de la saison : vous payez ces 106 jours.",
      "Part fixe, partagée selon la surface : 30 % de la facture de 10 000,00 €, soit 3 000,00 €. Le logement fait 50 m² sur 200 m² (25 %), pour 106 jours sur 212 : 375,00 €.",
      "Part variable, partagée selon la chaleur utilisée : 70 % de la facture, soit 7 000,00 €. Le logement a utilisé 100 unités sur 666,7 unités pour tout l'immeuble (15 %), pour 106 jours sur 212 : 525,00 €.",
      "Les unités viennent des répartiteurs posés sur les radiateurs ; un grand radiateur compte plus qu'un petit (son coefficient).",
      "Total à payer : 900,00 €.",
    ]);
  });

  it("says when the housing company pays for empty days", () => {
    expect(plain(statementLines(result, vacant)).slice(0, 2)).toEqual([
      "Logement A : du 15/01/2026 au 30/04/2026.",
      "Le logement était vide 106 jours sur les 212 jours de la saison : ces jours sont payés par la société de logement.",
    ]);
    expect(plain(statementLines(result, vacant)).at(-1)).toBe(
      "Total pour la société de logement : 900,00 €.",
    );
    expect(statementLines(result, vacant, "de")[0]).toBe("Wohnung A: vom 15.01.2026 bis 30.04.2026.");
  });

  it("says how an estimate was made", () => {
    // 400 units / 120 m² = 3.33 units per m²; C: 1,200 + 2,800 = 4,000 €.
    expect(plain(statementLines(result, estimated))).toContain(
      "Il manque un relevé pour ce logement : sa consommation est estimée selon sa surface, 80 m² × 3,33 unités par m² (la moyenne des logements relevés).",
    );
    expect(plain(statementLines(result, estimated, "en"))).toContain(
      "A reading is missing for this home: its use is estimated from its floor area, 80 m² × 3.33 units per m² (the mean of the homes that were read).",
    );
  });

  it("says kWh for heat meters and leaves no placeholder in any language", () => {
    const meters = splitHeatingCosts(
      split([
        dwelling("1", 60, null, { measurement: { kind: "heat_meter", startKwh: 0, endKwh: 4000 } }),
        dwelling("2", 40, null, { measurement: { kind: "heat_meter", startKwh: 0, endKwh: null } }),
      ]),
    );
    expect(plain(statementLines(meters, statement(meters, 0), "nl"))).toContain(
      "Variabel deel, verdeeld volgens de gebruikte warmte: 70% van de factuur, dus € 7.000,00. De woning gebruikte 4.000 kWh van 6.667 kWh voor het hele gebouw (60%): € 4.200,00.",
    );
    const all = [result, meters].flatMap((split) => split.statements.map((s) => ({ split, s })));
    for (const lang of ["fr", "nl", "en", "de"] as const)
      for (const { split, s } of all)
        for (const line of statementLines(split, s, lang)) expect(line).not.toMatch(/[{}]/);
  });
});

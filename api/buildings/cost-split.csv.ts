import type { z } from "@hono/zod-openapi";
import { excelCsv } from "../exports/excel-csv.ts";
import type { Language } from "../http/i18n.ts";
import type { CostSplitSchema } from "./cost-split.schemas.ts";
import { coverageNote } from "./cost-split-words.ts";

const HEADER: Record<Language, string[]> = {
  fr: [
    "logement",
    "occupant",
    "périodes",
    "jours",
    "part fixe €",
    "part variable €",
    "total €",
    "estimé",
    "explication",
    "couverture du bâtiment",
  ],
  nl: [
    "woning",
    "bewoner",
    "periodes",
    "dagen",
    "vast deel €",
    "variabel deel €",
    "totaal €",
    "geschat",
    "uitleg",
    "dekking van het gebouw",
  ],
  en: [
    "home",
    "occupant",
    "periods",
    "days",
    "fixed part €",
    "variable part €",
    "total €",
    "estimated",
    "explanation",
    "building coverage",
  ],
  de: [
    "Wohnung",
    "Bewohner",
    "Zeiträume",
    "Tage",
    "fester Anteil €",
    "Verbrauchsanteil €",
    "gesamt €",
    "geschätzt",
    "Erklärung",
    "Abdeckung des Gebäudes",
  ],
};
const COMPANY: Record<Language, string> = {
  fr: "société de logement",
  nl: "huisvestingsmaatschappij",
  en: "housing company",
  de: "Wohnungsgesellschaft",
};
const YES_NO: Record<Language, [string, string]> = {
  fr: ["oui", "non"],
  nl: ["ja", "nee"],
  en: ["yes", "no"],
  de: ["ja", "nein"],
};

type Split = Pick<
  z.infer<typeof CostSplitSchema>,
  "seasonFrom" | "seasonTo" | "totalEur" | "coverage" | "statements"
>;

/**
 * The statements as a CSV for Belgian Excel: one line per statement, its plain lines, then what the
 * split's coverage of the building means for it, as its tenant reads it on the statement. The same
 * sentence on every line, so that a line kept for one tenant keeps it; empty when the split covers
 * the whole building.
 */
export function statementsCsv(split: Split, lang: Language): { csv: string; filename: string } {
  const coverage = coverageNote(split, lang);
  const rows = split.statements.map((s) => [
    s.dwellingLabel,
    s.householdId ?? COMPANY[lang],
    s.periods.map((p) => `${p.from} → ${p.to}`).join(", "),
    s.days,
    s.fixedEur,
    s.variableEur,
    s.totalEur,
    YES_NO[lang][s.estimated ? 0 : 1],
    s.lines.join(" "),
    coverage,
  ]);
  const filename = `repartition-chauffage-${split.seasonFrom}-${split.seasonTo}.csv`;
  return { csv: excelCsv({ header: HEADER[lang], rows }), filename };
}

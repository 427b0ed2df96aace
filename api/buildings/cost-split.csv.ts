import type { z } from "@hono/zod-openapi";
import { addDays } from "../consumption/brussels-days.ts";
import { excelCsv } from "../exports/excel-csv.ts";
import type { Language } from "../http/i18n.ts";
import type { CostSplitSchema } from "./cost-split.schemas.ts";
import { coverageNote } from "./cost-split-words.ts";

type Words = Record<Language, string>;
const w = (fr: string, nl: string, en: string, de: string): Words => ({ fr, nl, en, de });

// The words of the split's screen and of the household exports ("Part fixe (€)"), capitalised as there.
const HEADER = [
  w("Logement", "Woning", "Home", "Wohnung"),
  w("Occupant", "Bewoner", "Occupant", "Bewohner"),
  w("Périodes", "Periodes", "Periods", "Zeiträume"),
  w("Jours", "Dagen", "Days", "Tage"),
  w("Part fixe (€)", "Vast deel (€)", "Fixed part (€)", "Fester Anteil (€)"),
  w("Part variable (€)", "Variabel deel (€)", "Variable part (€)", "Verbrauchsanteil (€)"),
  w("Total (€)", "Totaal (€)", "Total (€)", "Gesamt (€)"),
  w("Estimé", "Geschat", "Estimated", "Geschätzt"),
  w("Explication", "Uitleg", "Explanation", "Erklärung"),
  w("Couverture du bâtiment", "Dekking van het gebouw", "Building coverage", "Abdeckung des Gebäudes"),
];
const COMPANY = w(
  "Société de logement (logement vide)",
  "Huisvestingsmaatschappij (lege woning)",
  "Housing company (empty home)",
  "Wohnungsgesellschaft (leere Wohnung)",
);
const ERASED = w("Ménage effacé", "Gewist gezin", "Erased household", "Gelöschter Haushalt");
// Both days counted, as the statement's explanation says them ("du 01/10/2025 au 14/01/2026").
const PERIOD = w("du {from} au {to}", "van {from} tot en met {to}", "{from} to {to}", "{from} bis {to}");
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
/** A statement's household as staff know it; `erased` when only its anonymous figures are left. */
export type HouseholdName = { code: string; pseudonym: string; erased: boolean };

/** A season's or occupancy's end is stored as the first day not counted: a reader wants the last one. */
export const lastDayOf = (end: string) => addDays(end, -1);

/** Euros to the cent, "1093,00": the amounts are exact cents, and a column of them lines up. */
const cents = (eur: number) => eur.toFixed(2).replace(".", ",");

/** "Locataire A1 (LOGIS-A1)": the name the dwellings list shows, and the code the household signs in with. */
export function occupantLabel(
  householdId: string | null,
  names: ReadonlyMap<string, HouseholdName>,
  lang: Language,
): string {
  if (householdId === null) return COMPANY[lang];
  const name = names.get(householdId);
  if (!name || name.erased) return ERASED[lang];
  return name.pseudonym && name.pseudonym !== name.code ? `${name.pseudonym} (${name.code})` : name.code;
}

/**
 * The statements as a CSV for Belgian Excel: one line per statement, its plain lines, then what the
 * split's coverage of the building means for it, as its tenant reads it on the statement. The same
 * sentence on every line, so that a line kept for one tenant keeps it; empty when the split covers
 * the whole building. Periods and the file name give last days counted, as the printed statement does.
 */
export function statementsCsv(
  split: Split,
  lang: Language,
  names: ReadonlyMap<string, HouseholdName>,
): { csv: string; filename: string } {
  const coverage = coverageNote(split, lang);
  const rows = split.statements.map((s) => [
    s.dwellingLabel,
    occupantLabel(s.householdId, names, lang),
    s.periods.map((p) => PERIOD[lang].replace("{from}", p.from).replace("{to}", lastDayOf(p.to))).join(", "),
    s.days,
    cents(s.fixedEur),
    cents(s.variableEur),
    cents(s.totalEur),
    YES_NO[lang][s.estimated ? 0 : 1],
    s.lines.join(" "),
    coverage,
  ]);
  const filename = `repartition-chauffage-${split.seasonFrom}-${lastDayOf(split.seasonTo)}.csv`;
  return { csv: excelCsv({ header: HEADER.map((h) => h[lang]), rows }), filename };
}

import { type Cell, excelCsv, roundTo } from "../exports/index.ts";
import type { Language } from "../http/i18n.ts";
import type { ProgrammeReport } from "./programme-report.schemas.ts";

type Words = Record<Language, string>;
const w = (fr: string, nl: string, en: string, de: string): Words => ({ fr, nl, en, de });

const HEADER = w(
  "Indicateur;Valeur;Incertitude (90 %);Unité;Remarque",
  "Indicator;Waarde;Onzekerheid (90 %);Eenheid;Opmerking",
  "Indicator;Value;Uncertainty (90 %);Unit;Note",
  "Kennzahl;Wert;Unsicherheit (90 %);Einheit;Anmerkung",
);

const L = {
  period: w("Période", "Periode", "Period", "Zeitraum"),
  followed: w("Ménages suivis", "Gevolgde gezinnen", "Households followed", "Begleitete Haushalte"),
  inGroups: w(
    "Ménages en groupe",
    "Gezinnen in een groep",
    "Households in a group",
    "Haushalte in einer Gruppe",
  ),
  groups: w("Groupes", "Groepen", "Groups", "Gruppen"),
  sessions: w("Séances tenues", "Gehouden sessies", "Sessions held", "Abgehaltene Treffen"),
  attendance: w("Taux de présence", "Aanwezigheid", "Attendance rate", "Anwesenheitsquote"),
  visits: w("Visites à domicile", "Huisbezoeken", "Home visits", "Hausbesuche"),
  referral: w("Orientations", "Doorverwijzingen", "Referrals", "Weitervermittlungen"),
  commitments: w("Gestes réalisés", "Uitgevoerde acties", "Commitments done", "Umgesetzte Vorsätze"),
  kitEur: w("Petit matériel remis", "Uitgedeeld materiaal", "Kit handed out", "Ausgegebenes Material"),
  kitHouseholds: w(
    "Ménages équipés",
    "Uitgeruste gezinnen",
    "Households equipped",
    "Ausgestattete Haushalte",
  ),
  overCap: w(
    "Remises au-delà du plafond",
    "Uitgiften boven het plafond",
    "Hand-outs over the cap",
    "Ausgaben über der Obergrenze",
  ),
  saved: w(
    "Économisé à météo égale",
    "Bespaard bij gelijk weer",
    "Saved at equal weather",
    "Eingespart bei gleichem Wetter",
  ),
  restriction: w(
    "Ménages en restriction possible",
    "Gezinnen met mogelijke beperking",
    "Households possibly restricting",
    "Haushalte mit möglicher Einschränkung",
  ),
  comfort: w(
    "Ménages au logement froid ou humide",
    "Gezinnen met een koude of vochtige woning",
    "Households with a cold or damp home",
    "Haushalte mit kalter oder feuchter Wohnung",
  ),
  objective: w("Objectif", "Doelstelling", "Objective", "Ziel"),
  households: w("ménages", "gezinnen", "households", "Haushalte"),
  countedOne: w("ménage compté", "gezin meegeteld", "household counted", "Haushalt gezählt"),
  counted: w("ménages comptés", "gezinnen meegeteld", "households counted", "Haushalte gezählt"),
  notCountedOne: w("non compté", "niet meegeteld", "not counted", "nicht gezählt"),
  notCounted: w("non comptés", "niet meegeteld", "not counted", "nicht gezählt"),
  householdOne: w("ménage", "gezin", "household", "Haushalt"),
  withinMargin: w(
    "pas de différence mesurable",
    "geen meetbaar verschil",
    "no measurable difference",
    "kein messbarer Unterschied",
  ),
  takenAsZero: w("0 % retenu", "0% aangehouden", "taken as 0%", "mit 0 % gezählt"),
  sinceJoining: w(
    "depuis l'entrée de chaque ménage dans son groupe",
    "sinds elk gezin bij zijn groep kwam",
    "since each household joined its group",
    "seit dem Eintritt jedes Haushalts in seine Gruppe",
  ),
  assessedOne: w("évalué", "beoordeeld", "assessed", "bewertet"),
  assessed: w("évalués", "beoordeeld", "assessed", "bewertet"),
  target: w("Cible", "Doel", "Target", "Ziel"),
  met: w("atteint", "bereikt", "met", "erreicht"),
  notMet: w("non atteint", "niet bereikt", "not met", "nicht erreicht"),
  assessment: w("Appréciation", "Beoordeling", "Assessment", "Einschätzung"),
};

export const PARTNERS: Record<keyof ProgrammeReport["referrals"], Words> = {
  cpas_social_service: w(
    "service social du CPAS",
    "sociale dienst van het OCMW",
    "CPAS social service",
    "Sozialdienst des ÖSHZ",
  ),
  debt_mediation: w("médiation de dettes", "schuldbemiddeling", "debt mediation", "Schuldnerberatung"),
  supplier_social_service: w(
    "service social du fournisseur",
    "sociale dienst van de leverancier",
    "supplier's social service",
    "Sozialdienst des Versorgers",
  ),
  housing_company: w(
    "société de logement",
    "huisvestingsmaatschappij",
    "housing company",
    "Wohnungsgesellschaft",
  ),
  renovation_premium_desk: w(
    "guichet des primes",
    "premieloket",
    "renovation premium desk",
    "Prämienschalter",
  ),
  other: w("autre", "andere", "other", "andere"),
};

const ENERGIES: Record<ProgrammeReport["savings"][number]["energy"], Words> = {
  gas: w("gaz", "gas", "gas", "Gas"),
  electricity: w("électricité", "elektriciteit", "electricity", "Strom"),
  heat: w("chaleur", "warmte", "heat", "Wärme"),
  heating_oil: w("mazout", "stookolie", "heating oil", "Heizöl"),
};

const UNIT_OBJECTIVE: Record<ProgrammeReport["objectives"][number]["kind"], Words | null> = {
  attendance_pct: w("%", "%", "%", "%"),
  savings_pct: w("%", "%", "%", "%"),
  commitments_done_per_household: w(
    "gestes par ménage",
    "acties per gezin",
    "commitments per household",
    "Vorsätze pro Haushalt",
  ),
  manual: null,
};

const LOCALES: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" };

/** A change as a reduction target writes it: "-4,5 %" for 4.5 % less, "+2 %" for more. */
function signedPct(share: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(share);
}

const PLURAL: Record<Language, Intl.PluralRules> = {
  fr: new Intl.PluralRules("fr"),
  nl: new Intl.PluralRules("nl"),
  en: new Intl.PluralRules("en"),
  de: new Intl.PluralRules("de"),
};

/**
 * "1 ménage compté", "2 ménages comptés": the language's plural rule (French counts 0 as one, the
 * others as many), the count before the words.
 */
function counting(lang: Language, count: number, words: { one: Words; other: Words }): string {
  return `${count} ${(PLURAL[lang].select(count) === "one" ? words.one : words.other)[lang]}`;
}

/** The programme report as CSV for Belgian Excel: one line per indicator. */
export function programmeReportCsv(report: ProgrammeReport, lang: Language): string {
  const t = (words: Words) => words[lang];
  // French sets a space before the colon and uses « »; the others do not.
  const colon = lang === "fr" ? " : " : ": ";
  const quoted = (text: string) => (lang === "fr" ? `« ${text} »` : `"${text}"`);
  const n = (v: number | null, digits = 0) => (v === null ? null : roundTo(v, digits));
  const unitOf = (kind: keyof typeof UNIT_OBJECTIVE) => {
    const unit = UNIT_OBJECTIVE[kind];
    return unit ? t(unit) : null;
  };
  const assessed = counting(lang, report.flags.assessed, { one: L.assessedOne, other: L.assessed });
  const rows: Cell[][] = [
    [t(L.period), `${report.from} – ${report.to}`, null, null, null],
    [t(L.followed), report.householdsFollowed, null, t(L.households), null],
    [t(L.inGroups), report.householdsInGroups, null, t(L.households), null],
    [t(L.groups), report.groups, null, null, null],
    [t(L.sessions), report.sessionsHeld, null, null, null],
    [
      t(L.attendance),
      n(report.attendanceRate === null ? null : report.attendanceRate * 100, 1),
      null,
      "%",
      null,
    ],
    [t(L.visits), report.visits, null, null, null],
    ...Object.entries(report.referrals).map(([partner, count]): Cell[] => [
      `${t(L.referral)}${colon}${t(PARTNERS[partner as keyof typeof PARTNERS])}`,
      count,
      null,
      null,
      null,
    ]),
    [t(L.commitments), report.commitmentsDone, null, null, null],
    [t(L.kitEur), n(report.kit.totalEur, 2), null, "€", null],
    [t(L.kitHouseholds), report.kit.households, null, t(L.households), null],
    [t(L.overCap), report.kit.overCap, null, null, null],
    ...report.savings.flatMap((s): Cell[][] => {
      const note = [
        ...(s.withinMargin ? [t(L.withinMargin)] : []),
        counting(lang, s.counted, { one: L.countedOne, other: L.counted }),
        counting(lang, s.notCounted, { one: L.notCountedOne, other: L.notCounted }),
        t(L.sinceJoining),
      ].join(", ");
      const label = `${t(L.saved)} (${t(ENERGIES[s.energy])})`;
      return [
        [label, n(s.savingsKwh), n(s.uncertaintyKwh90), "kWh", note],
        [label, n(s.savingsEur, 2), n(s.uncertaintyEur90, 2), "€", note],
      ];
    }),
    [t(L.restriction), report.flags.possibleRestriction, null, t(L.households), assessed],
    [t(L.comfort), report.flags.comfort, null, t(L.households), assessed],
    ...report.objectives.map((o): Cell[] => [
      `${t(L.objective)} ${quoted(o.label)} (${o.groupName})`,
      n(o.measured, 1),
      null,
      unitOf(o.kind),
      [
        `${t(L.target)}${colon}${o.targetText}`,
        o.met === null ? null : t(o.met ? L.met : L.notMet),
        (o.heating ?? [])
          .map((h) => {
            const who = counting(lang, h.counted, { one: L.householdOne, other: L.households });
            return h.withinMargin
              ? `${t(ENERGIES[h.energy])} (${who})${colon}${t(L.withinMargin)}, ${t(L.takenAsZero)}`
              : `${t(ENERGIES[h.energy])} (${who})${colon}${signedPct(-h.savingsKwh / h.expectedKwh, lang)}`;
          })
          .join(" — ") || null,
        o.assessment ? `${t(L.assessment)}${colon}${o.assessment}` : null,
      ]
        .filter(Boolean)
        .join(" — "),
    ]),
  ];
  return excelCsv({ header: t(HEADER).split(";"), rows });
}

import { type Cell, excelCsv, roundTo } from "../exports/index.ts";
import type { Language } from "../http/i18n.ts";
import type { BuildingReport } from "./building-report.schemas.ts";

type Words = Record<Language, string>;
const w = (fr: string, nl: string, en: string, de: string): Words => ({ fr, nl, en, de });

const HEADER = w(
  "Indicateur;Valeur;Incertitude (90 %);Unité;Remarque",
  "Indicator;Waarde;Onzekerheid (90 %);Eenheid;Opmerking",
  "Indicator;Value;Uncertainty (90 %);Unit;Note",
  "Kennzahl;Wert;Unsicherheit (90 %);Einheit;Anmerkung",
);

const L = {
  building: w("Bâtiment", "Gebouw", "Building", "Gebäude"),
  period: w("Période", "Periode", "Period", "Zeitraum"),
  heating: w("Chauffage", "Verwarming", "Heating", "Heizung"),
  perM2: w("Chauffage par m²", "Verwarming per m²", "Heating per m²", "Heizung pro m²"),
  perDegreeDay: w(
    "Chauffage par m² et degré-jour",
    "Verwarming per m² en graaddag",
    "Heating per m² and degree-day",
    "Heizung pro m² und Gradtag",
  ),
  degreeDays: w("Degrés-jours", "Graaddagen", "Degree-days", "Gradtage"),
  months: w("mois", "maanden", "months", "Monate"),
  missing: w("mois sans relevé", "maanden zonder meting", "months without readings", "Monate ohne Ablesung"),
  openEnd: w(
    "fin de période sans relevé complet",
    "einde van de periode zonder volledige metingen",
    "end of the period without complete readings",
    "Ende des Zeitraums ohne vollständige Ablesungen",
  ),
  incomplete: w(
    "incomplet : pas de valeur par degré-jour",
    "onvolledig: geen waarde per graaddag",
    "incomplete: no value per degree-day",
    "unvollständig: kein Wert pro Gradtag",
  ),
  works: w("Travaux", "Werken", "Works", "Arbeiten"),
  done: w("terminés le", "voltooid op", "completed on", "abgeschlossen am"),
  underWay: w("en cours depuis le", "bezig sinds", "under way since", "laufend seit"),
  alertsAbout: w(
    "Alertes portant sur la période",
    "Meldingen over de periode",
    "Alerts about the period",
    "Warnungen zum Zeitraum",
  ),
  alertsOpened: w("Alertes ouvertes", "Geopende meldingen", "Alerts opened", "Geöffnete Warnungen"),
  alertsClosed: w("Alertes clôturées", "Afgesloten meldingen", "Alerts closed", "Geschlossene Warnungen"),
  alertsOpen: w(
    "Alertes encore ouvertes à la fin",
    "Meldingen nog open op het einde",
    "Alerts still open at the end",
    "Am Ende noch offene Warnungen",
  ),
  answers: w(
    "Réponses à l'enquête de confort",
    "Antwoorden op de comfortbevraging",
    "Comfort survey answers",
    "Antworten zur Komfortumfrage",
  ),
  comfortable: w(
    "Bien chauffé (juste bien ou un peu chaud)",
    "Goed verwarmd (net goed of wat warm)",
    "Comfortable (just right or a bit warm)",
    "Gut geheizt (genau richtig oder etwas warm)",
  ),
  cold: w(
    "Trop froid ou un peu froid",
    "Te koud of wat koud",
    "Too cold or a bit cold",
    "Zu kalt oder etwas kalt",
  ),
  problem: w("Problème signalé", "Gemeld probleem", "Problem reported", "Gemeldetes Problem"),
  consultation: w("Consultation", "Bevraging", "Consultation", "Befragung"),
  turnout: w("participation", "deelname", "turnout", "Beteiligung"),
  dwellings: w("logements", "woningen", "dwellings", "Wohnungen"),
  answered: w("ont répondu", "antwoordden", "answered", "haben geantwortet"),
  open: w("ouverte", "open", "open", "offen"),
  closed: w("clôturée", "afgesloten", "closed", "abgeschlossen"),
  result: w("résultat", "resultaat", "result", "Ergebnis"),
  tie: w(
    "égalité ou aucune réponse",
    "gelijkspel of geen antwoord",
    "tie or no answer",
    "Gleichstand oder keine Antwort",
  ),
  project: w("Projet", "Project", "Project", "Projekt"),
  saved: w(
    "Économisé à météo égale",
    "Bespaard bij gelijk weer",
    "Saved at equal weather",
    "Eingespart bei gleichem Wetter",
  ),
  measuredFrom: w("mesuré du", "gemeten van", "measured from", "gemessen vom"),
  to: w("au", "tot", "to", "bis"),
  provisional: w(
    "provisoire : moins d'un an après les travaux",
    "voorlopig: minder dan een jaar na de werken",
    "provisional: less than a year after the works",
    "vorläufig: weniger als ein Jahr nach den Arbeiten",
  ),
  objective: w("Objectif", "Doelstelling", "Objective", "Ziel"),
  target: w("Cible", "Doel", "Target", "Ziel"),
  assessment: w("Appréciation", "Beoordeling", "Assessment", "Einschätzung"),
  interval: w("intervalle à 90 %", "interval 90 %", "90 % interval", "90-%-Intervall"),
};

const STATUS: Record<BuildingReport["projects"][number]["objectives"][number]["status"], Words> = {
  met: w("atteint", "bereikt", "met", "erreicht"),
  not_met: w("non atteint", "niet bereikt", "not met", "nicht erreicht"),
  not_measurable: w("pas encore mesurable", "nog niet meetbaar", "not measurable yet", "noch nicht messbar"),
  manual: w(
    "apprécié par le gestionnaire",
    "beoordeeld door de beheerder",
    "judged by the manager",
    "vom Verwalter beurteilt",
  ),
};

type Reason = NonNullable<BuildingReport["projects"][number]["objectives"][number]["reason"]>;
const REASON: Record<Reason, Words> = {
  no_target: w("pas de valeur cible", "geen doelwaarde", "no target value", "kein Zielwert"),
  no_works_linked: w(
    "aucuns travaux liés au projet",
    "geen werken aan het project gekoppeld",
    "no works linked to the project",
    "keine Arbeiten mit dem Projekt verknüpft",
  ),
  no_heating_meter: w(
    "pas de compteur de chauffage",
    "geen verwarmingsmeter",
    "no heating meter",
    "kein Heizungszähler",
  ),
  works_under_way: w("travaux en cours", "werken bezig", "works under way", "Arbeiten laufen"),
  not_enough_data: w(
    "pas encore assez de relevés",
    "nog niet genoeg metingen",
    "not enough readings yet",
    "noch nicht genug Ablesungen",
  ),
  savings_not_computable: w(
    "économies non calculables (météo ou modèle)",
    "besparing niet berekenbaar (weer of model)",
    "savings cannot be computed (weather or model)",
    "Einsparung nicht berechenbar (Wetter oder Modell)",
  ),
  no_survey_answers: w(
    "aucune réponse à l'enquête sur la période",
    "geen antwoorden op de bevraging in de periode",
    "no survey answers in the period",
    "keine Umfrageantworten im Zeitraum",
  ),
  no_consultation: w(
    "aucune consultation du projet sur la période",
    "geen bevraging van het project in de periode",
    "no consultation of the project in the period",
    "keine Befragung des Projekts im Zeitraum",
  ),
  consultation_open: w(
    "la consultation est encore ouverte",
    "de bevraging loopt nog",
    "the consultation is still open",
    "die Befragung läuft noch",
  ),
  no_occupied_dwellings: w(
    "aucun logement occupé",
    "geen bewoonde woning",
    "no occupied dwelling",
    "keine bewohnte Wohnung",
  ),
};

export const PROBLEMS: Record<BuildingReport["survey"]["problems"][number]["problem"], Words> = {
  cold_radiator: w("radiateur froid", "koude radiator", "cold radiator", "kalter Heizkörper"),
  too_hot: w("trop chaud", "te warm", "too hot", "zu heiß"),
  noisy_heating: w("chauffage bruyant", "lawaaierige verwarming", "noisy heating", "laute Heizung"),
  no_hot_water: w("pas d'eau chaude", "geen warm water", "no hot water", "kein Warmwasser"),
  damp_or_mould: w(
    "humidité ou moisissure",
    "vocht of schimmel",
    "damp or mould",
    "Feuchtigkeit oder Schimmel",
  ),
  draughts: w("courants d'air", "tocht", "draughts", "Zugluft"),
  other: w("autre", "andere", "other", "anderes"),
};

const ALERTS: Record<BuildingReport["alerts"]["byKind"][number]["kind"], Words> = {
  summer_heating: w("chauffage en été", "verwarming in de zomer", "heating in summer", "Heizen im Sommer"),
  above_model: w(
    "mois bien au-dessus du modèle",
    "maand ver boven het model",
    "month well above the model",
    "Monat weit über dem Modell",
  ),
  readings_missing: w("relevés manquants", "ontbrekende metingen", "readings missing", "fehlende Ablesungen"),
  meter_backwards: w(
    "compteur qui recule",
    "meter die terugloopt",
    "meter going backwards",
    "Zähler läuft rückwärts",
  ),
};

/** The building report as CSV for Belgian Excel: one line per indicator. */
export function buildingReportCsv(report: BuildingReport, lang: Language): string {
  const t = (words: Words) => words[lang];
  const colon = lang === "fr" ? " : " : ": ";
  const quoted = (text: string) => (lang === "fr" ? `« ${text} »` : `"${text}"`);
  const n = (v: number | null, digits = 0) => (v === null ? null : roundTo(v, digits));
  const pct = (v: number | null, digits = 1) => (v === null ? null : roundTo(v * 100, digits));
  const h = report.heating;
  // The months at the open end are named once, as such.
  const missing = h.missingMonths.filter((m) => !h.openEndMonths.includes(m));
  const heatingNote = [
    `${h.fromMonth} – ${h.toMonth}`,
    missing.length ? `${t(L.missing)}${colon}${missing.join(", ")}` : null,
    h.openEndMonths.length ? `${t(L.openEnd)}${colon}${h.openEndMonths.join(", ")}` : null,
    h.complete ? null : t(L.incomplete),
  ]
    .filter(Boolean)
    .join(" — ");
  const b = report.building;
  const rows: Cell[][] = [
    [t(L.building), `${b.code} ${b.name}`, null, null, `${b.address}, ${b.postcode} ${b.commune}`],
    [t(L.period), `${report.from} – ${report.to}`, null, null, null],
    [t(L.heating), n(h.kwh), null, "kWh", heatingNote],
    [t(L.perM2), n(h.kwhPerM2, 1), null, "kWh/m²", `${b.heatedAreaM2} m²`],
    [t(L.degreeDays), n(h.degreeDays), null, "DJ", null],
    [t(L.perDegreeDay), n(h.kwhPerM2PerDegreeDay, 4), null, "kWh/m²/DJ", h.complete ? null : t(L.incomplete)],
    ...report.works.map((e): Cell[] => [
      `${t(L.works)}${colon}${e.label}`,
      null,
      null,
      null,
      e.status === "done" ? `${t(L.done)} ${e.completedOn}` : `${t(L.underWay)} ${e.startedOn}`,
    ]),
    [
      t(L.alertsAbout),
      report.alerts.about,
      null,
      null,
      report.alerts.byKind
        .filter((k) => k.about)
        .map((k) => `${t(ALERTS[k.kind])} (${k.about})`)
        .join(", ") || null,
    ],
    [t(L.alertsOpened), report.alerts.opened, null, null, null],
    [t(L.alertsClosed), report.alerts.closed, null, null, null],
    [t(L.alertsOpen), report.alerts.openAtEnd, null, null, null],
    [t(L.answers), report.survey.answers, null, null, null],
    [t(L.comfortable), pct(report.survey.comfortableShare), null, "%", null],
    [t(L.cold), pct(report.survey.coldShare), null, "%", null],
    ...report.survey.problems.map((p): Cell[] => [
      `${t(L.problem)}${colon}${t(PROBLEMS[p.problem])}`,
      p.count,
      null,
      null,
      null,
    ]),
    ...report.consultations.map((c): Cell[] => {
      const leader = c.options.find((o) => o.id === c.leadingOptionId);
      return [
        `${t(L.consultation)} ${quoted(c.title)} (${t(c.status === "closed" ? L.closed : L.open)})`,
        pct(c.turnout),
        null,
        "%",
        [
          `${t(L.turnout)}${colon}${c.answered}/${c.occupiedDwellings} ${t(L.dwellings)} ${t(L.answered)}`,
          c.options.map((o) => `${o.label}${colon}${o.answers}`).join(", "),
          `${t(L.result)}${colon}${leader ? leader.label : t(L.tie)}`,
        ].join(" — "),
      ];
    }),
    ...report.projects.flatMap((p): Cell[][] => {
      const s = p.savings;
      const savingsRows: Cell[][] =
        s.savingsKwh === null
          ? []
          : [
              [
                `${t(L.project)} ${quoted(p.name)}${colon}${t(L.saved)}`,
                n(s.savingsKwh),
                n(s.uncertaintyKwh90),
                "kWh",
                [
                  `${t(L.measuredFrom)} ${s.from} ${t(L.to)} ${s.to}`,
                  s.savingsFraction === null ? null : `${pct(s.savingsFraction)} %`,
                  s.savingsFractionLow === null || s.savingsFractionHigh === null
                    ? null
                    : `${t(L.interval)}${colon}${pct(s.savingsFractionLow)} – ${pct(s.savingsFractionHigh)} %`,
                  s.monthsToFullYear ? t(L.provisional) : null,
                ]
                  .filter(Boolean)
                  .join(" — "),
              ],
            ];
      return [
        ...savingsRows,
        ...p.objectives.map((o): Cell[] => [
          `${t(L.objective)} ${quoted(o.label)} (${p.name})`,
          n(o.measured, 1),
          null,
          o.kind === "manual" ? null : "%",
          [
            `${t(L.target)}${colon}${o.targetText}`,
            t(STATUS[o.status]),
            o.reason ? t(REASON[o.reason]) : null,
            o.measuredLow !== null && o.measuredHigh !== null
              ? `${t(L.interval)}${colon}${n(o.measuredLow, 1)} – ${n(o.measuredHigh, 1)} %`
              : null,
            o.assessment ? `${t(L.assessment)}${colon}${o.assessment}` : null,
          ]
            .filter(Boolean)
            .join(" — "),
        ]),
      ];
    }),
  ];
  return excelCsv({ header: t(HEADER).split(";"), rows });
}

import type { Language } from "../http/i18n.ts";

/** File names and column headers of the data export's CSV files, in the caller's language. */
export type FileKey =
  | "household"
  | "sessions"
  | "consents"
  | "meters"
  | "readings"
  | "deliveries"
  | "topUps"
  | "contracts"
  | "imports"
  | "intervalDays"
  | "auditLog"
  | "comfortCheckIns"
  | "groupMemberships"
  | "attendance"
  | "commitments"
  | "kitItems"
  | "homeVisits"
  | "referrals"
  | "sharedTips"
  | "comfortSurveyAnswers"
  | "consultationAnswers"
  | "occupancies"
  | "heatingCostStatements";

type Words = Record<Language, string>;
const w = (fr: string, nl: string, en: string, de: string): Words => ({ fr, nl, en, de });

export const FILES: Record<FileKey, Words> = {
  household: w("01-menage", "01-gezin", "01-household", "01-haushalt"),
  sessions: w("02-connexions", "02-aanmeldingen", "02-sessions", "02-anmeldungen"),
  consents: w("03-accords", "03-toestemmingen", "03-consents", "03-einwilligungen"),
  meters: w("04-compteurs", "04-meters", "04-meters", "04-zaehler"),
  readings: w("05-releves", "05-meterstanden", "05-readings", "05-zaehlerstaende"),
  deliveries: w("06-livraisons", "06-leveringen", "06-deliveries", "06-lieferungen"),
  topUps: w("07-recharges", "07-opladingen", "07-top-ups", "07-aufladungen"),
  contracts: w("08-contrats", "08-contracten", "08-contracts", "08-vertraege"),
  imports: w("09-imports", "09-imports", "09-imports", "09-importe"),
  intervalDays: w(
    "10-donnees-compteur-intelligent",
    "10-gegevens-digitale-meter",
    "10-smart-meter-data",
    "10-smart-meter-daten",
  ),
  auditLog: w("11-journal", "11-logboek", "11-audit-log", "11-protokoll"),
  comfortCheckIns: w("12-confort", "12-comfort", "12-comfort", "12-komfort"),
  groupMemberships: w("13-groupes", "13-groepen", "13-groups", "13-gruppen"),
  attendance: w("14-presences", "14-aanwezigheden", "14-attendance", "14-anwesenheit"),
  commitments: w("15-engagements", "15-engagementen", "15-commitments", "15-vorhaben"),
  kitItems: w("16-kit", "16-kit", "16-kit-items", "16-kit"),
  homeVisits: w("17-visites", "17-huisbezoeken", "17-home-visits", "17-hausbesuche"),
  referrals: w("18-orientations", "18-doorverwijzingen", "18-referrals", "18-weitervermittlungen"),
  sharedTips: w("19-astuces-partagees", "19-gedeelde-tips", "19-shared-tips", "19-geteilte-tipps"),
  comfortSurveyAnswers: w(
    "20-enquete-confort",
    "20-comfortenquete",
    "20-comfort-survey",
    "20-komfortumfrage",
  ),
  consultationAnswers: w("21-consultations", "21-raadplegingen", "21-consultations", "21-befragungen"),
  occupancies: w("22-logements", "22-woningen", "22-dwellings", "22-wohnungen"),
  heatingCostStatements: w(
    "23-decomptes-chauffage",
    "23-afrekeningen-verwarming",
    "23-heating-cost-statements",
    "23-heizkostenabrechnungen",
  ),
};

/** Columns as [fr, nl, en, de]; the order is the row order of data-export-zip.ts. */
const columns = (...cols: [string, string, string, string][]): Record<Language, string[]> => ({
  fr: cols.map((c) => c[0]),
  nl: cols.map((c) => c[1]),
  en: cols.map((c) => c[2]),
  de: cols.map((c) => c[3]),
});

const METER: [string, string, string, string] = ["Compteur", "Meter", "Meter", "Zähler"];
const DAY: [string, string, string, string] = ["Date", "Datum", "Date", "Datum"];
const DWELLING: [string, string, string, string] = ["Logement", "Woning", "Dwelling", "Wohnung"];

export const HEADERS: Record<Exclude<FileKey, "readings">, Record<Language, string[]>> = {
  household: columns(
    ["Code", "Code", "Code", "Code"],
    ["Pseudonyme", "Pseudoniem", "Pseudonym", "Pseudonym"],
    ["Créé le", "Aangemaakt op", "Created on", "Angelegt am"],
    ["Adultes", "Volwassenen", "Adults", "Erwachsene"],
    ["Enfants", "Kinderen", "Children", "Kinder"],
    ["Chauffage", "Verwarming", "Heating", "Heizung"],
    ["Surface (m²)", "Oppervlakte (m²)", "Floor area (m²)", "Fläche (m²)"],
    ["Compteur à budget", "Budgetmeter", "Budget meter", "Budgetzähler"],
    ["Client protégé", "Beschermde afnemer", "Protected customer", "Geschützter Kunde"],
    [
      "Mois de la facture annuelle",
      "Maand van de jaarfactuur",
      "Month of the yearly bill",
      "Monat der Jahresabrechnung",
    ],
    ["Acompte mensuel (€)", "Maandelijks voorschot (€)", "Monthly advance (€)", "Monatlicher Abschlag (€)"],
    ["Langue", "Taal", "Language", "Sprache"],
  ),
  sessions: columns(
    ["Ouverte le", "Geopend op", "Opened on", "Geöffnet am"],
    ["Dernière activité", "Laatste activiteit", "Last activity", "Letzte Aktivität"],
    ["Expire le", "Verloopt op", "Expires on", "Läuft ab am"],
    ["Rester connecté", "Aangemeld blijven", "Stay signed in", "Angemeldet bleiben"],
  ),
  consents: columns(
    ["Partage avec", "Delen met", "Shared with", "Geteilt mit"],
    ["Accordé le", "Gegeven op", "Granted on", "Erteilt am"],
    ["Retiré le", "Ingetrokken op", "Withdrawn on", "Widerrufen am"],
  ),
  meters: columns(
    ["Nom", "Naam", "Name", "Name"],
    ["Énergie", "Energie", "Energy", "Energie"],
    ["Cadrans", "Telwerken", "Registers", "Zählwerke"],
    ["EAN", "EAN", "EAN", "EAN"],
    ["Numéro de série", "Serienummer", "Serial number", "Seriennummer"],
    ["Index maximal", "Maximale stand", "Maximum index", "Höchststand"],
    ["Type de gaz", "Gastype", "Gas type", "Gasart"],
    ["Début", "Begin", "Start", "Beginn"],
    ["Fin", "Einde", "End", "Ende"],
    ["Identifiant", "Identificatie", "Identifier", "Kennung"],
    ["Remplace", "Vervangt", "Replaces", "Ersetzt"],
  ),
  deliveries: columns(
    METER,
    DAY,
    ["Quantité", "Hoeveelheid", "Quantity", "Menge"],
    ["Coût (€)", "Kosten (€)", "Cost (€)", "Kosten (€)"],
  ),
  topUps: columns(DAY, ["Montant (€)", "Bedrag (€)", "Amount (€)", "Betrag (€)"]),
  contracts: columns(
    ["Énergie", "Energie", "Energy", "Energie"],
    ["Nom", "Naam", "Name", "Name"],
    ["Du", "Van", "From", "Von"],
    ["Au (exclu)", "Tot (niet inbegrepen)", "To (excluded)", "Bis (ausschließlich)"],
    ["Prix par", "Prijs per", "Price per", "Preis pro"],
    ["Prix unique (€)", "Enkelvoudige prijs (€)", "Single price (€)", "Einheitspreis (€)"],
    ["Prix jour (€)", "Dagprijs (€)", "Day price (€)", "Tagpreis (€)"],
    ["Prix nuit (€)", "Nachtprijs (€)", "Night price (€)", "Nachtpreis (€)"],
    ["Prix exclusif nuit (€)", "Prijs exclusief nacht (€)", "Night-only price (€)", "Preis nur Nacht (€)"],
    ["Prix injection (€)", "Injectieprijs (€)", "Injection price (€)", "Einspeisepreis (€)"],
    ["Redevance fixe (€/an)", "Vaste vergoeding (€/jaar)", "Fixed fee (€/year)", "Grundgebühr (€/Jahr)"],
    ["TVA", "btw", "VAT", "MwSt."],
    ["Tarif social", "Sociaal tarief", "Social tariff", "Sozialtarif"],
  ),
  imports: columns(
    METER,
    ["Importé le", "Geïmporteerd op", "Imported on", "Importiert am"],
    ["Format", "Formaat", "Format", "Format"],
    ["Lignes lues", "Gelezen regels", "Rows read", "Gelesene Zeilen"],
    ["Lignes importées", "Geïmporteerde regels", "Rows imported", "Importierte Zeilen"],
    ["Du", "Van", "From", "Von"],
    ["Au", "Tot", "To", "Bis"],
    ["Cadrans", "Telwerken", "Registers", "Zählwerke"],
    ["Marques", "Kenmerken", "Flags", "Markierungen"],
  ),
  intervalDays: columns(
    METER,
    ["Cadran", "Telwerk", "Register", "Zählwerk"],
    DAY,
    ["Minutes par valeur", "Minuten per waarde", "Minutes per value", "Minuten pro Wert"],
    ["Unité", "Eenheid", "Unit", "Einheit"],
    ["Total (kWh)", "Totaal (kWh)", "Total (kWh)", "Summe (kWh)"],
    [
      "Total (unité du compteur)",
      "Totaal (eenheid van de meter)",
      "Total (meter's unit)",
      "Summe (Zählereinheit)",
    ],
    [
      "Nombre de valeurs estimées",
      "Aantal geschatte waarden",
      "Number of estimated values",
      "Anzahl geschätzter Werte",
    ],
    ["Valeurs de la journée", "Waarden van de dag", "The day's values", "Werte des Tages"],
  ),
  auditLog: columns(
    ["Quand", "Wanneer", "When", "Wann"],
    ["Action", "Actie", "Action", "Aktion"],
    ["Par", "Door", "By", "Von"],
    ["Rôle", "Rol", "Role", "Rolle"],
    ["Détails", "Details", "Details", "Details"],
  ),
  comfortCheckIns: columns(
    DAY,
    [
      "Température intérieure (°C)",
      "Binnentemperatuur (°C)",
      "Indoor temperature (°C)",
      "Innentemperatur (°C)",
    ],
    ["Humidité (%)", "Vochtigheid (%)", "Humidity (%)", "Luftfeuchtigkeit (%)"],
    ["Eu froid", "Kou gehad", "Felt cold", "Gefroren"],
  ),
  groupMemberships: columns(
    ["Groupe", "Groep", "Group", "Gruppe"],
    ["Arrivé le", "Aangesloten op", "Joined on", "Beigetreten am"],
    ["Parti le", "Vertrokken op", "Left on", "Ausgetreten am"],
  ),
  attendance: columns(
    ["Séance", "Bijeenkomst", "Session", "Treffen"],
    ["Thème", "Thema", "Theme", "Thema"],
    ["Présence", "Aanwezigheid", "Attendance", "Anwesenheit"],
  ),
  commitments: columns(
    ["Astuce", "Tip", "Tip", "Tipp"],
    ["État", "Stand", "Status", "Stand"],
    ["Décidé le", "Beslist op", "Decided on", "Beschlossen am"],
    ["Fait le", "Gedaan op", "Done on", "Erledigt am"],
    ["Abandonné le", "Opgegeven op", "Dropped on", "Aufgegeben am"],
    ["Note", "Notitie", "Note", "Notiz"],
  ),
  kitItems: columns(
    DAY,
    ["Objet", "Voorwerp", "Item", "Gegenstand"],
    ["Quantité", "Hoeveelheid", "Quantity", "Menge"],
    ["Prix unitaire (€)", "Eenheidsprijs (€)", "Unit price (€)", "Stückpreis (€)"],
    ["Au-delà du plafond", "Boven het plafond", "Over the cap", "Über der Obergrenze"],
  ),
  homeVisits: columns(
    DAY,
    ["Points vus", "Bekeken punten", "Checked", "Geprüft"],
    ["Constats", "Vaststellingen", "Findings", "Feststellungen"],
    ["Suivi le", "Opvolging op", "Follow-up on", "Nachbereitung am"],
  ),
  referrals: columns(
    ["Service", "Dienst", "Service", "Dienst"],
    ["Nom", "Naam", "Name", "Name"],
    ["Raison", "Reden", "Reason", "Grund"],
    DAY,
    ["Suite", "Resultaat", "Outcome", "Ergebnis"],
    ["Suite le", "Resultaat op", "Outcome on", "Ergebnis am"],
  ),
  sharedTips: columns(
    ["Posté le", "Geplaatst op", "Posted on", "Gepostet am"],
    ["Texte", "Tekst", "Text", "Text"],
    ["Visibilité", "Zichtbaarheid", "Visibility", "Sichtbarkeit"],
  ),
  comfortSurveyAnswers: columns(
    ["Semaine du", "Week van", "Week of", "Woche vom"],
    [
      "Chaleur (1 trop froid … 5 trop chaud)",
      "Warmte (1 te koud … 5 te warm)",
      "Warmth (1 too cold … 5 too warm)",
      "Wärme (1 zu kalt … 5 zu warm)",
    ],
    ["Problèmes", "Problemen", "Problems", "Probleme"],
    ["Commentaire", "Opmerking", "Comment", "Kommentar"],
  ),
  consultationAnswers: columns(
    ["Consultation", "Raadpleging", "Consultation", "Befragung"],
    ["Choix", "Keuze", "Choice", "Wahl"],
    ["Répondu le", "Beantwoord op", "Answered on", "Beantwortet am"],
  ),
  occupancies: columns(
    ["Bâtiment", "Gebouw", "Building", "Gebäude"],
    DWELLING,
    ["Emménagement", "Begin bewoning", "Moved in", "Einzug"],
    ["Déménagement", "Einde bewoning", "Moved out", "Auszug"],
  ),
  heatingCostStatements: columns(
    ["Saison du", "Seizoen van", "Season from", "Saison vom"],
    ["Saison au", "Seizoen tot", "Season to", "Saison bis"],
    DWELLING,
    ["Jours", "Dagen", "Days", "Tage"],
    ["Part fixe (€)", "Vast deel (€)", "Fixed share (€)", "Fester Anteil (€)"],
    ["Part variable (€)", "Variabel deel (€)", "Variable share (€)", "Variabler Anteil (€)"],
    ["Total (€)", "Totaal (€)", "Total (€)", "Gesamt (€)"],
    ["Estimé", "Geschat", "Estimated", "Geschätzt"],
  ),
};

const YES_NO: Record<Language, [string, string]> = {
  fr: ["oui", "non"],
  nl: ["ja", "nee"],
  en: ["yes", "no"],
  de: ["ja", "nein"],
};

export function yesNo(value: boolean, lang: Language): string {
  return YES_NO[lang][value ? 0 : 1];
}

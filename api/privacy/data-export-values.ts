import type {
  attendanceStatus,
  commitmentStatus,
  consentScope,
  gasType,
  heatingType,
  importFormat,
  role,
  sessionTheme,
  sharedTipStatus,
} from "../../db/schema/index.ts";
import { KIND_LABELS, REGISTER_LABELS } from "../exports/index.ts";
import type { Language } from "../http/i18n.ts";
import type { ImportFlag } from "../imports/import-rows.ts";

/**
 * The values of the data export's CSV files in words, in the household's language: the same words as
 * the app's screens (web/lib/i18n), copied here because the API does not load the web's catalogues.
 * The JSON export keeps the codes. A code without words yet is written as itself, never left blank.
 */
type Words = Record<Language, string>;
const w = (fr: string, nl: string, en: string, de: string): Words => ({ fr, nl, en, de });
type Values<E extends { enumValues: readonly string[] }> = Record<E["enumValues"][number], Words>;

/** `labels[code]` in `lang`; the code itself when it has no words (a value added after this file). */
export function wordsOf(
  labels: Readonly<Record<string, Words>>,
  code: string | null | undefined,
  lang: Language,
): string | null {
  if (code === null || code === undefined) return null;
  return Object.hasOwn(labels, code) ? (labels[code] as Words)[lang] : code;
}

export const HEATING_TYPE_LABELS: Values<typeof heatingType> = {
  individual_gas: w("Chaudière gaz individuelle", "Eigen gasketel", "Own gas boiler", "Eigener Gaskessel"),
  electric: w("Électrique", "Elektrisch", "Electric", "Elektrisch"),
  heating_oil: KIND_LABELS.heating_oil,
  wood_pellets: w("Bois ou pellets", "Hout of pellets", "Wood or pellets", "Holz oder Pellets"),
  heat_pump: w("Pompe à chaleur", "Warmtepomp", "Heat pump", "Wärmepumpe"),
  collective: w(
    "Chauffage collectif",
    "Collectieve verwarming",
    "Collective heating",
    "Zentralheizung im Gebäude",
  ),
};

export const CONSENT_SCOPE_LABELS: Values<typeof consentScope> = {
  adviser: w("Conseil en énergie", "Energiebegeleiding", "Energy advice", "Energieberatung"),
  group: w("Groupe Eco-watchers", "Eco-watchers-groep", "Eco-watchers group", "Eco-watchers-Gruppe"),
};

export const GAS_TYPE_LABELS: Values<typeof gasType> = {
  H: w("Gaz H (riche)", "H-gas (rijk)", "H gas (rich)", "H-Gas (reich)"),
  L: w("Gaz L (pauvre)", "L-gas (arm)", "L gas (lean)", "L-Gas (arm)"),
};

export const IMPORT_FORMAT_LABELS: Values<typeof importFormat> = {
  dutch_v1: w(
    "Gestionnaire de réseau (néerlandais)",
    "Netbeheerder (Nederlands)",
    "Grid operator (Dutch)",
    "Netzbetreiber (Niederländisch)",
  ),
  dutch_v2: w(
    "Gestionnaire de réseau (néerlandais, 2e version)",
    "Netbeheerder (Nederlands, 2e versie)",
    "Grid operator (Dutch, 2nd version)",
    "Netzbetreiber (Niederländisch, 2. Version)",
  ),
  english: w(
    "Gestionnaire de réseau (anglais)",
    "Netbeheerder (Engels)",
    "Grid operator (English)",
    "Netzbetreiber (Englisch)",
  ),
  generic: w("Fichier générique", "Algemeen bestand", "Generic file", "Allgemeine Datei"),
};

export const IMPORT_FLAG_LABELS: Record<ImportFlag, Words> = {
  calorific_value_out_of_range: w(
    "Le gaz en kWh et en m³ ne concordent pas (pouvoir calorifique hors de 9 à 13 kWh/m³).",
    "Het gas in kWh en in m³ klopt niet met elkaar (calorische waarde buiten 9 tot 13 kWh/m³).",
    "The gas in kWh and in m³ do not match (calorific value outside 9 to 13 kWh/m³).",
    "Gas in kWh und in m³ passen nicht zusammen (Brennwert außerhalb von 9 bis 13 kWh/m³).",
  ),
  estimated_values: w(
    "Le fichier contient des valeurs estimées par le gestionnaire de réseau.",
    "Het bestand bevat waarden die de netbeheerder geschat heeft.",
    "The file contains values estimated by the grid operator.",
    "Die Datei enthält vom Netzbetreiber geschätzte Werte.",
  ),
  missing_values: w(
    "Des valeurs manquent dans le fichier : ces moments restent vides, rien n'est inventé.",
    "Er ontbreken waarden in het bestand: die momenten blijven leeg, er wordt niets verzonnen.",
    "Values are missing from the file: those moments stay empty, nothing is made up.",
    "In der Datei fehlen Werte: Diese Zeitpunkte bleiben leer, nichts wird erfunden.",
  ),
  empty_registers_ignored: w(
    "Des registres sans aucune valeur ont été laissés de côté.",
    "Telwerken zonder enige waarde werden overgeslagen.",
    "Registers without any value were left aside.",
    "Zählwerke ganz ohne Werte wurden beiseitegelassen.",
  ),
};

export const ROLE_LABELS: Values<typeof role> = {
  coordinator: w("Coordination", "Coördinatie", "Coordination", "Koordination"),
  adviser: w("Conseil en énergie", "Energiebegeleiding", "Energy advice", "Energieberatung"),
  housing_manager: w("Gestion des logements", "Woningbeheer", "Housing management", "Wohnungsverwaltung"),
  household: w("Ménage", "Gezin", "Household", "Haushalt"),
  viewer: w("Consultation", "Inzage", "Read-only access", "Nur Lesezugriff"),
};

/** Each language by its own name, as language pickers show it. */
export const LANGUAGE_LABELS: Record<Language, Words> = {
  fr: w("Français", "Français", "Français", "Français"),
  nl: w("Nederlands", "Nederlands", "Nederlands", "Nederlands"),
  en: w("English", "English", "English", "English"),
  de: w("Deutsch", "Deutsch", "Deutsch", "Deutsch"),
};

export const SESSION_THEME_LABELS: Values<typeof sessionTheme> = {
  heating: w("Le chauffage", "Verwarming", "Heating", "Heizung"),
  hot_water: w("L'eau chaude", "Warm water", "Hot water", "Warmwasser"),
  electricity_appliances: w(
    "L'électricité et les appareils",
    "Elektriciteit en toestellen",
    "Electricity and appliances",
    "Strom und Geräte",
  ),
  bills_contracts: w(
    "Lire sa facture et son contrat",
    "Uw factuur en contract lezen",
    "Reading your bill and contract",
    "Rechnung und Vertrag lesen",
  ),
  social_tariff_aid: w(
    "Le tarif social et les aides",
    "Het sociaal tarief en steun",
    "The social tariff and aid",
    "Sozialtarif und Hilfen",
  ),
  comfort_humidity: w(
    "Le confort et l'humidité",
    "Comfort en vocht",
    "Comfort and humidity",
    "Komfort und Feuchtigkeit",
  ),
  collective_heating: w(
    "Le chauffage collectif",
    "Collectieve verwarming",
    "Collective heating",
    "Zentralheizung im Gebäude",
  ),
  free: w("Un autre thème", "Een ander thema", "Another theme", "Ein anderes Thema"),
};

export const ATTENDANCE_LABELS: Values<typeof attendanceStatus> = {
  present: w("Présent", "Aanwezig", "Present", "Anwesend"),
  excused: w("Excusé", "Verontschuldigd", "Excused", "Entschuldigt"),
  absent: w("Absent", "Afwezig", "Absent", "Abwesend"),
};

export const COMMITMENT_STATUS_LABELS: Values<typeof commitmentStatus> = {
  planned: w("À faire", "Te doen", "Planned", "Geplant"),
  done: w("Fait", "Gedaan", "Done", "Erledigt"),
  dropped: w("Abandonné", "Opgegeven", "Dropped", "Aufgegeben"),
};

export const SHARED_TIP_STATUS_LABELS: Values<typeof sharedTipStatus> = {
  private: w(
    "visible par l'équipe seulement",
    "alleen zichtbaar voor het team",
    "seen by the team only",
    "nur für das Team sichtbar",
  ),
  published_to_group: w(
    "publiée au groupe",
    "gepubliceerd in de groep",
    "published to the group",
    "in der Gruppe veröffentlicht",
  ),
  promoted: w(
    "ajoutée à la bibliothèque d'astuces",
    "toegevoegd aan de tipsbibliotheek",
    "added to the tips library",
    "in die Tipp-Bibliothek aufgenommen",
  ),
};

/** What a home visit looked at: the checklist of web/coaching/visits-block.tsx. */
export const VISIT_CHECK_LABELS: Record<string, Words> = {
  boiler: w(
    "Réglage de la chaudière",
    "Instelling van de ketel",
    "Boiler settings",
    "Einstellung des Heizkessels",
  ),
  thermostat: w(
    "Thermostat et vannes thermostatiques",
    "Thermostaat en thermostatische kranen",
    "Thermostat and radiator valves",
    "Thermostat und Thermostatventile",
  ),
  radiators: w(
    "Radiateurs (purge, rien devant)",
    "Radiatoren (ontlucht, niets ervoor)",
    "Radiators (bled, nothing in front)",
    "Heizkörper (entlüftet, nichts davor)",
  ),
  humidity: w("Humidité et moisissures", "Vocht en schimmel", "Damp and mould", "Feuchtigkeit und Schimmel"),
  ventilation: w("Aération", "Verluchting", "Ventilation", "Lüftung"),
  hotWater: w("Eau chaude", "Warm water", "Hot water", "Warmwasser"),
  appliances: w(
    "Appareils et veilles",
    "Toestellen en stand-by",
    "Appliances and standby",
    "Geräte und Standby",
  ),
  meters: w(
    "Compteurs relevés ensemble",
    "Meters samen afgelezen",
    "Meters read together",
    "Zähler gemeinsam abgelesen",
  ),
  bills: w("Factures et contrat", "Facturen en contract", "Bills and contract", "Rechnungen und Vertrag"),
};

/**
 * The audit log's actions about a household, as the audit-log screen says them after the person's name
 * (web/lib/i18n/*-staff.ts `audit.action.*`), plus the tenant's dwelling links the screen lacks.
 */
export const AUDIT_ACTION_LABELS: Record<string, Words> = {
  "household.viewed": w(
    "a ouvert la fiche du ménage",
    "opende de fiche van het gezin",
    "opened the household's file",
    "hat die Akte des Haushalts geöffnet",
  ),
  "household.readings_viewed": w(
    "a consulté les relevés",
    "bekeek de meterstanden",
    "read the readings",
    "hat die Zählerstände angesehen",
  ),
  "household.consumption_viewed": w(
    "a consulté la consommation",
    "bekeek het verbruik",
    "read the consumption",
    "hat den Verbrauch angesehen",
  ),
  "household.savings_viewed": w(
    "a consulté les économies",
    "bekeek de besparingen",
    "read the savings",
    "hat die Einsparungen angesehen",
  ),
  "household.readings_exported": w(
    "a exporté les relevés",
    "exporteerde de meterstanden",
    "exported the readings",
    "hat die Zählerstände exportiert",
  ),
  "household.consumption_exported": w(
    "a exporté la consommation",
    "exporteerde het verbruik",
    "exported the consumption",
    "hat den Verbrauch exportiert",
  ),
  "household.data_exported": w(
    "a exporté toutes les données",
    "exporteerde alle gegevens",
    "exported all the data",
    "hat alle Daten exportiert",
  ),
  "household.created": w(
    "a créé le ménage",
    "maakte het gezin aan",
    "created the household",
    "hat den Haushalt angelegt",
  ),
  "household.updated": w(
    "a modifié le profil du ménage",
    "wijzigde het profiel van het gezin",
    "changed the household's profile",
    "hat das Profil des Haushalts geändert",
  ),
  "household.pin_reset": w(
    "a donné un nouveau code PIN",
    "gaf een nieuwe pincode",
    "gave a new PIN",
    "hat eine neue PIN vergeben",
  ),
  "household.pin_chosen": w(
    "a choisi son propre code PIN",
    "koos een eigen pincode",
    "chose its own PIN",
    "hat eine eigene PIN gewählt",
  ),
  "household.consent_granted": w(
    "a enregistré l'accord de partage",
    "noteerde de toestemming om te delen",
    "recorded the agreement to share",
    "hat die Zustimmung zum Teilen eingetragen",
  ),
  "household.consent_revoked": w(
    "a retiré l'accord de partage",
    "trok de toestemming om te delen in",
    "withdrew the agreement to share",
    "hat die Zustimmung zum Teilen zurückgezogen",
  ),
  "reading.corrected": w(
    "a corrigé un relevé",
    "verbeterde een meterstand",
    "corrected a reading",
    "hat einen Zählerstand korrigiert",
  ),
  "reading.deleted": w(
    "a supprimé un relevé",
    "verwijderde een meterstand",
    "deleted a reading",
    "hat einen Zählerstand gelöscht",
  ),
  "meter.replaced": w(
    "a déclaré le remplacement d'un compteur",
    "meldde de vervanging van een meter",
    "declared a meter replacement",
    "hat den Austausch eines Zählers gemeldet",
  ),
  "meter.imported": w(
    "a importé un fichier de compteur intelligent",
    "las een bestand van een digitale meter in",
    "imported a smart-meter file",
    "hat eine Datei eines intelligenten Zählers importiert",
  ),
  "household.commitments_viewed": w(
    "a consulté les engagements",
    "bekeek de engagementen",
    "read the commitments",
    "hat die Vorhaben angesehen",
  ),
  "household.group_view_viewed": w(
    "a consulté sa vue du groupe",
    "bekeek het groepsoverzicht",
    "read the group view",
    "hat die Gruppenansicht angesehen",
  ),
  "household.cost_statement_viewed": w(
    "a consulté un décompte de chauffage",
    "bekeek een verwarmingsafrekening",
    "read a heating cost statement",
    "hat eine Heizkostenabrechnung angesehen",
  ),
  "commitment.created": w(
    "a noté un engagement",
    "noteerde een engagement",
    "recorded a commitment",
    "hat ein Vorhaben eingetragen",
  ),
  "commitment.done": w(
    "a noté un engagement comme fait",
    "noteerde een engagement als gedaan",
    "recorded a commitment as done",
    "hat ein Vorhaben als erledigt eingetragen",
  ),
  "commitment.dropped": w(
    "a noté un engagement abandonné",
    "noteerde een opgegeven engagement",
    "recorded a commitment as dropped",
    "hat ein Vorhaben als aufgegeben eingetragen",
  ),
  "commitment.planned": w(
    "a remis un engagement à faire",
    "zette een engagement terug op te doen",
    "set a commitment back to planned",
    "hat ein Vorhaben wieder auf geplant gesetzt",
  ),
  "household.kit_viewed": w(
    "a consulté le kit remis",
    "bekeek de gegeven kit",
    "read the kit handed out",
    "hat das übergebene Kit angesehen",
  ),
  "household.visits_viewed": w(
    "a consulté les visites à domicile",
    "bekeek de huisbezoeken",
    "read the home visits",
    "hat die Hausbesuche angesehen",
  ),
  "household.referrals_viewed": w(
    "a consulté les orientations",
    "bekeek de doorverwijzingen",
    "read the referrals",
    "hat die Weitervermittlungen angesehen",
  ),
  "kit.handed_out": w(
    "a remis des objets du kit",
    "gaf voorwerpen uit de kit",
    "handed out kit items",
    "hat Kit-Gegenstände übergeben",
  ),
  "visit.recorded": w(
    "a noté une visite à domicile",
    "noteerde een huisbezoek",
    "recorded a home visit",
    "hat einen Hausbesuch eingetragen",
  ),
  "visit.updated": w(
    "a modifié une visite à domicile",
    "wijzigde een huisbezoek",
    "changed a home visit",
    "hat einen Hausbesuch geändert",
  ),
  "referral.recorded": w(
    "a noté une orientation",
    "noteerde een doorverwijzing",
    "recorded a referral",
    "hat eine Weitervermittlung eingetragen",
  ),
  "referral.updated": w(
    "a modifié une orientation",
    "wijzigde een doorverwijzing",
    "changed a referral",
    "hat eine Weitervermittlung geändert",
  ),
  "shared_tip.posted": w("a partagé une astuce", "deelde een tip", "shared a tip", "hat einen Tipp geteilt"),
  "shared_tip.published_to_group": w(
    "a publié une astuce partagée au groupe",
    "publiceerde een gedeelde tip voor de groep",
    "published a shared tip to the group",
    "hat einen geteilten Tipp in der Gruppe veröffentlicht",
  ),
  "shared_tip.private": w(
    "a remis une astuce partagée en privé",
    "zette een gedeelde tip terug op privé",
    "set a shared tip back to private",
    "hat einen geteilten Tipp wieder privat gestellt",
  ),
  "shared_tip.promoted": w(
    "a ajouté une astuce partagée à la bibliothèque",
    "voegde een gedeelde tip toe aan de bibliotheek",
    "added a shared tip to the library",
    "hat einen geteilten Tipp in die Bibliothek aufgenommen",
  ),
  "dwelling.household_linked": w(
    "a lié le ménage à un logement",
    "koppelde het gezin aan een woning",
    "linked the household to a dwelling",
    "hat den Haushalt mit einer Wohnung verknüpft",
  ),
  "dwelling.household_unlinked": w(
    "a détaché le ménage de son logement",
    "ontkoppelde het gezin van zijn woning",
    "unlinked the household from its dwelling",
    "hat den Haushalt von seiner Wohnung gelöst",
  ),
};

/** Detail values that are codes with words: the rest (ids, dates, numbers, field names) stay as they are. */
const DETAIL_VALUE_LABELS: Record<string, Readonly<Record<string, Words>>> = {
  scope: CONSENT_SCOPE_LABELS,
  role: ROLE_LABELS,
  register: REGISTER_LABELS,
};

function detailValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(detailValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * An audit entry's details as `field=value; field=value`, nested objects as `before.value=…`, lists
 * joined with commas. Field names stay as recorded (they are the app's, never the household's words);
 * the details only ever hold ids, dates, numbers and codes, so nothing is lost. Null when there are none.
 */
export function auditDetailsText(details: Record<string, unknown> | null, lang: Language): string | null {
  const parts: string[] = [];
  const walk = (object: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [key, value] of Object.entries(object)) {
      const name = `${prefix}${key}`;
      if (value !== null && typeof value === "object" && !Array.isArray(value) && depth < 3)
        walk(value as Record<string, unknown>, `${name}.`, depth + 1);
      else {
        const labels = DETAIL_VALUE_LABELS[key];
        const text =
          labels && typeof value === "string" ? (wordsOf(labels, value, lang) ?? "") : detailValue(value);
        parts.push(`${name}=${text}`);
      }
    }
  };
  if (details) walk(details, "", 0);
  return parts.length ? parts.join("; ") : null;
}

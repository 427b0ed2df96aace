import type { readingSource } from "../../db/schema/meters.ts";
import type { Language } from "../http/i18n.ts";
import type { MeterKind, Register } from "../meters/meter-kinds.ts";

/** The words of the exports, in the caller's language: the same words as the app's screens. */
type Words = Record<Language, string>;
type Source = (typeof readingSource.enumValues)[number];

export const KIND_LABELS: Record<MeterKind, Words> = {
  electricity: { fr: "Électricité", nl: "Elektriciteit", en: "Electricity", de: "Strom" },
  gas: { fr: "Gaz", nl: "Gas", en: "Gas", de: "Gas" },
  water: { fr: "Eau", nl: "Water", en: "Water", de: "Wasser" },
  heat: { fr: "Chaleur", nl: "Warmte", en: "Heat", de: "Wärme" },
  heat_cost_allocator: {
    fr: "Répartiteur de frais de chauffage",
    nl: "Kostenverdeler voor verwarming",
    en: "Heat cost allocator",
    de: "Heizkostenverteiler",
  },
  heating_oil: { fr: "Mazout", nl: "Stookolie", en: "Heating oil", de: "Heizöl" },
  pellets: { fr: "Pellets", nl: "Pellets", en: "Pellets", de: "Pellets" },
  wood: { fr: "Bois", nl: "Hout", en: "Wood", de: "Holz" },
};

export const REGISTER_LABELS: Record<Register, Words> = {
  single: { fr: "Index", nl: "Meterstand", en: "Index", de: "Zählerstand" },
  day: { fr: "Jour", nl: "Dag", en: "Day", de: "Tag" },
  night: { fr: "Nuit", nl: "Nacht", en: "Night", de: "Nacht" },
  exclusive_night: { fr: "Exclusif nuit", nl: "Exclusief nacht", en: "Night only", de: "Nur Nacht" },
  injection_day: {
    fr: "Renvoyé au réseau, jour",
    nl: "Teruggeleverd aan het net, dag",
    en: "Sent to the grid, day",
    de: "Ins Netz eingespeist, Tag",
  },
  injection_night: {
    fr: "Renvoyé au réseau, nuit",
    nl: "Teruggeleverd aan het net, nacht",
    en: "Sent to the grid, night",
    de: "Ins Netz eingespeist, Nacht",
  },
};

export const SOURCE_LABELS: Record<Source, Words> = {
  household: { fr: "Ménage", nl: "Gezin", en: "Household", de: "Haushalt" },
  adviser: { fr: "Conseiller", nl: "Begeleider", en: "Adviser", de: "Beratung" },
  import: { fr: "Import", nl: "Import", en: "Import", de: "Import" },
  smart_meter: { fr: "Compteur intelligent", nl: "Digitale meter", en: "Smart meter", de: "Smart Meter" },
  estimate: { fr: "Estimation", nl: "Schatting", en: "Estimate", de: "Schätzung" },
};

const FLAG_LABELS: Record<string, Words> = {
  start: { fr: "Index de départ", nl: "Beginstand", en: "Start index", de: "Anfangsstand" },
  final: {
    fr: "Index final (compteur remplacé)",
    nl: "Eindstand (meter vervangen)",
    en: "Final index (meter replaced)",
    de: "Endstand (Zähler ersetzt)",
  },
  reset: { fr: "Remise à zéro", nl: "Terug op nul", en: "Reset", de: "Zurückgesetzt" },
  confirmed_jump: {
    fr: "Hausse confirmée",
    nl: "Stijging bevestigd",
    en: "Rise confirmed",
    de: "Anstieg bestätigt",
  },
};

/** A reading's flags in words, joined; a flag without words yet is shown as its code, never dropped. */
export function flagsText(flags: readonly string[], lang: Language): string {
  return flags.map((f) => FLAG_LABELS[f]?.[lang] ?? f).join(", ");
}

/** Why a figure of the consumption export is empty. */
export const MISSING_LABELS: Record<string, Words> = {
  tariff_missing: { fr: "tarif manquant", nl: "tarief ontbreekt", en: "tariff missing", de: "Tarif fehlt" },
  not_priced: { fr: "non tarifé", nl: "niet geprijsd", en: "not priced", de: "nicht bepreist" },
  no_kwh: { fr: "sans objet", nl: "niet van toepassing", en: "not applicable", de: "entfällt" },
  factor_missing: {
    fr: "facteur CO₂ manquant",
    nl: "CO₂-factor ontbreekt",
    en: "CO₂ factor missing",
    de: "CO₂-Faktor fehlt",
  },
};

/** File names of downloads (ASCII: every browser keeps them as they are). */
export const FILE_NAMES: Record<"readings" | "consumption" | "data", Words> = {
  readings: { fr: "releves", nl: "meterstanden", en: "readings", de: "zaehlerstaende" },
  consumption: { fr: "consommation", nl: "verbruik", en: "consumption", de: "verbrauch" },
  data: { fr: "donnees", nl: "gegevens", en: "data", de: "daten" },
};

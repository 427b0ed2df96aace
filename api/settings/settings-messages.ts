import type { Message } from "../http/messages.ts";

/** Refusals of the settings endpoints; field messages say what to write instead. */
export const SETTINGS_MESSAGES: Record<string, Message> = {
  "settings.coordinator_only": {
    title: {
      fr: "Seule la coordination peut modifier les réglages de l'organisation.",
      nl: "Alleen de coördinatie kan de instellingen van de organisatie wijzigen.",
      en: "Only the coordination can change the organisation's settings.",
      de: "Nur die Koordination kann die Einstellungen der Organisation ändern.",
    },
    detail: {
      fr: "Vous pouvez encoder le contrat propre d'un ménage (avec son accord) en indiquant ce ménage.",
      nl: "U kunt het eigen contract van een gezin invoeren (met zijn akkoord) door dat gezin aan te duiden.",
      en: "You can enter a household's own contract (with its agreement) by naming that household.",
      de: "Sie können den eigenen Vertrag eines Haushalts (mit dessen Zustimmung) eingeben, indem Sie den Haushalt angeben.",
    },
  },
  "settings.invalid_day": {
    title: {
      fr: "Donnez une date comme 2026-01-01.",
      nl: "Geef een datum zoals 2026-01-01.",
      en: "Give a date such as 2026-01-01.",
      de: "Geben Sie ein Datum wie 2026-01-01 an.",
    },
  },
  "settings.vat_rate_decimals": {
    title: {
      fr: "La TVA se donne en % avec au plus 2 chiffres après la virgule (par exemple 5,75 %).",
      nl: "De btw wordt in % gegeven met hoogstens 2 cijfers na de komma (bijvoorbeeld 5,75 %).",
      en: "VAT is given in % with at most 2 digits after the decimal point (for example 5.75 %).",
      de: "Die MwSt. wird in % mit höchstens 2 Nachkommastellen angegeben (zum Beispiel 5,75 %).",
    },
  },
  "settings.invalid_period": {
    title: {
      fr: "La fin de validité doit venir après le début.",
      nl: "Het einde van de geldigheid moet na het begin komen.",
      en: "The end of validity must come after its start.",
      de: "Das Ende der Gültigkeit muss nach ihrem Beginn liegen.",
    },
  },
  "settings.unit_not_for_energy": {
    title: {
      fr: "Cette unité ne convient pas à cette énergie : prix au kWh, ou dans l'unité du compteur (m³, litre, kg).",
      nl: "Deze eenheid past niet bij deze energie: prijs per kWh, of in de eenheid van de meter (m³, liter, kg).",
      en: "This unit does not suit this energy: price per kWh, or in the meter's unit (m³, litre, kg).",
      de: "Diese Einheit passt nicht zu dieser Energie: Preis pro kWh oder in der Einheit des Zählers (m³, Liter, kg).",
    },
  },
  "settings.price_missing": {
    title: {
      fr: "Donnez au moins un prix.",
      nl: "Geef minstens één prijs.",
      en: "Give at least one price.",
      de: "Geben Sie mindestens einen Preis an.",
    },
  },
  "settings.register_not_for_energy": {
    title: {
      fr: "Seule l'électricité a des prix jour, nuit, exclusif nuit ou injection.",
      nl: "Alleen elektriciteit heeft prijzen voor dag, nacht, exclusief nacht of injectie.",
      en: "Only electricity has day, night, exclusive night or injection prices.",
      de: "Nur Strom hat Tag-, Nacht-, Exklusiv-Nacht- oder Einspeisepreise.",
    },
  },
};

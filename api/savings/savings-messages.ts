import type { Message } from "../http/messages.ts";

/** Refusals of the savings query, said plainly. */
export const SAVINGS_MESSAGES: Record<string, Message> = {
  "savings.start_required": {
    title: {
      fr: "Ce ménage n'a rejoint aucun groupe : donnez la date de départ des économies, comme 2026-01-15.",
      nl: "Dit gezin heeft zich bij geen enkele groep aangesloten: geef de startdatum voor de besparingen, zoals 2026-01-15.",
      en: "This household has not joined a group: give the date the savings start from, such as 2026-01-15.",
      de: "Dieser Haushalt ist keiner Gruppe beigetreten: Geben Sie das Startdatum für die Einsparungen an, zum Beispiel 2026-01-15.",
    },
  },
  "savings.invalid_day": {
    title: {
      fr: "Donnez une date comme 2026-01-15.",
      nl: "Geef een datum zoals 2026-01-15.",
      en: "Give a date such as 2026-01-15.",
      de: "Geben Sie ein Datum wie 2026-01-15 an.",
    },
  },
  "savings.no_meter": {
    title: {
      fr: "Ce ménage n'a pas de compteur pour cette énergie.",
      nl: "Dit gezin heeft geen meter voor deze energiesoort.",
      en: "This household has no meter for this type of energy.",
      de: "Dieser Haushalt hat keinen Zähler für diese Energieart.",
    },
  },
};

import type { Message } from "../http/messages.ts";

/** Refusals of the consumption query, said plainly. */
export const CONSUMPTION_MESSAGES: Record<string, Message> = {
  "consumption.invalid_day": {
    title: {
      fr: "Donnez une date comme 2026-01-31, après 1970.",
      nl: "Geef een datum zoals 2026-01-31, na 1970.",
      en: "Give a date such as 2026-01-31, after 1970.",
      de: "Geben Sie ein Datum wie 2026-01-31 nach 1970 an.",
    },
  },
  "consumption.from_after_to": {
    title: {
      fr: "La date de début doit venir avant la date de fin.",
      nl: "De begindatum moet voor de einddatum komen.",
      en: "The start date must come before the end date.",
      de: "Das Anfangsdatum muss vor dem Enddatum liegen.",
    },
  },
  "consumption.span_too_long": {
    title: {
      fr: "Choisissez une période de 10 ans au plus.",
      nl: "Kies een periode van hoogstens 10 jaar.",
      en: "Choose a period of 10 years at most.",
      de: "Wählen Sie einen Zeitraum von höchstens 10 Jahren.",
    },
  },
};

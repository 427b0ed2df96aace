import type { Message } from "../http/messages.ts";

/** Refusals of comfort check-ins, said plainly. */
export const GUARDS_MESSAGES: Record<string, Message> = {
  "comfort.invalid_day": {
    title: {
      fr: "Donnez une date comme 2026-01-20.",
      nl: "Geef een datum zoals 2026-01-20.",
      en: "Give a date such as 2026-01-20.",
      de: "Geben Sie ein Datum wie 2026-01-20 an.",
    },
  },
  "comfort.in_future": {
    title: {
      fr: "Cette date est dans le futur.",
      nl: "Deze datum ligt in de toekomst.",
      en: "This date is in the future.",
      de: "Dieses Datum liegt in der Zukunft.",
    },
  },
  "comfort.empty": {
    title: {
      fr: "Notez au moins la température, l'humidité ou si vous avez eu froid.",
      nl: "Noteer minstens de temperatuur, de vochtigheid of of u het koud had.",
      en: "Note at least the temperature, the humidity or whether you felt cold.",
      de: "Notieren Sie mindestens die Temperatur, die Luftfeuchtigkeit oder ob Ihnen kalt war.",
    },
  },
  "comfort.client_id_reused": {
    title: {
      fr: "Ce relevé de confort a déjà été envoyé avec d'autres chiffres.",
      nl: "Deze comfortmeting werd al met andere cijfers verstuurd.",
      en: "This comfort check-in has already been sent with different figures.",
      de: "Diese Komfortmessung wurde bereits mit anderen Zahlen gesendet.",
    },
  },
};

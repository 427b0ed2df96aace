import type { Message } from "../http/messages.ts";

/** Refusals of a renovation's before/after, said plainly. */
export const RENOVATION_SAVINGS_MESSAGES: Record<string, Message> = {
  "renovation_savings.no_meter": {
    title: {
      fr: "Ce bâtiment n'a pas de compteur pour cette énergie.",
      nl: "Dit gebouw heeft geen meter voor deze energiesoort.",
      en: "This building has no meter for this type of energy.",
      de: "Dieses Gebäude hat keinen Zähler für diese Energieart.",
    },
    detail: {
      fr: "Ajoutez le compteur de la chaufferie et ses relevés pour mesurer l'effet des travaux.",
      nl: "Voeg de meter van de stookplaats en zijn meterstanden toe om het effect van de werken te meten.",
      en: "Add the boiler room's meter and its readings to measure what the works changed.",
      de: "Fügen Sie den Zähler des Heizraums und seine Ablesungen hinzu, um die Wirkung der Arbeiten zu messen.",
    },
  },
};

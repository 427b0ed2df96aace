import type { Message } from "../http/messages.ts";

/** Refusals of the programme report, said plainly. */
export const PROGRAMME_REPORT_MESSAGES: Record<string, Message> = {
  "report.from_after_to": {
    title: {
      fr: "La date de début doit venir avant la date de fin.",
      nl: "De begindatum moet voor de einddatum komen.",
      en: "The start date must come before the end date.",
      de: "Das Anfangsdatum muss vor dem Enddatum liegen.",
    },
  },
};

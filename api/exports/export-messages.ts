import type { Message } from "../http/messages.ts";

/** Refusals of the export queries, said plainly. */
export const EXPORT_MESSAGES: Record<string, Message> = {
  "exports.invalid_month": {
    title: {
      fr: "Donnez un mois comme 2026-01, à partir de 1971.",
      nl: "Geef een maand zoals 2026-01, vanaf 1971.",
      en: "Give a month such as 2026-01, from 1971.",
      de: "Geben Sie einen Monat wie 2026-01 an, ab 1971.",
    },
  },
};

import type { Message } from "../http/messages.ts";

/** Refusals of the privacy module (data export, erasure), said plainly. */
export const PRIVACY_MESSAGES: Record<string, Message> = {
  "privacy.confirm_code_mismatch": {
    title: {
      fr: "Ce code n'est pas celui du ménage.",
      nl: "Deze code is niet die van het gezin.",
      en: "This is not the household's code.",
      de: "Das ist nicht der Code des Haushalts.",
    },
    detail: {
      fr: "Rien n'a été effacé. Recopiez exactement le code du ménage pour confirmer l'effacement.",
      nl: "Er is niets gewist. Neem de code van het gezin exact over om het wissen te bevestigen.",
      en: "Nothing was erased. Copy the household's code exactly to confirm the erasure.",
      de: "Es wurde nichts gelöscht. Übernehmen Sie den Code des Haushalts genau, um das Löschen zu bestätigen.",
    },
  },
};

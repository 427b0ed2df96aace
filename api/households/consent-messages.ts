import type { Message } from "../http/messages.ts";

/** Refusals of the household's consent, said plainly to the staff member at the desk. */
export const CONSENT_MESSAGES: Record<string, Message> = {
  "consent.withdrawn_by_household": {
    title: {
      fr: "Le ménage a retiré lui-même son accord.",
      nl: "Het gezin heeft zijn toestemming zelf ingetrokken.",
      en: "The household took its agreement back itself.",
      de: "Der Haushalt hat seine Zustimmung selbst zurückgezogen.",
    },
    detail: {
      fr: "Il l'a fait depuis son propre compte. Lui seul peut le redonner, depuis son compte (« Ce que je partage » sur sa page d'accueil), par exemple avec vous au guichet. Rien n'a été enregistré.",
      nl: "Het deed dat met zijn eigen account. Alleen het gezin kan ze opnieuw geven, met zijn account (‘Wat ik deel’ op zijn startpagina), bijvoorbeeld samen met u aan het loket. Er is niets opgeslagen.",
      en: 'It did so from its own account. Only the household can give it again, from its account ("What I share" on its home page), for example with you at the desk. Nothing was saved.',
      de: "Er hat das über sein eigenes Konto getan. Nur der Haushalt kann sie erneut erteilen, über sein Konto (»Was ich teile« auf seiner Startseite), zum Beispiel mit Ihnen am Schalter. Es wurde nichts gespeichert.",
    },
  },
};

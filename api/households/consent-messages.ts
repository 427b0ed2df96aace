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
  "consent.own_pin_first": {
    title: {
      fr: "Pour redonner cet accord, choisissez d'abord votre propre code PIN.",
      nl: "Kies eerst uw eigen pincode om deze toestemming opnieuw te geven.",
      en: "To give this agreement again, first choose your own PIN.",
      de: "Um diese Zustimmung erneut zu erteilen, wählen Sie zuerst Ihre eigene PIN.",
    },
    detail: {
      fr: "Vous aviez retiré cet accord vous-même. Le code PIN reçu sur papier est connu de la personne qui vous l'a donné : avec votre propre code (« Mon code PIN », sur cette page), on est sûr que c'est bien vous qui décidez. Rien n'a été enregistré.",
      nl: "U had deze toestemming zelf ingetrokken. De pincode op papier kent wie hem u gaf: met uw eigen code (‘Mijn pincode’, op deze pagina) is het zeker dat u zelf beslist. Er is niets opgeslagen.",
      en: 'You had taken this agreement back yourself. The PIN on paper is known to whoever gave it to you: with your own PIN ("My PIN", on this page), it is sure that you are the one deciding. Nothing was saved.',
      de: "Sie hatten diese Zustimmung selbst zurückgezogen. Die PIN auf Papier kennt, wer sie Ihnen gegeben hat: Mit Ihrer eigenen PIN (»Meine PIN«, auf dieser Seite) ist sicher, dass Sie selbst entscheiden. Es wurde nichts gespeichert.",
    },
  },
};

import type { Message } from "../http/messages.ts";

const m = (fr: string, nl: string, en: string, de: string) => ({ fr, nl, en, de });

/** Refusals of the tips library, said plainly. */
export const TIPS_MESSAGES: Record<string, Message> = {
  "tips.platform_read_only": {
    title: m(
      "Les astuces de la bibliothèque commune ne se modifient pas : ajoutez plutôt une astuce de votre organisation.",
      "De tips van de gedeelde bibliotheek kunnen niet gewijzigd worden: voeg liever een tip van uw organisatie toe.",
      "The shared library's tips cannot be changed: add a tip of your organisation instead.",
      "Die Tipps der gemeinsamen Bibliothek sind nicht änderbar: Fügen Sie lieber einen Tipp Ihrer Organisation hinzu.",
    ),
  },
  "tips.text_required": {
    title: m(
      "Écrivez l'astuce (un titre et une explication) dans une langue au moins.",
      "Schrijf de tip (een titel en een uitleg) in minstens één taal.",
      "Write the tip (a title and an explanation) in one language at least.",
      "Schreiben Sie den Tipp (Titel und Erklärung) in mindestens einer Sprache.",
    ),
  },
  "tips.saving_needs_figure": {
    title: m(
      "Une économie estimée a besoin d'un chiffre (%, kWh, m³ ou €).",
      "Een geschatte besparing heeft een cijfer nodig (%, kWh, m³ of €).",
      "An estimated saving needs a figure (%, kWh, m³ or €).",
      "Eine geschätzte Einsparung braucht eine Zahl (%, kWh, m³ oder €).",
    ),
  },
  "tips.unknown": {
    title: m(
      "Cette astuce n'existe pas dans votre bibliothèque.",
      "Deze tip bestaat niet in uw bibliotheek.",
      "This tip is not in your library.",
      "Dieser Tipp ist nicht in Ihrer Bibliothek.",
    ),
  },
};

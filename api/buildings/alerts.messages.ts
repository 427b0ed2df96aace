import type { Message } from "../http/messages.ts";

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

/** Refusals of the building alerts, said plainly. */
export const ALERTS_MESSAGES: Record<string, Message> = {
  "alerts.already_closed": text(
    "Cette alerte est déjà clôturée.",
    "Deze melding is al afgesloten.",
    "This alert is already closed.",
    "Diese Warnung ist bereits abgeschlossen.",
  ),
  "alerts.note_too_long": text(
    "La note peut avoir au plus 500 caractères.",
    "De notitie mag hoogstens 500 tekens hebben.",
    "The note can have at most 500 characters.",
    "Die Notiz darf höchstens 500 Zeichen haben.",
  ),
};

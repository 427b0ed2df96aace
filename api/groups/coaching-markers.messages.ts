import type { Message } from "../http/messages.ts";

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

/** Refusals of a household's coaching markers, said plainly. */
export const COACHING_MARKERS_MESSAGES: Record<string, Message> = {
  "markers.month_format": text(
    "Donnez un mois comme 2026-03 (année, tiret, mois).",
    "Geef een maand zoals 2026-03 (jaar, streepje, maand).",
    "Give a month such as 2026-03 (year, dash, month).",
    "Geben Sie einen Monat wie 2026-03 an (Jahr, Bindestrich, Monat).",
  ),
  "markers.range_order": text(
    "Le premier mois doit venir avant le dernier.",
    "De eerste maand moet vóór de laatste komen.",
    "The first month must come before the last one.",
    "Der erste Monat muss vor dem letzten liegen.",
  ),
  "markers.range_too_long": text(
    "Choisissez au plus dix ans (120 mois) à la fois.",
    "Kies hoogstens tien jaar (120 maanden) tegelijk.",
    "Choose at most ten years (120 months) at a time.",
    "Wählen Sie höchstens zehn Jahre (120 Monate) auf einmal.",
  ),
};

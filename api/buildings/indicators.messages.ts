import type { Message } from "../http/messages.ts";

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

/** Refusals of a building's indicators, said plainly. */
export const INDICATORS_MESSAGES: Record<string, Message> = {
  "indicators.month_format": text(
    "Donnez un mois comme 2025-10 (année, tiret, mois).",
    "Geef een maand zoals 2025-10 (jaar, streepje, maand).",
    "Give a month such as 2025-10 (year, dash, month).",
    "Geben Sie einen Monat wie 2025-10 an (Jahr, Bindestrich, Monat).",
  ),
  "indicators.range_order": text(
    "Le premier mois doit venir avant le dernier.",
    "De eerste maand moet vóór de laatste komen.",
    "The first month must come before the last one.",
    "Der erste Monat muss vor dem letzten liegen.",
  ),
  "indicators.range_too_long": text(
    "Choisissez au plus dix ans (120 mois) à la fois.",
    "Kies hoogstens tien jaar (120 maanden) tegelijk.",
    "Choose at most ten years (120 months) at a time.",
    "Wählen Sie höchstens zehn Jahre (120 Monate) auf einmal.",
  ),
};

import type { Message } from "../http/messages.ts";

const m = (fr: string, nl: string, en: string, de: string) => ({ fr, nl, en, de });

const TYPE_THE_TOTAL = m(
  "Tapez le montant total de la facture, pas le prix {per}, et relisez la quantité (un zéro de trop ?). Si {costEur} € et la quantité sont justes, confirmez-les.",
  "Typ het totale bedrag van de factuur, niet de prijs {per}, en kijk de hoeveelheid na (een nul te veel?). Kloppen {costEur} € en de hoeveelheid, bevestig ze dan.",
  "Type the invoice's total amount, not the price {per}, and check the quantity again (one zero too many?). If {costEur} € and the quantity are right, confirm them.",
  "Geben Sie den Gesamtbetrag der Rechnung ein, nicht den Preis {per}, und prüfen Sie die Menge (eine Null zu viel?). Stimmen {costEur} € und die Menge, bestätigen Sie sie.",
);

/**
 * A delivery's cost that makes an implausible price per litre or kg (delivery-rules.ts), said as
 * what it would mean. `{per}` is one of the labels below. Below a cent the price is said as such:
 * « 0,001 € » would be rounded, and harder to read.
 */
export const DELIVERY_MESSAGES: Record<string, Message> = {
  "delivery.price_implausible": {
    title: m(
      "Cela ferait {eurPerUnit} € {per}.",
      "Dat zou {eurPerUnit} € {per} zijn.",
      "That would be {eurPerUnit} € {per}.",
      "Das wären {eurPerUnit} € {per}.",
    ),
    detail: TYPE_THE_TOTAL,
  },
  "delivery.price_implausible_below_a_cent": {
    title: m(
      "Cela ferait moins d'un centime {per}.",
      "Dat zou minder dan een cent {per} zijn.",
      "That would be less than a cent {per}.",
      "Das wäre weniger als ein Cent {per}.",
    ),
    detail: TYPE_THE_TOTAL,
  },
  "delivery.price_implausible_high": {
    title: m(
      "Cela ferait {eurPerUnit} € {per}.",
      "Dat zou {eurPerUnit} € {per} zijn.",
      "That would be {eurPerUnit} € {per}.",
      "Das wären {eurPerUnit} € {per}.",
    ),
    detail: m(
      "Relisez la quantité et le montant total : la virgule est-elle au bon endroit ? S'ils sont justes, confirmez-les.",
      "Lees de hoeveelheid en het totale bedrag opnieuw: staat de komma op de juiste plaats? Kloppen ze, bevestig ze dan.",
      "Read the quantity and the total amount again: is the decimal mark in the right place? If they are right, confirm them.",
      "Lesen Sie Menge und Gesamtbetrag noch einmal: Steht das Komma an der richtigen Stelle? Stimmen sie, bestätigen Sie sie.",
    ),
  },
  // Labels, not refusals: the {per} of the messages above.
  "delivery.per_litre": { title: m("par litre", "per liter", "per litre", "pro Liter") },
  "delivery.per_kg": { title: m("par kg", "per kg", "per kg", "pro kg") },
};

import type { Message } from "../http/messages.ts";

/** Refusals of a heating cost split, said plainly (codes: COST_SPLIT_ERROR_CODES). */
export const COST_SPLIT_MESSAGES: Record<string, Message> = {
  "cost_split.no_bill": {
    title: {
      fr: "Encodez d'abord la facture de chauffage de la saison.",
      nl: "Voer eerst de verwarmingsfactuur van het seizoen in.",
      en: "Enter the season's heating bill first.",
      de: "Geben Sie zuerst die Heizrechnung der Saison ein.",
    },
  },
  "cost_split.bill_amount": {
    title: {
      fr: "Le montant de la facture doit être plus grand que zéro, en euros et cents (comme 10 000,00), et moins d'un milliard d'euros.",
      nl: "Het bedrag van de factuur moet groter zijn dan nul, in euro en cent (zoals 10 000,00), en minder dan een miljard euro.",
      en: "The bill's amount must be more than zero, in euros and cents (such as 10,000.00), and under a billion euros.",
      de: "Der Rechnungsbetrag muss größer als null sein, in Euro und Cent (zum Beispiel 10 000,00), und unter einer Milliarde Euro.",
    },
  },
  "cost_split.season_dates": {
    title: {
      fr: "Donnez le début et la fin de la saison, la fin après le début (comme 2025-10-01 et 2026-05-01).",
      nl: "Geef het begin en het einde van het seizoen, het einde na het begin (zoals 2025-10-01 en 2026-05-01).",
      en: "Give the season's start and end, the end after the start (such as 2025-10-01 and 2026-05-01).",
      de: "Geben Sie Beginn und Ende der Saison an, das Ende nach dem Beginn (zum Beispiel 2025-10-01 und 2026-05-01).",
    },
  },
  "cost_split.fixed_share": {
    title: {
      fr: "La part fixe est entre 0 % et 100 % de la facture, au plus une décimale (souvent 30 %).",
      nl: "Het vaste deel ligt tussen 0 % en 100 % van de factuur, met hoogstens één decimaal (vaak 30 %).",
      en: "The fixed part is between 0% and 100% of the bill, with one decimal at most (often 30%).",
      de: "Der feste Anteil liegt zwischen 0 % und 100 % der Rechnung, mit höchstens einer Dezimalstelle (oft 30 %).",
    },
  },
  "cost_split.no_dwelling": {
    title: {
      fr: "Il faut au moins un logement pour partager la facture.",
      nl: "Er is minstens één woning nodig om de factuur te verdelen.",
      en: "At least one home is needed to share the bill.",
      de: "Es braucht mindestens eine Wohnung, um die Rechnung zu verteilen.",
    },
  },
  "cost_split.dwelling_twice": {
    title: {
      fr: "Ce logement est repris deux fois.",
      nl: "Deze woning staat er twee keer in.",
      en: "This home is listed twice.",
      de: "Diese Wohnung ist zweimal aufgeführt.",
    },
  },
  "cost_split.area_not_positive": {
    title: {
      fr: "La surface d'un logement doit être plus grande que zéro.",
      nl: "De oppervlakte van een woning moet groter zijn dan nul.",
      en: "A home's floor area must be more than zero.",
      de: "Die Fläche einer Wohnung muss größer als null sein.",
    },
  },
  "cost_split.factor_not_positive": {
    title: {
      fr: "Le coefficient d'un radiateur doit être plus grand que zéro.",
      nl: "De coëfficiënt van een radiator moet groter zijn dan nul.",
      en: "A radiator's rating factor must be more than zero.",
      de: "Der Faktor eines Heizkörpers muss größer als null sein.",
    },
  },
  "cost_split.reading_negative": {
    title: {
      fr: "Un relevé est un nombre positif ou zéro.",
      nl: "Een meterstand is een positief getal of nul.",
      en: "A reading is a positive number or zero.",
      de: "Ein Zählerstand ist eine positive Zahl oder null.",
    },
  },
  "cost_split.reading_went_back": {
    title: {
      fr: "Le relevé de fin du répartiteur est plus petit que celui du début.",
      nl: "De eindstand van de kostenverdeler is kleiner dan de beginstand.",
      en: "The allocator's end reading is lower than its start reading.",
      de: "Der Endstand des Heizkostenverteilers ist kleiner als der Anfangsstand.",
    },
    detail: {
      fr: "Si le répartiteur a été remis à zéro pendant la saison, donnez aussi la valeur qu'il affichait à sa remise à zéro.",
      nl: "Werd de kostenverdeler tijdens het seizoen op nul gezet, geef dan ook de waarde die hij toonde bij het op nul zetten.",
      en: "If the allocator was reset during the season, also give the value it showed at its reset.",
      de: "Wurde der Verteiler während der Saison zurückgesetzt, geben Sie auch den Wert bei der Rücksetzung an.",
    },
  },
  "cost_split.meter_went_back": {
    title: {
      fr: "L'index de fin du compteur de chaleur est plus petit que celui du début.",
      nl: "De eindstand van de warmtemeter is kleiner dan de beginstand.",
      en: "The heat meter's end reading is lower than its start reading.",
      de: "Der Endstand des Wärmezählers ist kleiner als der Anfangsstand.",
    },
  },
  "cost_split.mixed_measurement": {
    title: {
      fr: "Dans un même immeuble, utilisez soit des répartiteurs, soit des compteurs de chaleur.",
      nl: "Gebruik in één gebouw ofwel kostenverdelers, ofwel warmtemeters.",
      en: "Within one building, use either allocators or heat meters.",
      de: "Verwenden Sie in einem Gebäude entweder Heizkostenverteiler oder Wärmezähler.",
    },
  },
  "cost_split.occupancy_dates": {
    title: {
      fr: "Donnez l'arrivée et le départ comme 2026-01-15, le départ après l'arrivée.",
      nl: "Geef de aankomst en het vertrek zoals 2026-01-15, het vertrek na de aankomst.",
      en: "Give the move-in and move-out as 2026-01-15, the move-out after the move-in.",
      de: "Geben Sie Einzug und Auszug wie 2026-01-15 an, den Auszug nach dem Einzug.",
    },
  },
  "cost_split.occupancy_outside_season": {
    title: {
      fr: "Ces dates sortent de la saison de la facture.",
      nl: "Deze data vallen buiten het seizoen van de factuur.",
      en: "These dates fall outside the bill's season.",
      de: "Diese Daten liegen außerhalb der Saison der Rechnung.",
    },
  },
  "cost_split.occupancies_overlap": {
    title: {
      fr: "Deux occupations de ce logement se chevauchent.",
      nl: "Twee bewoningen van deze woning overlappen.",
      en: "Two occupancies of this home overlap.",
      de: "Zwei Belegungen dieser Wohnung überschneiden sich.",
    },
  },
};

import type { Message } from "../http/messages.ts";

/** Refusals of occupancies and of stored cost splits, said plainly. */
export const OCCUPANCY_MESSAGES: Record<string, Message> = {
  "occupancy.dates": {
    title: {
      fr: "Donnez l'arrivée et le départ comme 2026-01-15, le départ après l'arrivée.",
      nl: "Geef de aankomst en het vertrek zoals 2026-01-15, het vertrek na de aankomst.",
      en: "Give the move-in and move-out as 2026-01-15, the move-out after the move-in.",
      de: "Geben Sie Einzug und Auszug wie 2026-01-15 an, den Auszug nach dem Einzug.",
    },
  },
  "occupancy.overlap": {
    title: {
      fr: "Ces dates chevauchent une autre occupation de ce logement.",
      nl: "Deze data overlappen met een andere bewoning van deze woning.",
      en: "These dates overlap another occupancy of this home.",
      de: "Diese Daten überschneiden sich mit einer anderen Belegung dieser Wohnung.",
    },
  },
  "occupancy.household_elsewhere": {
    title: {
      fr: "Ce ménage habite déjà un autre logement à ces dates. Indiquez d'abord son départ de l'autre logement.",
      nl: "Dit gezin woont op deze data al in een andere woning. Geef eerst zijn vertrek uit die woning in.",
      en: "This household already lives in another home on these dates. Enter its move-out from that home first.",
      de: "Dieser Haushalt wohnt an diesen Daten bereits in einer anderen Wohnung. Tragen Sie zuerst seinen Auszug dort ein.",
    },
  },
  "cost_split.already_final": {
    title: {
      fr: "Cette répartition est déjà définitive.",
      nl: "Deze verdeling is al definitief.",
      en: "This split is already final.",
      de: "Diese Aufteilung ist bereits endgültig.",
    },
  },
  "cost_split.season_final": {
    title: {
      fr: "Une autre répartition définitive de ce bâtiment couvre déjà une partie de ces dates.",
      nl: "Een andere definitieve verdeling van dit gebouw dekt al een deel van deze data.",
      en: "Another final split of this building already covers some of these dates.",
      de: "Eine andere endgültige Aufteilung dieses Gebäudes deckt bereits einen Teil dieser Daten ab.",
    },
  },
};

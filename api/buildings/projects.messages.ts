import type { Message } from "../http/messages.ts";

/** Refusals of a building's projects, said plainly. */
export const PROJECTS_MESSAGES: Record<string, Message> = {
  "project.event_not_found": {
    title: {
      fr: "Ces travaux ne sont pas ceux de ce bâtiment : choisissez des travaux du bâtiment.",
      nl: "Deze werken horen niet bij dit gebouw: kies werken van het gebouw.",
      en: "These works are not this building's: choose works of the building.",
      de: "Diese Arbeiten gehören nicht zu diesem Gebäude: Wählen Sie Arbeiten des Gebäudes.",
    },
  },
};

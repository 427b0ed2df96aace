import type { Message } from "../http/messages.ts";

/** Refusals of the building report, said plainly ("report.from_after_to" is the programme report's). */
export const BUILDING_REPORT_MESSAGES: Record<string, Message> = {
  "building_report.period_too_long": {
    title: {
      fr: "Choisissez une période de dix ans au plus.",
      nl: "Kies een periode van hoogstens tien jaar.",
      en: "Choose a period of ten years at most.",
      de: "Wählen Sie einen Zeitraum von höchstens zehn Jahren.",
    },
  },
};

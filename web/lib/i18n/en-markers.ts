import type { Catalogue } from "./index.ts";

/** English texts of the household's actions on My consumption (French reference: fr-markers.ts). */
export const enMarkers: Catalogue = {
  "consumption.markers.title": "Your actions",
  "consumption.markers.intro":
    "What you did with your group in these months. On the chart, a ◆ above a bar marks the month.",
  "consumption.markers.legend": "your actions (listed after the chart)",
  "consumption.markers.chartNote":
    "A diamond above a bar marks a month in which you took action; the list “Your actions” follows.",
  "consumption.markers.session": "{day}: session “{theme}”",
  "consumption.markers.kit": "{day}: received — {item} ({quantity})",
  "consumption.markers.done": "{day}: action done — {tip}",
};

import type { Catalogue } from "./index.ts";

/** German texts of the household's actions on Mein Verbrauch (French reference: fr-markers.ts). */
export const deMarkers: Catalogue = {
  "consumption.markers.title": "Ihre Aktionen",
  "consumption.markers.intro":
    "Was Sie in diesen Monaten mit Ihrer Gruppe getan haben. In der Grafik markiert ein ◆ über einem Balken den Monat.",
  "consumption.markers.legend": "Ihre Aktionen (die Liste folgt der Grafik)",
  "consumption.markers.chartNote":
    "Eine Raute über einem Balken markiert einen Monat, in dem Sie etwas getan haben; die Liste „Ihre Aktionen“ folgt.",
  "consumption.markers.session": "{day}: Treffen „{theme}“",
  "consumption.markers.kit": "{day}: Material erhalten — {item} ({quantity})",
  "consumption.markers.done": "{day}: Schritt umgesetzt — {tip}",
};

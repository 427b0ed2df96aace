import type { Catalogue } from "./index.ts";

/** Dutch texts of the household's actions on Mijn verbruik (French reference: fr-markers.ts). */
export const nlMarkers: Catalogue = {
  "consumption.markers.title": "Uw acties",
  "consumption.markers.intro":
    "Wat u in deze maanden met uw groep hebt gedaan. Op de grafiek duidt een ◆ boven een staaf de maand aan.",
  "consumption.markers.legend": "uw acties (de lijst staat onder de grafiek)",
  "consumption.markers.chartNote":
    "Een ruit boven een staaf duidt een maand aan waarin u iets hebt gedaan; de lijst ‘Uw acties’ volgt.",
  "consumption.markers.session": "{day}: bijeenkomst ‘{theme}’",
  "consumption.markers.kit": "{day}: materiaal ontvangen — {item} ({quantity})",
  "consumption.markers.done": "{day}: actie uitgevoerd — {tip}",
};

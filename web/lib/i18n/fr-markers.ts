import { addFrench } from "./index.ts";

/**
 * French texts of the household's actions on Ma consommation (the markers of its chart and their
 * list). They load with that page; nl.ts, en.ts and de.ts take theirs from nl-markers.ts and the like.
 */
export const frMarkers = {
  "consumption.markers.title": "Vos actions",
  "consumption.markers.intro":
    "Ce que vous avez fait avec votre groupe pendant ces mois. Sur le graphique, un\u00a0◆ au-dessus d'une barre marque le mois.",
  "consumption.markers.legend": "vos actions (la liste suit le graphique)",
  "consumption.markers.chartNote":
    "Un losange au-dessus d'une barre marque un mois où vous avez agi\u00a0; la liste «\u00a0Vos actions\u00a0» suit.",
  "consumption.markers.session": "{day}\u00a0: séance «\u00a0{theme}\u00a0»",
  "consumption.markers.kit": "{day}\u00a0: matériel reçu — {item} ({quantity})",
  "consumption.markers.done": "{day}\u00a0: geste réalisé — {tip}",
} satisfies Record<string, string>;

addFrench(frMarkers);

import { addFrench } from "./index.ts";

/**
 * French texts of the building alerts: the list `/alertes` and a building's open alerts. Each alert
 * says what was seen (the figures come from the API's `seen`) and why it matters. They load with those
 * pages; nl.ts, en.ts and de.ts take theirs from nl-alerts.ts and the like.
 */
export const frAlerts = {
  "alerts.title": "Alertes",
  "alerts.intro":
    "Ce que les relevés des chaufferies montrent d'inhabituel. Dites que vous avez vu une alerte, puis clôturez-la quand c'est réglé.",
  "alerts.portfolioLink": "Voir les alertes des bâtiments",
  "alerts.backToBuildings": "← Les bâtiments",
  "alerts.show": "Afficher",
  "alerts.filter.todo": "À traiter (nouvelles et vues)",
  "alerts.filter.open": "Nouvelles",
  "alerts.filter.acknowledged": "Vues, pas encore clôturées",
  "alerts.filter.closed": "Clôturées",
  "alerts.empty": "Aucune alerte ici. Tout semble normal.",
  "alerts.buildingEmpty": "Aucune alerte ouverte pour ce bâtiment.",
  "alerts.seeAll": "Voir toutes les alertes",
  "alerts.status.open": "Nouvelle",
  "alerts.status.acknowledged": "Vue le {date}",
  "alerts.status.closed": "Clôturée le {date}",
  "alerts.closedByItself": "Clôturée d'elle-même le {date} : les relevés ont repris.",
  "alerts.note": "Note : {note}",
  "alerts.acknowledge": "J'ai vu",
  "alerts.close": "Clôturer",
  "alerts.closeNote": "Ce qui a été fait (facultatif)",
  "alerts.closeConfirm": "Clôturer l'alerte",
  "alerts.done": "C'est noté.",
  "alerts.whyTitle": "Pourquoi c'est important :",
  "alerts.kind.summer_heating": "Chauffage en été",
  "alerts.kind.above_model": "Mois bien plus élevé que prévu",
  "alerts.kind.readings_missing": "Relevés manquants",
  "alerts.kind.meter_backwards": "Compteur qui recule",
  "alerts.seen.summer_heating":
    "En {months}, le bâtiment a consommé {kwh} kWh, alors que l'eau chaude, les pertes de la chaudière et les quelques jours frais n'en expliquent que {expectedKwh} kWh.",
  "alerts.why.summer_heating":
    "Le chauffage semble avoir tourné en été : c'est de l'énergie payée par les locataires pour rien. Vérifiez l'arrêt d'été et la régulation de la chaudière.",
  "alerts.seen.above_model":
    "En {month}, le bâtiment a consommé {kwh} kWh, soit {pct} % de plus que les {predictedKwh} kWh attendus avec la météo de ce mois.",
  "alerts.why.above_model":
    "À météo égale, une telle hausse vient souvent d'une panne, d'un réglage changé ou d'une fuite. Chaque mois sans réparation coûte : vérifiez vite.",
  "alerts.seen.readings_missing":
    "Aucun relevé du compteur « {meter} » depuis le {date}, soit {days} jours (la limite est de {limit} jours).",
  "alerts.why.readings_missing":
    "Sans relevés, on ne voit ni une panne ni une surconsommation, et la répartition des frais de chauffage devra être estimée. Demandez un relevé au concierge.",
  "alerts.seen.meter_backwards":
    "Le compteur « {meter} » est passé de {previous} {unit} le {from} à {index} {unit} le {to}, noté comme une remise à zéro.",
  "alerts.why.meter_backwards":
    "Un compteur ne recule pas tout seul : compteur remplacé sans le dire, erreur de lecture ou manipulation. La consommation de cette période reste inconnue tant que ce n'est pas éclairci.",
} as const;

addFrench(frAlerts);

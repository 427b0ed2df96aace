import { addFrench } from "./index.ts";

/**
 * French texts of the housing company's buildings: the portfolio, a building's page and the result
 * of its works. They load with those pages; nl.ts, en.ts and de.ts take theirs from nl-buildings.ts
 * and the like.
 */
export const frBuildings = {
  "buildings.title": "Bâtiments",
  "buildings.staffOnly": "Les bâtiments sont gérés par les gestionnaires d'une société de logement.",
  "buildings.intro":
    "Tous les bâtiments chauffés collectivement de la société. Touchez un nom pour voir le bâtiment, ses logements, ses travaux et ses compteurs.",
  "buildings.count": "Bâtiments\u00a0: {count}",
  "buildings.shown": "Bâtiments\u00a0: {shown} sur {count}",
  "buildings.empty": "Aucun bâtiment pour l'instant. Importez la liste de vos bâtiments ci-dessous.",
  "buildings.noMatch": "Aucun bâtiment ne correspond à ces filtres.",
  "buildings.showMore": "Afficher plus de bâtiments ({count})",

  "buildings.filters": "Filtrer",
  "buildings.search": "Rechercher",
  "buildings.searchHint": "Nom, code ou commune",
  "buildings.commune": "Commune",
  "buildings.allCommunes": "Toutes les communes",
  "buildings.heating": "Chauffage",
  "buildings.allHeating": "Tous les chauffages",
  "buildings.heating.gas_boiler": "Chaudière gaz",
  "buildings.heating.oil_boiler": "Chaudière mazout",
  "buildings.heating.heat_network": "Réseau de chaleur",
  "buildings.heating.heat_pump": "Pompe à chaleur",

  "buildings.tableCaption": "Bâtiments, du plus consommateur au moins consommateur",
  "buildings.tableCaptionByName": "Bâtiments par nom",
  "buildings.col.name": "Bâtiment",
  "buildings.col.commune": "Commune",
  "buildings.col.heating": "Chauffage",
  "buildings.col.area": "Surface chauffée",
  "buildings.col.kwhPerM2": "kWh/m² par an, année normale",
  "buildings.col.trend": "Évolution",
  "buildings.col.last12": "kWh des 12 derniers mois",
  "buildings.col.alerts": "Alertes",
  "buildings.noFigure": "pas encore",
  "buildings.trendLabel": "kWh/m² par mois sur {count} mois\u00a0: {first} au début, {last} à la fin",
  "buildings.figuresMissing":
    "Les consommations par m² apparaîtront ici dès que les relevés des chaufferies seront calculés.",
  "buildings.monthsCovered": "sur {count} mois",
  "buildings.fuelNote":
    "Gaz et mazout\u00a0: pour la même chaleur, un bâtiment au gaz affiche environ 10\u00a0% de kWh en plus. Le gaz est compté comme sur la facture (pouvoir calorifique supérieur), le mazout et les pellets au pouvoir calorifique inférieur.",
  "buildings.areaValue": "{value}\u00a0m²",

  "buildings.importTitle": "Importer des bâtiments ou des logements (CSV)",
  "buildings.importIntro":
    "Un fichier CSV avec une ligne par bâtiment ou par logement, la première ligne donnant les noms des colonnes. Importer à nouveau le même fichier ne crée pas de doublons.",
  "buildings.importFile": "Fichier CSV",
  "buildings.importHint":
    "Bâtiments\u00a0: code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Logements\u00a0: code bâtiment, logement, surface m².",
  "buildings.importMissing": "Choisissez d'abord un fichier.",
  "buildings.importSend": "Importer",
  "buildings.importing": "Import en cours…",
  "buildings.imported":
    "Lignes lues\u00a0: {rows}. Ajoutées\u00a0: {created}, modifiées\u00a0: {updated}, déjà à jour\u00a0: {unchanged}.",

  "building.back": "← Tous les bâtiments",
  "building.code": "Code\u00a0: {code}",
  "building.factsTitle": "Le bâtiment",
  "building.address": "Adresse",
  "building.area": "Surface chauffée",
  "building.dwellings": "Logements",
  "building.dwellingsValue": "{count} (dont {onFile} encodés)",
  "building.heating": "Chauffage",
  "building.year": "Construction",
  "building.yearUnknown": "non connue",

  "building.indicatorsTitle": "Consommation",
  "building.indicatorsMissing":
    "Les indicateurs (kWh par mois et par m², consommation en année normale) apparaîtront ici dès que les relevés de la chaufferie seront calculés.",
  "building.indicatorsStale": "Les chiffres sont en cours de recalcul après un nouveau relevé.",
  "building.signatureWords":
    "Signature énergétique, sur l'année\u00a0: {base} kWh par jour même sans froid, plus {slope} kWh par degré-jour de froid. Ces {base} kWh comptent l'eau chaude et les pertes de la chaudière, mais aussi le chauffage s'il a tourné en été.",
  "building.signatureSmartMeter":
    "Calculée sur les relevés quotidiens du compteur communicant, additionnés par mois.",
  "building.monthlyTitle": "kWh par m², mois par mois, de {from} à {to}",
  "building.monthlyLabel": "Consommation par m² de chaque mois.",
  "building.monthlyLabelWorks": "Les périodes de travaux sont en bleu.",
  "building.monthlyLabelPartial":
    "Les barres plus claires sont des mois avec des relevés pour une partie de leurs jours seulement\u00a0: elles sont plus basses que ce qui a vraiment été consommé.",
  "building.worksBand": "Travaux\u00a0: {kind}, du {from} au {to}",
  "building.partialMonths":
    "Mois incomplets\u00a0: {months}. Il manque des relevés pour certains jours\u00a0: leur barre, plus claire, est plus basse que ce que le bâtiment a vraiment consommé.",
  "building.missingMonths":
    "Sans chiffres\u00a0: {months}. Aucun relevé ne couvre ces mois\u00a0: ils n'ont pas de barre.",
  "building.normalYear": "{value} kWh/m² par an en année normale",
  "building.seasonsCaption": "Saisons de chauffe (octobre à avril)",
  "building.season": "Saison",
  "building.seasonIncomplete": "(incomplète)",

  "building.worksTitle": "Travaux",
  "building.worksEmpty": "Aucun travail encodé.",
  "building.worksIntro":
    "Pour chaque travail terminé, la consommation après les travaux est comparée à l'année d'avant, à météo égale.",
  "building.event.roof": "Toiture",
  "building.event.walls": "Murs",
  "building.event.windows": "Châssis",
  "building.event.boiler": "Chaudière",
  "building.event.regulation": "Régulation",
  "building.event.other": "Autres travaux",
  "building.worksDates": "Du {from} au {to}",
  "building.worksOngoing": "Commencés le {from}, pas encore terminés",
  "building.addWorks": "Ajouter des travaux",
  "building.editWorks": "Modifier ces travaux",
  "building.worksKind": "Type de travaux",
  "building.worksLabel": "Description",
  "building.worksLabelHint": "Par exemple\u00a0: isolation de la toiture",
  "building.worksStart": "Début des travaux",
  "building.worksEnd": "Fin des travaux",
  "building.worksEndHint": "Laissez vide si les travaux ne sont pas finis.",
  "building.save": "Enregistrer",
  "building.saving": "Enregistrement…",

  "renovation.title": "Résultat des travaux",
  "renovation.loading": "Calcul du résultat…",
  "renovation.noMeter":
    "Pas de compteur de chaufferie (gaz, mazout ou chaleur)\u00a0: ajoutez-le pour mesurer l'effet des travaux.",
  "renovation.less": "Environ {pct}\u00a0% de moins qu'avant les travaux",
  "renovation.more": "Environ {pct}\u00a0% de plus qu'avant les travaux",
  "renovation.range": ", entre {low}\u00a0% et {high}\u00a0%.",
  "renovation.end": ".",
  "renovation.noClearChange":
    "Pas de différence nette\u00a0: entre {more}\u00a0% de plus et {less}\u00a0% de moins qu'avant les travaux.",
  "renovation.kwh": "{energy}\u00a0: {kwh} kWh utilisés au lieu de {expected} kWh attendus sans les travaux.",
  "renovation.period":
    "Mesuré du {from} au {to} ({months} mois), à météo égale, comparé à l'année avant les travaux.",
  "renovation.provisional": "Résultat provisoire\u00a0: encore {months} mois pour une année complète.",
  "renovation.noInterval": "La marge d'incertitude ne peut pas encore être calculée.",
  "renovation.underWay": "Le résultat sera calculé après la fin des travaux.",
  "renovation.notEnoughAfter":
    "Pas encore assez de données\u00a0: encore {months} mois de relevés après les travaux.",
  "renovation.notEnoughBefore":
    "Pas assez de relevés avant les travaux\u00a0: il manque {months} mois de relevés dans l'année avant le {date}.",
  "renovation.noWeather": "Il manque les données météo de ces mois\u00a0: {months}.",
  "renovation.modelNotFit":
    "Les relevés d'avant les travaux varient trop avec la météo pour servir de référence. Vérifiez les relevés de cette année-là.",
  "renovation.showSignature": "Voir la signature énergétique",
  "renovation.signatureLabel":
    "Consommation par jour selon le froid\u00a0: avant les travaux en ronds, après en triangles.",
  "renovation.before": "Avant les travaux",
  "renovation.after": "Après les travaux ({label})",
  "renovation.line": "Ce que le bâtiment utilisait avant les travaux, selon le froid",
  "renovation.xAxis": "Degrés-jours par jour",
  "renovation.yAxis": "kWh par jour",

  "building.metersTitle": "Compteurs",
  "building.metersEmpty": "Aucun compteur pour ce bâtiment.",
  "building.meterLast": "Dernier relevé\u00a0: {value} {unit}, le {date}",
  "building.meterNoReading": "Pas encore de relevé",
  "building.meterClosed": "Remplacé le {date}",
  "building.meterRead": "Encoder un relevé",

  "building.dwellingsTitle": "Logements",
  "building.dwellingsEmpty":
    "Aucun logement encodé. Importez la liste des logements depuis la page des bâtiments.",
  "building.dwellingArea": "{value}\u00a0m²",
  "building.dwellingFloor": "étage {floor}",
  "building.dwellingGround": "rez-de-chaussée",
  "building.livesHere": "Habité par\u00a0: {name}",
  "building.vacant": "Pas de ménage lié",
  "building.household": "Ménage qui habite ce logement",
  "building.nobody": "Personne (logement vide)",
  "building.changeHousehold": "Changer le ménage du logement {unit}",
} as const;

addFrench(frBuildings);

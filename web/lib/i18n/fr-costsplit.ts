import { addFrench } from "./index.ts";

/**
 * French texts of the heating cost split: the building page's section and the printable statement.
 * nl.ts, en.ts and de.ts take theirs from nl-costsplit.ts and the like.
 */
export const frCostSplit = {
  "costSplit.title": "Répartition des frais de chauffage",
  "costSplit.intro":
    "La facture de chauffage de la saison est partagée entre les logements : une part fixe selon la surface, le reste selon la chaleur relevée sur les répartiteurs.",
  "costSplit.bill": "Montant de la facture (€)",
  "costSplit.from": "Début de la saison",
  "costSplit.to": "Fin de la saison",
  "costSplit.toHint": "Le premier jour qui n'est plus compté (par exemple le 1er mai).",
  "costSplit.fixedShare": "Part fixe selon la surface (%)",
  "costSplit.fixedShareHint": "Souvent 30 %. Le reste est partagé selon la chaleur utilisée.",
  "costSplit.compute": "Calculer la répartition",
  "costSplit.none": "Aucune répartition pour l'instant.",
  "costSplit.season": "Saison du {from} au {to}",
  "costSplit.draft": "Brouillon",
  "costSplit.final": "Définitive",
  "costSplit.dwelling": "Logement",
  "costSplit.fixed": "Part fixe",
  "costSplit.variable": "Part variable",
  "costSplit.total": "Total",
  "costSplit.company": "Société (logement vide)",
  "costSplit.estimated": "estimé",
  "costSplit.periodDays": "{periods} ({days}\u00a0jours)",
  "costSplit.estimatedNote": "« estimé » : relevé manquant, consommation estimée selon la surface.",
  "costSplit.sumCheck": "Total des décomptes : {sum} pour une facture de {bill}.",
  "costSplit.finalise": "Rendre définitive",
  "costSplit.finaliseHint":
    "Une répartition définitive est celle envoyée aux locataires : elle ne change plus.",
  "costSplit.csv": "Télécharger les décomptes (CSV)",
  "costSplit.open": "Décompte",
  "costSplit.statementTitle": "Décompte des frais de chauffage",
  "costSplit.coverage.dwellings_missing": "Tous les logements du bâtiment ne sont pas encodés",
  "costSplit.coverage.area_short": "Les logements encodés sont bien plus petits que le bâtiment",
  "costSplit.coverageFigures":
    "Logements encodés : {onFile} sur {inBuilding} ({areaOnFile} sur {buildingArea}).",
  "costSplit.coverageShared":
    "Toute la facture de {bill} est partagée entre ces logements seulement : si elle chauffe tout le bâtiment, leurs ménages paient aussi pour le reste.",
  "costSplit.coverageToDo.dwellings_missing":
    "Avant de rendre la répartition définitive, encodez les logements qui manquent, puis calculez-la à nouveau. Ou bien calculez-la avec la seule part de la facture qui concerne ces logements. Si la facture ne concerne vraiment que ces logements (une aile du bâtiment par exemple), vous pouvez la rendre définitive telle quelle.",
  "costSplit.coverageToDo.area_short":
    "Avant de rendre la répartition définitive, vérifiez le nombre de logements du bâtiment et la surface de chaque logement, puis calculez-la à nouveau. Si la facture ne concerne vraiment que ces logements, vous pouvez la rendre définitive telle quelle.",
  "costSplit.coverageFinal": "Cette répartition a été rendue définitive avec cet avertissement.",
  "costSplit.statementCompany": "Société de logement",
  "costSplit.statementBuilding": "Bâtiment",
  "costSplit.statementSeason": "Saison de chauffage",
  "costSplit.statementSeasonValue": "du {from} au {to}",
  "costSplit.statementIssued": "Date du décompte",
  "costSplit.statementDraft":
    "brouillon calculé le {date}, pas encore envoyé aux locataires : les montants peuvent encore changer",
  "costSplit.print": "Imprimer",
  "costSplit.back": "← Retour",
} as const;

addFrench(frCostSplit);

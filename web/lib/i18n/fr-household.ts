import { addFrench } from "./index.ts";

/**
 * French texts of the household pages beyond the first screen: Ma consommation, the euros after a
 * reading, readings kept on the phone. They load with those pages, not with the login page;
 * nl.ts, en.ts and de.ts take their translations from nl-household.ts and the like.
 */
export const frHousehold = {
  "householdHome.consumption": "Ma consommation",
  "householdHome.consumptionHint": "Mois par mois, en kWh et en euros, comparé à l'an dernier.",
  "householdHome.savings": "Mes économies",
  "householdHome.savingsHint": "Ce que vous avez économisé, à météo égale, en euros.",
  "meters.consumption": "Voir ma consommation, mois par mois",

  "consumption.title": "Ma consommation",
  "consumption.intro": "Chaque mois de {year}, à côté du même mois de {previous}.",
  "consumption.showIn": "Afficher en",
  "consumption.inKwh": "kWh",
  "consumption.inEuros": "euros",
  "consumption.inNative": "unité du compteur",
  "consumption.years": "Choisir l'année",
  "consumption.stripedMeans": "rayé : en partie estimé, ou mois pas encore complet (le mois en cours)",
  "consumption.chartLabel":
    "{energy} en {unit}, mois par mois : {year} à côté de {previous}. Les chiffres sont dans le tableau qui suit.",
  "consumption.showFigures": "Voir les chiffres",
  "consumption.hideFigures": "Cacher les chiffres",
  "consumption.tableCaption": "{energy}, en {unit}",
  "consumption.month": "Mois",
  "consumption.estimated": "en partie estimé",
  "consumption.partial": "mois incomplet",
  "consumption.noData": "pas de données",
  "consumption.tariffMissing": "prix inconnu (tarif manquant)",
  "consumption.notPriced": "pas de prix en euros",
  "consumption.someTariffMissing":
    "Certains mois n'ont pas de prix : tarif manquant. Votre conseiller peut l'ajouter.",
  "consumption.allTariffMissing":
    "Le prix n'est pas connu : tarif manquant. Votre conseiller peut l'ajouter. Choisissez « kWh » ou « unité du compteur » pour voir votre consommation.",
  "consumption.someTariffMissingCompany":
    "Certains mois n'ont pas de prix : tarif manquant. Votre société de logement peut l'ajouter.",
  "consumption.allTariffMissingCompany":
    "Le prix n'est pas connu : tarif manquant. Votre société de logement peut l'ajouter. Choisissez « kWh » ou « unité du compteur » pour voir votre consommation.",
  "consumption.allNotPriced": "Ce compteur ne se compte pas en euros.",
  "consumption.allNoData": "Pas encore de relevés pour ces deux années.",
  "consumption.priceFromDeliveries": "Coût calculé avec le prix moyen de vos livraisons.",
  "consumption.spreadByWeather":
    "Entre deux relevés, les jours froids comptent plus que les jours doux\u00a0: c'est là que vous chauffez.",
  "consumption.fuelPriceMissing": "prix inconnu (prix des livraisons manquant)",
  "consumption.someFuelPriceMissing":
    "Certains mois n'ont pas de prix. Indiquez le montant total payé quand vous notez une livraison.",
  "consumption.allFuelPriceMissing":
    "Le prix n'est pas connu : vos livraisons n'ont pas de prix. Indiquez le montant total payé quand vous notez une livraison. Choisissez « kWh » ou « unité du compteur » pour voir votre consommation.",
  "feedback.deliveryPriceMissing":
    "Le prix en euros n'est pas connu : vos livraisons n'ont pas de prix. Indiquez le montant total payé quand vous notez une livraison.",

  "feedback.euros": "Cela fait environ {eur}, soit {perDay} par jour.",
  "feedback.eurosShort": "Cela fait environ {eur}.",
  "feedback.tariffMissing":
    "Le prix en euros n'est pas connu : tarif manquant. Votre conseiller peut l'ajouter.",
  "feedback.tariffMissingCompany":
    "Le prix en euros n'est pas connu : tarif manquant. Votre société de logement peut l'ajouter.",
  "feedback.tariffMissingStaff":
    "Le prix en euros n'est pas connu : tarif manquant. Un coordinateur peut l'ajouter dans les réglages.",
  "feedback.kwh": "En énergie : environ {kwh}\u00a0kWh.",
  "feedback.noLastYear": "Pas de comparaison avec l'an dernier : il manque des relevés de cette période-là.",
  "feedback.sameAsLastYear": "C'est à peu près comme l'an dernier à la même période.",
  "feedback.lessThanLastYear": "C'est {percent}\u00a0% de moins par jour que l'an dernier à la même période.",
  "feedback.moreThanLastYear": "C'est {percent}\u00a0% de plus par jour que l'an dernier à la même période.",
  "feedback.moneyLoading": "Calcul du prix…",
  "feedback.moneyFailed":
    "Le prix n'a pas pu être calculé maintenant. Vous le verrez dans « Ma consommation ».",

  "offline.keptTitle": "Gardé sur ce téléphone",
  "offline.kept":
    "Pas de connexion pour le moment. Ce relevé est en attente : il sera envoyé dès que la connexion revient.",
  "offline.keptSignedOut":
    "Vous avez été déconnecté. Ce relevé est en attente : il sera envoyé quand vous vous reconnecterez.",
  "offline.waiting": "En attente d'envoi",
  "offline.waitingOne": "1 relevé en attente d'envoi",
  "offline.waitingMany": "{count} relevés en attente d'envoi",
  "offline.listTitle": "Pas encore envoyés",
  "offline.refused": "Pas accepté. À vérifier :",
  "offline.dropConfirm": "Supprimer le relevé du {date} ({value}) ? Il n'a pas été envoyé et sera perdu.",
  "offline.keptSent": "Ce relevé a été envoyé.",
  "offline.refusedTitle": "Pas accepté : à vérifier",
  "offline.checkIt": "Vérifier ce relevé",
  "offline.toCheckOne": "1 relevé pas accepté, à vérifier",
  "offline.toCheckMany": "{count} relevés pas acceptés, à vérifier",
  "number.whichOne": "Vous avez écrit {typed} : est-ce {thousands} ou {decimal} ?",
  "number.whichOneHint":
    "Un point peut séparer les milliers ou remplacer la virgule. Touchez le bon chiffre.",
  "reading.belowPrevious":
    "L'index {value} est plus petit que le dernier relevé ({previousValue} le {previousDate}).",
  "reading.belowPreviousDetail":
    "Relisez les chiffres un par un : c'est souvent une faute de frappe. Si le compteur a été remplacé, prévenez votre conseiller. Cochez « remise à zéro » seulement si le compteur a vraiment dépassé son maximum et recommencé à zéro.",
  "reading.belowPreviousDetailDayNight":
    "Relisez les chiffres un par un : c'est souvent une faute de frappe. Vérifiez aussi que vous n'avez pas inversé le jour et la nuit. Si le compteur a été remplacé, prévenez votre conseiller. Cochez « remise à zéro » seulement si le compteur a vraiment dépassé son maximum et recommencé à zéro.",
  "reading.belowPreviousDetailAllocator":
    "Un répartiteur recommence à zéro une fois par an, au début de la saison de chauffage : si c'est le cas, cochez « remise à zéro ». Sinon, relisez les chiffres un par un.",
  "myData.title": "Mes données",
  "myData.intro":
    "Téléchargez une copie de tout ce que l'application garde sur vous : profil, compteurs, relevés.",
  "myData.csv": "Télécharger mes données (Excel, fichier ZIP)",
  "myData.json": "Télécharger mes données (JSON)",
  "myData.erase": "Pour faire effacer vos données, demandez-le à votre conseiller.",
  "myData.eraseCompany": "Pour faire effacer vos données, demandez-le à votre société de logement.",
  "mySharing.title": "Ce que je partage",
  "mySharing.intro": "C'est vous qui choisissez, et vous pouvez changer d'avis quand vous voulez.",
  "mySharing.adviserAdviser":
    "Avec mon conseiller\u00a0: il voit ma fiche (taille du ménage, chauffage, acomptes), mes compteurs, mes relevés, ma consommation, mes économies et ce que nous faisons ensemble, pour m'aider.",
  "mySharing.adviserCompany":
    "Avec ma société de logement\u00a0: elle voit ma fiche (taille du ménage, chauffage, acomptes), mes compteurs, mes relevés, ma consommation et mes économies, pour m'aider.",
  "mySharing.companyAlways":
    "Les compteurs de chauffage de mon logement (répartiteurs, compteur de chaleur) restent visibles pour ma société de logement dans tous les cas\u00a0: elle en a besoin pour partager les frais de chauffage.",
  "mySharing.group":
    "Avec mon groupe\u00a0: mes chiffres comptent, sans mon nom, dans les résultats du groupe.",
  "mySharing.sharedSince": "Partagé depuis le {date}.",
  "mySharing.notShared": "Pas partagé.",
  "mySharing.stop": "Ne plus partager",
  "mySharing.start": "Partager",
  "mySharing.withAdviser": "avec mon conseiller",
  "mySharing.withCompany": "avec ma société de logement",
  "mySharing.withGroup": "avec mon groupe",
  "myPin.title": "Mon code PIN",
  "myPin.handedOut":
    "Votre code PIN vous a été donné sur papier : la personne qui vous l'a remis le connaît. Choisissez le vôtre, que vous seul connaîtrez.",
  "myPin.chosenOn": "Vous avez choisi votre code PIN le {date}. Vous seul le connaissez.",
  "myPin.done":
    "C'est fait. Retenez bien votre nouveau code : la prochaine fois, c'est lui qu'il faudra taper.",
  "myPin.choose": "Choisir mon code PIN",
  "myPin.change": "Changer mon code PIN",
  "myPin.current": "Code PIN actuel",
  "myPin.new": "Nouveau code PIN",
  "myPin.newHint": "4 à 8 chiffres, pas 1234 ni 0000",
  "myPin.again": "Nouveau code PIN, encore une fois",
  "myPin.mismatch": "Ce n'est pas le même code que juste au-dessus. Tapez-le encore une fois.",
  "myPin.save": "Enregistrer mon code",
  "myGroup.door": "Mon groupe",
  "myGroup.doorHint": "La prochaine rencontre, mes engagements, mes progrès",
} satisfies Record<string, string>;

addFrench(frHousehold);

import { addFrench } from "./index.ts";

/**
 * French texts of the staff pages that set up a household's meters (add one, declare a
 * replacement). They load with those pages, not with the login page; nl.ts, en.ts and de.ts take
 * their translations from nl-meter-setup.ts and the like.
 */
export const frMeterSetup = {
  "meterKind.electricity": "Électricité",
  "meterKind.gas": "Gaz",
  "meterKind.water": "Eau",
  "meterKind.heat": "Compteur de chaleur",
  "meterKind.heat_cost_allocator": "Répartiteur de chauffage",
  "meterKind.heating_oil": "Citerne à mazout",
  "meterKind.pellets": "Pellets",
  "meterKind.wood": "Bois",

  "meterSetup.add": "Ajouter un compteur",
  "meterSetup.title": "Ajouter un compteur",
  "meterSetup.forHousehold": "Pour le ménage : {name}",
  "meterSetup.kind": "Quel compteur ?",
  "meterSetup.kindHint": "Touchez le dessin qui correspond.",
  "meterSetup.kindMissing": "Choisissez le type de compteur.",
  "meterSetup.name": "Nom du compteur",
  "meterSetup.nameHint": "Le ménage le verra sur son téléphone. Par exemple : Gaz de la cave.",
  "meterSetup.nameMissing": "Donnez un nom au compteur.",
  "meterSetup.layout": "Les index du compteur",
  "meterSetup.layoutHint": "Regardez le compteur ou la facture d'électricité.",
  "meterSetup.layout.single": "Un seul index",
  "meterSetup.layout.singleHint": "Le même prix le jour et la nuit (simple horaire).",
  "meterSetup.layout.day_night": "Jour et nuit",
  "meterSetup.layout.day_nightHint": "Deux index : heures pleines et heures creuses (bi-horaire).",
  "meterSetup.layout.solar": "Jour et nuit, avec panneaux solaires",
  "meterSetup.layout.solarHint":
    "Compteur numérique à quatre index : ce qui est pris au réseau et ce que les panneaux y renvoient, le jour et la nuit.",
  "meterSetup.exclusiveNight": "Il y a aussi un index « exclusif nuit »",
  "meterSetup.exclusiveNightHint":
    "Pour des radiateurs à accumulation ou un boiler qui ne chauffent que la nuit.",
  "meterSetup.gasType": "Type de gaz",
  "meterSetup.gas.H": "Gaz H (riche)",
  "meterSetup.gas.HHint":
    "Presque toute la Belgique reçoit du gaz H depuis la fin de la conversion du gaz L.",
  "meterSetup.gas.L": "Gaz L (pauvre)",
  "meterSetup.gas.LHint": "Seulement si la facture de gaz parle encore de gaz L.",
  "meterSetup.startDate": "Début du suivi",
  "meterSetup.startDateHint": "Le jour où vous lisez les chiffres de départ.",
  "meterSetup.startIndex": "Index de départ ({unit})",
  "meterSetup.startIndexRegister": "{register} : index de départ, en {unit}",
  "meterSetup.startLevel": "Niveau de la cuve au départ ({unit})",
  "meterSetup.startIndexHint": "Les chiffres du compteur ce jour-là, de gauche à droite.",
  "meterSetup.deliveriesOnly":
    "Ce combustible se suit par ses livraisons : il n'y a pas d'index à noter. Chaque livraison se note sur la page du compteur.",
  "meterSetup.ean": "Code EAN (facultatif)",
  "meterSetup.eanHint":
    "18 chiffres qui commencent par 54, sur la facture. Il sert à importer les données du compteur numérique.",
  "meterSetup.serial": "Numéro du compteur (facultatif)",
  "meterSetup.serialHint": "Le numéro écrit sur le compteur lui-même.",
  "meterSetup.more": "Plus d'options",
  "meterSetup.maxIndex": "Plus grand index possible (facultatif)",
  "meterSetup.maxIndexHint":
    "Le nombre le plus grand que le compteur affiche avant de repartir à zéro, par exemple 99999 s'il a 5 chiffres.",
  "meterSetup.submit": "Ajouter le compteur",
  "meterSetup.added": "Le compteur « {name} » est ajouté.",
  "meterSetup.staffOnly": "Seule l'équipe de l'organisation peut ajouter ou remplacer un compteur.",

  "meterReplace.title": "Remplacement : {name}",
  "meterReplace.intro":
    "Un technicien a posé un nouveau compteur ? Notez le dernier index de l'ancien et le premier du nouveau.",
  "meterReplace.date": "Date du remplacement",
  "meterReplace.dateHint": "Le jour où le nouveau compteur a été posé.",
  "meterReplace.old": "Ancien compteur : son dernier index",
  "meterReplace.oldHint": "Souvent écrit sur le document laissé par le technicien.",
  "meterReplace.final": "Index final ({unit})",
  "meterReplace.finalRegister": "{register} : index final, en {unit}",
  "meterReplace.finalCheck":
    "Vérifiez le dernier index de l'ancien compteur : il est souvent écrit sur le document du technicien.",
  "meterReplace.new": "Nouveau compteur : son premier index",
  "meterReplace.newHint": "Un compteur neuf commence souvent à 0.",
  "meterReplace.start": "Index de départ du nouveau ({unit})",
  "meterReplace.startRegister": "{register} : index de départ, en {unit}",
  "meterReplace.newSerial": "Numéro du nouveau compteur (facultatif)",
  "meterReplace.newEan": "Nouveau code EAN (facultatif)",
  "meterReplace.newEanHint": "Laissez vide si le code EAN ne change pas : c'est le cas le plus fréquent.",
  "meterReplace.check": "Continuer",
  "meterReplace.confirmTitle": "Vérifiez avant d'enregistrer",
  "meterReplace.summaryOne":
    "L'ancien compteur est clôturé le {date} avec l'index {final}\u00a0{unit} ; le nouveau commence à {start}\u00a0{unit}.",
  "meterReplace.summaryMany": "L'ancien compteur est clôturé le {date} avec ces index :",
  "meterReplace.summaryRegister":
    "{register} : {final}\u00a0{unit} ; le nouveau commence à {start}\u00a0{unit}",
  "meterReplace.summarySerial": "Numéro du nouveau compteur : {serial}",
  "meterReplace.summaryEan": "Nouveau code EAN : {ean}",
  "meterReplace.summaryAfter":
    "Les relevés suivants se notent sur le nouveau compteur. La consommation ne se calcule jamais d'un compteur à l'autre.",
  "meterReplace.summaryFinal": "Un remplacement ne peut pas être annulé.",
  "meterReplace.confirmYes": "Oui, enregistrer le remplacement",
  "meterReplace.done":
    "Le remplacement est enregistré : le nouveau compteur « {name} » est prêt pour ses relevés.",
  "meterReplace.alreadyClosed": "Ce compteur a été remplacé le {date}.",
  "meterReplace.notForDeliveries":
    "Ce combustible se suit par ses livraisons : il n'y a pas de compteur à remplacer.",
} satisfies Record<string, string>;

addFrench(frMeterSetup);

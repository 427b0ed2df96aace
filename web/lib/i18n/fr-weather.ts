import { addFrench } from "./index.ts";

/**
 * French texts of the administrator's weather screen and the organisation's station in the
 * settings. They load with those pages; nl.ts, en.ts and de.ts take theirs from nl-weather.ts and the like.
 */
export const frWeather = {
  "weather.adminLink": "Données météo : stations, mois manquants, imports",
  "weather.title": "Données météo",
  "weather.backToAdmin": "← Organisations",
  "weather.adminOnly": "Cette page est réservée à l'administrateur de la plateforme.",
  "weather.intro":
    "Les économies se comparent à météo égale, avec les degrés-jours de la station de chaque organisation. Un mois sans données météo n'a pas d'économies calculées\u00a0: importez-le dès qu'il est publié.",
  "weather.stationLabelled": "{name} — {label}",
  "weather.range": "de {from} à {to} ({count} mois)",
  "weather.missingOne":
    "Il manque les degrés-jours d'un mois\u00a0: {months}. Les économies de ce mois ne sont pas calculées.",
  "weather.missingMany":
    "Il manque les degrés-jours de {count} mois\u00a0: {months}. Les économies de ces mois ne sont pas calculées.",

  "weather.alertTitle": "Des mois récents n'ont pas de données météo",
  "weather.alertStation": "{station}\u00a0: {months}.",
  "weather.alertExplain":
    "Les économies de ces mois ne sont pas calculées. Importez les températures de l'IRM ou le tableau de Synergrid ci-dessous.",
  "weather.stationsTitle": "Stations",
  "weather.stationCode": "Code\u00a0: {code}",
  "weather.convention.dj15_15": "Degrés-jours 15/15 (IRM)",
  "weather.convention.equiv16_5": "Degrés-jours équivalents 16,5/16,5 (Synergrid)",
  "weather.measured": "Mesurés de {from} à {to}\u00a0: {count} mois avec des données.",
  "weather.noMeasured": "Aucun mois mesuré.",
  "weather.nothingMissing": "Aucun mois ne manque.",
  "weather.missingCount": "Il manque {count} mois\u00a0:",
  "weather.incompleteTitle": "Mois incomplets (des jours manquent)\u00a0:",
  "weather.missingDaysOne": "{month}\u00a0: 1 jour manque",
  "weather.missingDaysMany": "{month}\u00a0: {count} jours manquent",
  "weather.normals": "Normales\u00a0: {count} mois sur 12.",
  "weather.noNormals": "Pas de normales.",
  "weather.daily": "Valeurs par jour\u00a0: du {from} au {to} ({count} jours).",

  "weather.importTitle": "Importer un fichier",
  "weather.importIntro":
    "Un fichier refusé n'importe rien\u00a0: corrigez la ligne indiquée puis envoyez-le à nouveau. Le même fichier envoyé deux fois ne change rien.",
  "weather.importStation": "Station",
  "weather.importKind": "Type de fichier",
  "weather.kind.temperatures": "Températures par jour",
  "weather.kind.monthly": "Degrés-jours par mois",
  "weather.temperaturesHint":
    "L'export CSV des données ouvertes de l'IRM, ou deux colonnes date;tmean_c. Les degrés-jours des deux conventions en sont calculés.",
  "weather.monthlyHint": "Un tableau publié, par exemple par Synergrid, en deux colonnes month;degree_days.",
  "weather.importConvention": "Convention des degrés-jours",
  "weather.importSeries": "Série",
  "weather.series.measured": "Mois mesurés (écrits 2024-01)",
  "weather.series.normal": "Normales (mois de 1 à 12)",
  "weather.importSource": "Source (facultatif)",
  "weather.importSourceHint": "Qui publie ce tableau, par exemple Synergrid.",
  "weather.file": "Fichier CSV",
  "weather.fileHint": "Le fichier tel qu'il est publié, avec sa ligne de titres en haut.",
  "weather.fileMissing": "Choisissez un fichier.",
  "weather.send": "Importer le fichier",
  "weather.sending": "Envoi en cours…",
  "weather.column": "Colonne «\u00a0{column}\u00a0»\u00a0: {message}",

  "weather.done": "Fichier importé",
  "weather.already": "Déjà importé\u00a0: rien n'a changé",
  "weather.monthsChanged": "Mois ajoutés ou modifiés\u00a0: {count}",
  "weather.daysChanged": "Jours ajoutés ou modifiés\u00a0: {count}",
  "weather.rowsRead": "Lignes lues dans le fichier\u00a0: {count}.",
  "weather.monthSpan": "Période du fichier\u00a0: de {from} à {to}.",
  "weather.daySpan": "Période du fichier\u00a0: du {from} au {to}.",
  "weather.degreeDaysChanged":
    "Degrés-jours recalculés\u00a0: {dj} jours en 15/15, {equiv} jours en équivalents 16,5.",
  "weather.daysWithoutValue": "Jours sans température dans le fichier (ils restent manquants)\u00a0: {days}.",
  "weather.filled": "Mois qui ne manquent plus\u00a0: {months} — {convention}.",

  "weather.settingsTitle": "Station météo",
  "weather.settingsIntro":
    "Les économies des ménages sont calculées à météo égale avec les degrés-jours de cette station. Choisissez la plus proche de vos ménages.",
  "weather.settingsUsed": "Station utilisée\u00a0: {station}",
  "weather.settingsChoose": "Station",
  "weather.settingsSave": "Utiliser cette station",
  "weather.settingsSaved": "Station enregistrée\u00a0: {station}.",
  "weather.settingsRecentOk": "Les degrés-jours des derniers mois sont là.",
  "weather.settingsAskAdmin":
    "L'administrateur de la plateforme importe les données météo dès qu'elles sont publiées.",
} as const;

addFrench(frWeather);

import type { Catalogue } from "./index.ts";

/** Dutch texts of the weather screen and the organisation's station (French reference: fr-weather.ts). */
export const nlWeather: Catalogue = {
  "weather.adminLink": "Weergegevens: stations, ontbrekende maanden, imports",
  "weather.title": "Weergegevens",
  "weather.backToAdmin": "← Organisaties",
  "weather.adminOnly": "Deze pagina is voorbehouden aan de beheerder van het platform.",
  "weather.intro":
    "Besparingen worden vergeleken rekening houdend met het weer, met de graaddagen van het weerstation van elke organisatie. Voor een maand zonder weergegevens worden geen besparingen berekend: importeer ze zodra ze gepubliceerd zijn.",
  "weather.stationLabelled": "{name} — {label}",
  "weather.range": "van {from} tot {to} ({count} maanden)",
  "weather.missingOne":
    "De graaddagen van één maand ontbreken: {months}. De besparingen van die maand worden niet berekend.",
  "weather.missingMany":
    "De graaddagen van {count} maanden ontbreken: {months}. De besparingen van die maanden worden niet berekend.",

  "weather.alertTitle": "Recente maanden hebben geen weergegevens",
  "weather.alertStation": "{station}: {months}.",
  "weather.alertExplain":
    "De besparingen van die maanden worden niet berekend. Importeer hieronder de temperaturen van het KMI of de tabel van Synergrid.",
  "weather.stationsTitle": "Stations",
  "weather.stationCode": "Code: {code}",
  "weather.convention.dj15_15": "Graaddagen 15/15 (KMI)",
  "weather.convention.equiv16_5": "Equivalente graaddagen 16,5/16,5 (Synergrid)",
  "weather.measured": "Gemeten van {from} tot {to}: {count} maanden met gegevens.",
  "weather.noMeasured": "Geen enkele gemeten maand.",
  "weather.nothingMissing": "Er ontbreekt geen enkele maand.",
  "weather.missingCount": "Er ontbreken {count} maanden:",
  "weather.incompleteTitle": "Onvolledige maanden (er ontbreken dagen):",
  "weather.missingDaysOne": "{month}: 1 dag ontbreekt",
  "weather.missingDaysMany": "{month}: {count} dagen ontbreken",
  "weather.normals": "Normalen: {count} van de 12 maanden.",
  "weather.noNormals": "Geen normalen.",
  "weather.daily": "Waarden per dag: van {from} tot {to} ({count} dagen).",

  "weather.importTitle": "Een bestand importeren",
  "weather.importIntro":
    "Een geweigerd bestand importeert niets: verbeter de aangegeven regel en stuur het opnieuw. Hetzelfde bestand twee keer sturen verandert niets.",
  "weather.importStation": "Station",
  "weather.importKind": "Soort bestand",
  "weather.kind.temperatures": "Temperaturen per dag",
  "weather.kind.monthly": "Graaddagen per maand",
  "weather.temperaturesHint":
    "De CSV-export van de open data van het KMI, of twee kolommen date;tmean_c. De graaddagen van beide conventies worden eruit berekend.",
  "weather.monthlyHint":
    "Een gepubliceerde tabel, bijvoorbeeld van Synergrid, met twee kolommen month;degree_days.",
  "weather.importConvention": "Conventie van de graaddagen",
  "weather.importSeries": "Reeks",
  "weather.series.measured": "Gemeten maanden (geschreven als 2024-01)",
  "weather.series.normal": "Normalen (maanden 1 tot 12)",
  "weather.importSource": "Bron (niet verplicht)",
  "weather.importSourceHint": "Wie deze tabel publiceert, bijvoorbeeld Synergrid.",
  "weather.file": "CSV-bestand",
  "weather.fileHint": "Het bestand zoals het gepubliceerd is, met de regel met titels bovenaan.",
  "weather.fileMissing": "Kies een bestand.",
  "weather.send": "Het bestand importeren",
  "weather.sending": "Bezig met versturen…",
  "weather.column": "Kolom ‘{column}’: {message}",

  "weather.done": "Bestand geïmporteerd",
  "weather.already": "Al geïmporteerd: er is niets veranderd",
  "weather.monthsChanged": "Toegevoegde of gewijzigde maanden: {count}",
  "weather.daysChanged": "Toegevoegde of gewijzigde dagen: {count}",
  "weather.rowsRead": "Gelezen regels in het bestand: {count}.",
  "weather.monthSpan": "Periode van het bestand: van {from} tot {to}.",
  "weather.daySpan": "Periode van het bestand: van {from} tot {to}.",
  "weather.degreeDaysChanged":
    "Herberekende graaddagen: {dj} dagen in 15/15, {equiv} dagen in equivalente 16,5.",
  "weather.daysWithoutValue": "Dagen zonder temperatuur in het bestand (ze blijven ontbreken): {days}.",
  "weather.filled": "Maanden die niet meer ontbreken: {months} — {convention}.",

  "weather.settingsTitle": "Weerstation",
  "weather.settingsIntro":
    "De besparingen van de gezinnen worden rekening houdend met het weer berekend, met de graaddagen van dit station. Kies het station dat het dichtst bij uw gezinnen ligt.",
  "weather.settingsUsed": "Gebruikt station: {station}",
  "weather.settingsChoose": "Station",
  "weather.settingsSave": "Dit station gebruiken",
  "weather.settingsSaved": "Station opgeslagen: {station}.",
  "weather.settingsRecentOk": "De graaddagen van de laatste maanden zijn er.",
  "weather.settingsAskAdmin":
    "De beheerder van het platform importeert de weergegevens zodra ze gepubliceerd zijn.",
};

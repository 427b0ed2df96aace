import type { Catalogue } from "./index.ts";

/** German texts of the weather screen and the organisation's station (French reference: fr-weather.ts). */
export const deWeather: Catalogue = {
  "weather.adminLink": "Wetterdaten: Stationen, fehlende Monate, Importe",
  "weather.title": "Wetterdaten",
  "weather.backToAdmin": "← Organisationen",
  "weather.adminOnly": "Diese Seite ist dem Administrator der Plattform vorbehalten.",
  "weather.intro":
    "Einsparungen werden bei gleichem Wetter verglichen, mit den Gradtagzahlen der Wetterstation jeder Organisation. Für einen Monat ohne Wetterdaten werden keine Einsparungen berechnet: Importieren Sie ihn, sobald er veröffentlicht ist.",
  "weather.stationLabelled": "{name} — {label}",
  "weather.range": "von {from} bis {to} ({count} Monate)",
  "weather.missingOne":
    "Die Gradtagzahlen eines Monats fehlen: {months}. Die Einsparungen dieses Monats werden nicht berechnet.",
  "weather.missingMany":
    "Die Gradtagzahlen von {count} Monaten fehlen: {months}. Die Einsparungen dieser Monate werden nicht berechnet.",

  "weather.alertTitle": "Für die letzten Monate fehlen Wetterdaten",
  "weather.alertStation": "{station}: {months}.",
  "weather.alertExplain":
    "Die Einsparungen dieser Monate werden nicht berechnet. Importieren Sie unten die Temperaturen des KMI oder die Tabelle von Synergrid.",
  "weather.stationsTitle": "Stationen",
  "weather.stationCode": "Code: {code}",
  "weather.convention.dj15_15": "Gradtagzahlen 15/15 (KMI)",
  "weather.convention.equiv16_5": "Äquivalente Gradtagzahlen 16,5/16,5 (Synergrid)",
  "weather.measured": "Gemessen von {from} bis {to}: {count} Monate mit Daten.",
  "weather.noMeasured": "Kein gemessener Monat.",
  "weather.nothingMissing": "Es fehlt kein Monat.",
  "weather.missingCount": "Es fehlen {count} Monate:",
  "weather.incompleteTitle": "Unvollständige Monate (es fehlen Tage):",
  "weather.missingDaysOne": "{month}: 1 Tag fehlt",
  "weather.missingDaysMany": "{month}: {count} Tage fehlen",
  "weather.normals": "Normalwerte: {count} von 12 Monaten.",
  "weather.noNormals": "Keine Normalwerte.",
  "weather.daily": "Tageswerte: vom {from} bis zum {to} ({count} Tage).",

  "weather.importTitle": "Eine Datei importieren",
  "weather.importIntro":
    "Eine abgelehnte Datei importiert nichts: Korrigieren Sie die angegebene Zeile und senden Sie sie erneut. Dieselbe Datei zweimal senden ändert nichts.",
  "weather.importStation": "Station",
  "weather.importKind": "Art der Datei",
  "weather.kind.temperatures": "Tagestemperaturen",
  "weather.kind.monthly": "Gradtagzahlen pro Monat",
  "weather.temperaturesHint":
    "Der CSV-Export der offenen Daten des KMI, oder zwei Spalten date;tmean_c. Die Gradtagzahlen beider Konventionen werden daraus berechnet.",
  "weather.monthlyHint":
    "Eine veröffentlichte Tabelle, zum Beispiel von Synergrid, mit zwei Spalten month;degree_days.",
  "weather.importConvention": "Konvention der Gradtagzahlen",
  "weather.importSeries": "Reihe",
  "weather.series.measured": "Gemessene Monate (geschrieben 2024-01)",
  "weather.series.normal": "Normalwerte (Monate 1 bis 12)",
  "weather.importSource": "Quelle (freiwillig)",
  "weather.importSourceHint": "Wer diese Tabelle veröffentlicht, zum Beispiel Synergrid.",
  "weather.file": "CSV-Datei",
  "weather.fileHint": "Die Datei, wie sie veröffentlicht ist, mit ihrer Titelzeile oben.",
  "weather.fileMissing": "Wählen Sie eine Datei.",
  "weather.send": "Die Datei importieren",
  "weather.sending": "Wird gesendet…",
  "weather.column": "Spalte „{column}“: {message}",

  "weather.done": "Datei importiert",
  "weather.already": "Schon importiert: Es hat sich nichts geändert",
  "weather.monthsChanged": "Hinzugefügte oder geänderte Monate: {count}",
  "weather.daysChanged": "Hinzugefügte oder geänderte Tage: {count}",
  "weather.rowsRead": "Gelesene Zeilen in der Datei: {count}.",
  "weather.monthSpan": "Zeitraum der Datei: von {from} bis {to}.",
  "weather.daySpan": "Zeitraum der Datei: vom {from} bis zum {to}.",
  "weather.degreeDaysChanged":
    "Neu berechnete Gradtagzahlen: {dj} Tage in 15/15, {equiv} Tage in äquivalent 16,5.",
  "weather.daysWithoutValue": "Tage ohne Temperatur in der Datei (sie fehlen weiterhin): {days}.",
  "weather.filled": "Monate, die nicht mehr fehlen: {months} — {convention}.",

  "weather.settingsTitle": "Wetterstation",
  "weather.settingsIntro":
    "Die Einsparungen der Haushalte werden bei gleichem Wetter mit den Gradtagzahlen dieser Station berechnet. Wählen Sie die Station, die Ihren Haushalten am nächsten liegt.",
  "weather.settingsUsed": "Verwendete Station: {station}",
  "weather.settingsChoose": "Station",
  "weather.settingsSave": "Diese Station verwenden",
  "weather.settingsSaved": "Station gespeichert: {station}.",
  "weather.settingsRecentOk": "Die Gradtagzahlen der letzten Monate sind vorhanden.",
  "weather.settingsAskAdmin":
    "Der Administrator der Plattform importiert die Wetterdaten, sobald sie veröffentlicht sind.",
};

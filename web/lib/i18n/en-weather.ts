import type { Catalogue } from "./index.ts";

/** English texts of the weather screen and the organisation's station (French reference: fr-weather.ts). */
export const enWeather: Catalogue = {
  "weather.adminLink": "Weather data: stations, missing months, imports",
  "weather.title": "Weather data",
  "weather.backToAdmin": "← Organisations",
  "weather.adminOnly": "This page is for the platform administrator only.",
  "weather.intro":
    "Savings are compared at equal weather, using the degree-days of each organisation's station. A month without weather data has no savings worked out: import it as soon as it is published.",
  "weather.stationLabelled": "{name} — {label}",
  "weather.range": "from {from} to {to} ({count} months)",
  "weather.missingOne":
    "The degree-days of one month are missing: {months}. Savings for that month are not worked out.",
  "weather.missingMany":
    "The degree-days of {count} months are missing: {months}. Savings for those months are not worked out.",

  "weather.alertTitle": "Recent months have no weather data",
  "weather.alertStation": "{station}: {months}.",
  "weather.alertExplain":
    "Savings for those months are not worked out. Import the RMI's temperatures or Synergrid's table below.",
  "weather.stationsTitle": "Stations",
  "weather.stationCode": "Code: {code}",
  "weather.convention.dj15_15": "Degree-days 15/15 (RMI)",
  "weather.convention.equiv16_5": "Equivalent degree-days 16.5/16.5 (Synergrid)",
  "weather.measured": "Measured from {from} to {to}: {count} months with data.",
  "weather.noMeasured": "No measured month.",
  "weather.nothingMissing": "No month is missing.",
  "weather.missingCount": "{count} months are missing:",
  "weather.incompleteTitle": "Incomplete months (some days are missing):",
  "weather.missingDaysOne": "{month}: 1 day missing",
  "weather.missingDaysMany": "{month}: {count} days missing",
  "weather.normals": "Normals: {count} months out of 12.",
  "weather.noNormals": "No normals.",
  "weather.daily": "Daily values: from {from} to {to} ({count} days).",

  "weather.importTitle": "Import a file",
  "weather.importIntro":
    "A refused file imports nothing: correct the line shown, then send it again. Sending the same file twice changes nothing.",
  "weather.importStation": "Station",
  "weather.importKind": "Kind of file",
  "weather.kind.temperatures": "Daily temperatures",
  "weather.kind.monthly": "Degree-days by month",
  "weather.temperaturesHint":
    "The CSV export of the RMI's open data, or two columns date;tmean_c. The degree-days of both conventions are worked out from it.",
  "weather.monthlyHint": "A published table, for example Synergrid's, in two columns month;degree_days.",
  "weather.importConvention": "Degree-day convention",
  "weather.importSeries": "Series",
  "weather.series.measured": "Measured months (written 2024-01)",
  "weather.series.normal": "Normals (months 1 to 12)",
  "weather.importSource": "Source (optional)",
  "weather.importSourceHint": "Who publishes this table, for example Synergrid.",
  "weather.file": "CSV file",
  "weather.fileHint": "The file as published, with its line of headings at the top.",
  "weather.fileMissing": "Choose a file.",
  "weather.send": "Import the file",
  "weather.sending": "Sending…",
  "weather.column": "Column ‘{column}’: {message}",

  "weather.done": "File imported",
  "weather.already": "Already imported: nothing changed",
  "weather.monthsChanged": "Months added or changed: {count}",
  "weather.daysChanged": "Days added or changed: {count}",
  "weather.rowsRead": "Lines read in the file: {count}.",
  "weather.monthSpan": "Period of the file: from {from} to {to}.",
  "weather.daySpan": "Period of the file: from {from} to {to}.",
  "weather.degreeDaysChanged":
    "Degree-days worked out again: {dj} days in 15/15, {equiv} days in equivalent 16.5.",
  "weather.daysWithoutValue": "Days without a temperature in the file (they stay missing): {days}.",
  "weather.filled": "Months no longer missing: {months} — {convention}.",

  "weather.settingsTitle": "Weather station",
  "weather.settingsIntro":
    "Households' savings are worked out at equal weather with this station's degree-days. Choose the one closest to your households.",
  "weather.settingsUsed": "Station used: {station}",
  "weather.settingsChoose": "Station",
  "weather.settingsSave": "Use this station",
  "weather.settingsSaved": "Station saved: {station}.",
  "weather.settingsRecentOk": "The degree-days of the last months are there.",
  "weather.settingsAskAdmin":
    "The platform administrator imports the weather data as soon as it is published.",
};

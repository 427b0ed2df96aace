import type { Message } from "../http/messages.ts";

/** Refusals of the weather endpoints, said plainly with what to do. A refused file writes nothing. */
export const WEATHER_MESSAGES: Record<string, Message> = {
  "weather.station_not_found": {
    title: {
      fr: "Cette station météo n'existe pas.",
      nl: "Dit weerstation bestaat niet.",
      en: "This weather station does not exist.",
      de: "Diese Wetterstation gibt es nicht.",
    },
    detail: {
      fr: "Choisissez une station de la liste des stations (par exemple uccle).",
      nl: "Kies een station uit de lijst van stations (bijvoorbeeld uccle).",
      en: "Choose a station from the list of stations (for example uccle).",
      de: "Wählen Sie eine Station aus der Liste der Stationen (zum Beispiel uccle).",
    },
  },
  "weather.bad_row": {
    title: {
      fr: "La ligne {line} du fichier ne peut pas être lue.",
      nl: "Regel {line} van het bestand kan niet gelezen worden.",
      en: "Line {line} of the file cannot be read.",
      de: "Zeile {line} der Datei kann nicht gelesen werden.",
    },
    detail: {
      fr: "Rien n'a été importé. Corrigez cette ligne puis importez à nouveau le fichier.",
      nl: "Er werd niets geïmporteerd. Verbeter deze regel en importeer het bestand opnieuw.",
      en: "Nothing was imported. Correct this line and import the file again.",
      de: "Es wurde nichts importiert. Korrigieren Sie diese Zeile und importieren Sie die Datei erneut.",
    },
  },
  "weather.unknown_temperature_format": {
    title: {
      fr: "Ce fichier de températures n'est pas reconnu.",
      nl: "Dit bestand met temperaturen wordt niet herkend.",
      en: "This temperature file is not recognised.",
      de: "Diese Temperaturdatei wird nicht erkannt.",
    },
    detail: {
      fr: "Importez l'export CSV des données ouvertes de l'IRM (colonnes timestamp et temp_avg, ou temp_min et temp_max), ou un fichier à deux colonnes date;tmean_c.",
      nl: "Importeer de CSV-export van de open data van het KMI (kolommen timestamp en temp_avg, of temp_min en temp_max), of een bestand met twee kolommen date;tmean_c.",
      en: "Import the CSV export of the RMI's open data (columns timestamp and temp_avg, or temp_min and temp_max), or a file with two columns date;tmean_c.",
      de: "Importieren Sie den CSV-Export der offenen Daten des KMI (Spalten timestamp und temp_avg, oder temp_min und temp_max) oder eine Datei mit zwei Spalten date;tmean_c.",
    },
  },
  "weather.unknown_degree_day_format": {
    title: {
      fr: "Ce tableau de degrés-jours n'est pas reconnu.",
      nl: "Deze tabel met graaddagen wordt niet herkend.",
      en: "This degree-day table is not recognised.",
      de: "Diese Gradtagtabelle wird nicht erkannt.",
    },
    detail: {
      fr: "Le fichier doit avoir deux colonnes month;degree_days, le mois écrit 2024-01 (ou de 1 à 12 pour des normales).",
      nl: "Het bestand moet twee kolommen month;degree_days hebben, de maand geschreven als 2024-01 (of 1 tot 12 voor normalen).",
      en: "The file must have two columns month;degree_days, the month written 2024-01 (or 1 to 12 for normals).",
      de: "Die Datei muss zwei Spalten month;degree_days haben, der Monat geschrieben als 2024-01 (oder 1 bis 12 für Normalwerte).",
    },
  },
  "weather.too_large": {
    title: {
      fr: "Ce fichier est trop grand.",
      nl: "Dit bestand is te groot.",
      en: "This file is too large.",
      de: "Diese Datei ist zu groß.",
    },
    detail: {
      fr: "Importez des fichiers de {megabytes} Mo au plus, par exemple quelques années à la fois.",
      nl: "Importeer bestanden van hoogstens {megabytes} MB, bijvoorbeeld enkele jaren tegelijk.",
      en: "Import files of at most {megabytes} MB, for example a few years at a time.",
      de: "Importieren Sie Dateien bis {megabytes} MB, zum Beispiel einige Jahre auf einmal.",
    },
  },
  "weather.normals_by_month": text(
    "Les normales existent par mois seulement : demandez granularity=month.",
    "Normalen bestaan alleen per maand: vraag granularity=month.",
    "Normals exist by month only: ask for granularity=month.",
    "Normalwerte gibt es nur pro Monat: verlangen Sie granularity=month.",
  ),
  "weather.period_required": text(
    "Donnez le début et la fin de la période (from et to).",
    "Geef het begin en het einde van de periode (from en to).",
    "Give the start and the end of the period (from and to).",
    "Geben Sie Beginn und Ende des Zeitraums an (from und to).",
  ),
  "weather.invalid_bound": text(
    "Donnez un mois comme 2024-01 ou un jour comme 2024-01-31, à partir de 1900.",
    "Geef een maand zoals 2024-01 of een dag zoals 2024-01-31, vanaf 1900.",
    "Give a month such as 2024-01 or a day such as 2024-01-31, from 1900.",
    "Geben Sie einen Monat wie 2024-01 oder einen Tag wie 2024-01-31 an, ab 1900.",
  ),
  "weather.day_span_too_long": text(
    "Par jour, demandez au plus dix ans à la fois ; par mois, autant que vous voulez.",
    "Per dag vraagt u hoogstens tien jaar tegelijk; per maand zoveel u wilt.",
    "By day, ask for ten years at most at a time; by month, as many as you like.",
    "Pro Tag höchstens zehn Jahre auf einmal; pro Monat so viele Sie möchten.",
  ),
  "weather.invalid_range": text(
    "La fin de la période doit venir après son début.",
    "Het einde van de periode moet na het begin komen.",
    "The end of the period must come after its start.",
    "Das Ende des Zeitraums muss nach seinem Beginn liegen.",
  ),
  "weather.reason.columns": text(
    "Il manque des colonnes sur cette ligne.",
    "Op deze regel ontbreken kolommen.",
    "This line has missing columns.",
    "In dieser Zeile fehlen Spalten.",
  ),
  "weather.reason.day": text(
    "La date n'est pas comprise (attendu : 2024-01-31).",
    "De datum is niet duidelijk (verwacht: 2024-01-31).",
    "The date is not understood (expected: 2024-01-31).",
    "Das Datum ist nicht verständlich (erwartet: 2024-01-31).",
  ),
  "weather.reason.month": text(
    "Le mois n'est pas compris (attendu : 2024-01).",
    "De maand is niet duidelijk (verwacht: 2024-01).",
    "The month is not understood (expected: 2024-01).",
    "Der Monat ist nicht verständlich (erwartet: 2024-01).",
  ),
  "weather.reason.month_of_year": text(
    "Pour des normales, le mois est un nombre de 1 à 12.",
    "Voor normalen is de maand een getal van 1 tot 12.",
    "For normals, the month is a number from 1 to 12.",
    "Für Normalwerte ist der Monat eine Zahl von 1 bis 12.",
  ),
  "weather.reason.temperature": text(
    "La température n'est pas un nombre (attendu : 7,5).",
    "De temperatuur is geen getal (verwacht: 7,5).",
    "The temperature is not a number (expected: 7.5).",
    "Die Temperatur ist keine Zahl (erwartet: 7,5).",
  ),
  "weather.reason.temperature_range": text(
    "Cette température moyenne n'est pas possible en Belgique (entre −50 et 50 °C).",
    "Deze gemiddelde temperatuur is niet mogelijk in België (tussen −50 en 50 °C).",
    "This mean temperature is not possible in Belgium (between −50 and 50 °C).",
    "Diese Durchschnittstemperatur ist in Belgien nicht möglich (zwischen −50 und 50 °C).",
  ),
  "weather.reason.degree_days": text(
    "Les degrés-jours doivent être un nombre positif (attendu : 375 ou 375,5).",
    "De graaddagen moeten een positief getal zijn (verwacht: 375 of 375,5).",
    "Degree-days must be a positive number (expected: 375 or 375.5).",
    "Gradtage müssen eine positive Zahl sein (erwartet: 375 oder 375,5).",
  ),
  "weather.reason.duplicate": text(
    "Cette date ou ce mois apparaît déjà plus haut dans le fichier.",
    "Deze datum of maand staat al hoger in het bestand.",
    "This date or month already appears earlier in the file.",
    "Dieses Datum oder dieser Monat steht schon weiter oben in der Datei.",
  ),
  "weather.reason.several_stations": text(
    "Le fichier contient plusieurs stations : importez une station à la fois.",
    "Het bestand bevat meerdere stations: importeer één station tegelijk.",
    "The file holds several stations: import one station at a time.",
    "Die Datei enthält mehrere Stationen: importieren Sie eine Station nach der anderen.",
  ),
  "weather.reason.syntax": text(
    "La ligne est mal formée (guillemets ou séparateurs).",
    "De regel is slecht gevormd (aanhalingstekens of scheidingstekens).",
    "The line is malformed (quotes or separators).",
    "Die Zeile ist fehlerhaft (Anführungszeichen oder Trennzeichen).",
  ),
  "weather.reason.no_data": text(
    "Le fichier ne contient aucune valeur.",
    "Het bestand bevat geen enkele waarde.",
    "The file holds no value.",
    "Die Datei enthält keinen Wert.",
  ),
};

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

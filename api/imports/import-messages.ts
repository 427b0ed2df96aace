import type { Message } from "../http/messages.ts";

/** Refusals of a smart-meter file, said plainly with what to do. Nothing is imported when one is refused. */
export const IMPORT_MESSAGES: Record<string, Message> = {
  "import.bad_row": {
    title: {
      fr: "La ligne {line} du fichier ne peut pas être lue.",
      nl: "Regel {line} van het bestand kan niet gelezen worden.",
      en: "Line {line} of the file cannot be read.",
      de: "Zeile {line} der Datei kann nicht gelesen werden.",
    },
    detail: {
      fr: "Rien n'a été importé. Corrigez cette ligne ou téléchargez à nouveau le fichier depuis le site du gestionnaire de réseau.",
      nl: "Er werd niets geïmporteerd. Verbeter deze regel of download het bestand opnieuw bij de netbeheerder.",
      en: "Nothing was imported. Correct this line or download the file again from the grid operator's website.",
      de: "Es wurde nichts importiert. Korrigieren Sie diese Zeile oder laden Sie die Datei erneut beim Netzbetreiber herunter.",
    },
  },
  "import.ean_mismatch": {
    title: {
      fr: "Ce fichier est celui d'un autre compteur.",
      nl: "Dit bestand hoort bij een andere meter.",
      en: "This file belongs to another meter.",
      de: "Diese Datei gehört zu einem anderen Zähler.",
    },
    detail: {
      fr: "Le fichier donne le code EAN {fileEan}, ce compteur a le code EAN {meterEan}. Choisissez le bon compteur ou le bon fichier.",
      nl: "Het bestand vermeldt EAN-code {fileEan}, deze meter heeft EAN-code {meterEan}. Kies de juiste meter of het juiste bestand.",
      en: "The file gives EAN code {fileEan}, this meter has EAN code {meterEan}. Choose the right meter or the right file.",
      de: "Die Datei nennt den EAN-Code {fileEan}, dieser Zähler hat den EAN-Code {meterEan}. Wählen Sie den richtigen Zähler oder die richtige Datei.",
    },
  },
  "import.unknown_format": {
    title: {
      fr: "Ce fichier n'est pas reconnu.",
      nl: "Dit bestand wordt niet herkend.",
      en: "This file is not recognised.",
      de: "Diese Datei wird nicht erkannt.",
    },
    detail: {
      fr: "Importez le fichier CSV des valeurs quart-horaires ou horaires, tel que le site du gestionnaire de réseau le donne. Pour un autre fichier, indiquez la colonne de l'heure et celle des kWh.",
      nl: "Importeer het CSV-bestand met kwartier- of uurwaarden zoals de netbeheerder het geeft. Voor een ander bestand: duid de kolom met het tijdstip en die met de kWh aan.",
      en: "Import the CSV file of quarter-hour or hourly values as the grid operator's website gives it. For another file, name the time column and the kWh column.",
      de: "Importieren Sie die CSV-Datei mit Viertelstunden- oder Stundenwerten, wie der Netzbetreiber sie liefert. Für eine andere Datei geben Sie die Spalte der Uhrzeit und die der kWh an.",
    },
  },
  "import.malformed_form": {
    title: {
      fr: "Le fichier envoyé n'a pas pu être lu. Choisissez-le à nouveau et réessayez.",
      nl: "Het verzonden bestand kon niet gelezen worden. Kies het opnieuw en probeer nog eens.",
      en: "The file sent could not be read. Choose it again and try once more.",
      de: "Die gesendete Datei konnte nicht gelesen werden. Wählen Sie sie erneut und versuchen Sie es noch einmal.",
    },
  },
  "import.unknown_register": {
    title: {
      fr: "Le fichier contient le registre « {register} », que ce compteur n'a pas.",
      nl: "Het bestand bevat het register „{register}”, dat deze meter niet heeft.",
      en: "The file contains the register “{register}”, which this meter does not have.",
      de: "Die Datei enthält das Zählwerk „{register}“, das dieser Zähler nicht hat.",
    },
    detail: {
      fr: "Ce compteur a ces cadrans : {registers}. Vérifiez le compteur choisi ou ajoutez-lui ce cadran.",
      nl: "Deze meter heeft deze telwerken: {registers}. Controleer de gekozen meter of voeg dit telwerk toe.",
      en: "This meter has these registers: {registers}. Check the meter chosen or add this register to it.",
      de: "Dieser Zähler hat diese Zählwerke: {registers}. Prüfen Sie den gewählten Zähler oder ergänzen Sie das Zählwerk.",
    },
  },
  "import.meter_not_supported": {
    title: {
      fr: "Ce compteur ne reçoit pas de fichier de compteur intelligent.",
      nl: "Voor deze meter kan geen bestand van een digitale meter ingelezen worden.",
      en: "This meter cannot take a smart-meter file.",
      de: "Für diesen Zähler kann keine Datei eines intelligenten Zählers eingelesen werden.",
    },
    detail: {
      fr: "Les fichiers s'importent pour l'électricité, le gaz, l'eau et la chaleur.",
      nl: "Bestanden kunnen ingelezen worden voor elektriciteit, gas, water en warmte.",
      en: "Files can be imported for electricity, gas, water and heat.",
      de: "Dateien können für Strom, Gas, Wasser und Wärme importiert werden.",
    },
  },
  "import.too_large": {
    title: {
      fr: "Ce fichier est trop grand.",
      nl: "Dit bestand is te groot.",
      en: "This file is too large.",
      de: "Diese Datei ist zu groß.",
    },
    detail: {
      fr: "Importez au plus deux ans de valeurs quart-horaires à la fois (fichiers de {megabytes} Mo au plus).",
      nl: "Importeer hoogstens twee jaar kwartierwaarden tegelijk (bestanden van hoogstens {megabytes} MB).",
      en: "Import at most two years of quarter-hour values at a time (files of at most {megabytes} MB).",
      de: "Importieren Sie höchstens zwei Jahre Viertelstundenwerte auf einmal (Dateien bis {megabytes} MB).",
    },
  },
  "import.reason.columns": text(
    "Il manque des colonnes sur cette ligne.",
    "Op deze regel ontbreken kolommen.",
    "This line has missing columns.",
    "In dieser Zeile fehlen Spalten.",
  ),
  "import.reason.date": text(
    "La date n'est pas comprise (attendu : 27-10-2024).",
    "De datum is niet duidelijk (verwacht: 27-10-2024).",
    "The date is not understood (expected: 27-10-2024).",
    "Das Datum ist nicht verständlich (erwartet: 27-10-2024).",
  ),
  "import.reason.time": text(
    "L'heure n'est pas comprise (attendu : 02:15:00).",
    "Het tijdstip is niet duidelijk (verwacht: 02:15:00).",
    "The time is not understood (expected: 02:15:00).",
    "Die Uhrzeit ist nicht verständlich (erwartet: 02:15:00).",
  ),
  "import.reason.value": text(
    "La valeur n'est pas un nombre (attendu : 0,123).",
    "De waarde is geen getal (verwacht: 0,123).",
    "The value is not a number (expected: 0,123).",
    "Der Wert ist keine Zahl (erwartet: 0,123).",
  ),
  "import.reason.negative": text(
    "Une consommation ne peut pas être négative.",
    "Een verbruik kan niet negatief zijn.",
    "Consumption cannot be negative.",
    "Ein Verbrauch kann nicht negativ sein.",
  ),
  "import.reason.unit": text(
    "Cette unité ne convient pas à ce compteur.",
    "Deze eenheid past niet bij deze meter.",
    "This unit does not suit this meter.",
    "Diese Einheit passt nicht zu diesem Zähler.",
  ),
  "import.reason.missing_hour": text(
    "Cette heure n'existe pas ce jour-là : on passe de 2 h à 3 h à l'heure d'été.",
    "Dit uur bestaat niet die dag: bij de zomertijd gaat de klok van 2 naar 3 uur.",
    "This time does not exist that day: clocks go from 2:00 to 3:00 for summer time.",
    "Diese Uhrzeit gibt es an dem Tag nicht: zur Sommerzeit springt die Uhr von 2 auf 3 Uhr.",
  ),
  "import.reason.duplicate": text(
    "Cette période a déjà une valeur plus haut dans le fichier.",
    "Deze periode heeft al een waarde hoger in het bestand.",
    "This period already has a value earlier in the file.",
    "Dieser Zeitraum hat schon einen Wert weiter oben in der Datei.",
  ),
  "import.reason.slot_length": text(
    "Les valeurs doivent couvrir 15 minutes, une heure ou un jour.",
    "De waarden moeten 15 minuten, een uur of een dag beslaan.",
    "Values must cover 15 minutes, one hour or one day.",
    "Die Werte müssen 15 Minuten, eine Stunde oder einen Tag umfassen.",
  ),
  "import.reason.slot_boundary": text(
    "L'heure ne tombe pas sur un quart d'heure ou une heure pile.",
    "Het tijdstip valt niet op een kwartier of een heel uur.",
    "The time does not fall on a quarter-hour or a full hour.",
    "Die Uhrzeit fällt nicht auf eine Viertelstunde oder volle Stunde.",
  ),
  "import.reason.mixed_slots": text(
    "Ce jour mélange des valeurs de 15 minutes et d'une heure.",
    "Deze dag mengt kwartier- en uurwaarden.",
    "This day mixes quarter-hour and hourly values.",
    "Dieser Tag mischt Viertelstunden- und Stundenwerte.",
  ),
  "import.reason.several_meters": text(
    "Le fichier contient plusieurs compteurs (codes EAN différents) : importez un compteur à la fois.",
    "Het bestand bevat meerdere meters (verschillende EAN-codes): lees één meter tegelijk in.",
    "The file holds several meters (different EAN codes): import one meter at a time.",
    "Die Datei enthält mehrere Zähler (verschiedene EAN-Codes): importieren Sie einen Zähler nach dem anderen.",
  ),
  "import.reason.syntax": text(
    "La ligne est mal formée (guillemets ou séparateurs).",
    "De regel is slecht gevormd (aanhalingstekens of scheidingstekens).",
    "The line is malformed (quotes or separators).",
    "Die Zeile ist fehlerhaft (Anführungszeichen oder Trennzeichen).",
  ),
  "import.reason.no_data": text(
    "Le fichier ne contient aucune valeur pour ce compteur.",
    "Het bestand bevat geen enkele waarde voor deze meter.",
    "The file holds no value for this meter.",
    "Die Datei enthält keinen Wert für diesen Zähler.",
  ),
  "import.reason.outside_meter_period": text(
    "Cette date tombe avant la mise en service de ce compteur ou après son remplacement : importez ces jours sur le compteur de cette période.",
    "Deze datum valt vóór de ingebruikname van deze meter of na zijn vervanging: lees die dagen in op de meter van die periode.",
    "This date falls before this meter was put in or after it was replaced: import these days on the meter of that period.",
    "Dieses Datum liegt vor der Inbetriebnahme dieses Zählers oder nach seinem Austausch: importieren Sie diese Tage auf den Zähler dieses Zeitraums.",
  ),
};

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

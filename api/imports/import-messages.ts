import type { Message } from "../http/messages.ts";
import type { RowReason } from "./import-refusals.ts";

/**
 * Reasons of a line that was read (its columns, date, time and number are all there) but that cannot
 * be imported for what it says. Its refusal is said as the reason itself, with what to do: "cannot be
 * read, download the file again" would send the user after the wrong fix. The other reasons (a
 * column, a date, a time or a number that cannot be made out) keep `import.bad_row`.
 */
const REFUSED_ROW_REASONS = [
  "negative",
  "unit",
  "missing_hour",
  "duplicate",
  "slot_length",
  "slot_boundary",
  "mixed_slots",
  "several_meters",
  "outside_meter_period",
  "no_data",
] as const;

/** The message of a line refused for its content (`import.refused.…`), or undefined for an unreadable line. */
export function refusedRowMessage(reason: RowReason): string | undefined {
  const name = reason.replace(/^import\.reason\./, "");
  return (REFUSED_ROW_REASONS as readonly string[]).includes(name) ? `import.refused.${name}` : undefined;
}

/** Refusals of a smart-meter file, said plainly with what to do. Nothing is imported when one is refused. */
export const IMPORT_MESSAGES: Record<string, Message> = {
  "import.refused.negative": refused(
    [
      "La ligne {line} du fichier donne une consommation négative.",
      "Regel {line} van het bestand geeft een negatief verbruik.",
      "Line {line} of the file gives a negative consumption.",
      "Zeile {line} der Datei gibt einen negativen Verbrauch an.",
    ],
    [
      "Rien n'a été importé. Une consommation ne peut pas être négative : corrigez cette valeur, ou téléchargez à nouveau le fichier depuis le site du gestionnaire de réseau.",
      "Er werd niets geïmporteerd. Een verbruik kan niet negatief zijn: verbeter deze waarde, of download het bestand opnieuw bij de netbeheerder.",
      "Nothing was imported. Consumption cannot be negative: correct this value, or download the file again from the grid operator's website.",
      "Es wurde nichts importiert. Ein Verbrauch kann nicht negativ sein: Korrigieren Sie diesen Wert oder laden Sie die Datei erneut beim Netzbetreiber herunter.",
    ],
  ),
  "import.refused.unit": refused(
    [
      "La ligne {line} du fichier est dans une unité qui ne convient pas à ce compteur.",
      "Regel {line} van het bestand staat in een eenheid die niet bij deze meter past.",
      "Line {line} of the file is in a unit that does not suit this meter.",
      "Zeile {line} der Datei ist in einer Einheit, die nicht zu diesem Zähler passt.",
    ],
    [
      "Rien n'a été importé. Vérifiez que ce fichier est bien celui de ce compteur (un fichier de gaz pour un compteur de gaz, par exemple), ou choisissez la bonne unité.",
      "Er werd niets geïmporteerd. Controleer of dit bestand wel bij deze meter hoort (een gasbestand voor een gasmeter, bijvoorbeeld), of kies de juiste eenheid.",
      "Nothing was imported. Check that this file is this meter's (a gas file for a gas meter, for example), or choose the right unit.",
      "Es wurde nichts importiert. Prüfen Sie, ob diese Datei zu diesem Zähler gehört (eine Gasdatei für einen Gaszähler zum Beispiel), oder wählen Sie die richtige Einheit.",
    ],
  ),
  "import.refused.missing_hour": refused(
    [
      "La ligne {line} du fichier donne une heure qui n'existe pas ce jour-là : à l'heure d'été, on passe de 2 h à 3 h.",
      "Regel {line} van het bestand geeft een uur dat die dag niet bestaat: bij de zomertijd gaat de klok van 2 naar 3 uur.",
      "Line {line} of the file gives a time that does not exist that day: clocks go from 2:00 to 3:00 for summer time.",
      "Zeile {line} der Datei nennt eine Uhrzeit, die es an dem Tag nicht gibt: zur Sommerzeit springt die Uhr von 2 auf 3 Uhr.",
    ],
    [
      "Rien n'a été importé. Le fichier a sans doute été modifié : téléchargez-le à nouveau depuis le site du gestionnaire de réseau, ou supprimez cette ligne.",
      "Er werd niets geïmporteerd. Het bestand werd wellicht gewijzigd: download het opnieuw bij de netbeheerder, of verwijder deze regel.",
      "Nothing was imported. The file was probably changed: download it again from the grid operator's website, or delete this line.",
      "Es wurde nichts importiert. Die Datei wurde wohl verändert: Laden Sie sie erneut beim Netzbetreiber herunter oder löschen Sie diese Zeile.",
    ],
  ),
  "import.refused.duplicate": refused(
    [
      "La ligne {line} du fichier donne une deuxième valeur pour une période qui en a déjà une plus haut.",
      "Regel {line} van het bestand geeft een tweede waarde voor een periode die hoger al een waarde heeft.",
      "Line {line} of the file gives a second value for a period that already has one earlier in the file.",
      "Zeile {line} der Datei gibt einen zweiten Wert für einen Zeitraum an, der weiter oben schon einen hat.",
    ],
    [
      "Rien n'a été importé. Gardez une seule valeur par période : supprimez la ligne en double, ou importez séparément deux fichiers qui se recouvrent.",
      "Er werd niets geïmporteerd. Houd één waarde per periode: verwijder de dubbele regel, of importeer twee bestanden die elkaar overlappen apart.",
      "Nothing was imported. Keep one value per period: delete the repeated line, or import two overlapping files one after the other.",
      "Es wurde nichts importiert. Behalten Sie einen Wert pro Zeitraum: Löschen Sie die doppelte Zeile oder importieren Sie zwei sich überschneidende Dateien getrennt.",
    ],
  ),
  "import.refused.slot_length": refused(
    [
      "La ligne {line} du fichier couvre une durée qui n'est ni 15 minutes, ni une heure, ni un jour.",
      "Regel {line} van het bestand beslaat een duur die geen 15 minuten, geen uur en geen dag is.",
      "Line {line} of the file covers a time that is neither 15 minutes, nor an hour, nor a day.",
      "Zeile {line} der Datei umfasst eine Dauer, die weder 15 Minuten noch eine Stunde noch ein Tag ist.",
    ],
    [
      "Rien n'a été importé. Importez le fichier des valeurs quart-horaires, horaires ou journalières tel que le site du gestionnaire de réseau le donne.",
      "Er werd niets geïmporteerd. Importeer het bestand met kwartier-, uur- of dagwaarden zoals de netbeheerder het geeft.",
      "Nothing was imported. Import the file of quarter-hour, hourly or daily values as the grid operator's website gives it.",
      "Es wurde nichts importiert. Importieren Sie die Datei mit Viertelstunden-, Stunden- oder Tageswerten, wie der Netzbetreiber sie liefert.",
    ],
  ),
  "import.refused.slot_boundary": refused(
    [
      "À la ligne {line} du fichier, l'heure ne tombe pas sur un quart d'heure ou une heure pile.",
      "Op regel {line} van het bestand valt het tijdstip niet op een kwartier of een heel uur.",
      "On line {line} of the file, the time does not fall on a quarter-hour or a full hour.",
      "In Zeile {line} der Datei fällt die Uhrzeit nicht auf eine Viertelstunde oder volle Stunde.",
    ],
    [
      "Rien n'a été importé. Chaque valeur commence à l'heure pile ou à un quart d'heure (10:00, 10:15…) : corrigez l'heure de cette ligne, ou importez le fichier tel que le site du gestionnaire de réseau le donne.",
      "Er werd niets geïmporteerd. Elke waarde begint op het hele uur of op een kwartier (10:00, 10:15…): verbeter het tijdstip van deze regel, of importeer het bestand zoals de netbeheerder het geeft.",
      "Nothing was imported. Each value starts on the hour or on a quarter-hour (10:00, 10:15…): correct the time on this line, or import the file as the grid operator's website gives it.",
      "Es wurde nichts importiert. Jeder Wert beginnt zur vollen Stunde oder Viertelstunde (10:00, 10:15…): Korrigieren Sie die Uhrzeit dieser Zeile oder importieren Sie die Datei, wie der Netzbetreiber sie liefert.",
    ],
  ),
  "import.refused.mixed_slots": refused(
    [
      "À la ligne {line} du fichier, un même jour mélange des valeurs de 15 minutes et d'une heure.",
      "Op regel {line} van het bestand mengt één dag kwartier- en uurwaarden.",
      "On line {line} of the file, one day mixes quarter-hour and hourly values.",
      "In Zeile {line} der Datei mischt ein Tag Viertelstunden- und Stundenwerte.",
    ],
    [
      "Rien n'a été importé. Importez les valeurs quart-horaires et les valeurs horaires dans deux fichiers séparés.",
      "Er werd niets geïmporteerd. Importeer de kwartierwaarden en de uurwaarden in twee aparte bestanden.",
      "Nothing was imported. Import the quarter-hour values and the hourly values as two separate files.",
      "Es wurde nichts importiert. Importieren Sie die Viertelstunden- und die Stundenwerte in zwei getrennten Dateien.",
    ],
  ),
  "import.refused.several_meters": refused(
    [
      "À la ligne {line}, le fichier passe à un autre compteur (un autre code EAN).",
      "Op regel {line} gaat het bestand over naar een andere meter (een andere EAN-code).",
      "On line {line}, the file moves on to another meter (another EAN code).",
      "In Zeile {line} wechselt die Datei zu einem anderen Zähler (einem anderen EAN-Code).",
    ],
    [
      "Rien n'a été importé. Importez un compteur à la fois : un fichier par code EAN, chacun sur son compteur.",
      "Er werd niets geïmporteerd. Importeer één meter tegelijk: één bestand per EAN-code, elk op zijn meter.",
      "Nothing was imported. Import one meter at a time: one file per EAN code, each on its meter.",
      "Es wurde nichts importiert. Importieren Sie einen Zähler nach dem anderen: eine Datei pro EAN-Code, jede auf ihren Zähler.",
    ],
  ),
  "import.refused.outside_meter_period": refused(
    [
      "La ligne {line} du fichier tombe avant la mise en service de ce compteur ou après son remplacement.",
      "Regel {line} van het bestand valt vóór de ingebruikname van deze meter of na zijn vervanging.",
      "Line {line} of the file falls before this meter was put in or after it was replaced.",
      "Zeile {line} der Datei liegt vor der Inbetriebnahme dieses Zählers oder nach seinem Austausch.",
    ],
    [
      "Rien n'a été importé. Importez ce fichier sur le compteur qui était en place à ces dates, ou retirez du fichier les jours où ce compteur n'était pas en place.",
      "Er werd niets geïmporteerd. Importeer dit bestand op de meter die op die data geplaatst was, of haal de dagen waarop deze meter er niet was uit het bestand.",
      "Nothing was imported. Import this file on the meter that was in place on those dates, or take out of the file the days this meter was not in place.",
      "Es wurde nichts importiert. Importieren Sie diese Datei auf den Zähler, der an diesen Tagen eingebaut war, oder nehmen Sie die Tage, an denen dieser Zähler nicht eingebaut war, aus der Datei.",
    ],
  ),
  "import.refused.no_data": refused(
    [
      "Le fichier ne contient aucune valeur pour ce compteur.",
      "Het bestand bevat geen enkele waarde voor deze meter.",
      "The file holds no value for this meter.",
      "Die Datei enthält keinen Wert für diesen Zähler.",
    ],
    [
      "Rien n'a été importé. Vérifiez que c'est bien le fichier de ce compteur, et qu'il contient des valeurs de consommation.",
      "Er werd niets geïmporteerd. Controleer of het wel het bestand van deze meter is, en of het verbruikswaarden bevat.",
      "Nothing was imported. Check that this is this meter's file, and that it holds consumption values.",
      "Es wurde nichts importiert. Prüfen Sie, ob es die Datei dieses Zählers ist und ob sie Verbrauchswerte enthält.",
    ],
  ),
  // Where on the line, beside a refusal whose title already says why.
  "import.in_column": text(
    "Colonne « {column} » du fichier.",
    "Kolom „{column}” van het bestand.",
    "Column “{column}” of the file.",
    "Spalte „{column}“ der Datei.",
  ),
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

type Four = [fr: string, nl: string, en: string, de: string];
function refused([fr, nl, en, de]: Four, [dfr, dnl, den, dde]: Four): Message {
  return { title: { fr, nl, en, de }, detail: { fr: dfr, nl: dnl, en: den, de: dde } };
}

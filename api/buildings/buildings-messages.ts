import type { Message } from "../http/messages.ts";

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

/** Refusals of the buildings, dwellings, building meters and their CSV import, said plainly. */
export const BUILDINGS_MESSAGES: Record<string, Message> = {
  "building.staff_only": text(
    "Les bâtiments sont gérés par les gestionnaires de la société de logement.",
    "De gebouwen worden beheerd door de beheerders van de huisvestingsmaatschappij.",
    "Buildings are managed by the housing company's managers.",
    "Die Gebäude werden von den Verwaltern der Wohnungsgesellschaft betreut.",
  ),
  "building.not_a_housing_company": text(
    "Seule une société de logement (SLSP ou SISP) gère des bâtiments.",
    "Alleen een huisvestingsmaatschappij (SLSP of OVM) beheert gebouwen.",
    "Only a housing company (SLSP or SISP) manages buildings.",
    "Nur eine Wohnungsgesellschaft (SLSP oder SISP) verwaltet Gebäude.",
  ),
  "building.code_taken": text(
    "Un autre bâtiment porte déjà le code {code}.",
    "Een ander gebouw heeft al de code {code}.",
    "Another building already has the code {code}.",
    "Ein anderes Gebäude hat bereits den Code {code}.",
  ),
  "building.postcode_format": text(
    "Donnez un code postal belge de 4 chiffres, comme 1080.",
    "Geef een Belgische postcode van 4 cijfers, zoals 1080.",
    "Give a 4-digit Belgian postcode, such as 1080.",
    "Geben Sie eine belgische Postleitzahl mit 4 Ziffern an, wie 1080.",
  ),
  "building.invalid_day": text(
    "Donnez une date comme 2025-09-15.",
    "Geef een datum zoals 2025-09-15.",
    "Give a date such as 2025-09-15.",
    "Geben Sie ein Datum wie 2025-09-15 an.",
  ),
  "building_event.completed_before_start": text(
    "La fin des travaux ne peut pas venir avant leur début.",
    "Het einde van de werken kan niet vóór hun begin liggen.",
    "The works cannot end before they start.",
    "Die Arbeiten können nicht vor ihrem Beginn enden.",
  ),
  "dwelling.label_taken": text(
    "Ce bâtiment a déjà un logement {unitLabel}.",
    "Dit gebouw heeft al een woning {unitLabel}.",
    "This building already has a dwelling {unitLabel}.",
    "Dieses Gebäude hat bereits eine Wohnung {unitLabel}.",
  ),
  "dwelling.household_unknown": text(
    "Ce ménage n'est pas connu de votre organisation.",
    "Dit gezin is niet gekend bij uw organisatie.",
    "This household is not known to your organisation.",
    "Dieser Haushalt ist Ihrer Organisation nicht bekannt.",
  ),
  "dwelling.household_elsewhere": {
    title: {
      fr: "Ce ménage habite déjà le logement {unitLabel} ({building}).",
      nl: "Dit gezin woont al in woning {unitLabel} ({building}).",
      en: "This household already lives in dwelling {unitLabel} ({building}).",
      de: "Dieser Haushalt wohnt bereits in Wohnung {unitLabel} ({building}).",
    },
    detail: {
      fr: "S'il a déménagé, retirez-le d'abord de ce logement-là.",
      nl: "Als het verhuisd is, haal het dan eerst uit die woning.",
      en: "If it has moved, first remove it from that dwelling.",
      de: "Wenn er umgezogen ist, entfernen Sie ihn zuerst aus jener Wohnung.",
    },
  },
  "building_meter.kind_not_allowed": text(
    "Ce type de compteur ne va pas ici. Types possibles : {kinds}.",
    "Dit type meter hoort hier niet. Mogelijke types: {kinds}.",
    "This kind of meter does not belong here. Possible kinds: {kinds}.",
    "Diese Zählerart gehört nicht hierher. Mögliche Arten: {kinds}.",
  ),
  "building_meter.rating_factor_missing": text(
    "Donnez le facteur du radiateur de ce répartiteur (il figure sur la fiche du relevé).",
    "Geef de radiatorfactor van deze kostenverdeler (hij staat op de afleesfiche).",
    "Give the radiator factor of this allocator (it is on the reading sheet).",
    "Geben Sie den Heizkörperfaktor dieses Verteilers an (er steht auf dem Ablesebeleg).",
  ),
  "building_meter.rating_factor_not_allocator": text(
    "Seuls les répartiteurs de frais de chauffage ont un facteur de radiateur.",
    "Alleen kostenverdelers hebben een radiatorfactor.",
    "Only heat-cost allocators have a radiator factor.",
    "Nur Heizkostenverteiler haben einen Heizkörperfaktor.",
  ),
  "building_import.bad_row": {
    title: {
      fr: "La ligne {line} du fichier ne peut pas être importée (colonne « {column} »).",
      nl: "Regel {line} van het bestand kan niet geïmporteerd worden (kolom „{column}”).",
      en: "Line {line} of the file cannot be imported (column “{column}”).",
      de: "Zeile {line} der Datei kann nicht importiert werden (Spalte „{column}“).",
    },
    detail: {
      fr: "Rien n'a été importé. Corrigez cette ligne puis importez à nouveau tout le fichier.",
      nl: "Er werd niets geïmporteerd. Verbeter deze regel en importeer het hele bestand opnieuw.",
      en: "Nothing was imported. Correct this line and import the whole file again.",
      de: "Es wurde nichts importiert. Korrigieren Sie diese Zeile und importieren Sie die ganze Datei erneut.",
    },
  },
  "building_import.unknown_layout": {
    title: {
      fr: "Ce fichier n'est ni une liste de bâtiments ni une liste de logements.",
      nl: "Dit bestand is geen lijst van gebouwen en geen lijst van woningen.",
      en: "This file is neither a list of buildings nor a list of dwellings.",
      de: "Diese Datei ist weder eine Gebäudeliste noch eine Wohnungsliste.",
    },
    detail: {
      fr: "La première ligne doit donner les noms des colonnes. Bâtiments : code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Logements : code bâtiment, logement, surface m².",
      nl: "De eerste regel moet de kolomnamen geven (in het Frans). Gebouwen: code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Woningen: code bâtiment, logement, surface m².",
      en: "The first line must give the column names (in French). Buildings: code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Dwellings: code bâtiment, logement, surface m².",
      de: "Die erste Zeile muss die Spaltennamen nennen (auf Französisch). Gebäude: code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Wohnungen: code bâtiment, logement, surface m².",
    },
  },
  "building_import.missing_column": text(
    "Il manque la colonne « {column} » à la première ligne du fichier.",
    "De kolom „{column}” ontbreekt op de eerste regel van het bestand.",
    "The column “{column}” is missing from the first line of the file.",
    "In der ersten Zeile der Datei fehlt die Spalte „{column}“.",
  ),
  "building_import.no_data": text(
    "Le fichier ne contient aucune ligne à importer.",
    "Het bestand bevat geen regels om te importeren.",
    "The file has no lines to import.",
    "Die Datei enthält keine Zeilen zum Importieren.",
  ),
  "building_import.reason.required": text(
    "Cette case est vide.",
    "Dit vak is leeg.",
    "This cell is empty.",
    "Dieses Feld ist leer.",
  ),
  "building_import.reason.too_long": text(
    "Ce texte est trop long.",
    "Deze tekst is te lang.",
    "This text is too long.",
    "Dieser Text ist zu lang.",
  ),
  "building_import.reason.area": text(
    "Donnez une surface en m² plus grande que zéro, comme 1250 ou 1250,5.",
    "Geef een oppervlakte in m² groter dan nul, zoals 1250 of 1250,5.",
    "Give an area in m² above zero, such as 1250 or 1250.5.",
    "Geben Sie eine Fläche in m² über null an, wie 1250 oder 1250,5.",
  ),
  "building_import.reason.count": text(
    "Donnez un nombre entier de logements, au moins 1.",
    "Geef een geheel aantal woningen, minstens 1.",
    "Give a whole number of dwellings, at least 1.",
    "Geben Sie eine ganze Zahl von Wohnungen an, mindestens 1.",
  ),
  "building_import.reason.postcode": text(
    "Donnez un code postal de 4 chiffres.",
    "Geef een postcode van 4 cijfers.",
    "Give a 4-digit postcode.",
    "Geben Sie eine Postleitzahl mit 4 Ziffern an.",
  ),
  "building_import.reason.heating": text(
    "Chauffage attendu : chaudière gaz, chaudière mazout, réseau de chaleur ou pompe à chaleur.",
    "Verwarming verwacht (in het Frans): chaudière gaz, chaudière mazout, réseau de chaleur of pompe à chaleur.",
    "Heating expected (in French): chaudière gaz, chaudière mazout, réseau de chaleur or pompe à chaleur.",
    "Heizung erwartet (auf Französisch): chaudière gaz, chaudière mazout, réseau de chaleur oder pompe à chaleur.",
  ),
  "building_import.reason.year": text(
    "Donnez une année comme 1972, ou laissez la case vide.",
    "Geef een jaartal zoals 1972, of laat het vak leeg.",
    "Give a year such as 1972, or leave the cell empty.",
    "Geben Sie ein Jahr wie 1972 an oder lassen Sie das Feld leer.",
  ),
  "building_import.reason.floor": text(
    "Donnez l'étage en chiffres (0 ou « rez » pour le rez-de-chaussée), ou laissez la case vide.",
    "Geef de verdieping in cijfers (0 of « rez » voor het gelijkvloers), of laat het vak leeg.",
    "Give the floor as a number (0 or “rez” for the ground floor), or leave the cell empty.",
    "Geben Sie das Stockwerk als Zahl an (0 oder „rez“ für das Erdgeschoss) oder lassen Sie das Feld leer.",
  ),
  "building_import.reason.position": text(
    "Position attendue : milieu, angle, dernier étage, rez, dernier étage angle ou rez angle.",
    "Ligging verwacht (in het Frans): milieu, angle, dernier étage, rez, dernier étage angle of rez angle.",
    "Position expected (in French): milieu, angle, dernier étage, rez, dernier étage angle or rez angle.",
    "Lage erwartet (auf Französisch): milieu, angle, dernier étage, rez, dernier étage angle oder rez angle.",
  ),
  "building_import.reason.duplicate": text(
    "Cette valeur figure déjà plus haut dans le fichier.",
    "Deze waarde staat al hoger in het bestand.",
    "This value already appears higher up in the file.",
    "Dieser Wert steht bereits weiter oben in der Datei.",
  ),
  "building_import.reason.unknown_building": text(
    "Aucun bâtiment ne porte ce code : importez d'abord la liste des bâtiments.",
    "Geen enkel gebouw heeft deze code: importeer eerst de lijst van gebouwen.",
    "No building has this code: import the list of buildings first.",
    "Kein Gebäude hat diesen Code: importieren Sie zuerst die Gebäudeliste.",
  ),
  "building_import.reason.columns": text(
    "Il manque des colonnes sur cette ligne.",
    "Op deze regel ontbreken kolommen.",
    "This line has missing columns.",
    "In dieser Zeile fehlen Spalten.",
  ),
  "building_import.reason.syntax": text(
    "La ligne est mal formée (guillemets ou séparateurs).",
    "De regel is slecht gevormd (aanhalingstekens of scheidingstekens).",
    "The line is malformed (quotes or separators).",
    "Die Zeile ist fehlerhaft (Anführungszeichen oder Trennzeichen).",
  ),
};

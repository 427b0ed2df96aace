import type { Catalogue } from "./index.ts";

export const deCostSplit: Catalogue = {
  "costSplit.title": "Aufteilung der Heizkosten",
  "costSplit.intro":
    "Die Heizrechnung der Saison wird auf die Wohnungen verteilt: ein fester Anteil nach Fläche, der Rest nach der an den Heizkostenverteilern abgelesenen Wärme.",
  "costSplit.bill": "Rechnungsbetrag (€)",
  "costSplit.from": "Beginn der Saison",
  "costSplit.to": "Ende der Saison",
  "costSplit.toHint": "Der erste Tag, der nicht mehr zählt (zum Beispiel der 1. Mai).",
  "costSplit.fixedShare": "Fester Anteil nach Fläche (%)",
  "costSplit.fixedShareHint": "Oft 30 %. Der Rest wird nach der genutzten Wärme verteilt.",
  "costSplit.compute": "Aufteilung berechnen",
  "costSplit.none": "Noch keine Aufteilung.",
  "costSplit.season": "Saison vom {from} bis {to}",
  "costSplit.draft": "Entwurf",
  "costSplit.final": "Endgültig",
  "costSplit.dwelling": "Wohnung",
  "costSplit.fixed": "Fester Anteil",
  "costSplit.variable": "Verbrauchsanteil",
  "costSplit.total": "Gesamt",
  "costSplit.company": "Gesellschaft (leere Wohnung)",
  "costSplit.estimated": "geschätzt",
  "costSplit.periodDays": "{periods} ({days}\u00a0Tage)",
  "costSplit.estimatedNote": "„geschätzt“: Ablesung fehlt, Verbrauch nach der Fläche geschätzt.",
  "costSplit.sumCheck": "Summe der Abrechnungen: {sum} für eine Rechnung von {bill}.",
  "costSplit.finalise": "Endgültig machen",
  "costSplit.finaliseHint":
    "Eine endgültige Aufteilung wird den Mietern geschickt: sie ändert sich nicht mehr.",
  "costSplit.csv": "Abrechnungen herunterladen (CSV)",
  "costSplit.open": "Abrechnung",
  "costSplit.statementTitle": "Heizkosten\u00adabrechnung",
  "costSplit.coverage.dwellings_missing": "Nicht alle Wohnungen des Gebäudes sind erfasst",
  "costSplit.coverage.area_short": "Die erfassten Wohnungen sind viel kleiner als das Gebäude",
  "costSplit.coverageFigures":
    "Erfasste Wohnungen: {onFile} von {inBuilding} ({areaOnFile} von {buildingArea}).",
  "costSplit.coverageShared":
    "Die ganze Rechnung von {bill} wird nur auf diese Wohnungen verteilt: heizt sie das ganze Gebäude, zahlen ihre Haushalte auch für den Rest.",
  "costSplit.coverageToDo.dwellings_missing":
    "Bevor Sie die Verteilung endgültig machen, erfassen Sie die fehlenden Wohnungen und berechnen Sie sie neu. Oder berechnen Sie sie nur mit dem Teil der Rechnung, der diese Wohnungen betrifft. Betrifft die Rechnung wirklich nur diese Wohnungen (zum Beispiel einen Flügel des Gebäudes), können Sie sie so endgültig machen.",
  "costSplit.coverageToDo.area_short":
    "Bevor Sie die Verteilung endgültig machen, prüfen Sie die Zahl der Wohnungen des Gebäudes und die Fläche jeder Wohnung und berechnen Sie sie neu. Betrifft die Rechnung wirklich nur diese Wohnungen, können Sie sie so endgültig machen.",
  "costSplit.coverageFinal": "Diese Verteilung wurde mit dieser Warnung endgültig gemacht.",
  "costSplit.statementCompany": "Wohnungsgesellschaft",
  "costSplit.statementBuilding": "Gebäude",
  "costSplit.statementSeason": "Heizsaison",
  "costSplit.statementSeasonValue": "vom {from} bis {to}",
  "costSplit.statementIssued": "Datum der Abrechnung",
  "costSplit.statementDraft":
    "Entwurf vom {date}, noch nicht an die Mieter geschickt: die Beträge können sich noch ändern",
  "costSplit.print": "Drucken",
  "costSplit.back": "← Zurück",
};

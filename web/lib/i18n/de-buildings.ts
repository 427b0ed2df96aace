import type { Catalogue } from "./index.ts";

/** German texts of the buildings pages (French reference: fr-buildings.ts). */
export const deBuildings: Catalogue = {
  "nav.buildings": "Gebäude",
  "buildings.title": "Gebäude",
  "buildings.staffOnly": "Die Gebäude werden von den Verwaltern einer Wohnungsgesellschaft betreut.",
  "buildings.intro":
    "Alle zentral beheizten Gebäude der Gesellschaft. Tippen Sie auf einen Namen, um das Gebäude, seine Wohnungen, seine Arbeiten und seine Zähler zu sehen.",
  "buildings.count": "Gebäude: {count}",
  "buildings.shown": "Gebäude: {shown} von {count}",
  "buildings.empty": "Noch keine Gebäude. Importieren Sie unten die Liste Ihrer Gebäude.",
  "buildings.noMatch": "Kein Gebäude passt zu diesen Filtern.",
  "buildings.showMore": "Mehr Gebäude anzeigen ({count})",

  "buildings.filters": "Filtern",
  "buildings.search": "Suchen",
  "buildings.searchHint": "Name, Code oder Gemeinde",
  "buildings.commune": "Gemeinde",
  "buildings.allCommunes": "Alle Gemeinden",
  "buildings.heating": "Heizung",
  "buildings.allHeating": "Alle Heizungen",
  "buildings.heating.gas_boiler": "Gaskessel",
  "buildings.heating.oil_boiler": "Ölkessel",
  "buildings.heating.heat_network": "Wärmenetz",
  "buildings.heating.heat_pump": "Wärmepumpe",

  "buildings.tableCaption": "Gebäude, vom höchsten zum niedrigsten Verbrauch",
  "buildings.tableCaptionByName": "Gebäude nach Namen",
  "buildings.col.name": "Gebäude",
  "buildings.col.commune": "Gemeinde",
  "buildings.col.heating": "Heizung",
  "buildings.col.area": "Beheizte Fläche",
  "buildings.col.kwhPerM2": "kWh/m² pro Jahr, Normaljahr",
  "buildings.col.trend": "Verlauf",
  "buildings.col.last12": "kWh der letzten 12 Monate",
  "buildings.col.alerts": "Warnungen",
  "buildings.noFigure": "noch nicht",
  "buildings.trendLabel": "kWh/m² pro Monat über {count} Monate: {first} am Anfang, {last} am Ende",
  "buildings.figuresMissing":
    "Der Verbrauch pro m² erscheint hier, sobald die Ablesungen der Heizräume berechnet sind.",
  "buildings.monthsCovered": "über {count} Monate",
  "buildings.fuelNote":
    "Gas und Heizöl: Für die gleiche Wärme zeigt ein Gebäude mit Gas etwa 10\u00a0% mehr kWh. Gas wird wie auf der Rechnung gezählt (Brennwert), Heizöl und Pellets nach dem Heizwert.",
  "buildings.areaValue": "{value}\u00a0m²",

  "buildings.importTitle": "Gebäude oder Wohnungen importieren (CSV)",
  "buildings.importIntro":
    "Eine CSV-Datei mit einer Zeile pro Gebäude oder pro Wohnung; die erste Zeile nennt die Spaltennamen. Ein erneuter Import derselben Datei erzeugt keine Dubletten.",
  "buildings.importFile": "CSV-Datei",
  "buildings.importHint":
    "Gebäude: code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Wohnungen: code bâtiment, logement, surface m².",
  "buildings.importMissing": "Wählen Sie zuerst eine Datei.",
  "buildings.importSend": "Importieren",
  "buildings.importing": "Import läuft…",
  "buildings.imported":
    "Gelesene Zeilen: {rows}. Hinzugefügt: {created}, geändert: {updated}, bereits aktuell: {unchanged}.",

  "building.back": "← Alle Gebäude",
  "building.code": "Code: {code}",
  "building.factsTitle": "Das Gebäude",
  "building.address": "Adresse",
  "building.area": "Beheizte Fläche",
  "building.dwellings": "Wohnungen",
  "building.dwellingsValue": "{count} (davon {onFile} erfasst)",
  "building.heating": "Heizung",
  "building.year": "Baujahr",
  "building.yearUnknown": "nicht bekannt",

  "building.indicatorsTitle": "Verbrauch",
  "building.indicatorsMissing":
    "Die Kennzahlen (kWh pro Monat und pro m², Verbrauch im Normaljahr) erscheinen hier, sobald die Ablesungen des Heizraums berechnet sind.",
  "building.indicatorsStale": "Die Zahlen werden nach einer neuen Ablesung neu berechnet.",
  "building.signatureWords":
    "Energiesignatur, über das Jahr: {base} kWh pro Tag auch ohne Kälte, plus {slope} kWh pro Gradtag Kälte. Diese {base} kWh umfassen Warmwasser und die Verluste des Kessels, aber auch die Heizung, falls sie im Sommer lief.",
  "building.signatureSmartMeter":
    "Berechnet aus den Tageswerten des intelligenten Zählers, pro Monat zusammengezählt.",
  "building.monthlyTitle": "kWh pro m², Monat für Monat, von {from} bis {to}",
  "building.monthlyLabel": "Verbrauch pro m² jedes Monats.",
  "building.monthlyLabelWorks": "Die Zeiten der Arbeiten sind blau.",
  "building.monthlyLabelPartial":
    "Die helleren Balken sind Monate mit Zählerständen nur für einen Teil ihrer Tage: Sie sind niedriger als der tatsächliche Verbrauch.",
  "building.worksBand": "Arbeiten: {kind}, vom {from} bis zum {to}",
  "building.partialMonths":
    "Unvollständige(r) Monat(e): {months}. Für einige Tage fehlen Zählerstände: Der hellere Balken ist niedriger als der tatsächliche Verbrauch des Gebäudes.",
  "building.missingMonths":
    "Ohne Zahlen: {months}. Kein Zählerstand deckt diese Monate ab: Sie haben keinen Balken.",
  "building.normalYear": "{value} kWh/m² pro Jahr in einem Normaljahr",
  "building.seasonsCaption": "Heizperioden (Oktober bis April)",
  "building.season": "Heizperiode",
  "building.seasonIncomplete": "(unvollständig)",

  "building.worksTitle": "Arbeiten",
  "building.worksEmpty": "Keine Arbeiten erfasst.",
  "building.worksIntro":
    "Für jede abgeschlossene Arbeit wird der Verbrauch danach mit dem Jahr davor verglichen, bei gleichem Wetter.",
  "building.event.roof": "Dach",
  "building.event.walls": "Wände",
  "building.event.windows": "Fenster",
  "building.event.boiler": "Heizkessel",
  "building.event.regulation": "Regelung",
  "building.event.other": "Andere Arbeiten",
  "building.worksDates": "Vom {from} bis zum {to}",
  "building.worksOngoing": "Begonnen am {from}, noch nicht beendet",
  "building.addWorks": "Arbeiten hinzufügen",
  "building.editWorks": "Diese Arbeiten ändern",
  "building.worksKind": "Art der Arbeiten",
  "building.worksLabel": "Beschreibung",
  "building.worksLabelHint": "Zum Beispiel: Dachdämmung",
  "building.worksStart": "Beginn der Arbeiten",
  "building.worksEnd": "Ende der Arbeiten",
  "building.worksEndHint": "Leer lassen, wenn die Arbeiten nicht beendet sind.",
  "building.save": "Speichern",
  "building.saving": "Wird gespeichert…",

  "renovation.title": "Ergebnis der Arbeiten",
  "renovation.loading": "Das Ergebnis wird berechnet…",
  "renovation.noMeter":
    "Kein Zähler im Heizraum (Gas, Heizöl oder Wärme): Fügen Sie ihn hinzu, um die Wirkung der Arbeiten zu messen.",
  "renovation.less": "Etwa {pct}\u00a0% weniger als vor den Arbeiten",
  "renovation.more": "Etwa {pct}\u00a0% mehr als vor den Arbeiten",
  "renovation.range": ", zwischen {low}\u00a0% und {high}\u00a0%.",
  "renovation.end": ".",
  "renovation.noClearChange":
    "Kein deutlicher Unterschied: zwischen {more}\u00a0% mehr und {less}\u00a0% weniger als vor den Arbeiten.",
  "renovation.kwh": "{energy}: {kwh} kWh verbraucht statt der ohne die Arbeiten erwarteten {expected} kWh.",
  "renovation.period":
    "Gemessen vom {from} bis zum {to} ({months} Monate), bei gleichem Wetter, verglichen mit dem Jahr vor den Arbeiten.",
  "renovation.provisional": "Vorläufiges Ergebnis: noch {months} Monate bis zu einem vollen Jahr.",
  "renovation.noInterval": "Die Unsicherheitsspanne kann noch nicht berechnet werden.",
  "renovation.underWay": "Das Ergebnis wird nach dem Ende der Arbeiten berechnet.",
  "renovation.notEnoughAfter": "Noch nicht genug Daten: noch {months} Monate Ablesungen nach den Arbeiten.",
  "renovation.notEnoughBefore":
    "Nicht genug Ablesungen vor den Arbeiten: Es fehlen {months} Monate Ablesungen im Jahr vor dem {date}.",
  "renovation.noWeather": "Für diese Monate fehlen Wetterdaten: {months}.",
  "renovation.modelNotFit":
    "Die Ablesungen vor den Arbeiten schwanken zu stark mit dem Wetter, um als Referenz zu dienen. Prüfen Sie die Ablesungen jenes Jahres.",
  "renovation.showSignature": "Die Energiesignatur ansehen",
  "renovation.signatureLabel":
    "Verbrauch pro Tag nach der Kälte: vor den Arbeiten als Kreise, danach als Dreiecke.",
  "renovation.before": "Vor den Arbeiten",
  "renovation.after": "Nach den Arbeiten ({label})",
  "renovation.line": "Was das Gebäude vor den Arbeiten verbrauchte, nach der Kälte",
  "renovation.xAxis": "Gradtage pro Tag",
  "renovation.yAxis": "kWh pro Tag",

  "building.metersTitle": "Zähler",
  "building.metersEmpty": "Keine Zähler für dieses Gebäude.",
  "building.meterLast": "Letzte Ablesung: {value} {unit}, am {date}",
  "building.meterNoReading": "Noch keine Ablesung",
  "building.meterClosed": "Ersetzt am {date}",
  "building.meterRead": "Eine Ablesung erfassen",

  "building.dwellingsTitle": "Wohnungen",
  "building.dwellingsEmpty":
    "Keine Wohnungen erfasst. Importieren Sie die Wohnungsliste auf der Seite der Gebäude.",
  "building.dwellingArea": "{value}\u00a0m²",
  "building.dwellingFloor": "Stockwerk {floor}",
  "building.dwellingGround": "Erdgeschoss",
  "building.livesHere": "Bewohnt von: {name}",
  "building.vacant": "Kein Haushalt verknüpft",
  "building.household": "Haushalt, der in dieser Wohnung wohnt",
  "building.nobody": "Niemand (leere Wohnung)",
  "building.changeHousehold": "Den Haushalt der Wohnung {unit} ändern",
};

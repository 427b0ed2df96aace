import type { Catalogue } from "./index.ts";

/** Dutch texts of the buildings pages (French reference: fr-buildings.ts). */
export const nlBuildings: Catalogue = {
  "nav.buildings": "Gebouwen",
  "buildings.title": "Gebouwen",
  "buildings.staffOnly": "De gebouwen worden beheerd door de beheerders van een huisvestingsmaatschappij.",
  "buildings.intro":
    "Alle collectief verwarmde gebouwen van de maatschappij. Tik op een naam om het gebouw, zijn woningen, zijn werken en zijn meters te zien.",
  "buildings.count": "Gebouwen: {count}",
  "buildings.shown": "Gebouwen: {shown} van {count}",
  "buildings.empty": "Nog geen gebouwen. Importeer hieronder de lijst van uw gebouwen.",
  "buildings.noMatch": "Geen enkel gebouw past bij deze filters.",
  "buildings.showMore": "Meer gebouwen tonen ({count})",

  "buildings.filters": "Filteren",
  "buildings.search": "Zoeken",
  "buildings.searchHint": "Naam, code of gemeente",
  "buildings.commune": "Gemeente",
  "buildings.allCommunes": "Alle gemeenten",
  "buildings.heating": "Verwarming",
  "buildings.allHeating": "Alle verwarmingen",
  "buildings.heating.gas_boiler": "Gasketel",
  "buildings.heating.oil_boiler": "Stookolieketel",
  "buildings.heating.heat_network": "Warmtenet",
  "buildings.heating.heat_pump": "Warmtepomp",

  "buildings.tableCaption": "Gebouwen, van het hoogste naar het laagste verbruik",
  "buildings.tableCaptionByName": "Gebouwen op naam",
  "buildings.col.name": "Gebouw",
  "buildings.col.commune": "Gemeente",
  "buildings.col.heating": "Verwarming",
  "buildings.col.area": "Verwarmde oppervlakte",
  "buildings.col.kwhPerM2": "kWh/m² per jaar, normaal jaar",
  "buildings.col.trend": "Verloop",
  "buildings.col.last12": "kWh van de laatste 12 maanden",
  "buildings.col.alerts": "Waarschuwingen",
  "buildings.noFigure": "nog niet",
  "buildings.trendLabel":
    "kWh/m² per maand over {count} maanden: {first} aan het begin, {last} aan het einde",
  "buildings.figuresMissing":
    "Het verbruik per m² verschijnt hier zodra de meterstanden van de stookplaatsen berekend zijn.",
  "buildings.monthsCovered": "over {count} maanden",
  "buildings.fuelNote":
    "Gas en stookolie: voor dezelfde warmte toont een gebouw op gas ongeveer 10\u00a0% meer kWh. Gas wordt geteld zoals op de factuur (bovenste verbrandingswaarde), stookolie en pellets op de onderste verbrandingswaarde.",
  "buildings.areaValue": "{value}\u00a0m²",

  "buildings.importTitle": "Gebouwen of woningen importeren (CSV)",
  "buildings.importIntro":
    "Een CSV-bestand met één regel per gebouw of per woning; de eerste regel geeft de kolomnamen. Hetzelfde bestand opnieuw importeren maakt geen dubbels.",
  "buildings.importFile": "CSV-bestand",
  "buildings.importHint":
    "Gebouwen: code bâtiment, nom, adresse, code postal, commune, surface chauffée m², nombre de logements, chauffage. Woningen: code bâtiment, logement, surface m².",
  "buildings.importMissing": "Kies eerst een bestand.",
  "buildings.importSend": "Importeren",
  "buildings.importing": "Bezig met importeren…",
  "buildings.imported":
    "Gelezen regels: {rows}. Toegevoegd: {created}, gewijzigd: {updated}, al up-to-date: {unchanged}.",

  "building.back": "← Alle gebouwen",
  "building.code": "Code: {code}",
  "building.factsTitle": "Het gebouw",
  "building.address": "Adres",
  "building.area": "Verwarmde oppervlakte",
  "building.dwellings": "Woningen",
  "building.dwellingsValue": "{count} (waarvan {onFile} ingevoerd)",
  "building.heating": "Verwarming",
  "building.year": "Bouwjaar",
  "building.yearUnknown": "niet gekend",

  "building.indicatorsTitle": "Verbruik",
  "building.indicatorsMissing":
    "De indicatoren (kWh per maand en per m², verbruik in een normaal jaar) verschijnen hier zodra de meterstanden van de stookplaats berekend zijn.",
  "building.indicatorsStale": "De cijfers worden herberekend na een nieuwe meterstand.",
  "building.signatureWords":
    "Energiesignatuur, over het jaar: {base} kWh per dag ook zonder koude, plus {slope} kWh per graaddag koude. Die {base} kWh omvatten warm water en de verliezen van de ketel, maar ook de verwarming als die in de zomer gedraaid heeft.",
  "building.signatureSmartMeter": "Berekend op de dagwaarden van de digitale meter, per maand opgeteld.",
  "building.monthlyTitle": "kWh per m², maand per maand, van {from} tot {to}",
  "building.monthlyLabel": "Verbruik per m² van elke maand.",
  "building.monthlyLabelWorks": "De periodes van werken zijn in het blauw.",
  "building.monthlyLabelPartial":
    "De lichtere staven zijn maanden met meterstanden voor maar een deel van hun dagen: ze zijn lager dan wat er echt verbruikt is.",
  "building.worksBand": "Werken: {kind}, van {from} tot {to}",
  "building.partialMonths":
    "Onvolledige maand(en): {months}. Voor sommige dagen ontbreken meterstanden: de lichtere staaf is lager dan wat het gebouw echt verbruikte.",
  "building.missingMonths":
    "Zonder cijfers: {months}. Geen meterstand dekt deze maanden: ze hebben geen staaf.",
  "building.normalYear": "{value} kWh/m² per jaar in een normaal jaar",
  "building.seasonsCaption": "Stookseizoenen (oktober tot april)",
  "building.season": "Seizoen",
  "building.seasonIncomplete": "(onvolledig)",

  "building.worksTitle": "Werken",
  "building.worksEmpty": "Geen werken ingevoerd.",
  "building.worksIntro":
    "Voor elk afgerond werk wordt het verbruik na de werken vergeleken met het jaar ervoor, bij gelijk weer.",
  "building.event.roof": "Dak",
  "building.event.walls": "Muren",
  "building.event.windows": "Ramen",
  "building.event.boiler": "Ketel",
  "building.event.regulation": "Regeling",
  "building.event.other": "Andere werken",
  "building.worksDates": "Van {from} tot {to}",
  "building.worksOngoing": "Begonnen op {from}, nog niet klaar",
  "building.addWorks": "Werken toevoegen",
  "building.editWorks": "Deze werken wijzigen",
  "building.worksKind": "Soort werken",
  "building.worksLabel": "Beschrijving",
  "building.worksLabelHint": "Bijvoorbeeld: dakisolatie",
  "building.worksStart": "Begin van de werken",
  "building.worksEnd": "Einde van de werken",
  "building.worksEndHint": "Laat leeg als de werken niet klaar zijn.",
  "building.save": "Opslaan",
  "building.saving": "Bezig met opslaan…",

  "renovation.title": "Resultaat van de werken",
  "renovation.loading": "Het resultaat wordt berekend…",
  "renovation.noMeter":
    "Geen meter in de stookplaats (gas, stookolie of warmte): voeg hem toe om het effect van de werken te meten.",
  "renovation.less": "Ongeveer {pct}\u00a0% minder dan vóór de werken",
  "renovation.more": "Ongeveer {pct}\u00a0% meer dan vóór de werken",
  "renovation.range": ", tussen {low}\u00a0% en {high}\u00a0%.",
  "renovation.end": ".",
  "renovation.noClearChange":
    "Geen duidelijk verschil: tussen {more}\u00a0% meer en {less}\u00a0% minder dan vóór de werken.",
  "renovation.kwh":
    "{energy}: {kwh} kWh verbruikt in plaats van de {expected} kWh verwacht zonder de werken.",
  "renovation.period":
    "Gemeten van {from} tot {to} ({months} maanden), bij gelijk weer, vergeleken met het jaar vóór de werken.",
  "renovation.provisional": "Voorlopig resultaat: nog {months} maanden voor een volledig jaar.",
  "renovation.noInterval": "De onzekerheidsmarge kan nog niet berekend worden.",
  "renovation.underWay": "Het resultaat wordt berekend na het einde van de werken.",
  "renovation.notEnoughAfter": "Nog niet genoeg gegevens: nog {months} maanden meterstanden na de werken.",
  "renovation.notEnoughBefore":
    "Niet genoeg meterstanden vóór de werken: er ontbreken {months} maanden meterstanden in het jaar vóór {date}.",
  "renovation.noWeather": "De weergegevens van deze maanden ontbreken: {months}.",
  "renovation.modelNotFit":
    "De meterstanden vóór de werken schommelen te veel met het weer om als referentie te dienen. Controleer de meterstanden van dat jaar.",
  "renovation.showSignature": "De energiesignatuur bekijken",
  "renovation.signatureLabel":
    "Verbruik per dag volgens de koude: vóór de werken als cirkels, erna als driehoeken.",
  "renovation.before": "Vóór de werken",
  "renovation.after": "Na de werken ({label})",
  "renovation.line": "Wat het gebouw vóór de werken verbruikte, volgens de koude",
  "renovation.xAxis": "Graaddagen per dag",
  "renovation.yAxis": "kWh per dag",

  "building.metersTitle": "Meters",
  "building.metersEmpty": "Geen meters voor dit gebouw.",
  "building.meterLast": "Laatste meterstand: {value} {unit}, op {date}",
  "building.meterNoReading": "Nog geen meterstand",
  "building.meterClosed": "Vervangen op {date}",
  "building.meterRead": "Een meterstand invoeren",

  "building.dwellingsTitle": "Woningen",
  "building.dwellingsEmpty":
    "Geen woningen ingevoerd. Importeer de lijst van woningen via de pagina met de gebouwen.",
  "building.dwellingArea": "{value}\u00a0m²",
  "building.dwellingFloor": "verdieping {floor}",
  "building.dwellingGround": "gelijkvloers",
  "building.livesHere": "Bewoond door: {name}",
  "building.vacant": "Geen gezin gekoppeld",
  "building.household": "Gezin dat in deze woning woont",
  "building.nobody": "Niemand (lege woning)",
  "building.changeHousehold": "Het gezin van woning {unit} wijzigen",
};

import type { Catalogue } from "./index.ts";

export const nlCostSplit: Catalogue = {
  "costSplit.title": "Verdeling van de verwarmingskosten",
  "costSplit.intro":
    "De verwarmingsfactuur van het seizoen wordt verdeeld over de woningen: een vast deel volgens de oppervlakte, de rest volgens de warmte gemeten op de kostenverdelers.",
  "costSplit.bill": "Bedrag van de factuur (€)",
  "costSplit.from": "Begin van het seizoen",
  "costSplit.to": "Einde van het seizoen",
  "costSplit.toHint": "De eerste dag die niet meer telt (bijvoorbeeld 1 mei).",
  "costSplit.fixedShare": "Vast deel volgens de oppervlakte (%)",
  "costSplit.fixedShareHint": "Vaak 30 %. De rest wordt verdeeld volgens de gebruikte warmte.",
  "costSplit.compute": "Verdeling berekenen",
  "costSplit.none": "Nog geen verdeling.",
  "costSplit.season": "Seizoen van {from} tot {to}",
  "costSplit.draft": "Ontwerp",
  "costSplit.final": "Definitief",
  "costSplit.dwelling": "Woning",
  "costSplit.fixed": "Vast deel",
  "costSplit.variable": "Variabel deel",
  "costSplit.total": "Totaal",
  "costSplit.company": "Maatschappij (lege woning)",
  "costSplit.estimated": "geschat",
  "costSplit.periodDays": "{periods} ({days}\u00a0dagen)",
  "costSplit.estimatedNote": "‘geschat’: meting ontbreekt, verbruik geschat volgens de oppervlakte.",
  "costSplit.sumCheck": "Totaal van de afrekeningen: {sum} voor een factuur van {bill}.",
  "costSplit.finalise": "Definitief maken",
  "costSplit.finaliseHint": "Een definitieve verdeling is die naar de huurders gaat: ze verandert niet meer.",
  "costSplit.csv": "Afrekeningen downloaden (CSV)",
  "costSplit.open": "Afrekening",
  "costSplit.statementTitle": "Afrekening van de verwarmingskosten",
  "costSplit.coverage.dwellings_missing": "Niet alle woningen van het gebouw zijn ingevoerd",
  "costSplit.coverage.area_short": "De ingevoerde woningen zijn veel kleiner dan het gebouw",
  "costSplit.coverageFigures":
    "Ingevoerde woningen: {onFile} van {inBuilding} ({areaOnFile} van {buildingArea}).",
  "costSplit.coverageShared":
    "De hele factuur van {bill} wordt alleen over deze woningen verdeeld: verwarmt ze het hele gebouw, dan betalen hun gezinnen ook voor de rest.",
  "costSplit.coverageToDo.dwellings_missing":
    "Voer de ontbrekende woningen in voordat u de verdeling definitief maakt, en bereken ze opnieuw. Of bereken ze met alleen het deel van de factuur dat deze woningen betreft. Betreft de factuur echt alleen deze woningen (bijvoorbeeld één vleugel van het gebouw), dan kunt u ze zo definitief maken.",
  "costSplit.coverageToDo.area_short":
    "Controleer het aantal woningen van het gebouw en de oppervlakte van elke woning voordat u de verdeling definitief maakt, en bereken ze opnieuw. Betreft de factuur echt alleen deze woningen, dan kunt u ze zo definitief maken.",
  "costSplit.coverageFinal": "Deze verdeling werd met deze waarschuwing definitief gemaakt.",
  "costSplit.statementCompany": "Huisvestingsmaatschappij",
  "costSplit.statementBuilding": "Gebouw",
  "costSplit.statementSeason": "Stookseizoen",
  "costSplit.statementSeasonValue": "van {from} tot {to}",
  "costSplit.statementIssued": "Datum van de afrekening",
  "costSplit.statementDraft":
    "ontwerp berekend op {date}, nog niet naar de huurders gestuurd: de bedragen kunnen nog veranderen",
  "costSplit.print": "Afdrukken",
  "costSplit.back": "← Terug",
};

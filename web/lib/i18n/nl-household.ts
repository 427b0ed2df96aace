import type { Catalogue } from "./index.ts";

/** Dutch texts of the household pages beyond the first screen (French reference: fr-household.ts). */
export const nlHousehold: Catalogue = {
  "householdHome.consumption": "Mijn verbruik",
  "householdHome.consumptionHint": "Maand per maand, in kWh en in euro, vergeleken met vorig jaar.",
  "householdHome.savings": "Mijn besparingen",
  "householdHome.savingsHint": "Wat u bespaard hebt, in euro, rekening houdend met het weer.",
  "meters.consumption": "Mijn verbruik bekijken, maand per maand",

  "consumption.title": "Mijn verbruik",
  "consumption.intro": "Elke maand van {year}, naast dezelfde maand van {previous}.",
  "consumption.showIn": "Tonen in",
  "consumption.inKwh": "kWh",
  "consumption.inEuros": "euro",
  "consumption.inNative": "eenheid van de meter",
  "consumption.years": "Het jaar kiezen",
  "consumption.stripedMeans":
    "gestreept: deels geschat, of een maand die nog niet volledig is (de lopende maand)",
  "consumption.chartLabel":
    "{energy} in {unit}, maand per maand: {year} naast {previous}. De cijfers staan in de tabel hieronder.",
  "consumption.showFigures": "De cijfers bekijken",
  "consumption.hideFigures": "De cijfers verbergen",
  "consumption.tableCaption": "{energy}, in {unit}",
  "consumption.month": "Maand",
  "consumption.estimated": "deels geschat",
  "consumption.partial": "onvolledige maand",
  "consumption.noData": "geen gegevens",
  "consumption.tariffMissing": "prijs onbekend (tarief ontbreekt)",
  "consumption.notPriced": "geen prijs in euro",
  "consumption.someTariffMissing":
    "Sommige maanden hebben geen prijs: het tarief ontbreekt. Uw begeleider kan het toevoegen.",
  "consumption.allTariffMissing":
    "De prijs is niet bekend: het tarief ontbreekt. Uw begeleider kan het toevoegen. Kies ‘kWh’ of ‘eenheid van de meter’ om uw verbruik te zien.",
  "consumption.someTariffMissingCompany":
    "Sommige maanden hebben geen prijs: het tarief ontbreekt. Uw huisvestingsmaatschappij kan het toevoegen.",
  "consumption.allTariffMissingCompany":
    "De prijs is niet bekend: het tarief ontbreekt. Uw huisvestingsmaatschappij kan het toevoegen. Kies ‘kWh’ of ‘eenheid van de meter’ om uw verbruik te zien.",
  "consumption.allNotPriced": "Deze meter telt niet in euro.",
  "consumption.allNoData": "Nog geen meterstanden voor deze twee jaren.",
  "consumption.priceFromDeliveries": "Kosten berekend met de gemiddelde prijs van uw leveringen.",
  "consumption.spreadByWeather":
    "Tussen twee meterstanden tellen koude dagen meer dan zachte: dan verwarmt u.",
  "consumption.fuelPriceMissing": "prijs onbekend (prijs van de leveringen ontbreekt)",
  "consumption.someFuelPriceMissing":
    "Sommige maanden hebben geen prijs. Vul het betaalde totaalbedrag in wanneer u een levering noteert.",
  "consumption.allFuelPriceMissing":
    "De prijs is niet bekend: uw leveringen hebben geen prijs. Vul het betaalde totaalbedrag in wanneer u een levering noteert. Kies ‘kWh’ of ‘eenheid van de meter’ om uw verbruik te zien.",
  "feedback.deliveryPriceMissing":
    "De prijs in euro is niet bekend: uw leveringen hebben geen prijs. Vul het betaalde totaalbedrag in wanneer u een levering noteert.",

  "feedback.euros": "Dat is ongeveer {eur}, dus {perDay} per dag.",
  "feedback.eurosShort": "Dat is ongeveer {eur}.",
  "feedback.tariffMissing":
    "De prijs in euro is niet bekend: het tarief ontbreekt. Uw begeleider kan het toevoegen.",
  "feedback.tariffMissingCompany":
    "De prijs in euro is niet bekend: het tarief ontbreekt. Uw huisvestingsmaatschappij kan het toevoegen.",
  "feedback.tariffMissingStaff":
    "De prijs in euro is niet bekend: het tarief ontbreekt. Een coördinator kan het toevoegen bij de instellingen.",
  "feedback.kwh": "In energie: ongeveer {kwh}\u00a0kWh.",
  "feedback.noLastYear": "Geen vergelijking met vorig jaar: er ontbreken meterstanden van die periode.",
  "feedback.sameAsLastYear": "Dat is ongeveer hetzelfde als vorig jaar in dezelfde periode.",
  "feedback.lessThanLastYear": "Dat is {percent}\u00a0% minder per dag dan vorig jaar in dezelfde periode.",
  "feedback.moreThanLastYear": "Dat is {percent}\u00a0% meer per dag dan vorig jaar in dezelfde periode.",
  "feedback.moneyLoading": "De prijs wordt berekend…",
  "feedback.moneyFailed": "De prijs kon nu niet berekend worden. U ziet hem in ‘Mijn verbruik’.",

  "offline.keptTitle": "Bewaard op deze telefoon",
  "offline.kept":
    "Op dit moment is er geen verbinding. Deze meterstand wacht: hij wordt verstuurd zodra de verbinding terug is.",
  "offline.keptSignedOut":
    "U bent afgemeld. Deze meterstand wacht: hij wordt verstuurd wanneer u zich opnieuw aanmeldt.",
  "offline.waiting": "Wacht om verstuurd te worden",
  "offline.waitingOne": "1 meterstand wacht om verstuurd te worden",
  "offline.waitingMany": "{count} meterstanden wachten om verstuurd te worden",
  "offline.listTitle": "Nog niet verstuurd",
  "offline.refused": "Niet aanvaard. Na te kijken:",
  "offline.dropConfirm":
    "De meterstand van {date} ({value}) verwijderen? Hij werd niet verstuurd en gaat verloren.",
  "offline.keptSent": "Deze meterstand werd verstuurd.",
  "offline.refusedTitle": "Niet aanvaard: na te kijken",
  "offline.checkIt": "Deze meterstand nakijken",
  "offline.toCheckOne": "1 meterstand niet aanvaard, na te kijken",
  "offline.toCheckMany": "{count} meterstanden niet aanvaard, na te kijken",
  "number.whichOne": "U schreef {typed}: is het {thousands} of {decimal}?",
  "number.whichOneHint":
    "Een punt kan de duizendtallen scheiden of de komma vervangen. Tik op het juiste getal.",
  "reading.belowPrevious": "De stand {value} is kleiner dan de vorige ({previousValue} op {previousDate}).",
  "reading.belowPreviousDetail":
    "Lees de cijfers een voor een opnieuw: vaak is het een tikfout. Werd de meter vervangen, verwittig dan uw begeleider. Vink ‘terug op nul’ alleen aan als de meter echt voorbij zijn maximum ging en weer bij nul begon.",
  "reading.belowPreviousDetailDayNight":
    "Lees de cijfers een voor een opnieuw: vaak is het een tikfout. Kijk ook na of u dag en nacht niet hebt verwisseld. Werd de meter vervangen, verwittig dan uw begeleider. Vink ‘terug op nul’ alleen aan als de meter echt voorbij zijn maximum ging en weer bij nul begon.",
  "reading.belowPreviousDetailAllocator":
    "Een kostenverdeler begint één keer per jaar opnieuw bij nul, bij het begin van het stookseizoen: is dat zo, vink dan ‘terug op nul’ aan. Lees anders de cijfers een voor een opnieuw.",
  "myData.title": "Mijn gegevens",
  "myData.intro":
    "Download een kopie van alles wat de toepassing over u bijhoudt: profiel, meters, meterstanden.",
  "myData.csv": "Mijn gegevens downloaden (Excel, ZIP-bestand)",
  "myData.json": "Mijn gegevens downloaden (JSON)",
  "myData.erase": "Wilt u uw gegevens laten wissen? Vraag het aan uw begeleider.",
  "myData.eraseCompany": "Wilt u uw gegevens laten wissen? Vraag het aan uw huisvestingsmaatschappij.",
  "mySharing.title": "Wat ik deel",
  "mySharing.intro": "U kiest zelf, en u kunt altijd van gedachten veranderen.",
  "mySharing.adviserAdviser":
    "Met mijn begeleider: die ziet mijn gegevens (gezinsgrootte, verwarming, voorschotten), mijn meters, meterstanden, verbruik, besparingen en wat we samen doen, om mij te helpen.",
  "mySharing.adviserCompany":
    "Met mijn huisvestingsmaatschappij: die ziet mijn gegevens (gezinsgrootte, verwarming, voorschotten), mijn meters, meterstanden, verbruik en besparingen, om mij te helpen.",
  "mySharing.companyAlways":
    "De verwarmingsmeters van mijn woning (kostenverdelers, warmtemeter) blijven altijd zichtbaar voor mijn huisvestingsmaatschappij: die heeft ze nodig om de verwarmingskosten te verdelen.",
  "mySharing.group":
    "Met mijn groep: mijn cijfers tellen mee in de resultaten van de groep, zonder mijn naam.",
  "mySharing.sharedSince": "Gedeeld sinds {date}.",
  "mySharing.notShared": "Niet gedeeld.",
  "mySharing.stop": "Niet meer delen",
  "mySharing.start": "Delen",
  "mySharing.withAdviser": "met mijn begeleider",
  "mySharing.withCompany": "met mijn huisvestingsmaatschappij",
  "mySharing.withGroup": "met mijn groep",
  "myPin.title": "Mijn pincode",
  "myPin.handedOut":
    "U kreeg uw pincode op papier: wie hem u gaf, kent hem. Kies uw eigen code, die alleen u kent.",
  "myPin.chosenOn": "U koos uw pincode op {date}. Alleen u kent hem.",
  "myPin.done": "Klaar. Onthoud uw nieuwe code goed: de volgende keer moet u die typen.",
  "myPin.choose": "Mijn pincode kiezen",
  "myPin.change": "Mijn pincode wijzigen",
  "myPin.current": "Huidige pincode",
  "myPin.new": "Nieuwe pincode",
  "myPin.newHint": "4 tot 8 cijfers, niet 1234 of 0000",
  "myPin.again": "Nieuwe pincode, nog een keer",
  "myPin.mismatch": "Dit is niet dezelfde code als net erboven. Typ hem nog een keer.",
  "myPin.save": "Mijn code opslaan",
  "myGroup.door": "Mijn groep",
  "myGroup.doorHint": "De volgende bijeenkomst, mijn engagementen, mijn vooruitgang",
};

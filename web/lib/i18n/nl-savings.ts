import type { Catalogue } from "./index.ts";

/** Dutch texts of Mijn besparingen and "Hoe wordt het berekend?" (French reference: fr-savings.ts). */
export const nlSavings: Catalogue = {
  "savings.title": "Mijn besparingen",
  "savings.staffTitle": "Besparingen",
  "savings.intro":
    "Wat u sinds een bepaalde datum bespaard hebt, rekening houdend met het weer: een koude winter telt niet in uw nadeel.",
  "savings.staffIntro":
    "De besparingen van het gezin sinds een bepaalde datum, rekening houdend met het weer, per energiesoort.",
  "savings.backToFile": "← Het dossier van het gezin",
  "savings.startLabel": "Sinds",
  "savings.startHint":
    "Wanneer u zich bij een groep aansluit, wordt dit de dag van uw aansluiting. Tot dan kunt u de datum wijzigen.",
  "savings.startHintCompany":
    "Kies de dag vanaf wanneer u wilt vergelijken, bijvoorbeeld een verandering thuis of het einde van werken in het gebouw.",
  "savings.staffStartHint":
    "Het gezin heeft zich bij geen enkele groep aangesloten: kies hier de startdatum.",
  "savings.startHintGroup":
    "Dit is de dag waarop u zich bij uw groep aansloot. U kunt een andere datum kiezen.",
  "savings.staffStartHintGroup":
    "De dag waarop het gezin zich bij zijn groep aansloot. Kies een andere datum om te vergelijken.",
  "savings.startInvalid": "Kies een datum in het verleden.",
  "savings.noEnergy":
    "Geen meter voor gas, elektriciteit, warmte of stookolie: er valt geen besparing te berekenen.",
  "savings.method": "Hoe wordt het berekend?",
  "savings.weather": "Weer: {station}",
  "savings.weatherLabelled": "Weer: {station} — {label}",
  "savings.saved": "Ongeveer {amount} bespaard sinds {date}, rekening houdend met het weer",
  "savings.usedMore":
    "Sinds {date} hebt u iets meer verbruikt dan verwacht, rekening houdend met het weer: ongeveer {amount} meer",
  "savings.savedWithinNoise":
    "Sinds {date} hebt u iets minder verbruikt dan verwacht, rekening houdend met het weer: ongeveer {amount} minder",
  "savings.aboutSame":
    "Sinds {date} hebt u ongeveer evenveel verbruikt als verwacht, rekening houdend met het weer",
  "savings.range": " — tussen {low} en {high}.",
  "savings.end": ".",
  "savings.kwhSaved": "In energie: ongeveer {kwh} minder dan verwacht.",
  "savings.kwhMore": "In energie: ongeveer {kwh} meer dan verwacht.",
  "savings.kwhSame": "In energie: ongeveer wat verwacht was.",
  "savings.noise":
    "De marge loopt van {more} meer tot {less} minder: het verschil is te klein om zeker te zijn.",
  "savings.noInterval": "De foutmarge kan nog niet berekend worden: daarvoor zijn meer meterstanden nodig.",
  "savings.priceFromDeliveries": "Bedrag berekend met de gemiddelde prijs van uw leveringen.",
  "savings.priceMissingDelivered":
    "De prijs is niet bekend: de besparing wordt in kWh getoond. Vul het betaalde totaalbedrag in wanneer u een levering noteert.",
  "savings.priceMissing":
    "De prijs is niet bekend (het tarief ontbreekt): de besparing wordt in kWh getoond. Uw begeleider kan het tarief toevoegen.",
  "savings.priceMissingCompany":
    "De prijs is niet bekend (het tarief ontbreekt): de besparing wordt in kWh getoond. Uw huisvestingsmaatschappij kan het tarief toevoegen.",
  "savings.usedMoreKind":
    "Dat kan gebeuren: meer tijd thuis, een nieuw toestel, een winter met ziekte… Uw begeleider kan samen met u bekijken waar het vandaan komt.",
  "savings.usedMoreKindCompany":
    "Dat kan gebeuren: meer tijd thuis, een nieuw toestel, een winter met ziekte…",
  "savings.period": "Berekend op basis van uw meterstanden van {from} tot {to}.",
  "savings.periodStaff": "Berekend op basis van de meterstanden van {from} tot {to}.",
  "savings.insufficientBaseline":
    "Er zijn meterstanden nodig over minstens {months} maanden vóór {date}. Aantal maanden dat nog ontbreekt: {missing}.",
  "savings.insufficientBaselineOther": "De meterstanden van het jaar vóór {date} volstaan nog niet.",
  "savings.insufficientBaselineDo": "Uw begeleider kan ze overnemen uit uw facturen.",
  "savings.insufficientBaselineCompanyDo":
    "U kunt ze zelf invullen uit uw oude facturen: noteer in Mijn meters elke meterstand met zijn datum.",
  "savings.insufficientBaselineStaffDo":
    "Neem ze over uit de facturen van het gezin (één meterstand per maand of per factuur).",
  "savings.insufficientReporting": "Nog geen meterstand sinds {date}.",
  "savings.insufficientReportingDo":
    "Noteer een meterstand van deze meter: de besparingen worden berekend zodra er een meterstand na die datum is.",
  "savings.insufficientReportingStaffDo":
    "De besparingen worden berekend zodra er een meterstand na die datum is.",
  "savings.noWeather":
    "De weergegevens ontbreken voor: {months}. Zonder die gegevens kunnen we geen rekening houden met het weer.",
  "savings.noWeatherOther": "Er ontbreken weergegevens om rekening te houden met het weer.",
  "savings.noWeatherDo": "De besparingen verschijnen zodra die maanden toegevoegd zijn.",
  "savings.noWeatherStaffDo":
    "De beheerder van het platform kan die maanden importeren (graaddagen van het weerstation).",
  "savings.modelNotFit":
    "Het verbruik in het jaar vóór {date} schommelt te sterk van maand tot maand om door het weer verklaard te worden: er zijn geen betrouwbare besparingen te tonen.",
  "savings.modelNotFitDo": "Uw begeleider kan uw meterstanden samen met u bekijken.",
  "savings.modelNotFitCompanyDo":
    "Bekijk uw meterstanden in Mijn meters: één verkeerd getypt cijfer kan de berekening al verstoren.",
  "savings.modelNotFitStaffDo":
    "Controleer de meterstanden van dat jaar: een tikfout, een lange afwezigheid, een andere verwarming?",
  "savings.flagsTitle": "Na te kijken",
  "savings.flag.baseline_period_too_short": "Van {from} tot {to}: periode te kort, niet meegeteld.",
  "savings.flag.baseline_period_too_long": "Van {from} tot {to}: periode te lang, niet meegeteld.",
  "savings.flag.baseline_period_missing": "Van {from} tot {to}: geen meterstanden in het referentiejaar.",
  "savings.flag.reporting_period_long": "Van {from} tot {to}: lang zonder meterstand.",
  "savings.flag.no_weather": "Van {from} tot {to}: geen weergegevens, periode niet meegeteld.",
  "savings.flag.negative_use": "Van {from} tot {to}: negatief verbruik, een meterstand is wellicht fout.",
  "savings.flag.unusually_high_use": "Van {from} tot {to}: ongewoon hoog verbruik.",
  "savings.flag.tariff_missing": "Geen tarief voor deze energiesoort: besparingen alleen in kWh.",
  "savings.flag.price_from_deliveries":
    "Euro's tegen de gemiddelde prijs van de leveringen die het gezin noteerde: een verkeerd getypte prijs vertekent ze.",
  "savings.flag.too_few_independent_periods": "Geen foutmarge: te weinig onafhankelijke periodes.",
  "savings.flag.residuals_fully_correlated":
    "Geen foutmarge: de afwijkingen van het model hangen volledig met elkaar samen.",
  "savings.flag.no_reporting": "Geen foutmarge: nog geen periode sinds de startdatum.",
  "savings.flag.no_baseline_use": "Geen foutmarge: geen verbruik in het referentiejaar.",
  "savings.model":
    "Referentie: {base} per dag + {slope} per graaddag ({convention}), gecorrigeerde R² {r2}, CV(RMSE) {cv}, {periods} periodes.",
  "savings.convention.dj15_15": "graaddagen 15/15",
  "savings.convention.equiv16_5": "equivalente graaddagen 16,5/16,5",
  "savings.convention.balance": "basistemperatuur {balance} °C",
  "bill.title": "Mijn jaarafrekening",
  "bill.titleStaff": "De jaarafrekening",
  "bill.expected": "Jaarkosten, op de afrekening van {month}: ongeveer {amount}.",
  "bill.expectedNoMonth": "Energie voor het hele jaar: ongeveer {amount}.",
  "bill.advances": "Over het jaar zijn uw voorschotten ({advance}/maand) samen {paid}.",
  "bill.toPay": "U zou nog ongeveer {amount} moeten bijbetalen",
  "bill.toReceive": "U zou ongeveer {amount} terugkrijgen",
  "bill.even": "Uw voorschotten zouden de afrekening moeten dekken",
  "bill.range": " (tussen {low} en {high})",
  "bill.suggested": "Met een voorschot van {advance}/maand zou u het hele jaar dekken.",
  "bill.noModel": "{energy}: nog niet genoeg meterstanden om de rest van het jaar te voorspellen.",
  "bill.noTariff": "{energy}: het tarief is niet bekend, dus de prijs kan niet berekend worden.",
  "bill.estimatedDay": "{energy}: 1 dag zonder bruikbare meterstand is geschat met normaal weer.",
  "bill.estimatedDays": "{energy}: {days} dagen zonder bruikbare meterstand zijn geschat met normaal weer.",
  "bill.missing.billing_month":
    "De maand van uw jaarafrekening is nog niet ingevuld: uw begeleider kan die invullen.",
  "bill.missing.monthly_advance":
    "Het bedrag van uw voorschotten is nog niet ingevuld: uw begeleider kan het invullen.",
  "bill.missing.billing_monthCompany":
    "De maand van uw jaarafrekening is nog niet ingevuld: uw huisvestingsmaatschappij kan die invullen.",
  "bill.missing.monthly_advanceCompany":
    "Het bedrag van uw voorschotten is nog niet ingevuld: uw huisvestingsmaatschappij kan het invullen.",
  "bill.missing.billing_monthStaff":
    "De maand van de jaarafrekening is niet ingevuld: vul ze in het dossier van het gezin in.",
  "bill.missing.monthly_advanceStaff":
    "Het maandelijkse voorschot is niet ingevuld: vul het in het dossier van het gezin in.",
  "bill.nothing": "Nog niet genoeg gegevens om de afrekening te voorspellen.",
  "bill.period": "Afrekeningsjaar van {from} tot {to}. Voor de komende maanden rekenen we met normaal weer.",
  "guards.title": "Aandachtspunten",
  "guards.intro": "Signalen om samen met het gezin te bekijken, geen oordelen.",
  "guards.savingsWarning":
    "Deze besparingen komen misschien doordat het gezin zich te veel ontzegt: ga het na met het gezin.",
  "guards.savingsWarningHousehold":
    "Als deze besparingen komen doordat u het koud had, is dat geen succes: bespreek het met uw begeleider.",
  "guards.savingsWarningCompany":
    "Als deze besparingen komen doordat u het koud had, is dat geen succes: bespreek het met uw huisvestingsmaatschappij.",
  "guards.restriction.possible":
    "{energy}: {value} per jaar, minder dan de helft van wat vergelijkbare gezinnen verbruiken ({median}, {count} gezinnen). Het gezin verwarmt misschien te weinig: bespreek het met het gezin.",
  "guards.restriction.noSign":
    "{energy}: {value} per jaar, geen teken dat het gezin te weinig verwarmt (vergelijkbare gezinnen: {median}).",
  "guards.restriction.no_normal_year_use":
    "Te weinig verwarmen: niet te beoordelen, het verbruik in een normaal jaar is nog niet bekend (er zijn meer meterstanden nodig).",
  "guards.restriction.no_comparable_population":
    "Te weinig verwarmen: niet te beoordelen, te weinig vergelijkbare gezinnen (zelfde verwarming, zelfde woninggrootte) om mee te vergelijken.",
  "guards.restriction.no_floor_area":
    "Te weinig verwarmen: niet te beoordelen, de oppervlakte van de woning is niet ingevuld.",
  "guards.restriction.no_heating_energy":
    "Te weinig verwarmen: niet te beoordelen, geen meter voor de energie van de verwarming.",
  "guards.topUps.top_ups_stopped":
    "Budgetmeter: niet meer opgeladen sinds {date}, terwijl dat elke maand gebeurde (gewoonlijk {usual}/maand). Het gezin heeft misschien moeite om op te laden.",
  "guards.topUps.top_ups_shrinking":
    "Budgetmeter: er wordt minder opgeladen ({recent}/maand tegenover {usual}/maand voordien). Het gezin heeft misschien moeite om op te laden.",
  "guards.topUps.no_sign": "Budgetmeter: wordt regelmatig opgeladen ({recent}/maand).",
  "guards.topUps.no_budget_meter": "Geen budgetmeter.",
  "guards.topUps.too_few_top_ups": "Budgetmeter: niet te beoordelen, te weinig opladingen genoteerd.",
  "guards.comfort.none": "Comfort: geen meting in de voorbije 12 maanden.",
  "guards.comfort.count": "Comfort: {count} meting(en) in de voorbije 12 maanden, de laatste op {date}.",
  "guards.comfort.flagsTitle": "Koude of vochtige dagen",
  "guards.comfort.flag": "Op {date}: {reasons}",
  "guards.reason.cold_home": "onder 18\u00a0°C",
  "guards.reason.damp_home": "boven 70\u00a0% vochtigheid",
  "guards.reason.felt_cold": "had het koud",
  "comfort.title": "Hoe gaat het thuis?",
  "comfort.titleStaff": "Een comfortmeting noteren",
  "comfort.intro": "Noteer wat de thermo-hygrometer aangeeft. Elk antwoord helpt uw begeleider.",
  "comfort.introCompany":
    "Noteer de temperatuur bij u thuis, en de vochtigheid als uw thermometer die aangeeft. Uw metingen verschijnen hieronder.",
  "comfort.day": "Datum",
  "comfort.indoor": "Temperatuur binnen (°C)",
  "comfort.humidity": "Vochtigheid (%)",
  "comfort.optional": "Niet verplicht.",
  "comfort.feltCold": "Ik had het koud",
  "comfort.feltColdStaff": "Het gezin had het koud",
  "comfort.save": "Opslaan",
  "comfort.saved": "Meting van {date} opgeslagen. Bedankt!",
  "comfort.dayInvalid": "Kies vandaag of een dag in het verleden.",
  "comfort.indoorInvalid": "Vul een temperatuur in tussen 0 en 40 °C, bijvoorbeeld 19,5.",
  "comfort.historyTitle": "Metingen van de voorbije 12 maanden",
  "comfort.historyLine": "{day}: {words}",
  "comfort.historyHumidity": "vochtigheid {pct}\u00a0%",
  "comfort.historyCold": "had het koud",
  "comfort.historyColdOwn": "ik had het koud",
  "comfort.humidityInvalid": "Vul een percentage in tussen 5 en 100, zonder komma, bijvoorbeeld 55.",

  "signature.title": "Uw verbruik naargelang de koude",
  "signature.titleStaff": "Verbruik naargelang de koude",
  "signature.explain":
    "Elk punt is een periode tussen twee meterstanden: hoe kouder (meer naar rechts), hoe meer er verwarmd wordt. De lijn toont wat het referentiejaar voorspelt.",
  "signature.baseline": "referentiejaar",
  "signature.reporting": "sinds {date}",
  "signature.line": "wat de referentie voorspelt",
  "signature.xAxis": "graaddagen per dag",
  "signature.yAxis": "kWh per dag",
  "signature.chartLabel":
    "{energy}: kWh per dag tegenover graaddagen per dag. Bolletjes: referentiejaar, driehoekjes: sinds {date}, lijn: wat de referentie voorspelt. De cijfers staan in de tabel hieronder.",
  "signature.showFigures": "De cijfers bekijken",
  "signature.hideFigures": "De cijfers verbergen",
  "signature.tableCaption": "{energy}: verbruik per periode",
  "signature.period": "Periode",
  "signature.noWeather": "geen weergegevens",
  "method.title": "Hoe wordt het berekend?",
  "method.backHousehold": "Terug naar Mijn besparingen",
  "method.referenceTitle": "Het jaar ervoor dient als referentie",
  "method.reference":
    "We nemen uw meterstanden van de 12 maanden vóór de startdatum. Ze tonen hoeveel u per dag verbruikt als het zacht weer is, en hoeveel meer als het koud is.",
  "method.weatherTitle": "We houden rekening met het weer",
  "method.weather":
    "In een koude winter verbruikt u meer, in een zachte winter minder. Om rekening te houden met het weer, tellen we graaddagen: voor elke dag het aantal graden dat de gemiddelde temperatuur onder 16,5 °C ligt. Een dag van 6,5 °C telt voor 10 graaddagen; een dag van 20 °C telt voor geen enkele.",
  "method.counterfactual":
    "Met het echte weer sinds de startdatum berekenen we wat u verbruikt zou hebben als er niets veranderd was. De besparing is het verschil met wat uw meters aangeven, tegen de prijs van uw tarief (btw inbegrepen, zonder vaste kosten).",
  "method.intervalTitle": "De marge: 9 kans op 10",
  "method.interval":
    "Verbruik schommelt altijd een beetje. ‘Tussen € 80 en € 160’ wil zeggen: er is 9 kans op 10 dat de echte besparing daartussen ligt.",
  "method.limitsTitle": "De beperkingen",
  "method.limitYear":
    "Er zijn meterstanden nodig over minstens 11 maanden van het jaar vóór de startdatum. Uw begeleider kan ze overnemen uit uw facturen.",
  "method.limitYearCompany":
    "Er zijn meterstanden nodig over minstens 11 maanden van het jaar vóór de startdatum. U kunt ze zelf invullen uit uw oude facturen.",
  "method.limitNoise":
    "Een besparing van enkele procenten valt binnen de marge: we kunnen nog niet zeker zeggen dat ze echt is.",
  "method.limitCold":
    "Het koud hebben om te besparen is geen succes. Uw begeleider let erop: gezondheid en comfort gaan voor.",
  "method.limitColdCompany":
    "Het koud hebben om te besparen is geen succes: gezondheid en comfort gaan voor. Hebt u het thuis koud, zeg het dan aan uw huisvestingsmaatschappij.",
  "method.limitMonthly":
    "De methode werkt het best met één meterstand per maand. Ze volgt CalTRACK 2.0 en ASHRAE Guideline 14, erkende methodes om energiebesparingen te meten.",
};

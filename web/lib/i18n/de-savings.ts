import type { Catalogue } from "./index.ts";

/** German texts of Meine Einsparungen and "Wie wird das berechnet?" (French reference: fr-savings.ts). */
export const deSavings: Catalogue = {
  "savings.title": "Meine Einsparungen",
  "savings.staffTitle": "Einsparungen",
  "savings.intro":
    "Was Sie seit einem bestimmten Datum gespart haben, bei gleichem Wetter: Ein kalter Winter zählt nicht zu Ihrem Nachteil.",
  "savings.staffIntro":
    "Die Einsparungen des Haushalts seit einem bestimmten Datum, bei gleichem Wetter, je Energieart.",
  "savings.backToFile": "← Die Akte des Haushalts",
  "savings.startLabel": "Seit dem",
  "savings.startHint":
    "Wenn Sie einer Gruppe beitreten, ist es der Tag Ihres Beitritts. Bis dahin können Sie das Datum ändern.",
  "savings.startHintCompany":
    "Wählen Sie den Tag, ab dem verglichen wird, zum Beispiel eine Veränderung bei Ihnen zu Hause oder das Ende von Arbeiten im Gebäude.",
  "savings.staffStartHint": "Der Haushalt ist keiner Gruppe beigetreten: Wählen Sie hier das Startdatum.",
  "savings.startHintGroup":
    "Das ist der Tag, an dem Sie Ihrer Gruppe beigetreten sind. Sie können ein anderes Datum wählen.",
  "savings.staffStartHintGroup":
    "Der Tag, an dem der Haushalt seiner Gruppe beigetreten ist. Wählen Sie ein anderes Datum zum Vergleich.",
  "savings.startInvalid": "Wählen Sie ein Datum in der Vergangenheit.",
  "savings.noEnergy":
    "Kein Zähler für Gas, Strom, Wärme oder Heizöl: Es gibt keine Einsparungen zu berechnen.",
  "savings.method": "Wie wird das berechnet?",
  "savings.weather": "Wetter: {station}",
  "savings.weatherLabelled": "Wetter: {station} — {label}",
  "savings.saved": "Seit dem {date} etwa {amount} gespart, bei gleichem Wetter",
  "savings.usedMore":
    "Seit dem {date} haben Sie bei gleichem Wetter etwas mehr verbraucht als erwartet: etwa {amount} mehr",
  "savings.savedWithinNoise":
    "Seit dem {date} haben Sie bei gleichem Wetter etwas weniger verbraucht als erwartet: etwa {amount} weniger",
  "savings.aboutSame": "Seit dem {date} haben Sie bei gleichem Wetter etwa so viel verbraucht wie erwartet",
  "savings.range": " — zwischen {low} und {high}.",
  "savings.end": ".",
  "savings.kwhSaved": "In Energie ausgedrückt: etwa {kwh} weniger als erwartet.",
  "savings.kwhMore": "In Energie ausgedrückt: etwa {kwh} mehr als erwartet.",
  "savings.kwhSame": "In Energie ausgedrückt: etwa so viel wie erwartet.",
  "savings.noise":
    "Die Spanne reicht von {more} mehr bis {less} weniger: Der Unterschied ist zu klein, um sicher zu sein.",
  "savings.noInterval":
    "Die Fehlerspanne kann noch nicht berechnet werden: Dafür sind mehr Zählerstände nötig.",
  "savings.priceFromDeliveries": "Betrag berechnet mit dem Durchschnittspreis Ihrer Lieferungen.",
  "savings.priceMissingDelivered":
    "Der Preis ist nicht bekannt: Die Einsparung wird in kWh angegeben. Geben Sie den bezahlten Gesamtbetrag an, wenn Sie eine Lieferung erfassen.",
  "savings.priceMissing":
    "Der Preis ist nicht bekannt (der Tarif fehlt): Die Einsparung wird in kWh angegeben. Ihre Beratung kann den Tarif hinzufügen.",
  "savings.priceMissingCompany":
    "Der Preis ist nicht bekannt (der Tarif fehlt): Die Einsparung wird in kWh angegeben. Ihre Wohnungsgesellschaft kann den Tarif hinzufügen.",
  "savings.usedMoreKind":
    "Das kommt vor: mehr Zeit zu Hause, ein neues Gerät, ein Winter mit Krankheit … Ihre Beratung kann mit Ihnen herausfinden, woher es kommt.",
  "savings.usedMoreKindCompany":
    "Das kommt vor: mehr Zeit zu Hause, ein neues Gerät, ein Winter mit Krankheit …",
  "savings.period": "Berechnet aus Ihren Zählerständen vom {from} bis zum {to}.",
  "savings.periodStaff": "Berechnet aus den Zählerständen vom {from} bis zum {to}.",
  "savings.insufficientBaseline":
    "Nötig sind Zählerstände aus mindestens {months} Monaten vor dem {date}. Noch fehlende Monate: {missing}.",
  "savings.insufficientBaselineOther": "Die Zählerstände aus dem Jahr vor dem {date} reichen noch nicht aus.",
  "savings.insufficientBaselineDo": "Ihre Beratung kann sie aus Ihren Rechnungen übernehmen.",
  "savings.insufficientBaselineCompanyDo":
    "Sie können sie selbst aus Ihren alten Rechnungen eintragen: Tragen Sie unter Meine Zähler jeden Zählerstand mit seinem Datum ein.",
  "savings.insufficientBaselineStaffDo":
    "Übernehmen Sie sie aus den Rechnungen des Haushalts (ein Zählerstand pro Monat oder pro Rechnung).",
  "savings.insufficientReporting": "Noch kein Zählerstand seit dem {date}.",
  "savings.insufficientReportingDo":
    "Erfassen Sie einen Stand dieses Zählers: Die Einsparungen werden berechnet, sobald es einen Zählerstand nach diesem Datum gibt.",
  "savings.insufficientReportingStaffDo":
    "Die Einsparungen werden berechnet, sobald es einen Zählerstand nach diesem Datum gibt.",
  "savings.noWeather":
    "Es fehlen Wetterdaten für: {months}. Ohne sie können wir nicht bei gleichem Wetter vergleichen.",
  "savings.noWeatherOther": "Es fehlen Wetterdaten, um bei gleichem Wetter zu vergleichen.",
  "savings.noWeatherDo": "Die Einsparungen erscheinen, sobald diese Monate hinzugefügt sind.",
  "savings.noWeatherStaffDo":
    "Der Plattformadministrator kann diese Monate importieren (Gradtage der Wetterstation).",
  "savings.modelNotFit":
    "Der Verbrauch im Jahr vor dem {date} schwankt von Monat zu Monat zu stark, als dass das Wetter ihn erklären könnte: Es gibt keine verlässlichen Einsparungen zu zeigen.",
  "savings.modelNotFitDo": "Ihre Beratung kann sich Ihre Zählerstände mit Ihnen ansehen.",
  "savings.modelNotFitCompanyDo":
    "Sehen Sie sich Ihre Zählerstände unter Meine Zähler an: Eine falsch getippte Zahl genügt, um die Berechnung zu verfälschen.",
  "savings.modelNotFitStaffDo":
    "Prüfen Sie die Zählerstände dieses Jahres: ein Tippfehler, eine lange Abwesenheit, ein Heizungswechsel?",
  "savings.flagsTitle": "Zu prüfen",
  "savings.flag.baseline_period_too_short":
    "Vom {from} bis zum {to}: Zeitraum zu kurz, nicht berücksichtigt.",
  "savings.flag.baseline_period_too_long": "Vom {from} bis zum {to}: Zeitraum zu lang, nicht berücksichtigt.",
  "savings.flag.baseline_period_missing": "Vom {from} bis zum {to}: keine Zählerstände im Referenzjahr.",
  "savings.flag.reporting_period_long": "Vom {from} bis zum {to}: lange ohne Zählerstand.",
  "savings.flag.no_weather": "Vom {from} bis zum {to}: keine Wetterdaten, Zeitraum nicht berücksichtigt.",
  "savings.flag.negative_use":
    "Vom {from} bis zum {to}: negativer Verbrauch, ein Zählerstand ist wahrscheinlich falsch.",
  "savings.flag.unusually_high_use": "Vom {from} bis zum {to}: ungewöhnlich hoher Verbrauch.",
  "savings.flag.tariff_missing": "Kein Tarif für diese Energieart: Einsparungen nur in kWh.",
  "savings.flag.price_from_deliveries":
    "Euro zum Durchschnittspreis der vom Haushalt erfassten Lieferungen: Ein falsch eingegebener Preis verfälscht sie.",
  "savings.flag.too_few_independent_periods": "Keine Fehlerspanne: zu wenige unabhängige Zeiträume.",
  "savings.flag.residuals_fully_correlated":
    "Keine Fehlerspanne: Die Abweichungen des Modells hängen vollständig zusammen.",
  "savings.flag.no_reporting": "Keine Fehlerspanne: noch kein Zeitraum seit dem Startdatum.",
  "savings.flag.no_baseline_use": "Keine Fehlerspanne: kein Verbrauch im Referenzjahr.",
  "savings.model":
    "Referenz: {base} pro Tag + {slope} pro Gradtag ({convention}), bereinigtes R² {r2}, CV(RMSE) {cv}, {periods} Zeiträume.",
  "savings.convention.dj15_15": "Gradtage 15/15",
  "savings.convention.equiv16_5": "äquivalente Gradtage 16,5/16,5",
  "savings.convention.balance": "Heizgrenztemperatur {balance} °C",
  "bill.title": "Meine Jahresabrechnung",
  "bill.titleStaff": "Die Jahresabrechnung",
  "bill.expected": "Jahreskosten laut Abrechnung im {month}: etwa {amount}.",
  "bill.expectedNoMonth": "Energie für das ganze Jahr: etwa {amount}.",
  "bill.advances": "Übers Jahr ergeben Ihre Vorauszahlungen ({advance}/Monat) {paid}.",
  "bill.toPay": "Sie müssten noch etwa {amount} nachzahlen",
  "bill.toReceive": "Sie dürften etwa {amount} zurückbekommen",
  "bill.even": "Ihre Vorauszahlungen dürften die Abrechnung decken",
  "bill.range": " (zwischen {low} und {high})",
  "bill.suggested": "Eine Vorauszahlung von {advance}/Monat würde das ganze Jahr decken.",
  "bill.noModel": "{energy}: noch nicht genug Zählerstände, um den Rest des Jahres vorherzusagen.",
  "bill.noTariff": "{energy}: Der Tarif ist nicht bekannt, daher lässt sich der Preis nicht berechnen.",
  "bill.estimatedDay": "{energy}: 1 Tag ohne verwendbaren Zählerstand wird mit normalem Wetter geschätzt.",
  "bill.estimatedDays":
    "{energy}: {days} Tage ohne verwendbaren Zählerstand werden mit normalem Wetter geschätzt.",
  "bill.missing.billing_month":
    "Der Monat Ihrer Jahresabrechnung ist noch nicht eingetragen: Ihre Beratung kann ihn eintragen.",
  "bill.missing.monthly_advance":
    "Die Höhe Ihrer Vorauszahlungen ist noch nicht eingetragen: Ihre Beratung kann sie eintragen.",
  "bill.missing.billing_monthCompany":
    "Der Monat Ihrer Jahresabrechnung ist noch nicht eingetragen: Ihre Wohnungsgesellschaft kann ihn eintragen.",
  "bill.missing.monthly_advanceCompany":
    "Die Höhe Ihrer Vorauszahlungen ist noch nicht eingetragen: Ihre Wohnungsgesellschaft kann sie eintragen.",
  "bill.missing.billing_monthStaff":
    "Der Monat der Jahresabrechnung ist nicht eingetragen: Tragen Sie ihn in der Akte des Haushalts ein.",
  "bill.missing.monthly_advanceStaff":
    "Die monatliche Vorauszahlung ist nicht eingetragen: Tragen Sie sie in der Akte des Haushalts ein.",
  "bill.nothing": "Noch nicht genug Angaben, um die Abrechnung vorherzusagen.",
  "bill.period":
    "Abrechnungsjahr vom {from} bis zum {to}. Für die kommenden Monate rechnen wir mit normalem Wetter.",
  "guards.title": "Zu beachten",
  "guards.intro": "Anzeichen, die man mit dem Haushalt besprechen sollte, keine Urteile.",
  "guards.savingsWarning":
    "Diese Einsparungen können daher kommen, dass sich der Haushalt zu sehr einschränkt: mit dem Haushalt klären.",
  "guards.savingsWarningHousehold":
    "Wenn Sie für diese Einsparungen frieren mussten, ist das kein Erfolg: Sprechen Sie mit Ihrer Beratung darüber.",
  "guards.savingsWarningCompany":
    "Wenn Sie für diese Einsparungen frieren mussten, ist das kein Erfolg: Sprechen Sie mit Ihrer Wohnungsgesellschaft darüber.",
  "guards.restriction.possible":
    "{energy}: {value} pro Jahr, weniger als die Hälfte des Verbrauchs vergleichbarer Haushalte ({median}, {count} Haushalte). Der Haushalt schränkt sich beim Heizen vielleicht zu sehr ein: Sprechen Sie mit ihm darüber.",
  "guards.restriction.noSign":
    "{energy}: {value} pro Jahr, kein Anzeichen, dass sich der Haushalt beim Heizen zu sehr einschränkt (vergleichbare Haushalte: {median}).",
  "guards.restriction.no_normal_year_use":
    "Einschränkung beim Heizen: nicht zu beurteilen, der Verbrauch in einem normalen Jahr ist noch nicht bekannt (mehr Zählerstände nötig).",
  "guards.restriction.no_comparable_population":
    "Einschränkung beim Heizen: nicht zu beurteilen, zu wenige vergleichbare Haushalte (gleiche Heizung, gleiche Wohnungsgröße) für einen Vergleich.",
  "guards.restriction.no_floor_area":
    "Einschränkung beim Heizen: nicht zu beurteilen, die Wohnfläche ist nicht eingetragen.",
  "guards.restriction.no_heating_energy":
    "Einschränkung beim Heizen: nicht zu beurteilen, kein Zähler für die Heizenergie.",
  "guards.topUps.top_ups_stopped":
    "Budgetzähler: keine Aufladung mehr seit dem {date}, obwohl vorher jeden Monat aufgeladen wurde (sonst {usual}/Monat). Der Haushalt hat vielleicht Schwierigkeiten, den Zähler aufzuladen.",
  "guards.topUps.top_ups_shrinking":
    "Budgetzähler: Es wird weniger aufgeladen ({recent}/Monat gegenüber {usual}/Monat vorher). Der Haushalt hat vielleicht Schwierigkeiten, den Zähler aufzuladen.",
  "guards.topUps.no_sign": "Budgetzähler: regelmäßige Aufladungen ({recent}/Monat).",
  "guards.topUps.no_budget_meter": "Kein Budgetzähler.",
  "guards.topUps.too_few_top_ups": "Budgetzähler: nicht zu beurteilen, zu wenige Aufladungen eingetragen.",
  "guards.comfort.none": "Komfort: keine Messung in den letzten 12 Monaten.",
  "guards.comfort.count": "Komfort: {count} Messung(en) in den letzten 12 Monaten, die letzte am {date}.",
  "guards.comfort.flagsTitle": "Kalte oder feuchte Tage",
  "guards.comfort.flag": "Am {date}: {reasons}",
  "guards.reason.cold_home": "unter 18\u00a0°C",
  "guards.reason.damp_home": "über 70\u00a0% Luftfeuchtigkeit",
  "guards.reason.felt_cold": "hat gefroren",
  "comfort.title": "Wie geht es Ihnen zu Hause?",
  "comfort.titleStaff": "Eine Komfortmessung eintragen",
  "comfort.intro": "Tragen Sie ein, was das Thermo-Hygrometer anzeigt. Jede Antwort hilft Ihrer Beratung.",
  "comfort.introCompany":
    "Tragen Sie die Temperatur bei Ihnen zu Hause ein, und die Luftfeuchtigkeit, wenn Ihr Thermometer sie anzeigt. Ihre Einträge erscheinen weiter unten.",
  "comfort.day": "Datum",
  "comfort.indoor": "Temperatur innen (°C)",
  "comfort.humidity": "Luftfeuchtigkeit (%)",
  "comfort.optional": "Freiwillig.",
  "comfort.feltCold": "Mir war kalt",
  "comfort.feltColdStaff": "Der Haushalt hat gefroren",
  "comfort.save": "Speichern",
  "comfort.saved": "Messung vom {date} gespeichert. Danke!",
  "comfort.dayInvalid": "Wählen Sie heute oder einen früheren Tag.",
  "comfort.indoorInvalid": "Geben Sie eine Temperatur zwischen 0 und 40 °C ein, zum Beispiel 19,5.",
  "comfort.historyTitle": "Messungen der letzten 12 Monate",
  "comfort.historyLine": "{day}: {words}",
  "comfort.historyHumidity": "Feuchtigkeit {pct}\u00a0%",
  "comfort.historyCold": "hat gefroren",
  "comfort.historyColdOwn": "mir war kalt",
  "comfort.humidityInvalid":
    "Geben Sie einen Prozentwert zwischen 5 und 100 ein, ohne Komma, zum Beispiel 55.",

  "signature.title": "Ihr Verbrauch je nach Kälte",
  "signature.titleStaff": "Verbrauch je nach Kälte",
  "signature.explain":
    "Jeder Punkt ist ein Zeitraum zwischen zwei Zählerständen: Je kälter es ist (weiter rechts), desto mehr wird geheizt. Die Linie zeigt, was das Referenzjahr vorhersagt.",
  "signature.baseline": "Referenzjahr",
  "signature.reporting": "seit dem {date}",
  "signature.line": "was die Referenz vorhersagt",
  "signature.xAxis": "Gradtage pro Tag",
  "signature.yAxis": "kWh pro Tag",
  "signature.chartLabel":
    "{energy}: kWh pro Tag im Verhältnis zu den Gradtagen pro Tag. Kreise: Referenzjahr, Dreiecke: seit dem {date}, Linie: was die Referenz vorhersagt. Die Zahlen stehen in der folgenden Tabelle.",
  "signature.showFigures": "Die Zahlen ansehen",
  "signature.hideFigures": "Die Zahlen ausblenden",
  "signature.tableCaption": "{energy}: Verbrauch je Zeitraum",
  "signature.period": "Zeitraum",
  "signature.noWeather": "keine Wetterdaten",
  "method.title": "Wie wird das berechnet?",
  "method.backHousehold": "Zurück zu Meine Einsparungen",
  "method.referenceTitle": "Das Jahr davor dient als Referenz",
  "method.reference":
    "Wir nehmen Ihre Zählerstände aus den 12 Monaten vor dem Startdatum. Sie zeigen, wie viel Sie pro Tag verbrauchen, wenn es mild ist, und wie viel mehr, wenn es kalt ist.",
  "method.weatherTitle": "Das Wetter wird berücksichtigt",
  "method.weather":
    "In einem kalten Winter verbraucht man mehr, in einem milden weniger. Um bei gleichem Wetter zu vergleichen, zählen wir Gradtage: für jeden Tag, um wie viele Grad die durchschnittliche Temperatur unter 16,5 °C liegt. Ein Tag mit 6,5 °C zählt 10 Gradtage; ein Tag mit 20 °C zählt keinen.",
  "method.counterfactual":
    "Mit dem tatsächlichen Wetter seit dem Startdatum berechnen wir, was Sie verbraucht hätten, wenn sich nichts geändert hätte. Die Einsparung ist der Unterschied zu dem, was Ihre Zähler anzeigen, zum Preis Ihres Tarifs (inklusive MwSt., ohne Fixkosten).",
  "method.intervalTitle": "Die Spanne: 9 von 10 Fällen",
  "method.interval":
    "Ein Verbrauch schwankt immer etwas. „Zwischen 80 € und 160 €“ heißt: In 9 von 10 Fällen liegt die echte Einsparung in diesem Bereich.",
  "method.limitsTitle": "Die Grenzen",
  "method.limitYear":
    "Nötig sind Zählerstände aus mindestens 11 Monaten des Jahres vor dem Startdatum. Ihre Beratung kann sie aus Ihren Rechnungen übernehmen.",
  "method.limitYearCompany":
    "Nötig sind Zählerstände aus mindestens 11 Monaten des Jahres vor dem Startdatum. Sie können sie selbst aus Ihren alten Rechnungen eintragen.",
  "method.limitNoise":
    "Eine Einsparung von wenigen Prozent liegt innerhalb der Spanne: Wir können noch nicht sicher sagen, dass sie echt ist.",
  "method.limitCold":
    "Frieren, um zu sparen, ist kein Erfolg. Ihre Beratung achtet darauf: Gesundheit und Wohlbefinden gehen vor.",
  "method.limitColdCompany":
    "Frieren, um zu sparen, ist kein Erfolg: Gesundheit und Wohlbefinden gehen vor. Wenn Sie zu Hause frieren, sagen Sie es Ihrer Wohnungsgesellschaft.",
  "method.limitMonthly":
    "Die Methode funktioniert am besten mit einem Zählerstand pro Monat. Sie folgt CalTRACK 2.0 und der ASHRAE Guideline 14, anerkannten Methoden zur Messung von Energieeinsparungen.",
};

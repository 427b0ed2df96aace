import type { Catalogue } from "./index.ts";

/** German texts of the household pages beyond the first screen (French reference: fr-household.ts). */
export const deHousehold: Catalogue = {
  "householdHome.consumption": "Mein Verbrauch",
  "householdHome.consumptionHint": "Monat für Monat, in kWh und in Euro, im Vergleich zum letzten Jahr.",
  "householdHome.savings": "Meine Einsparungen",
  "householdHome.savingsHint": "Was Sie bei gleichem Wetter gespart haben, in Euro.",
  "meters.consumption": "Meinen Verbrauch ansehen, Monat für Monat",

  "consumption.title": "Mein Verbrauch",
  "consumption.intro": "Jeder Monat von {year} neben demselben Monat von {previous}.",
  "consumption.showIn": "Anzeigen in",
  "consumption.inKwh": "kWh",
  "consumption.inEuros": "Euro",
  "consumption.inNative": "Einheit des Zählers",
  "consumption.years": "Das Jahr wählen",
  "consumption.stripedMeans":
    "gestreift: teilweise geschätzt oder ein noch nicht vollständiger Monat (der laufende Monat)",
  "consumption.chartLabel":
    "{energy} in {unit}, Monat für Monat: {year} neben {previous}. Die Zahlen stehen in der Tabelle darunter.",
  "consumption.showFigures": "Die Zahlen ansehen",
  "consumption.hideFigures": "Die Zahlen ausblenden",
  "consumption.tableCaption": "{energy}, in {unit}",
  "consumption.month": "Monat",
  "consumption.estimated": "teilweise geschätzt",
  "consumption.partial": "unvollständiger Monat",
  "consumption.noData": "keine Daten",
  "consumption.tariffMissing": "Preis unbekannt (Tarif fehlt)",
  "consumption.notPriced": "kein Preis in Euro",
  "consumption.someTariffMissing":
    "Einige Monate haben keinen Preis: Der Tarif fehlt. Ihre Beratung kann ihn hinzufügen.",
  "consumption.allTariffMissing":
    "Der Preis ist nicht bekannt: Der Tarif fehlt. Ihre Beratung kann ihn hinzufügen. Wählen Sie „kWh“ oder „Einheit des Zählers“, um Ihren Verbrauch zu sehen.",
  "consumption.someTariffMissingCompany":
    "Einige Monate haben keinen Preis: Der Tarif fehlt. Ihre Wohnungsgesellschaft kann ihn hinzufügen.",
  "consumption.allTariffMissingCompany":
    "Der Preis ist nicht bekannt: Der Tarif fehlt. Ihre Wohnungsgesellschaft kann ihn hinzufügen. Wählen Sie „kWh“ oder „Einheit des Zählers“, um Ihren Verbrauch zu sehen.",
  "consumption.allNotPriced": "Dieser Zähler wird nicht in Euro gerechnet.",
  "consumption.allNoData": "Noch keine Zählerstände für diese zwei Jahre.",
  "consumption.priceFromDeliveries": "Kosten berechnet mit dem Durchschnittspreis Ihrer Lieferungen.",
  "consumption.spreadByWeather":
    "Zwischen zwei Ablesungen zählen kalte Tage mehr als milde: Dann heizen Sie.",
  "consumption.fuelPriceMissing": "Preis unbekannt (Lieferpreis fehlt)",
  "consumption.someFuelPriceMissing":
    "Einige Monate haben keinen Preis. Geben Sie den bezahlten Gesamtbetrag an, wenn Sie eine Lieferung erfassen.",
  "consumption.allFuelPriceMissing":
    "Der Preis ist nicht bekannt: Ihre Lieferungen haben keinen Preis. Geben Sie den bezahlten Gesamtbetrag an, wenn Sie eine Lieferung erfassen. Wählen Sie „kWh“ oder „Einheit des Zählers“, um Ihren Verbrauch zu sehen.",
  "feedback.deliveryPriceMissing":
    "Der Preis in Euro ist nicht bekannt: Ihre Lieferungen haben keinen Preis. Geben Sie den bezahlten Gesamtbetrag an, wenn Sie eine Lieferung erfassen.",

  "feedback.euros": "Das sind ungefähr {eur}, also {perDay} pro Tag.",
  "feedback.eurosShort": "Das sind ungefähr {eur}.",
  "feedback.tariffMissing":
    "Der Preis in Euro ist nicht bekannt: Der Tarif fehlt. Ihre Beratung kann ihn hinzufügen.",
  "feedback.tariffMissingCompany":
    "Der Preis in Euro ist nicht bekannt: Der Tarif fehlt. Ihre Wohnungsgesellschaft kann ihn hinzufügen.",
  "feedback.tariffMissingStaff":
    "Der Preis in Euro ist nicht bekannt: Der Tarif fehlt. Eine Koordinatorin oder ein Koordinator kann ihn in den Einstellungen hinzufügen.",
  "feedback.kwh": "Als Energie: ungefähr {kwh}\u00a0kWh.",
  "feedback.noLastYear": "Kein Vergleich mit dem letzten Jahr: Es fehlen Zählerstände aus dieser Zeit.",
  "feedback.sameAsLastYear": "Das ist ungefähr so viel wie im letzten Jahr zur gleichen Zeit.",
  "feedback.lessThanLastYear":
    "Das sind {percent}\u00a0% weniger pro Tag als im letzten Jahr zur gleichen Zeit.",
  "feedback.moreThanLastYear":
    "Das sind {percent}\u00a0% mehr pro Tag als im letzten Jahr zur gleichen Zeit.",
  "feedback.moneyLoading": "Der Preis wird berechnet…",
  "feedback.moneyFailed":
    "Der Preis konnte jetzt nicht berechnet werden. Sie sehen ihn unter „Mein Verbrauch“.",

  "offline.keptTitle": "Auf diesem Telefon gespeichert",
  "offline.kept":
    "Im Moment gibt es keine Verbindung. Dieser Zählerstand wartet: Er wird gesendet, sobald die Verbindung zurück ist.",
  "offline.keptSignedOut":
    "Sie wurden abgemeldet. Dieser Zählerstand wartet: Er wird gesendet, wenn Sie sich wieder anmelden.",
  "offline.waiting": "Wartet auf das Senden",
  "offline.waitingOne": "1 Zählerstand wartet auf das Senden",
  "offline.waitingMany": "{count} Zählerstände warten auf das Senden",
  "offline.listTitle": "Noch nicht gesendet",
  "offline.refused": "Nicht angenommen. Bitte prüfen:",
  "offline.dropConfirm": "Den Stand vom {date} ({value}) löschen? Er wurde nicht gesendet und geht verloren.",
  "offline.keptSent": "Dieser Zählerstand wurde gesendet.",
  "offline.refusedTitle": "Nicht angenommen: bitte prüfen",
  "offline.checkIt": "Diesen Zählerstand prüfen",
  "offline.toCheckOne": "1 Zählerstand nicht angenommen, bitte prüfen",
  "offline.toCheckMany": "{count} Zählerstände nicht angenommen, bitte prüfen",
  "number.whichOne": "Sie haben {typed} geschrieben: Ist es {thousands} oder {decimal}?",
  "number.whichOneHint":
    "Ein Punkt kann Tausender trennen oder für das Komma stehen. Tippen Sie auf die richtige Zahl.",
  "reading.belowPrevious":
    "Der Stand {value} ist kleiner als der letzte ({previousValue} am {previousDate}).",
  "reading.belowPreviousDetail":
    "Lesen Sie die Ziffern einzeln noch einmal: Oft ist es ein Tippfehler. Wurde der Zähler ersetzt, sagen Sie es Ihrer Beratung. Kreuzen Sie „zurückgesetzt“ nur an, wenn der Zähler wirklich über sein Maximum hinaus wieder bei null begonnen hat.",
  "reading.belowPreviousDetailDayNight":
    "Lesen Sie die Ziffern einzeln noch einmal: Oft ist es ein Tippfehler. Prüfen Sie auch, ob Tag und Nacht nicht vertauscht sind. Wurde der Zähler ersetzt, sagen Sie es Ihrer Beratung. Kreuzen Sie „zurückgesetzt“ nur an, wenn der Zähler wirklich über sein Maximum hinaus wieder bei null begonnen hat.",
  "reading.belowPreviousDetailAllocator":
    "Ein Heizkostenverteiler beginnt einmal im Jahr, zu Beginn der Heizperiode, wieder bei null: Wenn das der Fall ist, kreuzen Sie „zurückgesetzt“ an. Sonst lesen Sie die Ziffern einzeln noch einmal.",
  "myData.title": "Meine Daten",
  "myData.intro":
    "Laden Sie eine Kopie von allem herunter, was die Anwendung über Sie speichert: Profil, Zähler, Zählerstände.",
  "myData.csv": "Meine Daten herunterladen (Excel, ZIP-Datei)",
  "myData.json": "Meine Daten herunterladen (JSON)",
  "myData.erase": "Um Ihre Daten löschen zu lassen, fragen Sie Ihren Berater.",
  "myData.eraseCompany": "Um Ihre Daten löschen zu lassen, fragen Sie Ihre Wohnungsgesellschaft.",
  "mySharing.title": "Was ich teile",
  "mySharing.intro": "Sie entscheiden, und Sie können es sich jederzeit anders überlegen.",
  "mySharing.adviserAdviser":
    "Mit meinem Berater: Er sieht meine Angaben (Haushaltsgröße, Heizung, Vorauszahlungen), meine Zähler, Zählerstände, meinen Verbrauch, meine Einsparungen und was wir gemeinsam tun, um mir zu helfen.",
  "mySharing.adviserCompany":
    "Mit meiner Wohnungsgesellschaft: Sie sieht meine Angaben (Haushaltsgröße, Heizung, Vorauszahlungen), meine Zähler, Zählerstände, meinen Verbrauch und meine Einsparungen, um mir zu helfen.",
  "mySharing.companyAlways":
    "Die Heizungszähler meiner Wohnung (Heizkostenverteiler, Wärmezähler) bleiben für meine Wohnungsgesellschaft immer sichtbar: Sie braucht sie, um die Heizkosten aufzuteilen.",
  "mySharing.group":
    "Mit meiner Gruppe: Meine Zahlen zählen ohne meinen Namen in den Ergebnissen der Gruppe.",
  "mySharing.sharedSince": "Geteilt seit dem {date}.",
  "mySharing.notShared": "Nicht geteilt.",
  "mySharing.stop": "Nicht mehr teilen",
  "mySharing.start": "Teilen",
  "mySharing.withAdviser": "mit meinem Berater",
  "mySharing.withCompany": "mit meiner Wohnungsgesellschaft",
  "mySharing.withGroup": "mit meiner Gruppe",
  "myPin.title": "Meine PIN",
  "myPin.handedOut":
    "Ihre PIN wurde Ihnen auf Papier gegeben: Wer sie Ihnen gegeben hat, kennt sie. Wählen Sie Ihre eigene, die nur Sie kennen.",
  "myPin.chosenOn": "Sie haben Ihre PIN am {date} gewählt. Nur Sie kennen sie.",
  "myPin.done": "Erledigt. Merken Sie sich Ihre neue PIN gut: Beim nächsten Mal müssen Sie diese eingeben.",
  "myPin.choose": "Meine PIN wählen",
  "myPin.change": "Meine PIN ändern",
  "myPin.current": "Aktuelle PIN",
  "myPin.new": "Neue PIN",
  "myPin.newHint": "4 bis 8 Ziffern, nicht 1234 oder 0000",
  "myPin.again": "Neue PIN, noch einmal",
  "myPin.mismatch": "Das ist nicht dieselbe PIN wie direkt darüber. Geben Sie sie noch einmal ein.",
  "myPin.save": "Meine PIN speichern",
  "myGroup.door": "Meine Gruppe",
  "myGroup.doorHint": "Das nächste Treffen, meine Vorhaben, meine Fortschritte",
};

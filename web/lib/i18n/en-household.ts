import type { Catalogue } from "./index.ts";

/** English texts of the household pages beyond the first screen (French reference: fr-household.ts). */
export const enHousehold: Catalogue = {
  "householdHome.consumption": "My consumption",
  "householdHome.consumptionHint": "Month by month, in kWh and in euros, compared with last year.",
  "householdHome.savings": "My savings",
  "householdHome.savingsHint": "What you saved, weather taken into account, in euros.",
  "meters.consumption": "See my consumption, month by month",

  "consumption.title": "My consumption",
  "consumption.intro": "Each month of {year}, next to the same month of {previous}.",
  "consumption.showIn": "Show in",
  "consumption.inKwh": "kWh",
  "consumption.inEuros": "euros",
  "consumption.inNative": "the meter's unit",
  "consumption.years": "Choose the year",
  "consumption.stripedMeans": "striped: partly estimated, or a month not yet complete (the current month)",
  "consumption.chartLabel":
    "{energy} in {unit}, month by month: {year} next to {previous}. The figures are in the table below.",
  "consumption.showFigures": "Show the figures",
  "consumption.hideFigures": "Hide the figures",
  "consumption.tableCaption": "{energy}, in {unit}",
  "consumption.month": "Month",
  "consumption.estimated": "partly estimated",
  "consumption.partial": "incomplete month",
  "consumption.noData": "no data",
  "consumption.tariffMissing": "price unknown (tariff missing)",
  "consumption.notPriced": "no price in euros",
  "consumption.someTariffMissing":
    "Some months have no price: the tariff is missing. Your adviser can add it.",
  "consumption.allTariffMissing":
    "The price is not known: the tariff is missing. Your adviser can add it. Choose “kWh” or “the meter's unit” to see your consumption.",
  "consumption.someTariffMissingCompany":
    "Some months have no price: the tariff is missing. Your housing company can add it.",
  "consumption.allTariffMissingCompany":
    "The price is not known: the tariff is missing. Your housing company can add it. Choose “kWh” or “the meter's unit” to see your consumption.",
  "consumption.allNotPriced": "This meter is not counted in euros.",
  "consumption.allNoData": "No readings yet for these two years.",
  "consumption.priceFromDeliveries": "Cost worked out with the average price of your deliveries.",
  "consumption.spreadByWeather":
    "Between two readings, cold days count for more than mild ones: that is when you heat.",
  "consumption.fuelPriceMissing": "price unknown (delivery price missing)",
  "consumption.someFuelPriceMissing":
    "Some months have no price. Enter the total amount paid when you record a delivery.",
  "consumption.allFuelPriceMissing":
    "The price is not known: your deliveries have no price. Enter the total amount paid when you record a delivery. Choose “kWh” or “the meter's unit” to see your consumption.",
  "feedback.deliveryPriceMissing":
    "The price in euros is not known: your deliveries have no price. Enter the total amount paid when you record a delivery.",

  "feedback.euros": "That is about {eur}, or {perDay} a day.",
  "feedback.eurosShort": "That is about {eur}.",
  "feedback.tariffMissing":
    "The price in euros is not known: the tariff is missing. Your adviser can add it.",
  "feedback.tariffMissingCompany":
    "The price in euros is not known: the tariff is missing. Your housing company can add it.",
  "feedback.tariffMissingStaff":
    "The price in euros is not known: the tariff is missing. A coordinator can add it in the settings.",
  "feedback.kwh": "In energy: about {kwh}\u00a0kWh.",
  "feedback.noLastYear": "No comparison with last year: readings from that time are missing.",
  "feedback.sameAsLastYear": "That is about the same as at this time last year.",
  "feedback.lessThanLastYear": "That is {percent}\u00a0% less per day than at this time last year.",
  "feedback.moreThanLastYear": "That is {percent}\u00a0% more per day than at this time last year.",
  "feedback.moneyLoading": "Working out the price…",
  "feedback.moneyFailed": "The price could not be worked out now. You will see it in “My consumption”.",

  "offline.keptTitle": "Kept on this phone",
  "offline.kept":
    "No connection at the moment. This reading is waiting: it will be sent as soon as the connection is back.",
  "offline.keptSignedOut":
    "You were signed out. This reading is waiting: it will be sent when you sign in again.",
  "offline.waiting": "Waiting to be sent",
  "offline.waitingOne": "1 reading waiting to be sent",
  "offline.waitingMany": "{count} readings waiting to be sent",
  "offline.listTitle": "Not sent yet",
  "offline.refused": "Not accepted. Please check:",
  "offline.dropConfirm": "Delete the reading of {date} ({value})? It was not sent and will be lost.",
  "offline.keptSent": "This reading has been sent.",
  "offline.refusedTitle": "Not accepted: please check",
  "offline.checkIt": "Check this reading",
  "offline.toCheckOne": "1 reading not accepted, please check",
  "offline.toCheckMany": "{count} readings not accepted, please check",
  "number.whichOne": "You wrote {typed}: is it {thousands} or {decimal}?",
  "number.whichOneHint": "A dot can separate thousands or stand for the decimal comma. Tap the right number.",
  "reading.belowPrevious":
    "The index {value} is lower than the last reading ({previousValue} on {previousDate}).",
  "reading.belowPreviousDetail":
    "Read the digits again one by one: it is often a typing slip. If the meter was replaced, tell your adviser. Tick “reset” only if the meter really went past its maximum and started again from zero.",
  "reading.belowPreviousDetailDayNight":
    "Read the digits again one by one: it is often a typing slip. Also check that day and night are not swapped. If the meter was replaced, tell your adviser. Tick “reset” only if the meter really went past its maximum and started again from zero.",
  "reading.belowPreviousDetailAllocator":
    "A heat-cost allocator starts again from zero once a year, at the start of the heating season: if so, tick “reset”. Otherwise, read the digits again one by one.",
  "myData.title": "My data",
  "myData.intro": "Download a copy of everything the app keeps about you: profile, meters, readings.",
  "myData.csv": "Download my data (Excel, ZIP file)",
  "myData.json": "Download my data (JSON)",
  "myData.erase": "To have your data erased, ask your adviser.",
  "myData.eraseCompany": "To have your data erased, ask your housing company.",
  "mySharing.title": "What I share",
  "mySharing.intro": "You choose, and you can change your mind at any time.",
  "mySharing.adviserAdviser":
    "With my adviser: they see my details (household size, heating, advance payments), my meters, readings, consumption, savings and what we do together, to help me.",
  "mySharing.adviserCompany":
    "With my housing company: it sees my details (household size, heating, advance payments), my meters, readings, consumption and savings, to help me.",
  "mySharing.companyAlways":
    "The heating meters of my home (allocators, heat meter) stay visible to my housing company in any case: it needs them to share the heating costs.",
  "mySharing.group": "With my group: my figures count, without my name, in the group's results.",
  "mySharing.sharedSince": "Shared since {date}.",
  "mySharing.notShared": "Not shared.",
  "mySharing.stop": "Stop sharing",
  "mySharing.start": "Share",
  "mySharing.withAdviser": "with my adviser",
  "mySharing.withCompany": "with my housing company",
  "mySharing.withGroup": "with my group",
  "myPin.title": "My PIN",
  "myPin.handedOut":
    "Your PIN was given to you on paper: whoever gave it to you knows it. Choose your own, one only you will know.",
  "myPin.chosenOn": "You chose your PIN on {date}. Only you know it.",
  "myPin.done": "Done. Remember your new PIN well: next time, it is the one to type.",
  "myPin.choose": "Choose my PIN",
  "myPin.change": "Change my PIN",
  "myPin.current": "Current PIN",
  "myPin.new": "New PIN",
  "myPin.newHint": "4 to 8 digits, not 1234 or 0000",
  "myPin.again": "New PIN, once more",
  "myPin.mismatch": "This is not the same PIN as just above. Type it once more.",
  "myPin.save": "Save my PIN",
  "myGroup.door": "My group",
  "myGroup.doorHint": "The next meeting, my commitments, my progress",
};

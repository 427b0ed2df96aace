import type { Catalogue } from "./index.ts";

/** English texts of My savings and "How is it calculated?" (French reference: fr-savings.ts). */
export const enSavings: Catalogue = {
  "savings.title": "My savings",
  "savings.staffTitle": "Savings",
  "savings.intro":
    "What you have saved since a given date, weather taken into account: a cold winter does not count against you.",
  "savings.staffIntro":
    "The household's savings since a given date, weather taken into account, for each type of energy.",
  "savings.backToFile": "← The household's file",
  "savings.startLabel": "Since",
  "savings.startHint":
    "When you join a group, this will be the day you joined. Until then, you can change it.",
  "savings.startHintCompany":
    "Choose the day to compare from, for example a change at home or the end of works in the building.",
  "savings.staffStartHint": "The household has not joined a group: choose the start date here.",
  "savings.startHintGroup": "This is the day you joined your group. You can choose another date.",
  "savings.staffStartHintGroup": "The day the household joined its group. Choose another date to compare.",
  "savings.startInvalid": "Choose a date in the past.",
  "savings.noEnergy": "No gas, electricity, heat or heating oil meter: there are no savings to calculate.",
  "savings.method": "How is it calculated?",
  "savings.weather": "Weather: {station}",
  "savings.weatherLabelled": "Weather: {station} — {label}",
  "savings.saved": "About {amount} saved since {date}, weather taken into account",
  "savings.usedMore":
    "Since {date}, you have used a little more than expected, weather taken into account: about {amount} more",
  "savings.savedWithinNoise":
    "Since {date}, you have used a little less than expected, weather taken into account: about {amount} less",
  "savings.aboutSame": "Since {date}, you have used about as much as expected, weather taken into account",
  "savings.range": " — between {low} and {high}.",
  "savings.end": ".",
  "savings.kwhSaved": "In energy terms: about {kwh} less than expected.",
  "savings.kwhMore": "In energy terms: about {kwh} more than expected.",
  "savings.kwhSame": "In energy terms: about what was expected.",
  "savings.noise":
    "The margin runs from {more} more to {less} less: the difference is too small to be sure of.",
  "savings.noInterval": "The margin of error cannot be calculated yet: more readings are needed.",
  "savings.priceFromDeliveries": "Amount worked out with the average price of your deliveries.",
  "savings.priceMissingDelivered":
    "The price is not known: the saving is shown in kWh. Enter the total amount paid when you record a delivery.",
  "savings.priceMissing":
    "The price is not known (the tariff is missing): the saving is shown in kWh. Your adviser can add the tariff.",
  "savings.priceMissingCompany":
    "The price is not known (the tariff is missing): the saving is shown in kWh. Your housing company can add the tariff.",
  "savings.usedMoreKind":
    "This happens: more time at home, a new appliance, a winter of illness… Your adviser can look into it with you.",
  "savings.usedMoreKindCompany": "This happens: more time at home, a new appliance, a winter of illness…",
  "savings.period": "Calculated from your readings from {from} to {to}.",
  "savings.periodStaff": "Calculated from the readings from {from} to {to}.",
  "savings.insufficientBaseline":
    "Readings covering at least {months} months before {date} are needed. Months still missing: {missing}.",
  "savings.insufficientBaselineOther": "The readings from the year before {date} are not enough yet.",
  "savings.insufficientBaselineDo": "Your adviser can copy them from your bills.",
  "savings.insufficientBaselineCompanyDo":
    "You can enter them yourself from your old bills: in My meters, enter each reading with its date.",
  "savings.insufficientBaselineStaffDo":
    "Copy them from the household's bills (one reading per month or per bill).",
  "savings.insufficientReporting": "No reading yet since {date}.",
  "savings.insufficientReportingDo":
    "Enter a reading for this meter: the savings are calculated as soon as there is a reading after this date.",
  "savings.insufficientReportingStaffDo":
    "The savings are calculated as soon as there is a reading after this date.",
  "savings.noWeather":
    "Weather data is missing for: {months}. Without it, we cannot take the weather into account.",
  "savings.noWeatherOther": "Some weather data is missing, so the weather cannot be taken into account.",
  "savings.noWeatherDo": "The savings will appear as soon as these months are added.",
  "savings.noWeatherStaffDo":
    "The platform administrator can import these months (the station's degree-days).",
  "savings.modelNotFit":
    "Consumption in the year before {date} varies too much from month to month to be explained by the weather: there are no reliable savings to show.",
  "savings.modelNotFitDo": "Your adviser can go through your readings with you.",
  "savings.modelNotFitCompanyDo":
    "Look at your readings in My meters: one mistyped figure is enough to throw the calculation off.",
  "savings.modelNotFitStaffDo":
    "Check that year's readings: a typing error, a long absence, a change of heating?",
  "savings.flagsTitle": "To check",
  "savings.flag.baseline_period_too_short": "From {from} to {to}: period too short, left out.",
  "savings.flag.baseline_period_too_long": "From {from} to {to}: period too long, left out.",
  "savings.flag.baseline_period_missing": "From {from} to {to}: no readings in the reference year.",
  "savings.flag.reporting_period_long": "From {from} to {to}: a long time without a reading.",
  "savings.flag.no_weather": "From {from} to {to}: no weather data, period left out.",
  "savings.flag.negative_use": "From {from} to {to}: negative consumption, a reading is probably wrong.",
  "savings.flag.unusually_high_use": "From {from} to {to}: unusually high consumption.",
  "savings.flag.tariff_missing": "No tariff for this type of energy: savings in kWh only.",
  "savings.flag.price_from_deliveries":
    "Euros at the average price of the deliveries the household recorded: a mistyped price skews them.",
  "savings.flag.too_few_independent_periods": "No margin of error: too few independent periods.",
  "savings.flag.residuals_fully_correlated": "No margin of error: the model's deviations all move together.",
  "savings.flag.no_reporting": "No margin of error: no period since the start date yet.",
  "savings.flag.no_baseline_use": "No margin of error: no consumption at all in the reference year.",
  "savings.model":
    "Reference: {base} per day + {slope} per degree-day ({convention}), adjusted R² {r2}, CV(RMSE) {cv}, {periods} periods.",
  "savings.convention.dj15_15": "degree-days 15/15",
  "savings.convention.equiv16_5": "equivalent degree-days 16.5/16.5",
  "savings.convention.balance": "base temperature {balance} °C",
  "bill.title": "My annual bill",
  "bill.titleStaff": "The annual bill",
  "bill.expected": "Cost of the year, on the {month} bill: about {amount}.",
  "bill.expectedNoMonth": "Energy for the whole year: about {amount}.",
  "bill.advances": "Over the year, your advance payments ({advance}/month) come to {paid}.",
  "bill.toPay": "You would still have about {amount} to pay",
  "bill.toReceive": "You should get back about {amount}",
  "bill.even": "Your advance payments should cover the bill",
  "bill.range": " (between {low} and {high})",
  "bill.suggested": "An advance payment of {advance}/month would cover the whole year.",
  "bill.noModel": "{energy}: not enough readings yet to forecast the rest of the year.",
  "bill.noTariff": "{energy}: the tariff is not known, so the price cannot be worked out.",
  "bill.estimatedDay": "{energy}: 1 day without a usable reading is estimated with normal weather.",
  "bill.estimatedDays": "{energy}: {days} days without a usable reading are estimated with normal weather.",
  "bill.missing.billing_month":
    "The month of your annual bill has not been recorded yet: your adviser can add it.",
  "bill.missing.monthly_advance":
    "The amount of your advance payments has not been recorded yet: your adviser can add it.",
  "bill.missing.billing_monthCompany":
    "The month of your annual bill has not been recorded yet: your housing company can add it.",
  "bill.missing.monthly_advanceCompany":
    "The amount of your advance payments has not been recorded yet: your housing company can add it.",
  "bill.missing.billing_monthStaff":
    "The month of the annual bill is not recorded: add it to the household's file.",
  "bill.missing.monthly_advanceStaff":
    "The monthly advance payment is not recorded: add it to the household's file.",
  "bill.nothing": "Not enough information yet to forecast the bill.",
  "bill.period": "Billing year from {from} to {to}. For the months still to come, we assume normal weather.",
  "guards.title": "Things to watch",
  "guards.intro": "Signs to look into with the household, not verdicts.",
  "guards.savingsWarning": "These savings may come from going without: check with the household.",
  "guards.savingsWarningHousehold":
    "If these savings come from being cold at home, that is not a success: talk to your adviser about it.",
  "guards.savingsWarningCompany":
    "If these savings come from being cold at home, that is not a success: talk to your housing company about it.",
  "guards.restriction.possible":
    "{energy}: {value} a year, less than half of what comparable households use ({median}, {count} households). The household may be going without heating: talk it over with them.",
  "guards.restriction.noSign":
    "{energy}: {value} a year, no sign of going without heating (comparable households: {median}).",
  "guards.restriction.no_normal_year_use":
    "Going without heating: cannot be assessed, a normal year's consumption is not known yet (more readings are needed).",
  "guards.restriction.no_comparable_population":
    "Going without heating: cannot be assessed, too few comparable households (same heating, same home size) to compare with.",
  "guards.restriction.no_floor_area":
    "Going without heating: cannot be assessed, the home's floor area is not recorded.",
  "guards.restriction.no_heating_energy":
    "Going without heating: cannot be assessed, there is no meter for the energy used for heating.",
  "guards.topUps.top_ups_stopped":
    "Budget meter: no top-up since {date}, though there used to be one every month (usually {usual}/month). The household may be struggling to top up.",
  "guards.topUps.top_ups_shrinking":
    "Budget meter: top-ups have dropped ({recent}/month compared with {usual}/month before). The household may be struggling to top up.",
  "guards.topUps.no_sign": "Budget meter: regular top-ups ({recent}/month).",
  "guards.topUps.no_budget_meter": "No budget meter.",
  "guards.topUps.too_few_top_ups": "Budget meter: cannot be assessed, too few top-ups recorded.",
  "guards.comfort.none": "Comfort: no check-in in the last 12 months.",
  "guards.comfort.count": "Comfort: {count} check-in(s) in the last 12 months, the latest on {date}.",
  "guards.comfort.flagsTitle": "Cold or damp days",
  "guards.comfort.flag": "On {date}: {reasons}",
  "guards.reason.cold_home": "below 18\u00a0°C",
  "guards.reason.damp_home": "above 70\u00a0% humidity",
  "guards.reason.felt_cold": "felt cold",
  "comfort.title": "How are things at home?",
  "comfort.titleStaff": "Record a comfort check-in",
  "comfort.intro": "Write down what the thermo-hygrometer shows. Every answer helps your adviser.",
  "comfort.introCompany":
    "Write down the temperature at home, and the humidity if your thermometer shows it. Your notes appear below.",
  "comfort.day": "Date",
  "comfort.indoor": "Indoor temperature (°C)",
  "comfort.humidity": "Humidity (%)",
  "comfort.optional": "Optional.",
  "comfort.feltCold": "I felt cold",
  "comfort.feltColdStaff": "The household felt cold",
  "comfort.save": "Save",
  "comfort.saved": "Check-in for {date} saved. Thank you!",
  "comfort.dayInvalid": "Choose today or an earlier day.",
  "comfort.indoorInvalid": "Enter a temperature between 0 and 40 °C, for example 19.5.",
  "comfort.historyTitle": "Check-ins over the last 12 months",
  "comfort.historyLine": "{day}: {words}",
  "comfort.historyHumidity": "humidity {pct}\u00a0%",
  "comfort.historyCold": "felt cold",
  "comfort.historyColdOwn": "I felt cold",
  "comfort.humidityInvalid": "Enter a percentage between 5 and 100, with no decimals, for example 55.",

  "signature.title": "How the cold affects your consumption",
  "signature.titleStaff": "How the cold affects consumption",
  "signature.explain":
    "Each dot is the time between two readings: the colder it is (further right), the more heating is used. The line shows what the reference year predicts.",
  "signature.baseline": "reference year",
  "signature.reporting": "since {date}",
  "signature.line": "what the reference predicts",
  "signature.xAxis": "degree-days per day",
  "signature.yAxis": "kWh per day",
  "signature.chartLabel":
    "{energy}: kWh per day against degree-days per day. Circles: reference year, triangles: since {date}, line: what the reference predicts. The figures are in the table that follows.",
  "signature.showFigures": "Show the figures",
  "signature.hideFigures": "Hide the figures",
  "signature.tableCaption": "{energy}: consumption per period",
  "signature.period": "Period",
  "signature.noWeather": "no weather data",
  "method.title": "How is it calculated?",
  "method.backHousehold": "Back to My savings",
  "method.referenceTitle": "The year before is the reference",
  "method.reference":
    "We take your readings from the 12 months before the start date. They show how much you use per day when it is mild, and how much more when it is cold.",
  "method.weatherTitle": "The weather is taken into account",
  "method.weather":
    "A cold winter makes you use more, a mild winter less. To take the weather into account, we count degree-days: for each day, how many degrees the average temperature is below 16.5 °C. A day at 6.5 °C counts as 10 degree-days; a day at 20 °C counts as none.",
  "method.counterfactual":
    "Using the real weather since the start date, we calculate what you would have used if nothing had changed. The saving is the difference between that and what your meters show, priced at your tariff (including VAT, without fixed charges).",
  "method.intervalTitle": "The margin: 9 chances out of 10",
  "method.interval":
    "Consumption always varies a little. “Between €80 and €160” means there are 9 chances out of 10 that the real saving lies within this range.",
  "method.limitsTitle": "The limits",
  "method.limitYear":
    "Readings covering at least 11 months of the year before the start date are needed. Your adviser can copy them from your bills.",
  "method.limitYearCompany":
    "Readings covering at least 11 months of the year before the start date are needed. You can enter them yourself from your old bills.",
  "method.limitNoise":
    "A saving of a few per cent falls within the margin: we cannot yet be sure it is real.",
  "method.limitCold":
    "Being cold to save money is not a success. Your adviser keeps an eye on this: health and comfort come first.",
  "method.limitColdCompany":
    "Being cold to save money is not a success: health and comfort come first. If you are cold at home, tell your housing company.",
  "method.limitMonthly":
    "The method works best with one reading a month. It follows CalTRACK 2.0 and ASHRAE Guideline 14, recognised methods for measuring energy savings.",
};

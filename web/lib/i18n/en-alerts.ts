import type { Catalogue } from "./index.ts";

/** English texts of the building alerts (French reference: fr-alerts.ts). */
export const enAlerts: Catalogue = {
  "alerts.title": "Alerts",
  "alerts.intro":
    "What the boiler rooms' readings show that is unusual. Say you have seen an alert, then close it once it is sorted out.",
  "alerts.portfolioLink": "See the buildings' alerts",
  "alerts.backToBuildings": "← The buildings",
  "alerts.show": "Show",
  "alerts.filter.todo": "To deal with (new and seen)",
  "alerts.filter.open": "New",
  "alerts.filter.acknowledged": "Seen, not closed yet",
  "alerts.filter.closed": "Closed",
  "alerts.empty": "No alerts here. Everything looks normal.",
  "alerts.buildingEmpty": "No open alerts for this building.",
  "alerts.seeAll": "See all alerts",
  "alerts.status.open": "New",
  "alerts.status.acknowledged": "Seen on {date}",
  "alerts.status.closed": "Closed on {date}",
  "alerts.closedByItself": "Closed by itself on {date}: readings came back.",
  "alerts.note": "Note: {note}",
  "alerts.acknowledge": "I have seen it",
  "alerts.close": "Close",
  "alerts.closeNote": "What was done (optional)",
  "alerts.closeConfirm": "Close the alert",
  "alerts.done": "Noted.",
  "alerts.whyTitle": "Why it matters:",
  "alerts.kind.summer_heating": "Heating in summer",
  "alerts.kind.above_model": "A month far above what was expected",
  "alerts.kind.readings_missing": "Readings missing",
  "alerts.kind.meter_backwards": "A meter going backwards",
  "alerts.seen.summer_heating":
    "In {months}, the building used {kwh} kWh, while hot water, boiler losses and the few cool days explain only {expectedKwh} kWh of it.",
  "alerts.why.summer_heating":
    "The heating seems to have run in summer: energy the tenants pay for nothing. Check the boiler's summer stop and its controls.",
  "alerts.seen.above_model":
    "In {month}, the building used {kwh} kWh, {pct} % more than the {predictedKwh} kWh expected with that month's weather.",
  "alerts.why.above_model":
    "With the same weather, such a rise often comes from a breakdown, a changed setting or a leak. Each month without a repair costs money: check soon.",
  "alerts.seen.readings_missing":
    "No reading of the meter ‘{meter}’ since {date}, that is {days} days (the limit is {limit} days).",
  "alerts.why.readings_missing":
    "Without readings, neither a breakdown nor overuse can be seen, and the heating cost split will have to be estimated. Ask the caretaker for a reading.",
  "alerts.seen.meter_backwards":
    "The meter ‘{meter}’ went from {previous} {unit} on {from} to {index} {unit} on {to}, entered as a reset.",
  "alerts.why.meter_backwards":
    "A meter does not go backwards by itself: a meter replaced without saying so, a misreading or tampering. The use over that period stays unknown until it is cleared up.",
};

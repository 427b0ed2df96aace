import type { Catalogue } from "./index.ts";

/** Dutch texts of the building alerts (French reference: fr-alerts.ts). */
export const nlAlerts: Catalogue = {
  "alerts.title": "Meldingen",
  "alerts.intro":
    "Wat de meterstanden van de stookplaatsen ongewoon tonen. Zeg dat u een melding gezien hebt, en sluit ze af als het opgelost is.",
  "alerts.portfolioLink": "De meldingen van de gebouwen bekijken",
  "alerts.backToBuildings": "← De gebouwen",
  "alerts.show": "Tonen",
  "alerts.filter.todo": "Te behandelen (nieuw en gezien)",
  "alerts.filter.open": "Nieuw",
  "alerts.filter.acknowledged": "Gezien, nog niet afgesloten",
  "alerts.filter.closed": "Afgesloten",
  "alerts.empty": "Hier geen meldingen. Alles lijkt normaal.",
  "alerts.buildingEmpty": "Geen open meldingen voor dit gebouw.",
  "alerts.seeAll": "Alle meldingen bekijken",
  "alerts.status.open": "Nieuw",
  "alerts.status.acknowledged": "Gezien op {date}",
  "alerts.status.closed": "Afgesloten op {date}",
  "alerts.closedByItself": "Vanzelf afgesloten op {date}: er zijn weer meterstanden.",
  "alerts.note": "Notitie: {note}",
  "alerts.acknowledge": "Ik heb het gezien",
  "alerts.close": "Afsluiten",
  "alerts.closeNote": "Wat er gedaan is (niet verplicht)",
  "alerts.closeConfirm": "De melding afsluiten",
  "alerts.done": "Genoteerd.",
  "alerts.whyTitle": "Waarom het belangrijk is:",
  "alerts.kind.summer_heating": "Verwarming in de zomer",
  "alerts.kind.above_model": "Maand veel hoger dan verwacht",
  "alerts.kind.readings_missing": "Ontbrekende meterstanden",
  "alerts.kind.meter_backwards": "Meter die achteruitgaat",
  "alerts.seen.summer_heating":
    "In {months} verbruikte het gebouw {kwh} kWh, terwijl warm water, de verliezen van de ketel en de enkele frisse dagen er maar {expectedKwh} kWh van verklaren.",
  "alerts.why.summer_heating":
    "De verwarming lijkt in de zomer gedraaid te hebben: energie die de huurders voor niets betalen. Controleer de zomerstop en de regeling van de ketel.",
  "alerts.seen.above_model":
    "In {month} verbruikte het gebouw {kwh} kWh, {pct} % meer dan de {predictedKwh} kWh die bij het weer van die maand verwacht werden.",
  "alerts.why.above_model":
    "Bij hetzelfde weer komt zo'n stijging vaak door een defect, een gewijzigde instelling of een lek. Elke maand zonder herstelling kost geld: controleer snel.",
  "alerts.seen.readings_missing":
    "Geen meterstand van de meter ‘{meter}’ sinds {date}, dus {days} dagen (de grens is {limit} dagen).",
  "alerts.why.readings_missing":
    "Zonder meterstanden ziet men geen defect of oververbruik, en moet de verdeling van de verwarmingskosten geschat worden. Vraag de conciërge om een meterstand.",
  "alerts.seen.meter_backwards":
    "De meter ‘{meter}’ ging van {previous} {unit} op {from} naar {index} {unit} op {to}, genoteerd als een nulstelling.",
  "alerts.why.meter_backwards":
    "Een meter gaat niet vanzelf achteruit: een vervangen meter die niet gemeld werd, een leesfout of manipulatie. Het verbruik van die periode blijft onbekend tot het opgehelderd is.",
};

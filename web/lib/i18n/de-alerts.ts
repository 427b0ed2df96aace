import type { Catalogue } from "./index.ts";

/** German texts of the building alerts (French reference: fr-alerts.ts). */
export const deAlerts: Catalogue = {
  "alerts.title": "Warnungen",
  "alerts.intro":
    "Was die Zählerstände der Heizräume Ungewöhnliches zeigen. Sagen Sie, dass Sie eine Warnung gesehen haben, und schließen Sie sie, wenn es erledigt ist.",
  "alerts.portfolioLink": "Die Warnungen der Gebäude ansehen",
  "alerts.backToBuildings": "← Die Gebäude",
  "alerts.show": "Anzeigen",
  "alerts.filter.todo": "Zu bearbeiten (neu und gesehen)",
  "alerts.filter.open": "Neu",
  "alerts.filter.acknowledged": "Gesehen, noch nicht geschlossen",
  "alerts.filter.closed": "Geschlossen",
  "alerts.empty": "Hier keine Warnungen. Alles scheint normal.",
  "alerts.buildingEmpty": "Keine offenen Warnungen für dieses Gebäude.",
  "alerts.seeAll": "Alle Warnungen ansehen",
  "alerts.status.open": "Neu",
  "alerts.status.acknowledged": "Gesehen am {date}",
  "alerts.status.closed": "Geschlossen am {date}",
  "alerts.closedByItself": "Von selbst geschlossen am {date}: Es gibt wieder Zählerstände.",
  "alerts.note": "Notiz: {note}",
  "alerts.acknowledge": "Gesehen",
  "alerts.close": "Schließen",
  "alerts.closeNote": "Was getan wurde (freiwillig)",
  "alerts.closeConfirm": "Die Warnung schließen",
  "alerts.done": "Notiert.",
  "alerts.whyTitle": "Warum es wichtig ist:",
  "alerts.kind.summer_heating": "Heizen im Sommer",
  "alerts.kind.above_model": "Ein Monat weit über dem Erwarteten",
  "alerts.kind.readings_missing": "Fehlende Zählerstände",
  "alerts.kind.meter_backwards": "Ein Zähler läuft rückwärts",
  "alerts.seen.summer_heating":
    "Im {months} hat das Gebäude {kwh} kWh verbraucht, während Warmwasser, Kesselverluste und die wenigen kühlen Tage nur {expectedKwh} kWh davon erklären.",
  "alerts.why.summer_heating":
    "Die Heizung scheint im Sommer gelaufen zu sein: Energie, die die Mieter umsonst bezahlen. Prüfen Sie die Sommerabschaltung und die Regelung des Kessels.",
  "alerts.seen.above_model":
    "Im {month} hat das Gebäude {kwh} kWh verbraucht, {pct} % mehr als die {predictedKwh} kWh, die beim Wetter dieses Monats erwartet wurden.",
  "alerts.why.above_model":
    "Bei gleichem Wetter kommt ein solcher Anstieg oft von einer Störung, einer geänderten Einstellung oder einem Leck. Jeder Monat ohne Reparatur kostet: Prüfen Sie bald.",
  "alerts.seen.readings_missing":
    "Kein Zählerstand des Zählers „{meter}“ seit dem {date}, also {days} Tage (die Grenze liegt bei {limit} Tagen).",
  "alerts.why.readings_missing":
    "Ohne Zählerstände sieht man weder eine Störung noch einen Mehrverbrauch, und die Heizkostenverteilung muss geschätzt werden. Bitten Sie den Hausmeister um einen Zählerstand.",
  "alerts.seen.meter_backwards":
    "Der Zähler „{meter}“ ging von {previous} {unit} am {from} auf {index} {unit} am {to}, eingetragen als Nullstellung.",
  "alerts.why.meter_backwards":
    "Ein Zähler läuft nicht von selbst rückwärts: ein ohne Meldung ersetzter Zähler, ein Ablesefehler oder eine Manipulation. Der Verbrauch dieses Zeitraums bleibt unbekannt, bis es geklärt ist.",
};

import type { Message } from "../http/messages.ts";

const BELOW_PREVIOUS_TITLE: Message["title"] = {
  fr: "L'index {value} est plus petit que le dernier relevé ({previousValue} le {previousDate}).",
  nl: "De stand {value} is kleiner dan de vorige ({previousValue} op {previousDate}).",
  en: "The index {value} is lower than the last reading ({previousValue} on {previousDate}).",
  de: "Der Stand {value} ist kleiner als der letzte ({previousValue} am {previousDate}).",
};

/**
 * What to check, likeliest first for a household: a typing slip, (on a day/night meter) the two
 * figures swapped, a replaced meter (its adviser declares it), and only then a real rollover of an
 * old counter, the one case for the « remise à zéro » box.
 */
function belowPrevious(swapped: Partial<Message["title"]>): Message["title"] {
  return {
    fr: `Relisez les chiffres un par un : c'est souvent une faute de frappe. ${swapped.fr ?? ""}Si le compteur a été remplacé, prévenez votre conseiller. Cochez « remise à zéro » seulement si le compteur a vraiment dépassé son maximum et recommencé à zéro.`,
    nl: `Lees de cijfers een voor een opnieuw: vaak is het een tikfout. ${swapped.nl ?? ""}Werd de meter vervangen, verwittig dan uw begeleider. Vink ‘terug op nul’ alleen aan als de meter echt voorbij zijn maximum ging en weer bij nul begon.`,
    en: `Read the digits again one by one: it is often a typing slip. ${swapped.en ?? ""}If the meter was replaced, tell your adviser. Tick “reset” only if the meter really went past its maximum and started again from zero.`,
    de: `Lesen Sie die Ziffern einzeln noch einmal: Oft ist es ein Tippfehler. ${swapped.de ?? ""}Wurde der Zähler ersetzt, sagen Sie es Ihrer Beratung. Kreuzen Sie „zurückgesetzt“ nur an, wenn der Zähler wirklich über sein Maximum hinaus wieder bei null begonnen hat.`,
  };
}

/** Refusals of a reading, said plainly with what to do. Dates arrive as YYYY-MM-DD and numbers raw: messages.ts formats them. */
export const READING_MESSAGES: Record<string, Message> = {
  "reading.invalid_date": {
    title: {
      fr: "La date n'est pas comprise.",
      nl: "De datum is niet duidelijk.",
      en: "The date is not understood.",
      de: "Das Datum ist nicht verständlich.",
    },
    detail: {
      fr: "Donnez une date comme 2026-10-12, ou une date et une heure avec le fuseau horaire.",
      nl: "Geef een datum zoals 2026-10-12, of een datum en uur met tijdzone.",
      en: "Give a date such as 2026-10-12, or a date and time with its time zone.",
      de: "Geben Sie ein Datum wie 2026-10-12 an, oder Datum und Uhrzeit mit Zeitzone.",
    },
  },
  "reading.invalid_value": {
    title: {
      fr: "Ce chiffre n'est pas possible.",
      nl: "Dit getal is niet mogelijk.",
      en: "This number is not possible.",
      de: "Diese Zahl ist nicht möglich.",
    },
    detail: {
      fr: "Recopiez les chiffres du compteur, sans lettres ni signe moins.",
      nl: "Neem de cijfers van de meter over, zonder letters of minteken.",
      en: "Copy the digits on the meter, without letters or a minus sign.",
      de: "Übernehmen Sie die Ziffern des Zählers, ohne Buchstaben oder Minuszeichen.",
    },
  },
  "reading.deliveries_only": {
    title: {
      fr: "Ce combustible se suit par ses livraisons.",
      nl: "Deze brandstof volgt u via de leveringen.",
      en: "This fuel is followed through its deliveries.",
      de: "Dieser Brennstoff wird über seine Lieferungen verfolgt.",
    },
    detail: {
      fr: "Notez plutôt chaque livraison (date, quantité, prix).",
      nl: "Noteer liever elke levering (datum, hoeveelheid, prijs).",
      en: "Record each delivery instead (date, quantity, price).",
      de: "Erfassen Sie stattdessen jede Lieferung (Datum, Menge, Preis).",
    },
  },
  "reading.unknown_register": {
    title: {
      fr: "Choisissez le cadran du compteur.",
      nl: "Kies het telwerk van de meter.",
      en: "Choose the meter's register.",
      de: "Wählen Sie das Zählwerk des Zählers.",
    },
    detail: {
      fr: "Ce compteur a ces cadrans : {registers}.",
      nl: "Deze meter heeft deze telwerken: {registers}.",
      en: "This meter has these registers: {registers}.",
      de: "Dieser Zähler hat diese Zählwerke: {registers}.",
    },
  },
  "meter.client_id_reused": {
    title: {
      fr: "Ce compteur a déjà été envoyé avec d'autres informations.",
      nl: "Deze meter werd al met andere gegevens verstuurd.",
      en: "This meter was already sent with other details.",
      de: "Dieser Zähler wurde schon mit anderen Angaben gesendet.",
    },
    detail: {
      fr: "Rechargez la page du ménage : le compteur y est peut-être déjà.",
      nl: "Laad de pagina van het gezin opnieuw: de meter staat er misschien al.",
      en: "Reload the household's page: the meter may already be there.",
      de: "Laden Sie die Seite des Haushalts neu: Der Zähler ist vielleicht schon da.",
    },
  },
  "reading.client_id_reused": {
    title: {
      fr: "Ce relevé a déjà été envoyé avec d'autres chiffres.",
      nl: "Deze meterstand werd al met andere cijfers verstuurd.",
      en: "This reading was already sent with other figures.",
      de: "Dieser Zählerstand wurde schon mit anderen Zahlen gesendet.",
    },
    detail: {
      fr: "Pour changer un relevé déjà enregistré, corrigez-le dans l'historique.",
      nl: "Wilt u een opgeslagen meterstand wijzigen, verbeter die dan in de geschiedenis.",
      en: "To change a reading already saved, correct it in the history.",
      de: "Um einen gespeicherten Zählerstand zu ändern, korrigieren Sie ihn im Verlauf.",
    },
  },
  "reading.in_future": {
    title: {
      fr: "Cette date est dans le futur.",
      nl: "Deze datum ligt in de toekomst.",
      en: "This date is in the future.",
      de: "Dieses Datum liegt in der Zukunft.",
    },
    detail: {
      fr: "Nous sommes le {today}. Notez le relevé le jour où vous lisez le compteur.",
      nl: "Vandaag is het {today}. Noteer de meterstand op de dag dat u de meter afleest.",
      en: "Today is {today}. Record the reading on the day you read the meter.",
      de: "Heute ist der {today}. Erfassen Sie den Stand an dem Tag, an dem Sie ablesen.",
    },
  },
  "reading.before_meter_start": {
    title: {
      fr: "Cette date est avant la mise en service du compteur.",
      nl: "Deze datum ligt vóór de ingebruikname van de meter.",
      en: "This date is before the meter was put into service.",
      de: "Dieses Datum liegt vor der Inbetriebnahme des Zählers.",
    },
    detail: {
      fr: "Le compteur est suivi depuis le {startDate}. Choisissez une date après celle-là.",
      nl: "De meter wordt gevolgd sinds {startDate}. Kies een latere datum.",
      en: "The meter has been followed since {startDate}. Choose a later date.",
      de: "Der Zähler wird seit dem {startDate} verfolgt. Wählen Sie ein späteres Datum.",
    },
  },
  "reading.after_meter_closed": {
    title: {
      fr: "Ce compteur a été remplacé.",
      nl: "Deze meter werd vervangen.",
      en: "This meter has been replaced.",
      de: "Dieser Zähler wurde ersetzt.",
    },
    detail: {
      fr: "Il ne compte plus depuis le {closedDate}. Notez le relevé sur le nouveau compteur.",
      nl: "Hij telt niet meer sinds {closedDate}. Noteer de stand op de nieuwe meter.",
      en: "It stopped counting on {closedDate}. Record the reading on the new meter.",
      de: "Er zählt seit dem {closedDate} nicht mehr. Erfassen Sie den Stand am neuen Zähler.",
    },
  },
  "reading.conflict_same_moment": {
    title: {
      fr: "Un autre relevé existe déjà à ce moment-là.",
      nl: "Er bestaat al een andere meterstand op dat moment.",
      en: "Another reading already exists at that moment.",
      de: "Zu diesem Zeitpunkt gibt es schon einen anderen Zählerstand.",
    },
    detail: {
      fr: "Le {date}, l'index noté est {existingValue}. Corrigez ce relevé dans l'historique s'il est faux.",
      nl: "Op {date} is de genoteerde stand {existingValue}. Verbeter die in de geschiedenis als ze fout is.",
      en: "On {date} the recorded index is {existingValue}. Correct it in the history if it is wrong.",
      de: "Am {date} ist der erfasste Stand {existingValue}. Korrigieren Sie ihn im Verlauf, falls er falsch ist.",
    },
  },
  "reading.below_previous": { title: BELOW_PREVIOUS_TITLE, detail: belowPrevious({}) },
  // The same refusal on a day/night meter, where the two figures are easily swapped.
  "reading.below_previous_day_night": {
    title: BELOW_PREVIOUS_TITLE,
    detail: belowPrevious({
      fr: "Vérifiez aussi que vous n'avez pas inversé le jour et la nuit. ",
      nl: "Kijk ook na of u dag en nacht niet hebt verwisseld. ",
      en: "Also check that day and night are not swapped. ",
      de: "Prüfen Sie auch, ob Tag und Nacht nicht vertauscht sind. ",
    }),
  },
  // A heat-cost allocator starts again from zero every year: there, a lower figure is usually that.
  "reading.below_previous_allocator": {
    title: BELOW_PREVIOUS_TITLE,
    detail: {
      fr: "Un répartiteur recommence à zéro une fois par an, au début de la saison de chauffage : si c'est le cas, cochez « remise à zéro ». Sinon, relisez les chiffres un par un.",
      nl: "Een kostenverdeler begint één keer per jaar opnieuw bij nul, bij het begin van het stookseizoen: is dat zo, vink dan ‘terug op nul’ aan. Lees anders de cijfers een voor een opnieuw.",
      en: "A heat-cost allocator starts again from zero once a year, at the start of the heating season: if so, tick “reset”. Otherwise, read the digits again one by one.",
      de: "Ein Heizkostenverteiler beginnt einmal im Jahr, zu Beginn der Heizperiode, wieder bei null: Wenn das der Fall ist, kreuzen Sie „zurückgesetzt“ an. Sonst lesen Sie die Ziffern einzeln noch einmal.",
    },
  },
  "reading.above_next": {
    title: {
      fr: "L'index {value} est plus grand que le relevé suivant ({nextValue} le {nextDate}).",
      nl: "De stand {value} is groter dan de volgende ({nextValue} op {nextDate}).",
      en: "The index {value} is higher than the next reading ({nextValue} on {nextDate}).",
      de: "Der Stand {value} ist größer als der nächste ({nextValue} am {nextDate}).",
    },
    detail: {
      fr: "Vérifiez la date et les chiffres de ce relevé.",
      nl: "Controleer de datum en de cijfers van deze meterstand.",
      en: "Check the date and the digits of this reading.",
      de: "Prüfen Sie Datum und Ziffern dieses Zählerstands.",
    },
  },
  "reading.needs_confirmation": {
    title: {
      fr: "C'est beaucoup plus que d'habitude : {consumption} {unit} depuis le relevé du {previousDate}.",
      nl: "Dat is veel meer dan gewoonlijk: {consumption} {unit} sinds de meterstand van {previousDate}.",
      en: "That is much more than usual: {consumption} {unit} since the reading of {previousDate}.",
      de: "Das ist viel mehr als sonst: {consumption} {unit} seit dem Zählerstand vom {previousDate}.",
    },
    detail: {
      fr: "Relisez le compteur. Si l'index {value} est juste, confirmez-le.",
      nl: "Lees de meter opnieuw af. Klopt de stand {value}, bevestig hem dan.",
      en: "Read the meter again. If the index {value} is right, confirm it.",
      de: "Lesen Sie den Zähler noch einmal ab. Stimmt der Stand {value}, bestätigen Sie ihn.",
    },
  },
  "reading.needs_confirmation_level": {
    title: {
      fr: "Le niveau aurait baissé de {consumption} {unit} depuis le relevé du {previousDate} : c'est beaucoup plus que d'habitude.",
      nl: "Het peil zou {consumption} {unit} gedaald zijn sinds de meting van {previousDate}: dat is veel meer dan gewoonlijk.",
      en: "The level would have dropped by {consumption} {unit} since the reading of {previousDate}: much more than usual.",
      de: "Der Füllstand wäre seit der Ablesung vom {previousDate} um {consumption} {unit} gesunken: viel mehr als sonst.",
    },
    detail: {
      fr: "Relisez la jauge de la citerne. Si le niveau {value} est juste, confirmez-le.",
      nl: "Lees de peilmeter van de tank opnieuw af. Klopt het peil {value}, bevestig het dan.",
      en: "Read the tank's gauge again. If the level {value} is right, confirm it.",
      de: "Lesen Sie die Tankanzeige noch einmal ab. Stimmt der Füllstand {value}, bestätigen Sie ihn.",
    },
  },
  "reading.not_author": {
    title: {
      fr: "Seule la personne qui a noté ce relevé peut le modifier.",
      nl: "Alleen wie deze meterstand noteerde, kan hem wijzigen.",
      en: "Only the person who entered this reading can change it.",
      de: "Nur wer diesen Zählerstand erfasst hat, kann ihn ändern.",
    },
    detail: {
      fr: "Demandez-le à cette personne ou au coordinateur.",
      nl: "Vraag het aan die persoon of aan de coördinator.",
      en: "Ask that person or the coordinator.",
      de: "Fragen Sie diese Person oder die Koordination.",
    },
  },
  "reading.meter_index": {
    title: {
      fr: "C'est l'index de départ ou de fin du compteur.",
      nl: "Dit is de begin- of eindstand van de meter.",
      en: "This is the meter's start or final index.",
      de: "Das ist der Anfangs- oder Endstand des Zählers.",
    },
    detail: {
      fr: "Il se change avec le compteur lui-même (remplacement), pas ici.",
      nl: "Die wijzigt u via de meter zelf (vervanging), niet hier.",
      en: "It changes with the meter itself (replacement), not here.",
      de: "Er wird mit dem Zähler selbst geändert (Austausch), nicht hier.",
    },
  },
  "delivery.not_a_fuel": {
    title: {
      fr: "Ce compteur ne reçoit pas de livraisons.",
      nl: "Deze meter krijgt geen leveringen.",
      en: "This meter does not receive deliveries.",
      de: "Dieser Zähler erhält keine Lieferungen.",
    },
    detail: {
      fr: "Les livraisons concernent le mazout, les pellets et le bois.",
      nl: "Leveringen gaan over stookolie, pellets en hout.",
      en: "Deliveries are for heating oil, pellets and wood.",
      de: "Lieferungen betreffen Heizöl, Pellets und Holz.",
    },
  },
  "reading.above_max_index": {
    title: {
      fr: "Ce compteur ne peut pas afficher {value}.",
      nl: "Deze meter kan {value} niet tonen.",
      en: "This meter cannot show {value}.",
      de: "Dieser Zähler kann {value} nicht anzeigen.",
    },
    detail: {
      fr: "Il va au plus jusqu'à {maxIndex}. Un chiffre en trop ? Recopiez les chiffres un par un.",
      nl: "Hij gaat tot maximaal {maxIndex}. Een cijfer te veel? Neem de cijfers een voor een over.",
      en: "It goes up to {maxIndex} at most. One digit too many? Copy the digits one by one.",
      de: "Er zeigt höchstens {maxIndex}. Eine Ziffer zu viel? Übernehmen Sie die Ziffern einzeln.",
    },
  },
};

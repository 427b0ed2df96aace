import { deAlerts } from "./de-alerts.ts";
import { deBuildingReport } from "./de-building-report.ts";
import { deBuildings } from "./de-buildings.ts";
import { deCoaching } from "./de-coaching.ts";
import { deCostSplit } from "./de-costsplit.ts";
import { deGroups } from "./de-groups.ts";
import { deHousehold } from "./de-household.ts";
import { deMarkers } from "./de-markers.ts";
import { deMeterSetup } from "./de-meter-setup.ts";
import { deResults } from "./de-results.ts";
import { deSavings } from "./de-savings.ts";
import { deStaff } from "./de-staff.ts";
import { deTenant } from "./de-tenant.ts";
import { deWeather } from "./de-weather.ts";
import type { Catalogue } from "./index.ts";

/** German (East Belgium): "Sie", short sentences. */
export const de: Catalogue = {
  ...deStaff,
  ...deMeterSetup,
  ...deHousehold,
  ...deMarkers,
  ...deSavings,
  ...deWeather,
  ...deResults,
  ...deGroups,
  ...deCoaching,
  ...deBuildings,
  ...deBuildingReport,
  ...deAlerts,
  ...deCostSplit,
  ...deTenant,
  "app.name": "Eco-watchers",
  "app.skipToContent": "Zum Inhalt",

  "action.signIn": "Anmelden",
  "action.signingIn": "Anmeldung…",
  "action.signOut": "Abmelden",
  "action.print": "Drucken",
  "action.cancel": "Abbrechen",
  "action.retry": "Erneut versuchen",

  "status.loading": "Wird geladen…",

  "error.network.title": "Keine Verbindung.",
  "error.network.detail": "Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.",
  "error.unexpected.title": "Etwas ist schiefgelaufen.",
  "error.unexpected.detail":
    "Versuchen Sie es gleich noch einmal. Wenn es wieder passiert, sagen Sie es der Person, die Ihnen Ihren Zugang gegeben hat.",

  "offline.banner":
    "Keine Verbindung. Sie können Ihre Zählerstände trotzdem notieren: Sie werden später gesendet.",
  "offline.sentOne": "Der auf diesem Telefon gespeicherte Zählerstand wurde gesendet.",
  "offline.sentMany": "Die {count} auf diesem Telefon gespeicherten Zählerstände wurden gesendet.",
  "offline.refusedOne":
    "Ein auf diesem Telefon gespeicherter Zählerstand wurde nicht angenommen. Bitte prüfen Sie ihn bei den Ständen seines Zählers.",
  "offline.refusedMany":
    "{count} auf diesem Telefon gespeicherte Zählerstände wurden nicht angenommen. Bitte prüfen Sie sie bei den Ständen ihrer Zähler.",

  "crash.title": "Etwas ist schiefgelaufen",
  "crash.text": "Diese Seite wurde nicht geladen. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.",
  "crash.reload": "Seite neu laden",

  "language.label": "Sprache",
  "language.failed": "Diese Sprache wurde nicht geladen. Versuchen Sie es erneut.",

  "header.organisation": "Organisation",
  "header.chooseOrganisation": "Wählen Sie eine Organisation",

  "nav.label": "Menü",
  "nav.home": "Start",
  "nav.team": "Team",
  "nav.admin": "Organisationen",
  "nav.settings": "Einstellungen",

  "role.coordinator": "Koordination",
  "role.adviser": "Energieberatung",
  "role.housing_manager": "Wohnungsverwaltung",
  "role.household": "Haushalt",
  "role.viewer": "Nur Lesezugriff",

  "organisationKind.cpas": "ÖSHZ",
  "organisationKind.commune": "Gemeinde",
  "organisationKind.slsp": "Wohnungsgesellschaft (SLSP)",
  "organisationKind.sisp": "Öffentliche Immobiliengesellschaft (SISP)",
  "organisationKind.asbl": "Verein (VoG)",

  "field.email": "E-Mail-Adresse",
  "field.password": "Passwort",
  "field.language": "Sprache",

  "login.title": "Anmelden",
  "login.welcome": "Willkommen",
  "login.intro": "Wer sind Sie?",
  "login.choice.household": "Ich bin ein Haushalt",
  "login.choice.householdHint": "Ich habe einen Code und eine PIN.",
  "login.choice.staff": "Ich bin eine Fachkraft",
  "login.choice.staffHint": "ÖSHZ, Gemeinde, Wohnungsgesellschaft.",
  "login.back": "Zurück zur Auswahl",
  "login.invitation": "Ich habe einen Einladungscode erhalten",
  "login.household.title": "Anmeldung für Haushalte",
  "login.household.intro":
    "Ihren Code und Ihre PIN finden Sie auf der Karte, die Sie erhalten haben. Wenn Sie eine eigene PIN gewählt haben, geben Sie diese ein.",
  "login.household.code": "Haushaltscode",
  "login.household.codeHint": "Zum Beispiel: DEMO-01",
  "login.household.pin": "PIN",
  "login.household.pinHint": "4 bis 8 Ziffern",
  "login.household.showPin": "PIN anzeigen",
  "login.household.staySignedIn": "Auf diesem Telefon angemeldet bleiben (90 Tage)",
  "login.staff.title": "Anmeldung für Fachkräfte",

  "accept.title": "Einer Organisation beitreten",
  "accept.intro": "Sie haben einen Einladungscode erhalten. Erstellen Sie Ihr Konto, um zu beginnen.",
  "accept.code": "Einladungscode",
  "accept.displayName": "Ihr Name",
  "accept.displayNameHint": "Ihre Kolleginnen und Kollegen sehen ihn.",
  "accept.passwordHint": "Mindestens 10 Zeichen.",
  "accept.submit": "Mein Konto erstellen",

  "householdHome.title": "Start",
  "householdHome.hello": "Guten Tag, {name}",
  "householdHome.intro": "Willkommen bei Eco-watchers. Mit dieser App behalten Sie Ihre Energie im Blick.",
  "householdHome.meters": "Meine Zähler",
  "householdHome.metersHint": "Die Zahlen notieren, sehen, was ich verbraucht habe.",
  "householdHome.adviser": "Eine Frage? Sprechen Sie mit Ihrer Beratung.",
  "householdHome.housingCompany": "Eine Frage? Sprechen Sie mit Ihrer Wohnungsgesellschaft.",
  "householdHome.yourCode": "Ihr Haushaltscode:",
  "householdHome.keepPin": "Behalten Sie Ihre PIN für sich.",

  "household.code": "Haushaltscode",
  "household.pin": "PIN",
  "household.writeOnCard": "Schreiben Sie diesen Code und diese PIN auf die Karte des Haushalts.",
  "household.pinOnce": "Die PIN wird nicht mehr angezeigt. Sie können diese Karte drucken.",
  "household.cardAddress": "Melden Sie sich an unter {address}",

  "households.title": "Die Haushalte",
  "households.list": "Begleitete Haushalte ({count})",
  "households.empty": "Noch keine Haushalte.",
  "households.since": "Seit dem {date}",
  "households.create": "Einen Haushalt hinzufügen",
  "households.createIntro": "Der Haushalt erhält einen Code und eine PIN zum Anmelden.",
  "households.pseudonym": "Angezeigter Name",
  "households.pseudonymHint":
    "Ein Name, den Sie mit dem Haushalt wählen, zum Beispiel „Familie Sonne“. Nicht der echte Name.",
  "households.code": "Haushaltscode (freiwillig)",
  "households.codeHint": "Buchstaben, Ziffern und Bindestriche. Leer lassen, um einen zu erhalten.",
  "households.language": "Sprache des Haushalts",
  "households.createSubmit": "Haushalt erstellen",
  "households.created": "Der Haushalt ist erstellt",
  "households.resetPin": "Neue PIN",
  "households.resetPinConfirm":
    "{name} erhält eine neue PIN. Der Haushalt wird auf allen seinen Telefonen abgemeldet. Fortfahren?",
  "households.resetPinYes": "Ja, neue PIN",
  "households.newPin": "Neue PIN",

  "viewer.title": "Nur Lesezugriff",
  "viewer.intro": "Sie können die Haushalte der Organisation ansehen. Sie können nichts ändern.",

  "invite.role": "Rolle",
  "invite.email": "E-Mail-Adresse (freiwillig)",
  "invite.emailHint": "Wenn Sie sie angeben, kann nur diese Adresse den Code benutzen.",
  "invite.created": "Einladung erstellt",
  "invite.code": "Einladungscode",
  "invite.onlyOnce": "Dieser Code wird nicht mehr angezeigt. Geben Sie ihn der eingeladenen Person.",
  "invite.expires": "Gültig bis {date}.",
  "invite.forEmail": "Für {email}.",
  "invite.link": "Die Person kann auch diese Adresse öffnen:",

  "team.title": "Team",
  "team.invite": "Jemanden einladen",
  "team.inviteIntro": "Die Person erhält einen Code, um ihr Konto zu erstellen.",
  "team.inviteSubmit": "Einladung erstellen",
  "team.pending": "Offene Einladungen",
  "team.noPending": "Keine offenen Einladungen.",
  "team.noEmail": "Ohne E-Mail-Adresse",
  "team.members": "Teammitglieder",
  "team.since": "Mitglied seit dem {date}",

  "admin.title": "Organisationen",
  "admin.createTitle": "Eine Organisation erstellen",
  "admin.orgName": "Name",
  "admin.orgSlug": "Kurzname (freiwillig)",
  "admin.orgSlugHint":
    "Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel oeshz-eupen. Leer lassen, um ihn aus dem Namen zu bilden.",
  "admin.orgKind": "Art",
  "admin.create": "Organisation erstellen",
  "admin.inviteTitle": "Eine Koordinatorin oder einen Koordinator einladen",
  "admin.inviteIntro": "Die erste Person einer Organisation koordiniert ihr Team.",
  "admin.inviteOrganisation": "Organisation",
  "admin.inviteSubmit": "Einladung erstellen",
  "admin.noOrganisation": "Erstellen Sie zuerst eine Organisation.",
  "admin.listTitle": "Alle Organisationen",

  "noOrganisation.title": "Keine Organisation",
  "noOrganisation.text":
    "Ihr Konto gehört zu keiner Organisation. Bitten Sie Ihre Koordination um eine Einladung.",

  "notFound.title": "Seite nicht gefunden",
  "notFound.text": "Diese Seite gibt es nicht.",
  "notFound.home": "Zurück zum Start",

  "unit.kwh": "kWh",
  "unit.m3": "m³",
  "unit.litre": "Liter",
  "unit.kg": "kg",
  "unit.units": "Einheiten",

  "register.single": "Zählerstand",
  "register.day": "Tag (Hochtarif)",
  "register.night": "Nacht (Niedertarif)",
  "register.exclusive_night": "Nur Nacht",
  "register.injection_day": "Ins Netz eingespeist, Tag",
  "register.injection_night": "Ins Netz eingespeist, Nacht",

  "days.one": "1 Tag",
  "days.other": "{count} Tagen",

  "meters.title": "Meine Zähler",
  "meters.intro": "Tippen Sie auf einen Zähler, um seine Zahlen zu notieren.",
  "meters.empty":
    "Noch keine Zähler. Ihre Beratung oder Ihre Wohnungsgesellschaft kann sie mit Ihnen hinzufügen.",
  "meters.householdOnly": "Diese Seite ist für einen Haushalt.",
  "meters.backHome": "← Startseite",
  "meters.back": "← Meine Zähler",
  "meters.last": "Letzter Stand: {value}\u00a0{unit}, am {date}",
  "meters.lastOn": "Letzter Stand am {date}",
  "meters.registerValue": "{register}: {value}\u00a0{unit}",
  "meters.noReading": "Noch kein Zählerstand",
  "meters.stale": "Seit {days} Tagen kein Zählerstand",
  "meters.replaced": "Alte Zähler (ersetzt)",
  "meters.replacedOn": "ersetzt am {date}",
  "meters.history": "Alle Zählerstände ansehen",

  "reading.titleLoading": "Zähler",
  "reading.intro": "Übernehmen Sie die Zahlen des Zählers, von links nach rechts.",
  "reading.introLevel": "Schauen Sie auf die Anzeige des Tanks und notieren Sie die Liter.",
  "reading.onBehalf":
    "Sie erfassen diesen Stand für den Haushalt. Er wird als „von der Beratung erfasst“ markiert.",
  "reading.value": "Zählerstand ({unit})",
  "reading.registerValue": "{register}, in {unit}",
  "reading.level": "Füllstand des Tanks ({unit})",
  "reading.previous": "Letzter Stand: {value}\u00a0{unit}, am {date}",
  "reading.noPrevious": "Noch kein Zählerstand.",
  "reading.required": "Schreiben Sie die Zahl des Zählers.",
  "reading.invalidNumber": "Schreiben Sie nur Ziffern, zum Beispiel 12345,6.",
  "reading.date": "Datum des Zählerstands",
  "reading.dateHint": "Heute, außer Sie haben den Zähler an einem anderen Tag abgelesen.",
  "reading.dateMissing": "Wählen Sie den Tag des Zählerstands.",
  "reading.dateFuture": "Wählen Sie heute oder einen vergangenen Tag.",
  "reading.reset": "Der Zähler hat sein Maximum überschritten und wieder bei null begonnen (zurückgesetzt)",
  "reading.resetAllocator": "Der Verteiler hat wieder bei null begonnen (jährliche Rücksetzung)",
  "reading.save": "Speichern",
  "reading.saving": "Wird gespeichert…",
  "reading.storedRegister": "Diese Zahl ist gespeichert.",
  "reading.confirmTitle": "Stimmt diese Zahl?",
  "reading.confirmText": "Das wären {used}\u00a0{unit} in {days}. Das ist viel mehr als sonst.",
  "reading.confirmTextShort": "Das ist viel mehr als sonst.",
  "reading.confirmAsk": "Lesen Sie den Zähler noch einmal ab. Ist die Zahl wirklich {value}?",
  "reading.confirmYes": "Ja, {value} stimmt",
  "reading.confirmNo": "Nein, ich korrigiere",
  "reading.another": "Noch einen Stand erfassen",
  "reading.closed": "Dieser Zähler wurde am {date} ersetzt. Er nimmt keine Zählerstände mehr an.",
  "reading.replacedLink": "Der Zähler wurde ersetzt",

  "feedback.saved": "Gespeichert.",
  "feedback.used": "Seit dem {date}: {used}\u00a0{unit} in {days}, also {perDay}\u00a0{unit} pro Tag.",
  "feedback.usedShort": "Seit dem {date}: {used}\u00a0{unit}.",
  "feedback.levelDown":
    "Seit dem {date} ist der Füllstand um {used}\u00a0{unit} gesunken, in {days}, also {perDay}\u00a0{unit} pro Tag.",
  "feedback.levelDownShort": "Seit dem {date} ist der Füllstand um {used}\u00a0{unit} gesunken.",
  "feedback.levelUp":
    "Seit dem {date} ist der Füllstand um {used}\u00a0{unit} gestiegen. Hatten Sie eine Lieferung? Erfassen Sie sie unten.",
  "feedback.first":
    "Das ist der erste Stand dieses Zählers. Beim nächsten Mal sehen Sie, was Sie verbraucht haben.",
  "feedback.reset": "Der Zähler ist über null gelaufen. Wir berücksichtigen das in der Berechnung.",

  "delivery.title": "Ich habe eine Lieferung erhalten",
  "delivery.intro":
    "Erfassen Sie jede Lieferung: den Tag, die Menge und, wenn Sie ihn kennen, den bezahlten Gesamtbetrag.",
  "delivery.onlyDeliveries":
    "Dieser Brennstoff wird über seine Lieferungen verfolgt: erfassen Sie jede davon.",
  "delivery.date": "Tag der Lieferung",
  "delivery.quantity": "Gelieferte Menge ({unit})",
  "delivery.quantityMissing": "Schreiben Sie die gelieferte Menge, zum Beispiel 500.",
  "delivery.cost": "Bezahlter Gesamtbetrag, in Euro (freiwillig)",
  "delivery.costHintLitre": "Der Gesamtbetrag der Rechnung, inklusive MwSt., nicht der Preis pro Liter.",
  "delivery.costHintKg": "Der Gesamtbetrag der Rechnung, inklusive MwSt., nicht der Preis pro kg.",
  "delivery.confirmCost": "Das ist der Gesamtbetrag",
  "delivery.save": "Lieferung speichern",
  "delivery.saved": "Lieferung gespeichert: {quantity}\u00a0{unit} am {date}.",

  "history.title": "Zählerstände: {name}",
  "history.list": "Zählerstände ({count})",
  "history.empty": "Keine Zählerstände.",
  "history.enter": "Einen Stand erfassen",
  "history.byAdviser": "Von der Beratung erfasst",
  "history.flag.start": "Anfangsstand",
  "history.flag.final": "Endstand (Zähler ersetzt)",
  "history.flag.reset": "Zurückgesetzt",
  "history.flag.confirmed_jump": "Anstieg bestätigt",
  "history.change": "Ändern",
  "history.delete": "Diesen Stand löschen",
  "history.theReading": "den Stand vom {date}",
  "history.newValue": "Richtige Zahl ({unit})",
  "history.saveCorrection": "Korrektur speichern",
  "history.confirmCorrection": "Ja, diese Zahl stimmt",
  "history.corrected": "Der Zählerstand ist korrigiert.",
  "history.deleteConfirm": "Den Stand vom {date} ({value}) löschen? Er kann nicht zurückgeholt werden.",
  "history.deleteYes": "Ja, löschen",
  "history.deleted": "Der Zählerstand ist gelöscht.",

  "householdFile.title": "Haushalt",
  "householdFile.backToList": "← Die Haushalte",
  "meters.backToBuilding": "← Das Gebäude",
  "meters.backToBuildings": "← Die Gebäude",
  "householdFile.back": "← Zähler des Haushalts",
  "householdFile.meters": "Zähler",
  "householdFile.noMeters": "Keine Zähler für diesen Haushalt.",
  "householdFile.consentSince": "Einverstanden mit dem Teilen der Daten seit dem {date}",
  "householdFile.consentExplain":
    "Hat der Haushalt sein Einverständnis auf Papier unterschrieben? Erfassen Sie es hier. Dann sehen Sie seine Zähler.",
  "householdFile.consentRecord": "Der Haushalt ist einverstanden",
  "householdFile.consentWithdrawnByHousehold":
    "Der Haushalt hat sein Einverständnis selbst zurückgezogen, über sein eigenes Konto. Sie können es daher nicht für ihn erfassen: Nur der Haushalt kann es erneut geben, über sein Konto: »Was ich teile« auf seiner Startseite (zum Beispiel mit Ihnen am Schalter).",
};

import type { Catalogue } from "./index.ts";
import { nlAlerts } from "./nl-alerts.ts";
import { nlBuildingReport } from "./nl-building-report.ts";
import { nlBuildings } from "./nl-buildings.ts";
import { nlCoaching } from "./nl-coaching.ts";
import { nlCostSplit } from "./nl-costsplit.ts";
import { nlGroups } from "./nl-groups.ts";
import { nlHousehold } from "./nl-household.ts";
import { nlMarkers } from "./nl-markers.ts";
import { nlMeterSetup } from "./nl-meter-setup.ts";
import { nlResults } from "./nl-results.ts";
import { nlSavings } from "./nl-savings.ts";
import { nlStaff } from "./nl-staff.ts";
import { nlTenant } from "./nl-tenant.ts";
import { nlWeather } from "./nl-weather.ts";

/** Dutch (Belgium): "u", short sentences. */
export const nl: Catalogue = {
  ...nlStaff,
  ...nlMeterSetup,
  ...nlHousehold,
  ...nlMarkers,
  ...nlSavings,
  ...nlWeather,
  ...nlResults,
  ...nlGroups,
  ...nlCoaching,
  ...nlBuildings,
  ...nlBuildingReport,
  ...nlAlerts,
  ...nlCostSplit,
  ...nlTenant,
  "app.name": "Eco-watchers",
  "app.skipToContent": "Naar de inhoud",

  "action.signIn": "Aanmelden",
  "action.signingIn": "Aanmelden…",
  "action.signOut": "Afmelden",
  "action.print": "Afdrukken",
  "action.cancel": "Annuleren",
  "action.retry": "Opnieuw proberen",

  "status.loading": "Laden…",

  "error.network.title": "Geen verbinding.",
  "error.network.detail": "Controleer uw internetverbinding en probeer opnieuw.",
  "error.unexpected.title": "Er ging iets mis.",
  "error.unexpected.detail":
    "Probeer het zo meteen opnieuw. Blijft het gebeuren? Zeg het aan wie u uw toegang gaf.",

  "offline.banner": "Geen verbinding. U kunt uw meterstanden toch noteren: ze worden later verstuurd.",
  "offline.sentOne": "De meterstand die op deze telefoon bewaard was, is verstuurd.",
  "offline.sentMany": "De {count} meterstanden die op deze telefoon bewaard waren, zijn verstuurd.",
  "offline.refusedOne":
    "Een meterstand die op deze telefoon bewaard was, werd niet aanvaard. Kijk hem na bij de meterstanden van de meter.",
  "offline.refusedMany":
    "{count} meterstanden die op deze telefoon bewaard waren, werden niet aanvaard. Kijk ze na bij de meterstanden van hun meter.",

  "crash.title": "Er ging iets mis",
  "crash.text": "Deze pagina is niet geladen. Controleer uw verbinding en laad de pagina opnieuw.",
  "crash.reload": "Pagina opnieuw laden",

  "language.label": "Taal",
  "language.failed": "Deze taal is niet geladen. Probeer opnieuw.",

  "header.organisation": "Organisatie",
  "header.chooseOrganisation": "Kies een organisatie",

  "nav.label": "Menu",
  "nav.home": "Start",
  "nav.team": "Team",
  "nav.admin": "Organisaties",
  "nav.settings": "Instellingen",

  "role.coordinator": "Coördinatie",
  "role.adviser": "Energiebegeleiding",
  "role.housing_manager": "Woningbeheer",
  "role.household": "Gezin",
  "role.viewer": "Inzage",

  "organisationKind.cpas": "OCMW",
  "organisationKind.commune": "Gemeente",
  "organisationKind.slsp": "Openbare huisvestingsmaatschappij (SLSP)",
  "organisationKind.sisp": "Openbare vastgoedmaatschappij (OVM)",
  "organisationKind.asbl": "Vereniging (vzw)",

  "field.email": "E-mailadres",
  "field.password": "Wachtwoord",
  "field.language": "Taal",

  "login.title": "Aanmelden",
  "login.welcome": "Welkom",
  "login.intro": "Wie bent u?",
  "login.choice.household": "Ik ben een gezin",
  "login.choice.householdHint": "Ik heb een code en een pincode.",
  "login.choice.staff": "Ik ben een professional",
  "login.choice.staffHint": "OCMW, gemeente, huisvestingsmaatschappij.",
  "login.back": "Terug naar de keuze",
  "login.invitation": "Ik heb een uitnodigingscode gekregen",
  "login.household.title": "Aanmelden als gezin",
  "login.household.intro":
    "Uw code en pincode staan op de kaart die u kreeg. Koos u zelf een pincode, typ dan die.",
  "login.household.code": "Gezinscode",
  "login.household.codeHint": "Bijvoorbeeld: DEMO-01",
  "login.household.pin": "Pincode",
  "login.household.pinHint": "4 tot 8 cijfers",
  "login.household.showPin": "Pincode tonen",
  "login.household.staySignedIn": "Aangemeld blijven op deze telefoon (90 dagen)",
  "login.staff.title": "Aanmelden voor professionals",

  "accept.title": "Lid worden van een organisatie",
  "accept.intro": "U kreeg een uitnodigingscode. Maak uw account aan om te beginnen.",
  "accept.code": "Uitnodigingscode",
  "accept.displayName": "Uw naam",
  "accept.displayNameHint": "Uw collega's zien deze naam.",
  "accept.passwordHint": "Minstens 10 tekens.",
  "accept.submit": "Mijn account aanmaken",

  "householdHome.title": "Start",
  "householdHome.hello": "Hallo, {name}",
  "householdHome.intro": "Welkom bij Eco-watchers. Met deze app volgt u uw energie.",
  "householdHome.meters": "Mijn meters",
  "householdHome.metersHint": "De cijfers noteren, zien wat ik verbruikt heb.",
  "householdHome.adviser": "Een vraag? Bespreek het met uw begeleider.",
  "householdHome.housingCompany": "Een vraag? Bespreek het met uw huisvestingsmaatschappij.",
  "householdHome.yourCode": "Uw gezinscode:",
  "householdHome.keepPin": "Houd uw pincode voor uzelf.",

  "household.code": "Gezinscode",
  "household.pin": "Pincode",
  "household.writeOnCard": "Schrijf deze code en pincode op de kaart van het gezin.",
  "household.pinOnce": "De pincode wordt niet meer getoond. U kunt deze kaart afdrukken.",
  "household.cardAddress": "Meld u aan op {address}",

  "households.title": "De gezinnen",
  "households.list": "Begeleide gezinnen ({count})",
  "households.empty": "Nog geen gezinnen.",
  "households.since": "Sinds {date}",
  "households.create": "Een gezin toevoegen",
  "households.createIntro": "Het gezin krijgt een code en een pincode om zich aan te melden.",
  "households.pseudonym": "Getoonde naam",
  "households.pseudonymHint":
    "Een naam die u samen met het gezin kiest, bijvoorbeeld ‘Familie Zon’. Niet de echte naam.",
  "households.code": "Gezinscode (niet verplicht)",
  "households.codeHint": "Letters, cijfers en koppeltekens. Laat leeg om er een te krijgen.",
  "households.language": "Taal van het gezin",
  "households.createSubmit": "Gezin aanmaken",
  "households.created": "Het gezin is aangemaakt",
  "households.resetPin": "Nieuwe pincode",
  "households.resetPinConfirm":
    "{name} krijgt een nieuwe pincode. Het gezin wordt op al zijn telefoons afgemeld. Doorgaan?",
  "households.resetPinYes": "Ja, nieuwe pincode",
  "households.newPin": "Nieuwe pincode",

  "viewer.title": "Inzage",
  "viewer.intro": "U kunt de gezinnen van de organisatie bekijken. U kunt niets wijzigen.",

  "invite.role": "Rol",
  "invite.email": "E-mailadres (niet verplicht)",
  "invite.emailHint": "Als u het invult, kan alleen dit adres de code gebruiken.",
  "invite.created": "Uitnodiging aangemaakt",
  "invite.code": "Uitnodigingscode",
  "invite.onlyOnce": "Deze code wordt niet meer getoond. Geef hem aan de uitgenodigde persoon.",
  "invite.expires": "Geldig tot {date}.",
  "invite.forEmail": "Voor {email}.",
  "invite.link": "De persoon kan ook dit adres openen:",

  "team.title": "Team",
  "team.invite": "Iemand uitnodigen",
  "team.inviteIntro": "De persoon krijgt een code om een account aan te maken.",
  "team.inviteSubmit": "Uitnodiging aanmaken",
  "team.pending": "Openstaande uitnodigingen",
  "team.noPending": "Geen openstaande uitnodigingen.",
  "team.noEmail": "Zonder e-mailadres",
  "team.members": "Teamleden",
  "team.since": "Lid sinds {date}",

  "admin.title": "Organisaties",
  "admin.createTitle": "Een organisatie aanmaken",
  "admin.orgName": "Naam",
  "admin.orgSlug": "Korte naam (niet verplicht)",
  "admin.orgSlugHint":
    "Kleine letters, cijfers en koppeltekens, bijvoorbeeld ocmw-gent. Laat leeg om hem uit de naam te maken.",
  "admin.orgKind": "Soort",
  "admin.create": "Organisatie aanmaken",
  "admin.inviteTitle": "Een coördinator uitnodigen",
  "admin.inviteIntro": "De eerste persoon van een organisatie coördineert het team.",
  "admin.inviteOrganisation": "Organisatie",
  "admin.inviteSubmit": "Uitnodiging aanmaken",
  "admin.noOrganisation": "Maak eerst een organisatie aan.",
  "admin.listTitle": "Alle organisaties",

  "noOrganisation.title": "Geen organisatie",
  "noOrganisation.text":
    "Uw account hoort bij geen enkele organisatie. Vraag een uitnodiging aan uw coördinator.",

  "notFound.title": "Pagina niet gevonden",
  "notFound.text": "Deze pagina bestaat niet.",
  "notFound.home": "Terug naar start",

  "unit.kwh": "kWh",
  "unit.m3": "m³",
  "unit.litre": "liter",
  "unit.kg": "kg",
  "unit.units": "eenheden",

  "register.single": "Meterstand",
  "register.day": "Dag (piekuren)",
  "register.night": "Nacht (daluren)",
  "register.exclusive_night": "Exclusief nacht",
  "register.injection_day": "Teruggeleverd aan het net, dag",
  "register.injection_night": "Teruggeleverd aan het net, nacht",

  "days.one": "1 dag",
  "days.other": "{count} dagen",

  "meters.title": "Mijn meters",
  "meters.intro": "Tik op een meter om de cijfers te noteren.",
  "meters.empty":
    "Nog geen meters. Uw begeleider of uw huisvestingsmaatschappij kan ze samen met u toevoegen.",
  "meters.householdOnly": "Deze pagina is voor een gezin.",
  "meters.backHome": "← Startpagina",
  "meters.back": "← Mijn meters",
  "meters.last": "Laatste meterstand: {value}\u00a0{unit}, op {date}",
  "meters.lastOn": "Laatste meterstand op {date}",
  "meters.registerValue": "{register}: {value}\u00a0{unit}",
  "meters.noReading": "Nog geen meterstand",
  "meters.stale": "Geen meterstand sinds {days} dagen",
  "meters.replaced": "Oude meters (vervangen)",
  "meters.replacedOn": "vervangen op {date}",
  "meters.history": "Alle meterstanden bekijken",

  "reading.titleLoading": "Meter",
  "reading.intro": "Neem de cijfers van de meter over, van links naar rechts.",
  "reading.introLevel": "Kijk naar de meter van de tank en noteer het aantal liter.",
  "reading.onBehalf":
    "U noteert deze meterstand voor het gezin. Hij wordt gemarkeerd als ‘genoteerd door de begeleider’.",
  "reading.value": "Meterstand ({unit})",
  "reading.registerValue": "{register}, in {unit}",
  "reading.level": "Peil van de tank ({unit})",
  "reading.previous": "Laatste meterstand: {value}\u00a0{unit}, op {date}",
  "reading.noPrevious": "Nog geen meterstand.",
  "reading.required": "Schrijf het cijfer van de meter.",
  "reading.invalidNumber": "Schrijf alleen cijfers, bijvoorbeeld 12345,6.",
  "reading.date": "Datum van de meterstand",
  "reading.dateHint": "Vandaag, tenzij u de meter op een andere dag afgelezen hebt.",
  "reading.dateMissing": "Kies de dag van de meterstand.",
  "reading.dateFuture": "Kies vandaag of een dag in het verleden.",
  "reading.reset": "De meter ging voorbij zijn maximum en begon weer bij nul (terug op nul)",
  "reading.resetAllocator": "De kostenverdeler begon weer bij nul (jaarlijkse nulstelling)",
  "reading.save": "Opslaan",
  "reading.saving": "Opslaan…",
  "reading.storedRegister": "Dit cijfer is opgeslagen.",
  "reading.confirmTitle": "Klopt dit cijfer?",
  "reading.confirmText": "Dat zou {used}\u00a0{unit} zijn in {days}. Dat is veel meer dan gewoonlijk.",
  "reading.confirmTextShort": "Dat is veel meer dan gewoonlijk.",
  "reading.confirmAsk": "Lees de meter opnieuw af. Is het cijfer echt {value}?",
  "reading.confirmYes": "Ja, {value} klopt",
  "reading.confirmNo": "Nee, ik verbeter het",
  "reading.another": "Nog een meterstand noteren",
  "reading.closed": "Deze meter werd vervangen op {date}. Hij krijgt geen meterstanden meer.",
  "reading.replacedLink": "De meter werd vervangen",

  "feedback.saved": "Opgeslagen.",
  "feedback.used": "Sinds {date}: {used}\u00a0{unit} in {days}, dus {perDay}\u00a0{unit} per dag.",
  "feedback.usedShort": "Sinds {date}: {used}\u00a0{unit}.",
  "feedback.levelDown":
    "Sinds {date} is het peil {used}\u00a0{unit} gedaald in {days}, dus {perDay}\u00a0{unit} per dag.",
  "feedback.levelDownShort": "Sinds {date} is het peil {used}\u00a0{unit} gedaald.",
  "feedback.levelUp":
    "Sinds {date} is het peil {used}\u00a0{unit} gestegen. Kreeg u een levering? Noteer die hieronder.",
  "feedback.first":
    "Dit is de eerste meterstand van deze meter. De volgende keer ziet u wat u verbruikt hebt.",
  "feedback.reset": "De meter stond weer op nul. We houden er rekening mee in de berekening.",

  "delivery.title": "Ik kreeg een levering",
  "delivery.intro":
    "Noteer elke levering: de dag, de hoeveelheid en, als u het weet, het betaalde totaalbedrag.",
  "delivery.onlyDeliveries": "Deze brandstof volgt u via de leveringen: noteer ze allemaal.",
  "delivery.date": "Dag van de levering",
  "delivery.quantity": "Geleverde hoeveelheid ({unit})",
  "delivery.quantityMissing": "Schrijf de geleverde hoeveelheid, bijvoorbeeld 500.",
  "delivery.cost": "Betaald totaalbedrag, in euro (niet verplicht)",
  "delivery.costHintLitre": "Het totaal van de factuur, btw inbegrepen, niet de prijs per liter.",
  "delivery.costHintKg": "Het totaal van de factuur, btw inbegrepen, niet de prijs per kg.",
  "delivery.confirmCost": "Dit is wel het totaalbedrag",
  "delivery.save": "Levering opslaan",
  "delivery.saved": "Levering opgeslagen: {quantity}\u00a0{unit} op {date}.",

  "history.title": "Meterstanden: {name}",
  "history.list": "Meterstanden ({count})",
  "history.empty": "Geen meterstanden.",
  "history.enter": "Een meterstand noteren",
  "history.byAdviser": "Genoteerd door de begeleider",
  "history.flag.start": "Beginstand",
  "history.flag.final": "Eindstand (meter vervangen)",
  "history.flag.reset": "Terug op nul",
  "history.flag.confirmed_jump": "Stijging bevestigd",
  "history.change": "Wijzigen",
  "history.delete": "Deze meterstand verwijderen",
  "history.theReading": "de meterstand van {date}",
  "history.newValue": "Juiste cijfer ({unit})",
  "history.saveCorrection": "Verbetering opslaan",
  "history.confirmCorrection": "Ja, dit cijfer klopt",
  "history.corrected": "De meterstand is verbeterd.",
  "history.deleteConfirm": "De meterstand van {date} ({value}) verwijderen? U kunt hem niet terughalen.",
  "history.deleteYes": "Ja, verwijderen",
  "history.deleted": "De meterstand is verwijderd.",

  "householdFile.title": "Gezin",
  "householdFile.backToList": "← De gezinnen",
  "meters.backToBuilding": "← Het gebouw",
  "meters.backToBuildings": "← De gebouwen",
  "householdFile.back": "← Meters van het gezin",
  "householdFile.meters": "Meters",
  "householdFile.noMeters": "Geen meters voor dit gezin.",
  "householdFile.consentSince": "Toestemming om gegevens te delen sinds {date}",
  "householdFile.consentExplain":
    "Heeft het gezin zijn toestemming op papier getekend? Noteer het hier. Dan ziet u zijn meters.",
  "householdFile.consentRecord": "Het gezin heeft toestemming gegeven",
  "householdFile.consentWithdrawnByHousehold":
    "Het gezin heeft zijn toestemming zelf ingetrokken, met zijn eigen account. U kunt ze dus niet voor het gezin noteren: alleen het gezin kan ze opnieuw geven, met zijn account: ‘Wat ik deel’ op zijn startpagina (bijvoorbeeld samen met u aan het loket).",
};

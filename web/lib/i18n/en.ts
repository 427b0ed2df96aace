import { enAlerts } from "./en-alerts.ts";
import { enBuildingReport } from "./en-building-report.ts";
import { enBuildings } from "./en-buildings.ts";
import { enCoaching } from "./en-coaching.ts";
import { enCostSplit } from "./en-costsplit.ts";
import { enGroups } from "./en-groups.ts";
import { enHousehold } from "./en-household.ts";
import { enMarkers } from "./en-markers.ts";
import { enMeterSetup } from "./en-meter-setup.ts";
import { enResults } from "./en-results.ts";
import { enSavings } from "./en-savings.ts";
import { enStaff } from "./en-staff.ts";
import { enTenant } from "./en-tenant.ts";
import { enWeather } from "./en-weather.ts";
import type { Catalogue } from "./index.ts";

/** English: plain words, short sentences. */
export const en: Catalogue = {
  ...enStaff,
  ...enMeterSetup,
  ...enHousehold,
  ...enMarkers,
  ...enSavings,
  ...enWeather,
  ...enResults,
  ...enGroups,
  ...enCoaching,
  ...enBuildings,
  ...enBuildingReport,
  ...enAlerts,
  ...enCostSplit,
  ...enTenant,
  "app.name": "Eco-watchers",
  "app.skipToContent": "Skip to content",

  "action.signIn": "Sign in",
  "action.signingIn": "Signing in…",
  "action.signOut": "Sign out",
  "action.print": "Print",
  "action.cancel": "Cancel",
  "action.retry": "Try again",

  "status.loading": "Loading…",

  "error.network.title": "No connection.",
  "error.network.detail": "Check your internet connection, then try again.",
  "error.unexpected.title": "Something went wrong.",
  "error.unexpected.detail":
    "Try again in a moment. If it keeps happening, tell whoever gave you your access.",

  "offline.banner": "No connection. You can still write down your readings: they will be sent later.",
  "offline.sentOne": "The reading kept on this phone has been sent.",
  "offline.sentMany": "The {count} readings kept on this phone have been sent.",
  "offline.refusedOne":
    "A reading kept on this phone was not accepted. Please check it with its meter's readings.",
  "offline.refusedMany":
    "{count} readings kept on this phone were not accepted. Please check them with their meters' readings.",

  "crash.title": "Something went wrong",
  "crash.text": "This page did not load. Check your connection, then reload the page.",
  "crash.reload": "Reload the page",

  "language.label": "Language",
  "language.failed": "This language did not load. Try again.",

  "header.organisation": "Organisation",
  "header.chooseOrganisation": "Choose an organisation",

  "nav.label": "Menu",
  "nav.home": "Home",
  "nav.team": "Team",
  "nav.admin": "Organisations",
  "nav.settings": "Settings",

  "role.coordinator": "Coordination",
  "role.adviser": "Energy advice",
  "role.housing_manager": "Housing management",
  "role.household": "Household",
  "role.viewer": "Read-only access",

  "organisationKind.cpas": "Public social welfare centre (CPAS/OCMW)",
  "organisationKind.commune": "Municipality",
  "organisationKind.slsp": "Social housing company (SLSP)",
  "organisationKind.sisp": "Public housing company (SISP)",
  "organisationKind.asbl": "Non-profit (ASBL)",

  "field.email": "E-mail address",
  "field.password": "Password",
  "field.language": "Language",

  "login.title": "Sign in",
  "login.welcome": "Welcome",
  "login.intro": "Who are you?",
  "login.choice.household": "I am a household",
  "login.choice.householdHint": "I have a code and a PIN.",
  "login.choice.staff": "I am a professional",
  "login.choice.staffHint": "CPAS, municipality, housing company.",
  "login.back": "Back to the choice",
  "login.invitation": "I received an invitation code",
  "login.household.title": "Household sign-in",
  "login.household.intro":
    "Your code and PIN are on the card you were given. If you chose your own PIN, type that one.",
  "login.household.code": "Household code",
  "login.household.codeHint": "For example: DEMO-01",
  "login.household.pin": "PIN",
  "login.household.pinHint": "4 to 8 digits",
  "login.household.showPin": "Show the PIN",
  "login.household.staySignedIn": "Stay signed in on this phone (90 days)",
  "login.staff.title": "Sign-in for professionals",

  "accept.title": "Join an organisation",
  "accept.intro": "You received an invitation code. Create your account to start.",
  "accept.code": "Invitation code",
  "accept.displayName": "Your name",
  "accept.displayNameHint": "Your colleagues will see it.",
  "accept.passwordHint": "At least 10 characters.",
  "accept.submit": "Create my account",

  "householdHome.title": "Home",
  "householdHome.hello": "Hello, {name}",
  "householdHome.intro": "Welcome to Eco-watchers. This app will help you follow your energy use.",
  "householdHome.meters": "My meters",
  "householdHome.metersHint": "Write down the figures, see what I used.",
  "householdHome.adviser": "A question? Ask your adviser.",
  "householdHome.housingCompany": "A question? Ask your housing company.",
  "householdHome.yourCode": "Your household code:",
  "householdHome.keepPin": "Keep your PIN to yourself.",

  "household.code": "Household code",
  "household.pin": "PIN",
  "household.writeOnCard": "Write this code and PIN on the household's card.",
  "household.pinOnce": "The PIN will not be shown again. You can print this card.",
  "household.cardAddress": "Sign in at {address}",

  "households.title": "Households",
  "households.list": "Households followed ({count})",
  "households.empty": "No households yet.",
  "households.since": "Since {date}",
  "households.create": "Add a household",
  "households.createIntro": "The household gets a code and a PIN to sign in.",
  "households.pseudonym": "Display name",
  "households.pseudonymHint":
    "A name chosen with the household, for example “Sun family”. Not their real name.",
  "households.code": "Household code (optional)",
  "households.codeHint": "Letters, digits and dashes. Leave it empty to get one.",
  "households.language": "Household's language",
  "households.createSubmit": "Create the household",
  "households.created": "The household is created",
  "households.resetPin": "New PIN",
  "households.resetPinConfirm":
    "{name} will get a new PIN. The household will be signed out on all its phones. Continue?",
  "households.resetPinYes": "Yes, new PIN",
  "households.newPin": "New PIN",

  "viewer.title": "Read-only access",
  "viewer.intro": "You can see the organisation's households. You cannot change anything.",

  "invite.role": "Role",
  "invite.email": "E-mail address (optional)",
  "invite.emailHint": "If you give one, only this address can use the code.",
  "invite.created": "Invitation created",
  "invite.code": "Invitation code",
  "invite.onlyOnce": "This code will not be shown again. Give it to the person you invite.",
  "invite.expires": "Valid until {date}.",
  "invite.forEmail": "For {email}.",
  "invite.link": "They can also open this address:",

  "team.title": "Team",
  "team.invite": "Invite someone",
  "team.inviteIntro": "The person gets a code to create their account.",
  "team.inviteSubmit": "Create the invitation",
  "team.pending": "Pending invitations",
  "team.noPending": "No pending invitations.",
  "team.noEmail": "No e-mail address",
  "team.members": "Team members",
  "team.since": "Member since {date}",

  "admin.title": "Organisations",
  "admin.createTitle": "Create an organisation",
  "admin.orgName": "Name",
  "admin.orgSlug": "Short name (optional)",
  "admin.orgSlugHint":
    "Lower-case letters, digits and dashes, for example cpas-namur. Leave it empty to make it from the name.",
  "admin.orgKind": "Type",
  "admin.create": "Create the organisation",
  "admin.inviteTitle": "Invite a coordinator",
  "admin.inviteIntro": "The first person of an organisation coordinates its team.",
  "admin.inviteOrganisation": "Organisation",
  "admin.inviteSubmit": "Create the invitation",
  "admin.noOrganisation": "Create an organisation first.",
  "admin.listTitle": "All organisations",

  "noOrganisation.title": "No organisation",
  "noOrganisation.text":
    "Your account is not linked to any organisation. Ask your coordinator for an invitation.",

  "notFound.title": "Page not found",
  "notFound.text": "This page does not exist.",
  "notFound.home": "Back to the home page",

  "unit.kwh": "kWh",
  "unit.m3": "m³",
  "unit.litre": "litres",
  "unit.kg": "kg",
  "unit.units": "units",

  "register.single": "Index",
  "register.day": "Day (peak hours)",
  "register.night": "Night (off-peak hours)",
  "register.exclusive_night": "Night only",
  "register.injection_day": "Sent to the grid, day",
  "register.injection_night": "Sent to the grid, night",

  "days.one": "1 day",
  "days.other": "{count} days",

  "meters.title": "My meters",
  "meters.intro": "Tap a meter to write down its figures.",
  "meters.empty": "No meters yet. Your adviser or your housing company can add them with you.",
  "meters.householdOnly": "This page is for a household.",
  "meters.backHome": "← Home",
  "meters.back": "← My meters",
  "meters.last": "Last reading: {value}\u00a0{unit}, on {date}",
  "meters.lastOn": "Last reading on {date}",
  "meters.registerValue": "{register}: {value}\u00a0{unit}",
  "meters.noReading": "No reading yet",
  "meters.stale": "No reading for {days} days",
  "meters.replaced": "Old meters (replaced)",
  "meters.replacedOn": "replaced on {date}",
  "meters.history": "See all readings",

  "reading.titleLoading": "Meter",
  "reading.intro": "Copy the figures on the meter, from left to right.",
  "reading.introLevel": "Look at the tank gauge and write down the number of litres.",
  "reading.onBehalf":
    "You are entering this reading for the household. It will be marked “entered by the adviser”.",
  "reading.value": "Meter index ({unit})",
  "reading.registerValue": "{register}, in {unit}",
  "reading.level": "Tank level ({unit})",
  "reading.previous": "Last reading: {value}\u00a0{unit}, on {date}",
  "reading.noPrevious": "No reading yet.",
  "reading.required": "Write the figure on the meter.",
  "reading.invalidNumber": "Write digits only, for example 12345.6.",
  "reading.date": "Date of the reading",
  "reading.dateHint": "Today, unless you read the meter on another day.",
  "reading.dateMissing": "Choose the day of the reading.",
  "reading.dateFuture": "Choose today or a past day.",
  "reading.reset": "The meter went past its maximum and started again from zero (reset)",
  "reading.resetAllocator": "The allocator started again from zero (yearly reset)",
  "reading.save": "Save",
  "reading.saving": "Saving…",
  "reading.storedRegister": "This figure is saved.",
  "reading.confirmTitle": "Is this figure right?",
  "reading.confirmText": "That would be {used}\u00a0{unit} in {days}. That is much more than usual.",
  "reading.confirmTextShort": "That is much more than usual.",
  "reading.confirmAsk": "Read the meter again. Is the figure really {value}?",
  "reading.confirmYes": "Yes, {value} is right",
  "reading.confirmNo": "No, I will correct it",
  "reading.another": "Enter another reading",
  "reading.closed": "This meter was replaced on {date}. It takes no more readings.",
  "reading.replacedLink": "The meter was replaced",

  "feedback.saved": "Saved.",
  "feedback.used": "Since {date}: {used}\u00a0{unit} in {days}, that is {perDay}\u00a0{unit} a day.",
  "feedback.usedShort": "Since {date}: {used}\u00a0{unit}.",
  "feedback.levelDown":
    "Since {date}, the level went down by {used}\u00a0{unit} in {days}, that is {perDay}\u00a0{unit} a day.",
  "feedback.levelDownShort": "Since {date}, the level went down by {used}\u00a0{unit}.",
  "feedback.levelUp":
    "Since {date}, the level went up by {used}\u00a0{unit}. Did you get a delivery? Record it below.",
  "feedback.first": "This is the first reading of this meter. Next time, you will see what you used.",
  "feedback.reset": "The meter went back through zero. We take it into account in the calculation.",

  "delivery.title": "I received a delivery",
  "delivery.intro": "Record each delivery: the day, the quantity and, if you know it, the price.",
  "delivery.onlyDeliveries": "This fuel is followed through its deliveries: record each of them.",
  "delivery.date": "Day of the delivery",
  "delivery.quantity": "Quantity delivered ({unit})",
  "delivery.quantityMissing": "Write the quantity delivered, for example 500.",
  "delivery.cost": "Price paid, in euros (optional)",
  "delivery.costHint": "The amount on the invoice, VAT included.",
  "delivery.save": "Save the delivery",
  "delivery.saved": "Delivery saved: {quantity}\u00a0{unit} on {date}.",

  "history.title": "Readings: {name}",
  "history.list": "Readings ({count})",
  "history.empty": "No readings.",
  "history.enter": "Enter a reading",
  "history.byAdviser": "Entered by the adviser",
  "history.flag.start": "Start index",
  "history.flag.final": "Final index (meter replaced)",
  "history.flag.reset": "Reset",
  "history.flag.confirmed_jump": "Rise confirmed",
  "history.change": "Change",
  "history.delete": "Delete this reading",
  "history.theReading": "the reading of {date}",
  "history.newValue": "Right figure ({unit})",
  "history.saveCorrection": "Save the correction",
  "history.confirmCorrection": "Yes, this figure is right",
  "history.corrected": "The reading is corrected.",
  "history.deleteConfirm": "Delete the reading of {date} ({value})? It cannot be brought back.",
  "history.deleteYes": "Yes, delete",
  "history.deleted": "The reading is deleted.",

  "householdFile.title": "Household",
  "householdFile.backToList": "← Households",
  "meters.backToBuilding": "← The building",
  "meters.backToBuildings": "← The buildings",
  "householdFile.back": "← The household's meters",
  "householdFile.meters": "Meters",
  "householdFile.noMeters": "No meters for this household.",
  "householdFile.consentSince": "Agreed to share its data since {date}",
  "householdFile.consentExplain":
    "Did the household sign its agreement on paper? Record it here. You will then see its meters.",
  "householdFile.consentRecord": "The household has agreed",
  "householdFile.consentWithdrawnByHousehold":
    "The household took its agreement back itself, from its own account. So you cannot record it for the household: only the household can give it again, from its account: “What I share” on its home page (for example with you at the desk).",
};

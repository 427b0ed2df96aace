import { PIN_MESSAGES } from "../auth/pin-messages.ts";
import { ALERTS_MESSAGES } from "../buildings/alerts.messages.ts";
import { BUILDING_REPORT_MESSAGES } from "../buildings/building-report.messages.ts";
import { BUILDINGS_MESSAGES } from "../buildings/buildings-messages.ts";
import { COST_SPLIT_MESSAGES } from "../buildings/cost-split-messages.ts";
import { INDICATORS_MESSAGES } from "../buildings/indicators.messages.ts";
import { OCCUPANCY_MESSAGES } from "../buildings/occupancies.messages.ts";
import { PROJECTS_MESSAGES } from "../buildings/projects.messages.ts";
import { RENOVATION_SAVINGS_MESSAGES } from "../buildings/renovation-savings.messages.ts";
import { TENANT_BUILDING_MESSAGES } from "../buildings/tenant-building.messages.ts";
import { CONSUMPTION_MESSAGES } from "../consumption/consumption-messages.ts";
import { EXPORT_MESSAGES } from "../exports/export-messages.ts";
import { COACHING_MARKERS_MESSAGES } from "../groups/coaching-markers.messages.ts";
import { GROUPS_MESSAGES } from "../groups/groups-messages.ts";
import { PROGRAMME_REPORT_MESSAGES } from "../groups/programme-report.messages.ts";
import { GUARDS_MESSAGES } from "../guards/guards-messages.ts";
import { CONSENT_MESSAGES } from "../households/consent-messages.ts";
import { IMPORT_MESSAGES } from "../imports/import-messages.ts";
import { DELIVERY_MESSAGES } from "../meters/delivery-messages.ts";
import { READING_MESSAGES } from "../meters/reading-messages.ts";
import { isNativeUnit, UNIT_LABELS } from "../meters/unit-labels.ts";
import { PRIVACY_MESSAGES } from "../privacy/privacy-messages.ts";
import { SAVINGS_MESSAGES } from "../savings/savings-messages.ts";
import { SETTINGS_MESSAGES } from "../settings/settings-messages.ts";
import { TIPS_MESSAGES } from "../tips/tips-messages.ts";
import { WEATHER_MESSAGES } from "../weather/weather-messages.ts";
import type { Params } from "./errors.ts";
import type { Language } from "./i18n.ts";

type Text = Record<Language, string>;
export interface Message {
  title: Text;
  detail?: Text;
}

/** Every error code the API answers with, in the four languages. French is the reference. */
const CORE_MESSAGES: Record<string, Message> = {
  "request.invalid": {
    title: {
      fr: "Certains champs ne sont pas corrects.",
      nl: "Sommige velden zijn niet correct.",
      en: "Some fields are not correct.",
      de: "Einige Felder sind nicht korrekt.",
    },
    detail: {
      fr: "Corrigez les champs indiqués puis réessayez.",
      nl: "Verbeter de aangeduide velden en probeer opnieuw.",
      en: "Correct the fields shown and try again.",
      de: "Korrigieren Sie die angegebenen Felder und versuchen Sie es erneut.",
    },
  },
  "request.too_large": {
    title: {
      fr: "La demande est trop grande.",
      nl: "De aanvraag is te groot.",
      en: "The request is too large.",
      de: "Die Anfrage ist zu groß.",
    },
    detail: {
      fr: "Une demande peut peser {megabytes} Mo au plus. Envoyez moins de données à la fois.",
      nl: "Een aanvraag mag hoogstens {megabytes} MB zijn. Stuur minder gegevens tegelijk.",
      en: "A request may be {megabytes} MB at most. Send less data at a time.",
      de: "Eine Anfrage darf höchstens {megabytes} MB groß sein. Senden Sie weniger Daten auf einmal.",
    },
  },
  "request.client_id_reused": {
    title: {
      fr: "Cet envoi a déjà été fait avec d'autres informations.",
      nl: "Dit werd al met andere gegevens verstuurd.",
      en: "This was already sent with other details.",
      de: "Dies wurde schon mit anderen Angaben gesendet.",
    },
    detail: {
      fr: "Rechargez la page : ce qui a été enregistré la première fois y apparaît.",
      nl: "Laad de pagina opnieuw: wat de eerste keer werd opgeslagen, staat er.",
      en: "Reload the page: what was saved the first time is shown there.",
      de: "Laden Sie die Seite neu: Was beim ersten Mal gespeichert wurde, steht dort.",
    },
  },
  "request.malformed_json": {
    title: {
      fr: "La demande n'est pas lisible.",
      nl: "De aanvraag is niet leesbaar.",
      en: "The request cannot be read.",
      de: "Die Anfrage ist nicht lesbar.",
    },
    detail: {
      fr: "Le corps de la demande doit être du JSON valide.",
      nl: "De inhoud van de aanvraag moet geldige JSON zijn.",
      en: "The request body must be valid JSON.",
      de: "Der Inhalt der Anfrage muss gültiges JSON sein.",
    },
  },
  "route.not_found": {
    title: {
      fr: "Cette adresse n'existe pas.",
      nl: "Dit adres bestaat niet.",
      en: "This address does not exist.",
      de: "Diese Adresse existiert nicht.",
    },
  },
  "resource.not_found": {
    title: {
      fr: "Introuvable.",
      nl: "Niet gevonden.",
      en: "Not found.",
      de: "Nicht gefunden.",
    },
    detail: {
      fr: "Cet élément n'existe pas ou vous n'y avez pas accès.",
      nl: "Dit element bestaat niet of u hebt er geen toegang toe.",
      en: "This item does not exist or you do not have access to it.",
      de: "Dieses Element existiert nicht oder Sie haben keinen Zugriff darauf.",
    },
  },
  "auth.required": {
    title: {
      fr: "Veuillez vous connecter.",
      nl: "Meld u aan.",
      en: "Please sign in.",
      de: "Bitte melden Sie sich an.",
    },
  },
  "auth.invalid_credentials": {
    title: {
      fr: "Connexion impossible.",
      nl: "Aanmelden mislukt.",
      en: "Sign-in failed.",
      de: "Anmeldung fehlgeschlagen.",
    },
    detail: {
      fr: "L'adresse e-mail ou le mot de passe n'est pas correct. Vérifiez et réessayez.",
      nl: "Het e-mailadres of het wachtwoord is niet correct. Controleer en probeer opnieuw.",
      en: "The e-mail address or the password is not correct. Check and try again.",
      de: "E-Mail-Adresse oder Passwort ist nicht korrekt. Prüfen Sie und versuchen Sie es erneut.",
    },
  },
  "auth.invalid_household_credentials": {
    title: {
      fr: "Connexion impossible.",
      nl: "Aanmelden mislukt.",
      en: "Sign-in failed.",
      de: "Anmeldung fehlgeschlagen.",
    },
    detail: {
      fr: "Le code du ménage ou le code PIN n'est pas correct. Vérifiez et réessayez.",
      nl: "De gezinscode of de pincode is niet correct. Controleer en probeer opnieuw.",
      en: "The household code or the PIN is not correct. Check and try again.",
      de: "Der Haushaltscode oder die PIN ist nicht korrekt. Prüfen Sie und versuchen Sie es erneut.",
    },
  },
  "auth.forbidden": {
    title: {
      fr: "Vous n'avez pas le droit de faire ceci.",
      nl: "U mag dit niet doen.",
      en: "You are not allowed to do this.",
      de: "Sie dürfen dies nicht tun.",
    },
  },
  "auth.cross_site": {
    title: {
      fr: "Demande refusée.",
      nl: "Aanvraag geweigerd.",
      en: "Request refused.",
      de: "Anfrage abgelehnt.",
    },
    detail: {
      fr: "Cette demande vient d'un autre site. Utilisez l'application Eco-watchers directement.",
      nl: "Deze aanvraag komt van een andere site. Gebruik de Eco-watchers-app rechtstreeks.",
      en: "This request comes from another site. Use the Eco-watchers app directly.",
      de: "Diese Anfrage kommt von einer anderen Website. Nutzen Sie die Eco-watchers-App direkt.",
    },
  },
  "auth.no_active_organisation": {
    title: {
      fr: "Choisissez d'abord une organisation.",
      nl: "Kies eerst een organisatie.",
      en: "Choose an organisation first.",
      de: "Wählen Sie zuerst eine Organisation.",
    },
  },
  "auth.too_many_attempts": {
    title: {
      fr: "Trop d'essais.",
      nl: "Te veel pogingen.",
      en: "Too many attempts.",
      de: "Zu viele Versuche.",
    },
    detail: {
      fr: "Par sécurité, attendez {minutes} minute(s) avant de réessayer.",
      nl: "Wacht voor de veiligheid {minutes} minuut/minuten voor u opnieuw probeert.",
      en: "For your safety, wait {minutes} minute(s) before trying again.",
      de: "Warten Sie zur Sicherheit {minutes} Minute(n), bevor Sie es erneut versuchen.",
    },
  },
  "invitation.invalid": {
    title: {
      fr: "Ce code d'invitation n'est pas valable.",
      nl: "Deze uitnodigingscode is niet geldig.",
      en: "This invitation code is not valid.",
      de: "Dieser Einladungscode ist nicht gültig.",
    },
    detail: {
      fr: "Le code est peut-être expiré ou déjà utilisé. Demandez-en un nouveau à votre coordinateur.",
      nl: "De code is misschien verlopen of al gebruikt. Vraag een nieuwe aan uw coördinator.",
      en: "The code may have expired or been used already. Ask your coordinator for a new one.",
      de: "Der Code ist vielleicht abgelaufen oder schon benutzt. Bitten Sie Ihre Koordination um einen neuen.",
    },
  },
  "invitation.other_email": {
    title: {
      fr: "Cette invitation est faite pour une autre adresse e-mail.",
      nl: "Deze uitnodiging is voor een ander e-mailadres.",
      en: "This invitation is for another e-mail address.",
      de: "Diese Einladung gilt für eine andere E-Mail-Adresse.",
    },
    detail: {
      fr: "Entrez l'adresse à laquelle l'invitation a été envoyée.",
      nl: "Geef het adres in waarnaar de uitnodiging werd gestuurd.",
      en: "Enter the address the invitation was sent to.",
      de: "Geben Sie die Adresse ein, an die die Einladung geschickt wurde.",
    },
  },
  "invitation.already_member": {
    title: {
      fr: "Vous faites déjà partie de cette organisation.",
      nl: "U maakt al deel uit van deze organisatie.",
      en: "You are already a member of this organisation.",
      de: "Sie gehören dieser Organisation bereits an.",
    },
    detail: {
      fr: "Votre rôle n'a pas changé. Pour en changer, demandez-le à un coordinateur.",
      nl: "Uw rol is niet gewijzigd. Vraag een coördinator om hem te wijzigen.",
      en: "Your role has not changed. Ask a coordinator to change it.",
      de: "Ihre Rolle hat sich nicht geändert. Bitten Sie eine Koordination, sie zu ändern.",
    },
  },
  "invitation.account_exists": {
    title: {
      fr: "Un compte vient d'être créé avec cette adresse e-mail.",
      nl: "Er werd net een account met dit e-mailadres aangemaakt.",
      en: "An account was just created with this e-mail address.",
      de: "Mit dieser E-Mail-Adresse wurde gerade ein Konto angelegt.",
    },
    detail: {
      fr: "Envoyez à nouveau le formulaire avec le mot de passe de ce compte.",
      nl: "Verstuur het formulier opnieuw met het wachtwoord van dit account.",
      en: "Send the form again with that account's password.",
      de: "Senden Sie das Formular erneut mit dem Passwort dieses Kontos.",
    },
  },
  "invitation.role_not_allowed": {
    title: {
      fr: "Vous ne pouvez pas inviter quelqu'un avec ce rôle.",
      nl: "U kunt niemand met deze rol uitnodigen.",
      en: "You cannot invite someone with this role.",
      de: "Sie können niemanden mit dieser Rolle einladen.",
    },
  },
  "invitation.wrong_password": {
    title: {
      fr: "Ce compte existe déjà.",
      nl: "Dit account bestaat al.",
      en: "This account already exists.",
      de: "Dieses Konto existiert bereits.",
    },
    detail: {
      fr: "Entrez le mot de passe de ce compte pour y ajouter l'organisation.",
      nl: "Geef het wachtwoord van dit account in om de organisatie eraan toe te voegen.",
      en: "Enter this account's password to add the organisation to it.",
      de: "Geben Sie das Passwort dieses Kontos ein, um die Organisation hinzuzufügen.",
    },
  },
  "organisation.slug_taken": {
    title: {
      fr: "Ce nom court est déjà pris.",
      nl: "Deze korte naam is al in gebruik.",
      en: "This short name is already taken.",
      de: "Dieser Kurzname ist bereits vergeben.",
    },
  },
  "household.code_taken": {
    title: {
      fr: "Ce code de ménage est déjà pris.",
      nl: "Deze gezinscode is al in gebruik.",
      en: "This household code is already taken.",
      de: "Dieser Haushaltscode ist bereits vergeben.",
    },
    detail: {
      fr: "Choisissez un autre code, ou laissez le champ vide pour en recevoir un.",
      nl: "Kies een andere code, of laat het veld leeg om er een te krijgen.",
      en: "Choose another code, or leave the field empty to get one.",
      de: "Wählen Sie einen anderen Code oder lassen Sie das Feld leer, um einen zu erhalten.",
    },
  },
  "household.no_consent": {
    title: {
      fr: "Ce ménage n'a pas (encore) accepté de partager ses données.",
      nl: "Dit gezin heeft (nog) niet ingestemd om zijn gegevens te delen.",
      en: "This household has not (yet) agreed to share its data.",
      de: "Dieser Haushalt hat (noch) nicht zugestimmt, seine Daten zu teilen.",
    },
    detail: {
      fr: "Demandez-lui son accord et notez-le sur sa fiche avant de voir ou d'encoder ses données.",
      nl: "Vraag de toestemming en noteer die op de fiche voor u de gegevens bekijkt of invoert.",
      en: "Ask for its agreement and record it on its page before viewing or entering its data.",
      de: "Bitten Sie um Zustimmung und vermerken Sie sie, bevor Sie Daten ansehen oder eingeben.",
    },
  },
  "server.error": {
    title: {
      fr: "Une erreur inattendue s'est produite.",
      nl: "Er is een onverwachte fout opgetreden.",
      en: "An unexpected error occurred.",
      de: "Ein unerwarteter Fehler ist aufgetreten.",
    },
    detail: {
      fr: "Rien n'a été enregistré. Réessayez dans un moment ; si cela continue, donnez ce numéro à votre conseiller : {requestId}.",
      nl: "Er is niets opgeslagen. Probeer later opnieuw; blijft het, geef dan dit nummer aan uw begeleider: {requestId}.",
      en: "Nothing was saved. Try again in a moment; if it persists, give this number to your adviser: {requestId}.",
      de: "Es wurde nichts gespeichert. Versuchen Sie es gleich noch einmal; wenn es bleibt, geben Sie diese Nummer Ihrer Beratung: {requestId}.",
    },
  },
  "validation.at_most_1_decimals": {
    title: {
      fr: "Au plus 1 chiffre après la virgule.",
      nl: "Hoogstens 1 cijfer na de komma.",
      en: "At most 1 digit after the decimal point.",
      de: "Höchstens 1 Nachkommastelle.",
    },
  },
  "validation.at_most_2_decimals": {
    title: {
      fr: "Au plus 2 chiffres après la virgule (les cents).",
      nl: "Hoogstens 2 cijfers na de komma (de centen).",
      en: "At most 2 digits after the decimal point (the cents).",
      de: "Höchstens 2 Nachkommastellen (die Cent).",
    },
  },
  "validation.at_most_3_decimals": {
    title: {
      fr: "Au plus 3 chiffres après la virgule.",
      nl: "Hoogstens 3 cijfers na de komma.",
      en: "At most 3 digits after the decimal point.",
      de: "Höchstens 3 Nachkommastellen.",
    },
  },
  "validation.at_most_4_decimals": {
    title: {
      fr: "Au plus 4 chiffres après la virgule.",
      nl: "Hoogstens 4 cijfers na de komma.",
      en: "At most 4 digits after the decimal point.",
      de: "Höchstens 4 Nachkommastellen.",
    },
  },
  "validation.at_most_5_decimals": {
    title: {
      fr: "Au plus 5 chiffres après la virgule.",
      nl: "Hoogstens 5 cijfers na de komma.",
      en: "At most 5 digits after the decimal point.",
      de: "Höchstens 5 Nachkommastellen.",
    },
  },
  "validation.at_most_6_decimals": {
    title: {
      fr: "Au plus 6 chiffres après la virgule.",
      nl: "Hoogstens 6 cijfers na de komma.",
      en: "At most 6 digits after the decimal point.",
      de: "Höchstens 6 Nachkommastellen.",
    },
  },
  "validation.required": {
    title: {
      fr: "Ce champ est obligatoire.",
      nl: "Dit veld is verplicht.",
      en: "This field is required.",
      de: "Dieses Feld ist erforderlich.",
    },
  },
  "validation.pin_format": {
    title: {
      fr: "Le code secret est fait de 4 à 8 chiffres.",
      nl: "De geheime code bestaat uit 4 tot 8 cijfers.",
      en: "The PIN is 4 to 8 digits.",
      de: "Die PIN besteht aus 4 bis 8 Ziffern.",
    },
  },
  "validation.password_length": {
    title: {
      fr: "Le mot de passe doit compter au moins 10 caractères.",
      nl: "Het wachtwoord moet minstens 10 tekens lang zijn.",
      en: "The password must be at least 10 characters long.",
      de: "Das Passwort muss mindestens 10 Zeichen lang sein.",
    },
  },
  "validation.ean_format": {
    title: {
      fr: "Le code EAN compte 18 chiffres (il commence souvent par 54).",
      nl: "De EAN-code telt 18 cijfers (begint vaak met 54).",
      en: "The EAN code has 18 digits (it often starts with 54).",
      de: "Der EAN-Code hat 18 Ziffern (beginnt oft mit 54).",
    },
  },
  "meter.start_index_missing": {
    title: {
      fr: "Il manque l'index de départ.",
      nl: "De beginstand ontbreekt.",
      en: "The starting index is missing.",
      de: "Der Anfangsstand fehlt.",
    },
    detail: {
      fr: "Notez les chiffres du compteur au jour où le suivi commence, pour chaque cadran : {registers}.",
      nl: "Noteer de cijfers van de meter op de dag dat de opvolging begint, voor elk telwerk: {registers}.",
      en: "Give the meter's figures on the day following starts, for each register: {registers}.",
      de: "Geben Sie den Zählerstand am ersten Tag an, für jedes Zählwerk: {registers}.",
    },
  },
  "meter.register_not_allowed": {
    title: {
      fr: "Ce type de compteur n'a pas ce cadran.",
      nl: "Dit type meter heeft dit telwerk niet.",
      en: "This kind of meter has no such register.",
      de: "Diese Zählerart hat dieses Zählwerk nicht.",
    },
    detail: {
      fr: "Cadrans possibles : {registers}.",
      nl: "Mogelijke telwerken: {registers}.",
      en: "Possible registers: {registers}.",
      de: "Mögliche Zählwerke: {registers}.",
    },
  },
  "meter.already_closed": {
    title: {
      fr: "Ce compteur a déjà été remplacé.",
      nl: "Deze meter werd al vervangen.",
      en: "This meter has already been replaced.",
      de: "Dieser Zähler wurde bereits ersetzt.",
    },
  },
  "meter.readings_after_replacement": {
    title: {
      fr: "L'ancien compteur a encore un relevé le {lastDate}, après cette date.",
      nl: "De oude meter heeft nog een meterstand op {lastDate}, na deze datum.",
      en: "The old meter still has a reading on {lastDate}, after this date.",
      de: "Der alte Zähler hat noch einen Stand am {lastDate}, nach diesem Datum.",
    },
    detail: {
      fr: "Un compteur remplacé ne compte plus. Choisissez une date de remplacement après le {lastDate}, ou supprimez d'abord les relevés notés par erreur.",
      nl: "Een vervangen meter telt niet meer. Kies een vervangingsdatum na {lastDate}, of verwijder eerst de meterstanden die per vergissing werden genoteerd.",
      en: "A replaced meter no longer counts. Choose a replacement date after {lastDate}, or first delete the readings entered by mistake.",
      de: "Ein ersetzter Zähler zählt nicht mehr. Wählen Sie ein Austauschdatum nach dem {lastDate}, oder löschen Sie zuerst die irrtümlich erfassten Stände.",
    },
  },
  "validation.household_code_format": {
    title: {
      fr: "Le code de ménage contient des lettres, des chiffres et des tirets (3 à 20).",
      nl: "De gezinscode bevat letters, cijfers en koppeltekens (3 tot 20).",
      en: "The household code has letters, digits and dashes (3 to 20).",
      de: "Der Haushaltscode enthält Buchstaben, Ziffern und Bindestriche (3 bis 20).",
    },
  },
};

export const MESSAGES: Record<string, Message> = {
  ...CORE_MESSAGES,
  ...CONSENT_MESSAGES,
  ...PIN_MESSAGES,
  ...READING_MESSAGES,
  ...DELIVERY_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...WEATHER_MESSAGES,
  ...CONSUMPTION_MESSAGES,
  ...SAVINGS_MESSAGES,
  ...GUARDS_MESSAGES,
  ...EXPORT_MESSAGES,
  ...PRIVACY_MESSAGES,
  ...IMPORT_MESSAGES,
  ...GROUPS_MESSAGES,
  ...PROGRAMME_REPORT_MESSAGES,
  ...COACHING_MARKERS_MESSAGES,
  ...TIPS_MESSAGES,
  ...COST_SPLIT_MESSAGES,
  ...OCCUPANCY_MESSAGES,
  ...BUILDINGS_MESSAGES,
  ...INDICATORS_MESSAGES,
  ...RENOVATION_SAVINGS_MESSAGES,
  ...PROJECTS_MESSAGES,
  ...BUILDING_REPORT_MESSAGES,
  ...ALERTS_MESSAGES,
  ...TENANT_BUILDING_MESSAGES,
};

const LOCALE: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" };

/**
 * Numbers with the language's separators ("1 234,5"), days as "12/10" ("12.10." in German; a year
 * would only add noise here), a param named `unit` as people write the unit ("m³", "litres") rather
 * than its code, and a list item that is a message code as that message (filled from the same params,
 * the list aside).
 */
function formatParam(key: string, value: Params[string], lang: Language, params: Params): string {
  if (isList(value)) {
    const { [key]: _list, ...others } = params;
    return value
      .map((item) =>
        MESSAGES[item] ? message(item, lang, others).title : formatParam(key, item, lang, others),
      )
      .join(", ");
  }
  if (key === "unit" && typeof value === "string" && isNativeUnit(value)) return UNIT_LABELS[value][lang];
  if (typeof value === "number") return value.toLocaleString(LOCALE[lang], numberFormatOf(key));
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  return day && !Number.isNaN(day.getTime()) ? DAY_MONTH[lang].format(day) : value;
}

/** A day without its year, as each language writes it: « 12/10 », German « 12.10. ». */
const DAY_MONTH = Object.fromEntries(
  Object.entries(LOCALE).map(([lang, locale]) => [
    lang,
    new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", timeZone: "UTC" }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

const isList = (value: Params[string]): value is readonly string[] => Array.isArray(value);

/** Amounts (`…Eur`) with their cents; a price per litre or kg (`eurPer…`) to the tenth of a cent, as pumps show it. */
function numberFormatOf(key: string): Intl.NumberFormatOptions {
  if (key.startsWith("eurPer")) return { minimumFractionDigits: 2, maximumFractionDigits: 3 };
  if (key.endsWith("Eur")) return { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return { maximumFractionDigits: 3 };
}

export function message(
  code: string,
  lang: Language,
  params: Params = {},
): { title: string; detail?: string } {
  const m = MESSAGES[code] ?? MESSAGES["server.error"];
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, k: string) =>
      params[k] === undefined ? `{${k}}` : formatParam(k, params[k], lang, params),
    );
  return { title: fill(m?.title[lang] ?? code), detail: m?.detail ? fill(m.detail[lang]) : undefined };
}

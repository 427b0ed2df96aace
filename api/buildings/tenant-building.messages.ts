import type { Message } from "../http/messages.ts";

function text(fr: string, nl: string, en: string, de: string): Message {
  return { title: { fr, nl, en, de } };
}

/** Refusals of the tenants' page, the comfort survey and the consultations, said plainly. */
export const TENANT_BUILDING_MESSAGES: Record<string, Message> = {
  "tenant.no_dwelling": text(
    "Ce ménage n'habite aucun logement d'un bâtiment de la société de logement. Demandez à la société de relier votre logement à votre compte.",
    "Dit gezin woont in geen enkele woning van een gebouw van de huisvestingsmaatschappij. Vraag de maatschappij om uw woning aan uw account te koppelen.",
    "This household lives in no dwelling of the housing company's buildings. Ask the company to link your dwelling to your account.",
    "Dieser Haushalt wohnt in keiner Wohnung eines Gebäudes der Wohnungsgesellschaft. Bitten Sie die Gesellschaft, Ihre Wohnung mit Ihrem Konto zu verbinden.",
  ),
  "tenant.not_your_building": text(
    "Vous ne voyez et ne répondez que pour le bâtiment où vous habitez.",
    "U ziet en beantwoordt alleen wat over het gebouw gaat waar u woont.",
    "You can only see and answer for the building you live in.",
    "Sie sehen und beantworten nur, was das Gebäude betrifft, in dem Sie wohnen.",
  ),
  "survey.warmth_range": text(
    "Choisissez comment il faisait chez vous : de 1 (trop froid) à 5 (trop chaud).",
    "Kies hoe warm het bij u was: van 1 (te koud) tot 5 (te warm).",
    "Choose how warm your home was: from 1 (too cold) to 5 (too warm).",
    "Wählen Sie, wie warm es bei Ihnen war: von 1 (zu kalt) bis 5 (zu warm).",
  ),
  "survey.comment_too_long": text(
    "Le commentaire peut avoir au plus 1 000 caractères.",
    "De opmerking mag hoogstens 1 000 tekens hebben.",
    "The comment can have at most 1,000 characters.",
    "Der Kommentar darf höchstens 1 000 Zeichen haben.",
  ),
  "survey.range_order": text(
    "Le premier mois doit venir avant le dernier.",
    "De eerste maand moet voor de laatste komen.",
    "The first month must come before the last one.",
    "Der erste Monat muss vor dem letzten liegen.",
  ),
  "survey.range_too_long": text(
    "Demandez au plus 60 mois à la fois.",
    "Vraag hoogstens 60 maanden tegelijk op.",
    "Ask for 60 months at most at a time.",
    "Fragen Sie höchstens 60 Monate auf einmal ab.",
  ),
  "consultation.options_count": text(
    "Proposez entre 2 et 6 choix.",
    "Stel tussen 2 en 6 keuzes voor.",
    "Offer between 2 and 6 options.",
    "Bieten Sie zwischen 2 und 6 Möglichkeiten an.",
  ),
  "consultation.closes_in_past": text(
    "La date de clôture est déjà passée : choisissez aujourd'hui ou plus tard.",
    "De einddatum is al voorbij: kies vandaag of later.",
    "The closing day has already passed: choose today or later.",
    "Der letzte Tag ist schon vorbei: Wählen Sie heute oder später.",
  ),
  "consultation.unknown_project": text(
    "Ce projet n'est pas un projet de ce bâtiment.",
    "Dit project is geen project van dit gebouw.",
    "This project is not one of this building's projects.",
    "Dieses Projekt gehört nicht zu diesem Gebäude.",
  ),
  "consultation.unknown_option": text(
    "Ce choix ne fait pas partie de cette consultation.",
    "Deze keuze hoort niet bij deze bevraging.",
    "This option is not part of this consultation.",
    "Diese Möglichkeit gehört nicht zu dieser Befragung.",
  ),
  "consultation.closed": text(
    "Cette consultation est terminée : on ne peut plus y répondre ni changer sa réponse.",
    "Deze bevraging is afgelopen: u kunt niet meer antwoorden of uw antwoord wijzigen.",
    "This consultation is over: answers can no longer be given or changed.",
    "Diese Befragung ist beendet: Antworten können nicht mehr gegeben oder geändert werden.",
  ),
  "consultation.already_closed": text(
    "Cette consultation est déjà clôturée.",
    "Deze bevraging is al afgesloten.",
    "This consultation is already closed.",
    "Diese Befragung ist bereits abgeschlossen.",
  ),
  "consultation.bad_transition": text(
    "Ce changement n'est pas possible : un brouillon s'ouvre, une consultation ouverte se clôture, rien ne revient en arrière.",
    "Deze wijziging kan niet: een ontwerp wordt geopend, een open bevraging wordt afgesloten, niets gaat terug.",
    "This change is not possible: a draft opens, an open consultation closes, nothing goes back.",
    "Diese Änderung ist nicht möglich: Ein Entwurf wird geöffnet, eine offene Befragung geschlossen, nichts geht zurück.",
  ),
  "consultation.frozen": text(
    "Une consultation ouverte ne change plus (les locataires ont répondu à ce qu'ils ont lu) : seule sa date de clôture peut encore bouger.",
    "Een open bevraging verandert niet meer (de huurders antwoordden op wat ze lazen): alleen de einddatum kan nog wijzigen.",
    "An open consultation no longer changes (tenants answered what they read): only its closing day can still move.",
    "Eine offene Befragung ändert sich nicht mehr (die Mieter haben auf das Gelesene geantwortet): Nur der letzte Tag kann sich noch ändern.",
  ),
};

import type { Message } from "../http/messages.ts";

const m = (fr: string, nl: string, en: string, de: string) => ({ fr, nl, en, de });

/** Refusals of groups, members, sessions, attendance, commitments and kit items, said plainly. */
export const GROUPS_MESSAGES: Record<string, Message> = {
  "group.invalid_day": {
    title: m(
      "Donnez une date comme 2026-01-20.",
      "Geef een datum zoals 2026-01-20.",
      "Give a date such as 2026-01-20.",
      "Geben Sie ein Datum wie 2026-01-20 an.",
    ),
  },
  "group.closed": {
    title: m(
      "Ce groupe est clôturé : on ne peut plus rien y changer.",
      "Deze groep is afgesloten: er kan niets meer gewijzigd worden.",
      "This group is closed: nothing in it can be changed any more.",
      "Diese Gruppe ist abgeschlossen: Es kann nichts mehr geändert werden.",
    ),
  },
  "group.ends_before_start": {
    title: m(
      "La fin du groupe ne peut pas précéder son début.",
      "Het einde van de groep kan niet voor het begin liggen.",
      "The group cannot end before it starts.",
      "Die Gruppe kann nicht vor ihrem Beginn enden.",
    ),
  },
  "group.status_back_to_planned": {
    title: m(
      "Un groupe commencé ne peut pas redevenir « prévu ».",
      "Een gestarte groep kan niet terug naar „gepland”.",
      "A group that has started cannot go back to “planned”.",
      "Eine begonnene Gruppe kann nicht wieder „geplant“ werden.",
    ),
  },
  "group.unknown_adviser": {
    title: m(
      "Cette personne n'est ni conseiller ni coordinateur de votre organisation.",
      "Deze persoon is geen adviseur of coördinator van uw organisatie.",
      "This person is not an adviser or coordinator of your organisation.",
      "Diese Person ist weder Berater noch Koordinator Ihrer Organisation.",
    ),
  },
  "group.unknown_household": {
    title: m(
      "Ce ménage n'existe pas dans votre organisation.",
      "Dit gezin bestaat niet in uw organisatie.",
      "This household does not exist in your organisation.",
      "Dieser Haushalt existiert in Ihrer Organisation nicht.",
    ),
  },
  "group.already_member": {
    title: m(
      "Ce ménage fait déjà partie du groupe.",
      "Dit gezin maakt al deel uit van de groep.",
      "This household is already in the group.",
      "Dieser Haushalt ist schon in der Gruppe.",
    ),
  },
  "group.in_running_group": {
    title: m(
      "Ce ménage participe déjà au groupe en cours « {group} ». Notez d'abord son départ de ce groupe.",
      "Dit gezin neemt al deel aan de lopende groep „{group}”. Noteer eerst zijn vertrek uit die groep.",
      "This household is already in the running group “{group}”. Record its leaving that group first.",
      "Dieser Haushalt ist schon in der laufenden Gruppe „{group}“. Tragen Sie zuerst seinen Austritt ein.",
    ),
  },
  "group.members_in_running_group": {
    title: m(
      "Ces ménages participent déjà à un autre groupe en cours : {households}.",
      "Deze gezinnen nemen al deel aan een andere lopende groep: {households}.",
      "These households are already in another running group: {households}.",
      "Diese Haushalte sind schon in einer anderen laufenden Gruppe: {households}.",
    ),
  },
  "group.joined_outside_group": {
    title: m(
      "La date d'arrivée doit tomber entre le début et la fin du groupe.",
      "De aankomstdatum moet tussen het begin en het einde van de groep liggen.",
      "The joining date must fall between the group's start and end.",
      "Das Beitrittsdatum muss zwischen Beginn und Ende der Gruppe liegen.",
    ),
  },
  "group.left_before_joined": {
    title: m(
      "La date de départ ne peut pas précéder la date d'arrivée.",
      "De vertrekdatum kan niet voor de aankomstdatum liggen.",
      "The leaving date cannot be before the joining date.",
      "Das Austrittsdatum kann nicht vor dem Beitrittsdatum liegen.",
    ),
  },
  "group.members_joined_before_start": {
    title: m(
      "Ces ménages sont arrivés avant le nouveau début du groupe : {households}. Choisissez un début au plus tard le {day}.",
      "Deze gezinnen zijn aangekomen vóór het nieuwe begin van de groep: {households}. Kies een begin uiterlijk op {day}.",
      "These households joined before the group's new start: {households}. Choose a start on {day} at the latest.",
      "Diese Haushalte sind vor dem neuen Beginn der Gruppe beigetreten: {households}. Wählen Sie einen Beginn spätestens am {day}.",
    ),
  },
  "group.left_before_attended": {
    title: m(
      "Ce ménage est noté à la séance du {day}, après ce départ. Choisissez un départ le {day} au plus tôt, ou corrigez d'abord les présences.",
      "Dit gezin staat genoteerd op de sessie van {day}, na dit vertrek. Kies een vertrek ten vroegste op {day}, of verbeter eerst de aanwezigheden.",
      "This household is recorded at the session of {day}, after this leaving date. Choose a leaving date on {day} at the earliest, or correct the attendance first.",
      "Dieser Haushalt ist bei der Sitzung vom {day} eingetragen, nach diesem Austritt. Wählen Sie einen Austritt frühestens am {day}, oder korrigieren Sie zuerst die Anwesenheiten.",
    ),
  },
  // Labels, not refusals: how the refusals below name erased households in their {households}.
  "group.household_erased": {
    title: m("un ménage effacé", "een gewist gezin", "an erased household", "ein gelöschter Haushalt"),
  },
  "group.households_erased": {
    title: m(
      "{erasedHouseholds} ménages effacés",
      "{erasedHouseholds} gewiste gezinnen",
      "{erasedHouseholds} erased households",
      "{erasedHouseholds} gelöschte Haushalte",
    ),
  },
  "group.members_joined_after_end": {
    title: m(
      "Ces ménages sont arrivés après la nouvelle fin du groupe : {households}. Choisissez une fin au plus tôt le {day}.",
      "Deze gezinnen zijn aangekomen na het nieuwe einde van de groep: {households}. Kies een einde ten vroegste op {day}.",
      "These households joined after the group's new end: {households}. Choose an end on {day} at the earliest.",
      "Diese Haushalte sind nach dem neuen Ende der Gruppe beigetreten: {households}. Wählen Sie ein Ende frühestens am {day}.",
    ),
  },
  "session.free_theme_needs_text": {
    title: m(
      "Donnez le thème de la séance en quelques mots.",
      "Geef het thema van de bijeenkomst in een paar woorden.",
      "Give the session's theme in a few words.",
      "Geben Sie das Thema des Treffens in wenigen Worten an.",
    ),
  },
  "session.invalid_time": {
    title: m(
      "Donnez la date et l'heure comme 2026-01-20T18:30:00+01:00.",
      "Geef datum en uur zoals 2026-01-20T18:30:00+01:00.",
      "Give the date and time such as 2026-01-20T18:30:00+01:00.",
      "Geben Sie Datum und Uhrzeit wie 2026-01-20T18:30:00+01:00 an.",
    ),
  },
  "session.attendance_not_member": {
    title: m(
      "Ce ménage ne faisait pas partie du groupe le {day}, jour de la séance.",
      "Dit gezin maakte op {day}, de dag van de bijeenkomst, geen deel uit van de groep.",
      "This household was not in the group on {day}, the day of the session.",
      "Dieser Haushalt war am {day}, dem Tag des Treffens, nicht in der Gruppe.",
    ),
  },
  "session.attendance_duplicate": {
    title: m(
      "Ce ménage apparaît deux fois dans la liste.",
      "Dit gezin staat twee keer in de lijst.",
      "This household is twice in the list.",
      "Dieser Haushalt steht zweimal in der Liste.",
    ),
  },
  "session.attendance_in_future": {
    title: m(
      "La séance n'a pas encore eu lieu : les présences se notent le jour même ou après.",
      "De bijeenkomst heeft nog niet plaatsgevonden: aanwezigheden worden op de dag zelf of later genoteerd.",
      "The session has not taken place yet: attendance is taken on the day or later.",
      "Das Treffen hat noch nicht stattgefunden: Anwesenheit wird am Tag selbst oder danach erfasst.",
    ),
  },
  "session.attendance_taken": {
    title: m(
      "Les présences de cette séance sont déjà notées : sa date ne peut pas passer dans le futur. Si elle n'a pas eu lieu, videz d'abord la liste des présences.",
      "De aanwezigheden van deze bijeenkomst zijn al genoteerd: de datum kan niet naar de toekomst. Als ze niet plaatsvond, maak dan eerst de aanwezigheidslijst leeg.",
      "Attendance is already taken for this session: its date cannot move into the future. If it did not take place, empty the attendance list first.",
      "Die Anwesenheit dieses Treffens ist schon erfasst: Sein Datum kann nicht in die Zukunft rücken. Fand es nicht statt, leeren Sie zuerst die Anwesenheitsliste.",
    ),
  },
  "session.attendance_of_non_members": {
    title: m(
      "Des présences sont notées pour des ménages qui ne faisaient pas partie du groupe le {day} : {households}. Corrigez d'abord la liste des présences, ou gardez la date.",
      "Er zijn aanwezigheden genoteerd voor gezinnen die op {day} geen deel uitmaakten van de groep: {households}. Pas eerst de aanwezigheidslijst aan, of behoud de datum.",
      "Attendance is recorded for households that were not in the group on {day}: {households}. Correct the attendance list first, or keep the date.",
      "Für Haushalte, die am {day} nicht in der Gruppe waren, ist Anwesenheit erfasst: {households}. Korrigieren Sie zuerst die Anwesenheitsliste oder behalten Sie das Datum.",
    ),
  },
  "commitment.not_a_member": {
    title: m(
      "Ce ménage ne fait partie d'aucun groupe le {day} : un engagement se prend au sein d'un groupe.",
      "Dit gezin maakt op {day} geen deel uit van een groep: een engagement neem je binnen een groep.",
      "This household is in no group on {day}: a commitment is made within a group.",
      "Dieser Haushalt ist am {day} in keiner Gruppe: Eine Verpflichtung entsteht in einer Gruppe.",
    ),
  },
  "group.day_in_future": {
    title: m(
      "Cette date est dans le futur.",
      "Deze datum ligt in de toekomst.",
      "This date is in the future.",
      "Dieses Datum liegt in der Zukunft.",
    ),
  },
  "commitment.before_planned": {
    title: m(
      "Cette date précède le jour où l'engagement a été pris ({day}).",
      "Deze datum ligt voor de dag waarop het engagement werd genomen ({day}).",
      "This date is before the day the commitment was made ({day}).",
      "Dieses Datum liegt vor dem Tag der Verpflichtung ({day}).",
    ),
  },
  "visit.follow_up_before_visit": {
    title: m(
      "Le suivi ne peut pas précéder la visite.",
      "De opvolging kan niet voor het bezoek liggen.",
      "The follow-up cannot be before the visit.",
      "Die Nachbereitung kann nicht vor dem Besuch liegen.",
    ),
  },
  "referral.outcome_before_referral": {
    title: m(
      "La suite ne peut pas précéder l'orientation.",
      "Het resultaat kan niet voor de doorverwijzing liggen.",
      "The outcome cannot be before the referral.",
      "Das Ergebnis kann nicht vor der Weitervermittlung liegen.",
    ),
  },
  "kit.unknown_item": {
    title: m(
      "Cet objet n'est pas (ou plus) dans le catalogue du kit.",
      "Dit voorwerp staat niet (meer) in de kitcatalogus.",
      "This item is not (or no longer) in the kit catalogue.",
      "Dieser Gegenstand ist nicht (mehr) im Kit-Katalog.",
    ),
  },
  "kit.over_cap": {
    title: m(
      "Avec cet objet, le kit du ménage atteindrait {totalEur} €, au-delà du plafond de {capEur} €.",
      "Met dit voorwerp zou de kit van het gezin {totalEur} € bedragen, boven het plafond van {capEur} €.",
      "With this item, the household's kit would reach €{totalEur}, over the cap of €{capEur}.",
      "Mit diesem Gegenstand käme das Kit des Haushalts auf {totalEur} €, über der Obergrenze von {capEur} €.",
    ),
    detail: m(
      "Déjà remis : {alreadyEur} €. Confirmez pour l'enregistrer quand même ; le dépassement apparaîtra dans le rapport.",
      "Al gegeven: {alreadyEur} €. Bevestig om het toch op te slaan; de overschrijding komt in het rapport.",
      "Already handed out: €{alreadyEur}. Confirm to record it anyway; going over will show in the report.",
      "Schon übergeben: {alreadyEur} €. Bestätigen Sie, um es trotzdem zu speichern; die Überschreitung erscheint im Bericht.",
    ),
  },
  "shared_tip.unknown_session": {
    title: m(
      "Cette séance n'est pas celle d'un groupe de ce ménage.",
      "Deze bijeenkomst hoort niet bij een groep van dit gezin.",
      "This session is not one of this household's groups.",
      "Dieses Treffen gehört zu keiner Gruppe dieses Haushalts.",
    ),
  },
  "shared_tip.no_group": {
    title: m(
      "Ce ménage n'était dans aucun groupe ouvert quand il a partagé cette astuce : elle ne peut pas être publiée.",
      "Dit gezin zat in geen open groep toen het deze tip deelde: hij kan niet gepubliceerd worden.",
      "This household was in no open group when it shared this tip: it cannot be published.",
      "Dieser Haushalt war in keiner offenen Gruppe, als er den Tipp teilte: Er kann nicht veröffentlicht werden.",
    ),
  },
  "shared_tip.already_promoted": {
    title: m(
      "Cette astuce est déjà dans la bibliothèque de l'organisation : modifiez-la là.",
      "Deze tip staat al in de bibliotheek van de organisatie: wijzig hem daar.",
      "This tip is already in the organisation's library: edit it there.",
      "Dieser Tipp ist schon in der Bibliothek der Organisation: Ändern Sie ihn dort.",
    ),
  },
  "shared_tip.body_too_short": {
    title: m(
      "Pour la bibliothèque, expliquez l'astuce en 20 caractères au moins.",
      "Leg de tip voor de bibliotheek uit in minstens 20 tekens.",
      "For the library, explain the tip in 20 characters at least.",
      "Erklären Sie den Tipp für die Bibliothek in mindestens 20 Zeichen.",
    ),
  },
};

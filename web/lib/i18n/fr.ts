/**
 * French, the reference catalogue: every key exists here first. Plain, warm words, "vous", short
 * sentences: many readers are not at ease with reading.
 */
export const fr = {
  "app.name": "Eco-watchers",
  "app.skipToContent": "Aller au contenu",

  "action.signIn": "Se connecter",
  "action.signingIn": "Connexion…",
  "action.signOut": "Se déconnecter",
  "action.print": "Imprimer",
  "action.cancel": "Annuler",
  "action.retry": "Réessayer",

  "status.loading": "Chargement…",

  "error.network.title": "Pas de connexion.",
  "error.network.detail": "Vérifiez votre connexion internet, puis réessayez.",
  "error.unexpected.title": "Un problème est survenu.",
  "error.unexpected.detail": "Réessayez dans un moment. Si cela continue, prévenez votre conseiller.",

  "crash.title": "Un problème est survenu",
  "crash.text": "Cette page ne s'est pas chargée. Vérifiez votre connexion, puis rechargez la page.",
  "crash.reload": "Recharger la page",

  "language.label": "Langue",
  "language.failed": "Cette langue ne s'est pas chargée. Réessayez.",

  "header.organisation": "Organisation",
  "header.chooseOrganisation": "Choisissez une organisation",

  "nav.label": "Menu",
  "nav.home": "Accueil",
  "nav.team": "Équipe",
  "nav.admin": "Organisations",

  "role.coordinator": "Coordination",
  "role.adviser": "Conseil en énergie",
  "role.housing_manager": "Gestion des logements",
  "role.household": "Ménage",
  "role.viewer": "Consultation",

  "organisationKind.cpas": "CPAS",
  "organisationKind.commune": "Commune",
  "organisationKind.slsp": "Société de logement (SLSP)",
  "organisationKind.sisp": "Société immobilière (SISP)",
  "organisationKind.asbl": "Association (ASBL)",

  "field.email": "Adresse e-mail",
  "field.password": "Mot de passe",
  "field.language": "Langue",

  "login.title": "Connexion",
  "login.welcome": "Bienvenue",
  "login.intro": "Qui êtes-vous ?",
  "login.choice.household": "Je suis un ménage",
  "login.choice.householdHint": "J'ai un code et un code PIN.",
  "login.choice.staff": "Je suis un professionnel",
  "login.choice.staffHint": "CPAS, commune, société de logement.",
  "login.back": "Retour au choix",
  "login.invitation": "J'ai reçu un code d'invitation",
  "login.household.title": "Connexion du ménage",
  "login.household.intro":
    "Vous trouvez votre code et votre code PIN sur la carte reçue de votre conseiller.",
  "login.household.code": "Code du ménage",
  "login.household.codeHint": "Par exemple : DEMO-01",
  "login.household.pin": "Code PIN",
  "login.household.pinHint": "4 à 8 chiffres",
  "login.household.showPin": "Afficher le code PIN",
  "login.household.staySignedIn": "Rester connecté sur ce téléphone (90 jours)",
  "login.staff.title": "Connexion des professionnels",

  "accept.title": "Rejoindre une organisation",
  "accept.intro": "Vous avez reçu un code d'invitation. Créez votre compte pour commencer.",
  "accept.code": "Code d'invitation",
  "accept.displayName": "Votre nom",
  "accept.displayNameHint": "Vos collègues le verront.",
  "accept.passwordHint": "Au moins 10 caractères.",
  "accept.submit": "Créer mon compte",

  "householdHome.title": "Accueil",
  "householdHome.hello": "Bonjour, {name}",
  "householdHome.intro": "Bienvenue dans Eco-watchers. Cette application vous aidera à suivre votre énergie.",
  "householdHome.soonTitle": "Bientôt, vous pourrez :",
  "householdHome.soonReadings": "noter les chiffres de vos compteurs ;",
  "householdHome.soonConsumption": "voir ce que vous consommez, en kWh et en euros ;",
  "householdHome.soonSavings": "voir combien vous économisez.",
  "householdHome.adviser": "Une question ? Parlez-en à votre conseiller.",
  "householdHome.yourCode": "Votre code ménage :",
  "householdHome.keepPin": "Gardez votre code PIN pour vous.",

  "household.code": "Code du ménage",
  "household.pin": "Code PIN",
  "household.writeOnCard": "Écrivez ce code et ce code PIN sur la carte du ménage.",
  "household.pinOnce": "Le code PIN ne sera plus affiché. Vous pouvez imprimer cette carte.",
  "household.cardAddress": "Connectez-vous sur {address}",

  "households.title": "Les ménages",
  "households.list": "Ménages suivis ({count})",
  "households.empty": "Aucun ménage pour l'instant.",
  "households.since": "Depuis le {date}",
  "households.create": "Ajouter un ménage",
  "households.createIntro": "Le ménage reçoit un code et un code PIN pour se connecter.",
  "households.pseudonym": "Nom affiché",
  "households.pseudonymHint":
    "Un nom choisi avec le ménage, par exemple « Famille Tournesol ». Pas son vrai nom.",
  "households.code": "Code du ménage (facultatif)",
  "households.codeHint": "Lettres, chiffres et tirets. Laissez vide pour en recevoir un.",
  "households.language": "Langue du ménage",
  "households.createSubmit": "Créer le ménage",
  "households.created": "Le ménage est créé",
  "households.resetPin": "Nouveau code PIN",
  "households.resetPinConfirm":
    "{name} recevra un nouveau code PIN. Le ménage sera déconnecté de tous ses téléphones. Continuer ?",
  "households.resetPinYes": "Oui, nouveau code PIN",
  "households.newPin": "Nouveau code PIN",

  "viewer.title": "Consultation",
  "viewer.intro": "Vous pouvez consulter les ménages de l'organisation. Vous ne pouvez rien modifier.",

  "invite.role": "Rôle",
  "invite.email": "Adresse e-mail (facultatif)",
  "invite.emailHint": "Si vous l'indiquez, seule cette adresse pourra utiliser le code.",
  "invite.created": "Invitation créée",
  "invite.code": "Code d'invitation",
  "invite.onlyOnce": "Ce code ne sera plus affiché. Donnez-le à la personne invitée.",
  "invite.expires": "Valable jusqu'au {date}.",
  "invite.forEmail": "Pour {email}.",
  "invite.link": "Elle peut aussi ouvrir cette adresse :",

  "team.title": "Équipe",
  "team.invite": "Inviter une personne",
  "team.inviteIntro": "La personne reçoit un code pour créer son compte.",
  "team.inviteSubmit": "Créer l'invitation",
  "team.pending": "Invitations en attente",
  "team.noPending": "Aucune invitation en attente.",
  "team.noEmail": "Sans adresse e-mail",
  "team.members": "Membres de l'équipe",
  "team.since": "Membre depuis le {date}",

  "admin.title": "Organisations",
  "admin.createTitle": "Créer une organisation",
  "admin.orgName": "Nom",
  "admin.orgSlug": "Nom court (facultatif)",
  "admin.orgSlugHint":
    "Minuscules, chiffres et tirets, par exemple cpas-namur. Laissez vide pour le créer à partir du nom.",
  "admin.orgKind": "Type",
  "admin.create": "Créer l'organisation",
  "admin.inviteTitle": "Inviter une coordinatrice ou un coordinateur",
  "admin.inviteIntro": "La première personne d'une organisation en coordonne l'équipe.",
  "admin.inviteOrganisation": "Organisation",
  "admin.inviteSubmit": "Créer l'invitation",
  "admin.noOrganisation": "Créez d'abord une organisation.",
  "admin.listTitle": "Toutes les organisations",

  "noOrganisation.title": "Aucune organisation",
  "noOrganisation.text":
    "Votre compte n'est lié à aucune organisation. Demandez une invitation à votre coordinateur.",

  "notFound.title": "Page introuvable",
  "notFound.text": "Cette page n'existe pas.",
  "notFound.home": "Retour à l'accueil",
} satisfies Record<string, string>;

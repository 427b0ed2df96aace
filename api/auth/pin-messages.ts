import type { Message } from "../http/messages.ts";

/** Refusals of a PIN a household chooses itself, said so that it can pick again. */
export const PIN_MESSAGES: Record<string, Message> = {
  "pin.current_wrong": {
    title: {
      fr: "Ce n'est pas votre code PIN actuel.",
      nl: "Dit is niet uw huidige pincode.",
      en: "This is not your current PIN.",
      de: "Das ist nicht Ihre aktuelle PIN.",
    },
    detail: {
      fr: "Tapez votre code PIN actuel : les chiffres que vous avez tapés pour vous connecter. Si vous l'avez oublié, la personne qui vous a donné votre code peut vous en donner un nouveau.",
      nl: "Typ uw huidige pincode: de cijfers waarmee u zich aanmeldde. Bent u hem vergeten, dan kan wie u uw code gaf u een nieuwe geven.",
      en: "Type your current PIN: the digits you typed to sign in. If you have forgotten it, whoever gave you your code can give you a new one.",
      de: "Geben Sie Ihre aktuelle PIN ein: die Ziffern, mit denen Sie sich angemeldet haben. Wenn Sie sie vergessen haben, kann die Person, die Ihnen Ihren Code gegeben hat, Ihnen eine neue geben.",
    },
  },
  "pin.format": {
    title: {
      fr: "Le nouveau code PIN doit compter de 4 à 8 chiffres.",
      nl: "De nieuwe pincode moet 4 tot 8 cijfers tellen.",
      en: "The new PIN must have 4 to 8 digits.",
      de: "Die neue PIN muss 4 bis 8 Ziffern haben.",
    },
  },
  "pin.unchanged": {
    title: {
      fr: "Le nouveau code est le même que l'ancien.",
      nl: "De nieuwe code is dezelfde als de oude.",
      en: "The new PIN is the same as the old one.",
      de: "Die neue PIN ist dieselbe wie die alte.",
    },
    detail: {
      fr: "Choisissez un autre code, que vous seul connaîtrez.",
      nl: "Kies een andere code, die alleen u kent.",
      en: "Choose another PIN, one only you will know.",
      de: "Wählen Sie eine andere PIN, die nur Sie kennen.",
    },
  },
  "pin.repeated_digit": {
    title: {
      fr: "Ce code est trop facile à deviner : le même chiffre répété.",
      nl: "Deze code is te makkelijk te raden: hetzelfde cijfer herhaald.",
      en: "This PIN is too easy to guess: the same digit repeated.",
      de: "Diese PIN ist zu leicht zu erraten: dieselbe Ziffer wiederholt.",
    },
    detail: {
      fr: "Choisissez des chiffres différents, dans un ordre que vous retiendrez.",
      nl: "Kies verschillende cijfers, in een volgorde die u onthoudt.",
      en: "Choose different digits, in an order you will remember.",
      de: "Wählen Sie verschiedene Ziffern in einer Reihenfolge, die Sie sich merken.",
    },
  },
  "pin.sequence": {
    title: {
      fr: "Ce code est trop facile à deviner : des chiffres qui se suivent.",
      nl: "Deze code is te makkelijk te raden: cijfers die elkaar opvolgen.",
      en: "This PIN is too easy to guess: digits in a row.",
      de: "Diese PIN ist zu leicht zu erraten: aufeinanderfolgende Ziffern.",
    },
    detail: {
      fr: "Choisissez des chiffres dans un ordre que vous retiendrez mais que personne ne devinera.",
      nl: "Kies cijfers in een volgorde die u onthoudt maar die niemand raadt.",
      en: "Choose digits in an order you will remember but nobody would guess.",
      de: "Wählen Sie Ziffern in einer Reihenfolge, die Sie sich merken, die aber niemand errät.",
    },
  },
  "pin.too_common": {
    title: {
      fr: "Ce code est parmi les plus utilisés : quelqu'un pourrait le deviner.",
      nl: "Deze code is een van de meest gebruikte: iemand zou hem kunnen raden.",
      en: "This PIN is one of the most used: someone could guess it.",
      de: "Diese PIN gehört zu den meistbenutzten: Jemand könnte sie erraten.",
    },
    detail: {
      fr: "Évitez aussi une année (de naissance, de mariage). Choisissez des chiffres que vous retiendrez mais que personne ne devinera.",
      nl: "Vermijd ook een jaartal (geboorte, huwelijk). Kies cijfers die u onthoudt maar die niemand raadt.",
      en: "Avoid a year too (of birth, of a wedding). Choose digits you will remember but nobody would guess.",
      de: "Vermeiden Sie auch eine Jahreszahl (Geburt, Hochzeit). Wählen Sie Ziffern, die Sie sich merken, die aber niemand errät.",
    },
  },
};

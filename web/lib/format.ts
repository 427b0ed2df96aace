import { type Language, language } from "./i18n/index.ts";

const LOCALES: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" };

/** A calendar date written out ("12 mars 2026"), easier to read than digits. */
export function formatDate(value: string | Date): string {
  return new Intl.DateTimeFormat(LOCALES[language.value], { dateStyle: "long" }).format(new Date(value));
}

/** A date and time, for deadlines such as an invitation's expiry. */
export function formatDateTime(value: string | Date): string {
  return new Intl.DateTimeFormat(LOCALES[language.value], { dateStyle: "long", timeStyle: "short" }).format(
    new Date(value),
  );
}

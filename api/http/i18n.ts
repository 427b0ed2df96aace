import { language } from "../../db/schema/organisations.ts";

export const LANGUAGES = language.enumValues;
export type Language = (typeof LANGUAGES)[number];

/** First supported language of an Accept-Language header; French otherwise. */
export function languageFromHeader(header: string | undefined): Language {
  const wanted = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (wanted.find((w) => (LANGUAGES as readonly string[]).includes(w.lang))?.lang as Language) ?? "fr";
}

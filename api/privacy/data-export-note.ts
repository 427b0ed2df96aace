import type { Language } from "../http/i18n.ts";
import { FILES } from "./data-export-words.ts";

type Words = Record<Language, string>;

const NOTE_FILE: Words = { fr: "00-a-lire", nl: "00-lees-mij", en: "00-read-me", de: "00-bitte-lesen" };

const CUT: Words = {
  fr: "Le journal ({file}) ne contient que les {kept} entrées les plus récentes, depuis le {from}, sur {total} en tout. Le coordinateur ou la coordinatrice de votre organisation peut vous montrer les plus anciennes.",
  nl: "Het logboek ({file}) bevat alleen de {kept} recentste regels, sinds {from}, van de {total} in totaal. De coördinator van uw organisatie kan u de oudere tonen.",
  en: "The audit log ({file}) holds only the newest {kept} entries, since {from}, of {total} in all. Your organisation's coordinator can show you the older ones.",
  de: "Das Protokoll ({file}) enthält nur die {kept} neuesten Einträge, seit dem {from}, von insgesamt {total}. Die Koordinatorin oder der Koordinator Ihrer Organisation kann Ihnen die älteren zeigen.",
};

const LOCALE: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" };

/**
 * The ZIP's read-me when the audit log was cut at its newest entries (null when whole): a person
 * opening the CSV files would otherwise take part of the log for all of it. Numbers and the date of
 * the oldest entry kept (Brussels) as the reader writes them.
 */
export function auditLogCutNote(
  {
    kept,
    total,
    truncated,
    oldestKeptAt,
  }: { kept: number; total: number; truncated: boolean; oldestKeptAt: Date | null },
  lang: Language,
): { fileName: string; text: string } | null {
  // A cut log always has entries kept, hence an oldest one.
  if (!truncated || oldestKeptAt === null) return null;
  const number = new Intl.NumberFormat(LOCALE[lang]);
  const day = new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: "Europe/Brussels",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  const text = CUT[lang]
    .replace("{file}", `${FILES.auditLog[lang]}.csv`)
    .replace("{kept}", number.format(kept))
    .replace("{from}", day.format(oldestKeptAt))
    .replace("{total}", number.format(total));
  // A BOM and CRLF, as the CSV files: Windows' Notepad then reads the accents right.
  return { fileName: `${NOTE_FILE[lang]}.txt`, text: `\uFEFF${text}\r\n` };
}

import type { sessionTheme } from "../../db/schema/groups.ts";
import { daysInMonth } from "../consumption/brussels-days.ts";
import type { Language } from "../http/i18n.ts";

/** A span of months asked for is at most ten years: a household's page asks for two. */
export const MAX_MONTHS = 120;

type Theme = (typeof sessionTheme.enumValues)[number];
type Words = Record<Language, string>;

/**
 * The themes as the groups screens name them (web/lib/i18n/*-groups.ts `groups.theme.*`), so that a
 * household reads the same words on its chart as on the session's handout.
 */
export const THEME_WORDS: Record<Exclude<Theme, "free">, Words> = {
  heating: { fr: "Le chauffage", nl: "Verwarming", en: "Heating", de: "Heizung" },
  hot_water: { fr: "L'eau chaude", nl: "Warm water", en: "Hot water", de: "Warmwasser" },
  electricity_appliances: {
    fr: "L'électricité et les appareils",
    nl: "Elektriciteit en toestellen",
    en: "Electricity and appliances",
    de: "Strom und Geräte",
  },
  bills_contracts: {
    fr: "Lire sa facture et son contrat",
    nl: "Uw factuur en contract lezen",
    en: "Reading your bill and contract",
    de: "Rechnung und Vertrag lesen",
  },
  social_tariff_aid: {
    fr: "Le tarif social et les aides",
    nl: "Het sociaal tarief en steun",
    en: "The social tariff and aid",
    de: "Sozialtarif und Hilfen",
  },
  comfort_humidity: {
    fr: "Le confort et l'humidité",
    nl: "Comfort en vocht",
    en: "Comfort and humidity",
    de: "Komfort und Feuchtigkeit",
  },
  collective_heating: {
    fr: "Le chauffage collectif",
    nl: "Collectieve verwarming",
    en: "Collective heating",
    de: "Zentralheizung im Gebäude",
  },
};

const FREE_THEME: Words = {
  fr: "Un autre thème",
  nl: "Een ander thema",
  en: "Another theme",
  de: "Ein anderes Thema",
};

export type MonthSpan =
  | { ok: true; firstDay: string; lastDay: string }
  | { ok: false; code: "markers.range_order" | "markers.range_too_long"; field: "from" };

/** The days of the months `from` … `to` (`YYYY-MM`, both included), or why the span is refused. */
export function monthSpan(from: string, to: string): MonthSpan {
  if (from > to) return { ok: false, code: "markers.range_order", field: "from" };
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  if (index(to) - index(from) + 1 > MAX_MONTHS)
    return { ok: false, code: "markers.range_too_long", field: "from" };
  return { ok: true, firstDay: `${from}-01`, lastDay: `${to}-${String(daysInMonth(to)).padStart(2, "0")}` };
}

/**
 * A tip's title in `lang`; an organisation's own tip may be written in one language only: then
 * French, then the first language it has.
 */
export function tipTitle(text: Partial<Record<string, { title: string }>>, lang: Language): string {
  const own = text[lang]?.title ?? text.fr?.title;
  if (own) return own;
  return Object.values(text).find((t) => t?.title)?.title ?? "";
}

/** A session's theme in `lang`; a free theme is said in the adviser's own words. */
export function themeLabel(theme: Theme, themeText: string | null, lang: Language): string {
  if (theme === "free") return themeText ?? FREE_THEME[lang];
  return THEME_WORDS[theme][lang];
}

const KIND_ORDER = { session: 0, kit: 1, commitment_done: 2 } as const;

/** By day; on one day the session first (kit is often handed out there), then kit, then what was done. */
export function sortMarkers<M extends { kind: keyof typeof KIND_ORDER; day: string; label: string }>(
  markers: readonly M[],
): M[] {
  return [...markers].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.label.localeCompare(b.label, "fr"),
  );
}

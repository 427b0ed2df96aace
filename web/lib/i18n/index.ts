import { batch, signal } from "@preact/signals";
import { fr } from "./fr.ts";
import type { frAlerts } from "./fr-alerts.ts";
import type { frBuildingReport } from "./fr-building-report.ts";
import type { frBuildings } from "./fr-buildings.ts";
import type { frCoaching } from "./fr-coaching.ts";
import type { frCostSplit } from "./fr-costsplit.ts";
import type { frGroups } from "./fr-groups.ts";
import type { frHousehold } from "./fr-household.ts";
import type { frMarkers } from "./fr-markers.ts";
import type { frMeterSetup } from "./fr-meter-setup.ts";
import type { frResults } from "./fr-results.ts";
import type { frSavings } from "./fr-savings.ts";
import type { frStaff } from "./fr-staff.ts";
import type { frTenant } from "./fr-tenant.ts";
import type { frWeather } from "./fr-weather.ts";

export const LANGUAGES = ["fr", "nl", "en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];
export type MessageKey =
  | keyof typeof fr
  | keyof typeof frStaff
  | keyof typeof frMeterSetup
  | keyof typeof frHousehold
  | keyof typeof frMarkers
  | keyof typeof frSavings
  | keyof typeof frWeather
  | keyof typeof frGroups
  | keyof typeof frCoaching
  | keyof typeof frResults
  | keyof typeof frBuildings
  | keyof typeof frBuildingReport
  | keyof typeof frAlerts
  | keyof typeof frCostSplit
  | keyof typeof frTenant;
/** Translations may lag behind French: a missing key falls back to it (tests/web/i18n.test.ts lists them). */
export type Catalogue = Partial<Record<MessageKey, string>>;
export type MessageParams = Record<string, string | number>;

/** Each language names itself, so a person who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: "Français",
  nl: "Nederlands",
  en: "English",
  de: "Deutsch",
};

// French ships in the main bundle; the others load when chosen, to keep the first page light.
const LOADERS: Record<Exclude<Language, "fr">, () => Promise<Catalogue>> = {
  nl: () => import("./nl.ts").then((m) => m.nl),
  en: () => import("./en.ts").then((m) => m.en),
  de: () => import("./de.ts").then((m) => m.de),
};

const STORAGE_KEY = "ecow.language";

export const language = signal<Language>("fr");
const currentCatalogue = signal<Catalogue>(fr);

/**
 * French texts of pages loaded lazily (staff pages, a household's consumption…). They ship with those
 * pages, not with the login page, whose JS has a size budget; the other languages are lazy chunks
 * anyway and hold them all.
 */
const frenchOfLazyPages: Catalogue = {};

/** Called by each part (`fr-staff.ts`, `fr-household.ts`…) when a page imports it, before it renders. */
export function addFrench(texts: Catalogue): void {
  Object.assign(frenchOfLazyPages, texts);
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Loads the catalogue, then switches every text and `<html lang>` at once. */
export async function applyLanguage(lang: Language): Promise<void> {
  const next = lang === "fr" ? fr : await LOADERS[lang]();
  batch(() => {
    currentCatalogue.value = next;
    language.value = lang;
  });
  document.documentElement.lang = lang;
}

/** The text of `key` in the current language; `{name}` placeholders take their value from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate({ catalogue: currentCatalogue.value, key, params });
}

/** `t` without the current-language state: French when the catalogue lacks the key. */
export function translate({
  catalogue,
  key,
  params,
}: {
  catalogue: Catalogue;
  key: MessageKey;
  params?: MessageParams;
}): string {
  // The key itself, as a last resort: a page that forgot to load its texts shows a visible slip.
  const text = catalogue[key] ?? (fr as Catalogue)[key] ?? frenchOfLazyPages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The language chosen on this device before, else the browser's first supported one, else French. */
export function initialLanguage(): Language {
  const stored = readStorage();
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const lang = tag.slice(0, 2).toLowerCase();
    if (isLanguage(lang)) return lang;
  }
  return "fr";
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing or storage full: the choice then lasts for this visit only.
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

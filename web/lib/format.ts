import { type Language, language } from "./i18n/index.ts";

const LOCALES: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB", de: "de-BE" };
/** The Intl locale of the language on screen, for a format none of the functions below gives. */
export const intlLocale = (): string => LOCALES[language.value];
/** Dates are Belgian days whatever the phone's clock zone: a reading of the 1st stays the 1st. */
export const TIME_ZONE = "Europe/Brussels";

/** A calendar date written out ("12 mars 2026"), easier to read than digits. */
export function formatDate(value: string | Date): string {
  const text = new Intl.DateTimeFormat(LOCALES[language.value], {
    dateStyle: "long",
    timeZone: TIME_ZONE,
  }).format(new Date(value));
  return firstOfMonth(text);
}

/** French writes the first day of a month "1er". */
function firstOfMonth(text: string): string {
  return language.value === "fr" ? text.replace(/^1 /, "1er\u00a0") : text;
}

/** A date and time, for deadlines such as an invitation's expiry. */
export function formatDateTime(value: string | Date): string {
  const text = new Intl.DateTimeFormat(LOCALES[language.value], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(value));
  return firstOfMonth(text);
}

/**
 * A day said the way people say it: "1er octobre", "12 mars" (with the year only when it is not
 * this year's).
 */
export function formatDay(value: string | Date, now: Date = new Date()): string {
  const date = new Date(value);
  return dayText(date, yearOf(date) !== yearOf(now));
}

/**
 * Both ends of a span of days ("1er décembre 2026", "30 novembre 2027"): each with its year when the
 * two years differ, else as formatDay says them (the year only when it is not this year's).
 */
export function formatDaySpan(
  from: string | Date,
  to: string | Date,
  now: Date = new Date(),
): { from: string; to: string } {
  const [start, end] = [new Date(from), new Date(to)];
  if (yearOf(start) === yearOf(end)) return { from: formatDay(start, now), to: formatDay(end, now) };
  return { from: dayText(start, true), to: dayText(end, true) };
}

const yearOf = (date: Date) => brusselsDay(date).slice(0, 4);

function dayText(date: Date, withYear: boolean): string {
  const text = new Intl.DateTimeFormat(LOCALES[language.value], {
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: TIME_ZONE,
  }).format(date);
  return firstOfMonth(text);
}

/** A day short, without its year, for a table's cell: "1er oct.", "14 janv.", never cut across two lines. */
export function formatShortDay(value: string | Date): string {
  const text = new Intl.DateTimeFormat(LOCALES[language.value], {
    day: "numeric",
    month: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(value));
  return firstOfMonth(text).replace(/ /g, "\u00a0");
}

/**
 * A quantity with the separators of the person's language: one decimal, none from 100 on; a price
 * keeps its cents (`minDecimals: 2`, « 0,20 » not « 0,2 »).
 */
export function formatNumber(
  value: number,
  { maxDecimals, minDecimals = 0 }: { maxDecimals?: number; minDecimals?: number } = {},
): string {
  const decimals = maxDecimals ?? (Math.abs(value) >= 100 ? 0 : 1);
  return new Intl.NumberFormat(LOCALES[language.value], {
    maximumFractionDigits: Math.max(decimals, minDecimals),
    minimumFractionDigits: minDecimals,
  }).format(value);
}

/** Euros as a bill writes them ("98,85 €"); whole euros from 1 000 € on. */
export function formatEuros(value: number): string {
  const decimals = Math.abs(value) >= 1000 ? 0 : 2;
  return new Intl.NumberFormat(LOCALES[language.value], {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: decimals,
    minimumFractionDigits: decimals,
  }).format(value);
}

/** A month's name (1 = January): "mars", or "M" for a chart axis. */
export function formatMonth(month: number, style: "long" | "narrow" = "long"): string {
  return new Intl.DateTimeFormat(LOCALES[language.value], { month: style, timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** A meter index as typed: every decimal kept, thousands grouped. */
export function formatIndex(value: number): string {
  return new Intl.NumberFormat(LOCALES[language.value], { maximumFractionDigits: 3 }).format(value);
}

/** The Brussels calendar day of an instant, `YYYY-MM-DD`. */
export function brusselsDay(value: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: TIME_ZONE,
  }).format(value);
}

/**
 * The last day counted of a span whose end (`YYYY-MM-DD`) is the first day no longer counted, as the
 * API gives seasons and periods: people read "until 30 April", not "until 1 May".
 */
export function lastDay(end: string): string {
  const [y, m, d] = end.slice(0, 10).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The instant with the phone's own offset (`2026-11-23T08:15:00+01:00`), as the API wants "now". */
export function isoWithOffset(value: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -value.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}` +
    `T${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** "sept. 2026": a month of a year, short, for the rows of a table on a phone. */
export function formatYearMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(LOCALES[language.value], {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * Whole percents of counts that add up to 100 (largest remainder), so that a result never reads
 * 101 %: each count gets its percent rounded down, and the points left go to the largest remainders.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((sum, p) => sum + p, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

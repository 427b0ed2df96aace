/**
 * Local calendar days in Europe/Brussels. A household lives by local days ("le 12"), so days, months
 * and years are Brussels days whatever the server's time zone; the offset (CET +01:00, CEST +02:00)
 * comes from Intl, which knows the daylight-saving rules, so no date library is needed.
 */

/** A Brussels calendar day, `YYYY-MM-DD`. */
export type LocalDay = string;

const DAY_MS = 86_400_000;

const PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Brussels",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function brusselsParts(instant: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of PARTS.formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts;
}

/** Milliseconds to add to UTC to get Brussels wall-clock time at that instant (3,600,000 or 7,200,000). */
export function brusselsOffsetMs(instant: Date): number {
  const p = brusselsParts(instant);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

export function brusselsDayOf(instant: Date): LocalDay {
  const p = brusselsParts(instant);
  return formatDay(p.year ?? 0, p.month ?? 1, p.day ?? 1);
}

function formatDay(year: number, month: number, day: number): LocalDay {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Calendar days between the Brussels days of two instants, as people count them: 1 Nov → 1 Dec is
 * 30 whatever the hours (a reading typed "today" carries the time it was typed) and across a clock
 * change (1 Oct → 1 Nov is 31 though one of those days has 25 hours).
 */
export function brusselsDaysBetween(from: Date, to: Date): number {
  return dayNumber(brusselsDayOf(to)) - dayNumber(brusselsDayOf(from));
}

/** The days readings, deliveries and exports can be about: none before 1971, none past 2999. */
export const READING_DAYS = { first: "1971-01-01", last: "2999-12-31" } as const;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (2024-02-30 is not). */
export function isLocalDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return utc.toISOString().slice(0, 10) === text;
}

// Day splits over ten years ask for the same few thousand midnights again and again; Intl costs
// microseconds per call, so midnights are remembered (bounded, in case of a long-running server).
const midnights = new Map<LocalDay, number>();

/**
 * 00:00 Brussels time on that day. Brussels changes its clocks at 02:00/03:00, so midnight always
 * exists and is never ambiguous.
 */
export function startOfBrusselsDay(day: LocalDay): Date {
  const cached = midnights.get(day);
  if (cached !== undefined) return new Date(cached);
  const wall = Date.parse(`${day}T00:00:00Z`);
  const guess = wall - brusselsOffsetMs(new Date(wall));
  const instant = wall - brusselsOffsetMs(new Date(guess));
  if (midnights.size > 50_000) midnights.clear();
  midnights.set(day, instant);
  return new Date(instant);
}

// Walking day by day over ten years asks for the same "next day" thousands of times per request.
const nextDays = new Map<LocalDay, LocalDay>();

export function addDays(day: LocalDay, days: number): LocalDay {
  if (days === 1) {
    const cached = nextDays.get(day);
    if (cached !== undefined) return cached;
  }
  const result = new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  if (days === 1) {
    if (nextDays.size > 50_000) nextDays.clear();
    nextDays.set(day, result);
  }
  return result;
}

/** `YYYY-MM`. */
export function monthOf(day: LocalDay): string {
  return day.slice(0, 7);
}

/** `YYYY`. */
export function yearOf(day: LocalDay): string {
  return day.slice(0, 4);
}

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
}

/**
 * A Brussels day as a whole number (days since 1970-01-01 on the calendar), so that runs of days
 * can be cut and measured with arithmetic instead of walking day by day.
 */
export function dayNumber(day: LocalDay): number {
  // Digits read in place and days counted from the civil date (H. Hinnant's days_from_civil): this
  // runs for every stored day of ten years, where parsing a Date costs three times as much.
  const month = digitAt(day, 5) * 10 + digitAt(day, 6);
  const year =
    digitAt(day, 0) * 1000 +
    digitAt(day, 1) * 100 +
    digitAt(day, 2) * 10 +
    digitAt(day, 3) -
    (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digitAt(day, 8) * 10 + digitAt(day, 9) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function digitAt(text: string, i: number): number {
  return text.charCodeAt(i) - 48;
}

export function dayOfNumber(n: number): LocalDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

const midnightsByNumber = new Map<number, number>();

/** `startOfBrusselsDay` of a day number, in milliseconds. */
export function midnightMs(n: number): number {
  let ms = midnightsByNumber.get(n);
  if (ms === undefined) {
    ms = startOfBrusselsDay(dayOfNumber(n)).getTime();
    if (midnightsByNumber.size > 50_000) midnightsByNumber.clear();
    midnightsByNumber.set(n, ms);
  }
  return ms;
}

/**
 * The Brussels day (number) an instant falls on: `brusselsDayOf` without Intl once the midnights
 * around it are known. Brussels is 1 or 2 hours ahead of UTC, so the UTC day of instant + 1 h is
 * that day or the one before it.
 */
export function brusselsDayNumberOf(ms: number): number {
  const guess = Math.floor((ms + 3_600_000) / DAY_MS);
  return ms >= midnightMs(guess + 1) ? guess + 1 : guess;
}

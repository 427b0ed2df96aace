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

export function addDays(day: LocalDay, days: number): LocalDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
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

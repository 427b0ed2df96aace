import { brusselsDay } from "./format.ts";

const DAY_MS = 86_400_000;

/**
 * Days between two readings as people count them: calendar days between their Brussels days. A
 * reading typed "today" carries the time it was typed and the one before sits at midnight, so
 * counting hours would say 1 Nov → 1 Dec at 14:00 is 31 days; the calendar says 30. Across a clock
 * change too: 1 Oct → 1 Nov is 31 days though one of them has 25 hours.
 */
export function brusselsDaysBetween(from: string | Date, to: string | Date): number {
  // Both days at UTC midnight: UTC has no clock change, so the difference is whole days.
  const utcMidnight = (value: string | Date) => Date.parse(`${brusselsDay(new Date(value))}T00:00:00Z`);
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

import { isLocalDay, startOfBrusselsDay } from "../consumption/brussels-days.ts";

/**
 * The instant of a reading from what the client sent:
 * - ISO 8601 with an offset or Z (`2024-10-12T18:30:00+02:00`) is taken as is. Without an offset
 *   the hour would be ambiguous (a phone may run on another time zone), so it is refused.
 * - A plain date `YYYY-MM-DD` means that day in Europe/Brussels, at 00:00 local time. Why the start
 *   of the day: "I read it on the 12th" gives the day, not the hour, and
 *   · it is the only instant never in the future for a reading typed that very day, at any hour,
 *     without looking at the clock, so a retry of the same body gives the same instant (idempotent);
 *   · readings taken on the 1st of each month then cut consumption exactly at month boundaries, and
 *     every interval between plain dates is whole local days (the daily split has no half days);
 *   · midnight always exists in Brussels (clocks change at 02:00/03:00).
 *   The cost is at most a day's use counted in the next interval, which the next reading evens out.
 *   Entry screens send the current instant with its offset for "now" and a plain date only for a
 *   back-dated reading, so two readings of the same day stay distinct.
 */
export type ParsedReadAt =
  | { ok: true; readAt: Date; plainDate: boolean }
  | { ok: false; code: "reading.invalid_date" };

const ISO_WITH_OFFSET =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function parseReadAt(text: string): ParsedReadAt {
  if (isLocalDay(text)) return { ok: true, readAt: startOfBrusselsDay(text), plainDate: true };
  const iso = ISO_WITH_OFFSET.exec(text);
  if (!iso || !isLocalDay(iso[1] as string)) return { ok: false, code: "reading.invalid_date" };
  const readAt = new Date(text);
  if (Number.isNaN(readAt.getTime())) return { ok: false, code: "reading.invalid_date" };
  return { ok: true, readAt, plainDate: false };
}

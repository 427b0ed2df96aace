import { brusselsDayOf, type LocalDay } from "../consumption/brussels-days.ts";
import { parseDay, parseWallTime } from "./import-values.ts";
import { dayClock, MINUTE_MS, wallInstants } from "./local-time.ts";

const DAY_MS = 86_400_000;

/**
 * Length of a slot from its written start and end. Usually the wall-clock difference (15 or 60
 * minutes, which also holds in the repeated October hour); across the missing March hour a file may
 * write 01:45–03:00, which the instants show to be 15 minutes; 00:00 to 00:00 the next day is a day.
 */
export function slotMinutes(s: {
  day: LocalDay;
  wall: number;
  toDay: LocalDay;
  toWall: number;
  startMs: number;
}) {
  // Most slots end on the day they start: no calendar arithmetic (Date.parse twice per line was 3 % of an import).
  const days = s.toDay === s.day ? 0 : Date.parse(s.toDay) - Date.parse(s.day);
  const naive = (days + s.toWall - s.wall) / MINUTE_MS;
  if (naive === 15 || naive === 60) return naive;
  if (naive === 1440 && s.wall === 0) return 1440;
  const end = wallInstants(dayClock(s.toDay), s.toWall);
  if (!end) return null;
  const real = ((end.kind === "one" ? end.at : end.second) - s.startMs) / MINUTE_MS;
  return real === 15 || real === 60 ? real : null;
}

type Timestamp = { instant: number } | { day: LocalDay; wall: number };

/** `2024-10-27T02:15:00+02:00` (an instant), or a Brussels wall time `2024-10-27 02:15`, `27-10-2024 02:15`. */
export function parseTimestamp(text: string): Timestamp | null {
  const s = text.trim();
  const withOffset = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/.exec(
    s,
  );
  if (withOffset) {
    const instant = Date.parse(`${withOffset[1]}T${withOffset[2]}${withOffset[3]}`);
    return Number.isNaN(instant) ? null : { instant };
  }
  const local = /^(\S+)[T ](\d{1,2}:\d{2}(?::\d{2})?)$/.exec(s);
  const day = local ? parseDay(local[1] ?? "") : null;
  const wall = local ? parseWallTime(local[2] ?? "") : null;
  return day && wall !== null && wall < DAY_MS ? { day, wall } : null;
}

// Brussels offsets are whole hours, so every instant of an hour falls on the same local day.
const dayOfHour = new Map<number, LocalDay>();
export function brusselsDayOfMs(instant: number): LocalDay {
  const hour = Math.floor(instant / 3_600_000);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    day = brusselsDayOf(new Date(instant));
    if (dayOfHour.size > 200_000) dayOfHour.clear();
    dayOfHour.set(hour, day);
  }
  return day;
}

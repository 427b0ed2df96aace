import {
  addDays,
  brusselsOffsetMs,
  type LocalDay,
  startOfBrusselsDay,
} from "../consumption/brussels-days.ts";

/**
 * Belgian wall-clock times in operators' files ("27-10-2024 02:15") as instants. Most days have one
 * instant per wall time; on the day summer time starts (last Sunday of March) 02:00–02:59 does not
 * exist, and on the day it ends (last Sunday of October) 02:00–02:59 happens twice, first in summer
 * time (+02:00) and then in winter time (+01:00).
 */
export interface DayClock {
  day: LocalDay;
  startMs: number;
  /** 23, 24 or 25 hours. */
  lengthMs: number;
  /** The instant the offset changes on this day, or null. */
  shiftAtMs: number | null;
  /** Offset after the change minus before (+1 h in March, −1 h in October). */
  shiftMs: number;
}

export const MINUTE_MS = 60_000;
const clocks = new Map<LocalDay, DayClock>();

export function dayClock(day: LocalDay): DayClock {
  const cached = clocks.get(day);
  if (cached) return cached;
  const startMs = startOfBrusselsDay(day).getTime();
  const endMs = startOfBrusselsDay(addDays(day, 1)).getTime();
  const before = brusselsOffsetMs(new Date(startMs));
  const after = brusselsOffsetMs(new Date(endMs - 1));
  let shiftAtMs: number | null = null;
  if (before !== after) {
    // The first minute with the new offset (offsets change on whole minutes).
    let lo = startMs;
    let hi = endMs - 1;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (brusselsOffsetMs(new Date(mid)) === before) lo = mid;
      else hi = mid;
    }
    shiftAtMs = brusselsOffsetMs(new Date(lo)) === after ? lo : hi;
  }
  const clock = { day, startMs, lengthMs: endMs - startMs, shiftAtMs, shiftMs: after - before };
  if (clocks.size > 20_000) clocks.clear();
  clocks.set(day, clock);
  return clock;
}

export type WallInstants = { kind: "one"; at: number } | { kind: "two"; first: number; second: number };

/**
 * The instants a wall time (milliseconds after local midnight) names on a day: one, two in the
 * repeated October hour (earlier first), or null in the missing March hour.
 */
export function wallInstants(clock: DayClock, wallMs: number): WallInstants | null {
  const beforeShift = clock.startMs + wallMs;
  if (clock.shiftAtMs === null) return { kind: "one", at: beforeShift };
  const afterShift = beforeShift - clock.shiftMs;
  const early = beforeShift < clock.shiftAtMs;
  const late = afterShift >= clock.shiftAtMs;
  if (early && late) return { kind: "two", first: beforeShift, second: afterShift };
  if (early) return { kind: "one", at: beforeShift };
  if (late) return { kind: "one", at: afterShift };
  return null;
}

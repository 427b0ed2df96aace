import { brusselsDay } from "../lib/format.ts";

/**
 * Readings whose Brussels day holds another reading of the same register: their rows say the time
 * too, or the history shows two identical « 2 décembre 2026 » lines with different numbers.
 */
export function readingsSharingADay(
  readings: readonly { id: string; register: string; readAt: string | Date }[],
): Set<string> {
  const byDay = new Map<string, string[]>();
  for (const r of readings) {
    const key = `${r.register}|${brusselsDay(new Date(r.readAt))}`;
    byDay.set(key, [...(byDay.get(key) ?? []), r.id]);
  }
  return new Set([...byDay.values()].filter((ids) => ids.length > 1).flat());
}

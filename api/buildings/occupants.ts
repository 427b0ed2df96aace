import type { LocalDay } from "../consumption/brussels-days.ts";
import type { Occupancy } from "./cost-split-input.ts";

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (exclusive); both are calendar days, so the count is whole. */
export const daysBetween = (from: LocalDay, to: LocalDay) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/**
 * The dwelling's occupants over the season, each with the days lived there; days no occupancy covers
 * are the housing company's (householdId null). Occupants are listed by their first day.
 */
export function occupantsOf(occupancies: readonly Occupancy[], season: { from: LocalDay; to: LocalDay }) {
  const sorted = [...occupancies].sort((a, b) => (a.from < b.from ? -1 : 1));
  const spans: Occupancy[] = [];
  let cursor = season.from;
  for (const o of [...sorted, { householdId: null, from: season.to, to: season.to }]) {
    if (o.from > cursor) spans.push({ householdId: null, from: cursor, to: o.from });
    if (o.from < o.to) spans.push(o);
    cursor = o.to;
  }
  const byOccupant = new Map<string | null, { householdId: string | null; periods: Occupancy[] }>();
  for (const span of spans) {
    const entry = byOccupant.get(span.householdId) ?? { householdId: span.householdId, periods: [] };
    entry.periods.push(span);
    byOccupant.set(span.householdId, entry);
  }
  return [...byOccupant.values()].map(({ householdId, periods }) => ({
    householdId,
    periods: mergeTouching(periods),
    days: periods.reduce((s, p) => s + daysBetween(p.from, p.to), 0),
  }));
}

/** Back-to-back periods of one occupant read as one ("1/10 → 1/1" and "1/1 → 1/5" → "1/10 → 1/5"). */
function mergeTouching(periods: readonly Occupancy[]): { from: LocalDay; to: LocalDay }[] {
  const merged: { from: LocalDay; to: LocalDay }[] = [];
  for (const { from, to } of periods) {
    const last = merged[merged.length - 1];
    if (last && last.to === from) last.to = to;
    else merged.push({ from, to });
  }
  return merged;
}

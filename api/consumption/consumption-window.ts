import type { IndexReading } from "../meters/meter-rules.ts";
import { addDays, brusselsDayOf, isLocalDay, type LocalDay, startOfBrusselsDay } from "./brussels-days.ts";
import { shiftYears } from "./household-consumption.ts";

/** Longer windows make answers too large to be useful (the message says "10 years" in words). */
const MAX_SPAN_YEARS = 10;

export interface WindowProblem {
  field: "from" | "to";
  message: "consumption.from_after_to" | "consumption.span_too_long";
}

export type WindowResult =
  | { ok: true; from: LocalDay; to: LocalDay }
  | { ok: false; problems: WindowProblem[] };

/**
 * The window asked for, both days inclusive, with its defaults: up to today, from the first day of
 * the month eleven months before the last one (the last twelve calendar months).
 */
export function consumptionWindow({
  from,
  to,
  today,
}: {
  from?: LocalDay;
  to?: LocalDay;
  today: LocalDay;
}): WindowResult {
  const end = to ?? today;
  const start = from ?? addMonths(`${end.slice(0, 7)}-01`, -11);
  if (!isLocalDay(start) || !isLocalDay(end)) throw new Error("days are checked by the query schema first");
  if (start > end) return { ok: false, problems: [{ field: "from", message: "consumption.from_after_to" }] };
  if (end >= shiftYears(start, MAX_SPAN_YEARS))
    return { ok: false, problems: [{ field: "to", message: "consumption.span_too_long" }] };
  return { ok: true, from: start, to: end };
}

function addMonths(monthStart: LocalDay, months: number): LocalDay {
  const [y, m] = monthStart.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/**
 * The days before and after `days` that reading intervals crossing its edges reach: from the last
 * reading of a register before the first day (when a later one follows it), to the first one after
 * the last day (when an earlier one precedes it). A meter closed long before has none. Smart-meter
 * days there count too: the index difference of such an interval is shared with them (day-spans.ts).
 */
export function readingEdges({
  meters,
  days,
}: {
  meters: readonly { readings: readonly IndexReading[] }[];
  days: { from: LocalDay; to: LocalDay };
}): { from: LocalDay; to: LocalDay }[] {
  const startMs = startOfBrusselsDay(days.from).getTime();
  const endMs = startOfBrusselsDay(addDays(days.to, 1)).getTime();
  let firstMs = startMs;
  let lastMs = endMs;
  for (const { readings } of meters)
    for (const register of new Set(readings.map((r) => r.register))) {
      const times = readings.filter((r) => r.register === register).map((r) => r.readAt.getTime());
      const before = Math.max(...times.filter((t) => t < startMs));
      const after = Math.min(...times.filter((t) => t > endMs));
      if (Number.isFinite(before) && times.some((t) => t > startMs)) firstMs = Math.min(firstMs, before);
      if (Number.isFinite(after) && times.some((t) => t < endMs)) lastMs = Math.max(lastMs, after);
    }
  const edges: { from: LocalDay; to: LocalDay }[] = [];
  if (firstMs < startMs) edges.push({ from: brusselsDayOf(new Date(firstMs)), to: addDays(days.from, -1) });
  if (lastMs > endMs) edges.push({ from: addDays(days.to, 1), to: brusselsDayOf(new Date(lastMs - 1)) });
  return edges;
}

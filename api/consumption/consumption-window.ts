import { isLocalDay, type LocalDay } from "./brussels-days.ts";
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

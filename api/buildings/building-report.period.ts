import { addDays, type LocalDay } from "../consumption/brussels-days.ts";
import { type MonthStatus, shiftMonth } from "./indicators.rules.ts";

/**
 * A month's heating figures are complete when the indicators count it whole: every day of it covered
 * by the readings of the heating meters in service, `measured` or `estimated` (spread from a reading
 * period reaching over the month's edge). A `partial` month (the reading that closes it is not in
 * yet) or a `missing` one is not: the report's total and per degree-day figures would lack it.
 */
export const isCompleteMonth = (status: MonthStatus) => status === "measured" || status === "estimated";

/** The twelve months ending with `month` (`YYYY-MM`), as days: its first and last. */
export function twelveMonthsEndingWith(month: string): { from: LocalDay; to: LocalDay } {
  return { from: `${shiftMonth(month, -11)}-01`, to: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

/**
 * How far back the default period's end may go: a building whose readings stopped long ago opens on
 * this year, its missing months said, rather than silently on a year long past.
 */
export const DEFAULT_END_LOOK_BACK_MONTHS = 12;

/**
 * The report's period when none is asked for: the twelve months ending with the building's last
 * month whose heating figures are complete, never after last month (the current one is not over) nor
 * more than `lookBackMonths` (DEFAULT_END_LOOK_BACK_MONTHS) before it; a building without such a month gets the twelve
 * months ending last month. `months` are the building's heating months as the indicators mark them.
 */
export function defaultReportPeriod({
  today,
  months,
  lookBackMonths = DEFAULT_END_LOOK_BACK_MONTHS,
}: {
  today: LocalDay;
  months: ReadonlyArray<{ month: string; status: MonthStatus }>;
  /** How many months, last month included, the end may be looked for in. */
  lookBackMonths?: number;
}): { from: LocalDay; to: LocalDay } {
  const lastMonth = shiftMonth(today.slice(0, 7), -1);
  const earliestEnd = shiftMonth(lastMonth, 1 - lookBackMonths);
  let end: string | null = null;
  for (const m of months)
    if (
      m.month <= lastMonth &&
      m.month >= earliestEnd &&
      isCompleteMonth(m.status) &&
      (end === null || m.month > end)
    )
      end = m.month;
  return twelveMonthsEndingWith(end ?? lastMonth);
}

import { addDays, brusselsDayOf } from "../consumption/brussels-days.ts";
import { type DegreeDayConvention, daysOfMonth, monthlySums } from "./degree-days.ts";
import { addMonths, monthsBetween } from "./months.ts";
import { getStation, type WeatherCtx } from "./weather.actions.ts";
import * as repo from "./weather.repo.ts";

export const COMPUTED_SOURCE = "calculé à partir des températures journalières";

export interface DegreeDayQuery {
  convention: DegreeDayConvention;
  kind: repo.DegreeDayKind;
  granularity: "day" | "month";
  /** `YYYY-MM` or `YYYY-MM-DD`; a month means all its days. */
  from?: string;
  to?: string;
}

interface Value {
  period: string;
  degreeDays: number;
  source: string;
}

/**
 * A station's degree-days over a period, and what is missing from it, never filled in:
 * - by month: the published monthly table where it has the month, else the sum of the month's daily
 *   values when every day has one; months not yet over are left out;
 * - by day: the daily values computed from imported temperatures, up to yesterday;
 * - `kind=normal`: the 12 monthly normals (months `01`–`12`).
 * `missingMonths` have no value at all; `incompleteMonths` have daily values for some days only.
 */
export async function degreeDaySeries({
  ctx,
  code,
  query,
}: {
  ctx: WeatherCtx;
  code: string;
  query: DegreeDayQuery;
}) {
  const station = await getStation(ctx.db, code);
  const { convention, kind, granularity } = query;
  const head = { station, convention, kind, granularity };
  if (kind === "normal") {
    const values = await repo.monthlyValues(ctx.db, { stationCode: code, convention, kind });
    const have = new Set(values.map((v) => v.month));
    const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
    return {
      ...head,
      from: "01",
      to: "12",
      values: values.map((v) => ({ period: v.month, degreeDays: v.degreeDays, source: v.source })),
      missingMonths: months.filter((m) => !have.has(m)),
      incompleteMonths: [],
    };
  }
  // The schema made sure both are there for measured values.
  if (!query.from || !query.to)
    throw new Error("DegreeDayQuery lets no measured series through without from and to");
  const fromDay = query.from.length === 7 ? `${query.from}-01` : query.from;
  const toDay = query.to.length === 7 ? (daysOfMonth(query.to).at(-1) as string) : query.to;
  const yesterday = addDays(brusselsDayOf(ctx.now), -1);
  const args = { ctx, code, convention, fromDay, toDay: toDay < yesterday ? toDay : yesterday };
  const body = granularity === "month" ? await byMonth(args) : await byDay(args);
  return { ...head, from: query.from, to: query.to, ...body };
}

interface SeriesArgs {
  ctx: WeatherCtx;
  code: string;
  convention: DegreeDayConvention;
  fromDay: string;
  toDay: string;
}

async function byMonth({ ctx, code, convention, fromDay, toDay }: SeriesArgs) {
  const lastEnded = addMonths(toDay.slice(0, 7), toDay === daysOfMonth(toDay.slice(0, 7)).at(-1) ? 0 : -1);
  const months = monthsBetween(fromDay.slice(0, 7), lastEnded);
  const values: Value[] = [];
  const missingMonths: string[] = [];
  const incompleteMonths: { month: string; missingDays: string[] }[] = [];
  if (!months.length) return { values, missingMonths, incompleteMonths };
  const first = months[0] as string;
  const last = months.at(-1) as string;
  const [table, daily] = await Promise.all([
    repo.monthlyValues(ctx.db, {
      stationCode: code,
      convention,
      kind: "measured",
      fromMonth: first,
      toMonth: last,
    }),
    repo.dailyDegreeDaysBetween(ctx.db, {
      stationCode: code,
      convention,
      fromDay: `${first}-01`,
      toDay: daysOfMonth(last).at(-1) as string,
    }),
  ]);
  const published = new Map(table.map((t) => [t.month, t]));
  const sums = new Map(monthlySums(daily, months).map((s) => [s.month, s]));
  for (const month of months) {
    const row = published.get(month);
    const sum = sums.get(month);
    if (row) values.push({ period: month, degreeDays: row.degreeDays, source: row.source });
    else if (sum?.complete)
      values.push({ period: month, degreeDays: sum.degreeDays, source: COMPUTED_SOURCE });
    else {
      missingMonths.push(month);
      if (sum && sum.missingDays.length < daysOfMonth(month).length)
        incompleteMonths.push({ month, missingDays: sum.missingDays });
    }
  }
  return { values, missingMonths, incompleteMonths };
}

async function byDay({ ctx, code, convention, fromDay, toDay }: SeriesArgs) {
  const values: Value[] = [];
  const missingMonths: string[] = [];
  const incompleteMonths: { month: string; missingDays: string[] }[] = [];
  if (toDay < fromDay) return { values, missingMonths, incompleteMonths };
  const daily = await repo.dailyDegreeDaysBetween(ctx.db, { stationCode: code, convention, fromDay, toDay });
  const have = new Set(daily.map((d) => d.day));
  for (const d of daily) values.push({ period: d.day, degreeDays: d.degreeDays, source: COMPUTED_SOURCE });
  for (const month of monthsBetween(fromDay.slice(0, 7), toDay.slice(0, 7))) {
    const asked = daysOfMonth(month).filter((day) => day >= fromDay && day <= toDay);
    const missingDays = asked.filter((day) => !have.has(day));
    if (missingDays.length === asked.length) missingMonths.push(month);
    else if (missingDays.length) incompleteMonths.push({ month, missingDays });
  }
  return { values, missingMonths, incompleteMonths };
}

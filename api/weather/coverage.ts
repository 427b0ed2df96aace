import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { degreeDaySeries } from "./degree-day-series.ts";
import { CONVENTIONS, type DegreeDayConvention } from "./degree-days.ts";
import { addMonths } from "./months.ts";
import { getStation, type WeatherCtx } from "./weather.actions.ts";
import * as repo from "./weather.repo.ts";

interface ConventionCoverage {
  convention: DegreeDayConvention;
  fromMonth: string | null;
  monthsWithData: number;
  missingMonths: string[];
  incompleteMonths: { month: string; missingDays: string[] }[];
}

/**
 * What a station's measured degree-days cover, per convention: from the first month it holds a value
 * for (published, or a daily value) to the last complete month, with the months still missing.
 * A convention without any stored value has no window: nothing is listed as missing for it.
 */
export async function stationCoverage({ ctx, code }: { ctx: WeatherCtx; code: string }) {
  const station = await getStation(ctx.db, code);
  const throughMonth = addMonths(brusselsDayOf(ctx.now).slice(0, 7), -1);
  const starts = await repo.measuredStarts(ctx.db, code);
  const conventions: ConventionCoverage[] = [];
  for (const convention of CONVENTIONS) {
    const fromMonth = firstMonth(starts, convention);
    if (!fromMonth || fromMonth > throughMonth) {
      conventions.push({ convention, fromMonth, monthsWithData: 0, missingMonths: [], incompleteMonths: [] });
      continue;
    }
    const series = await degreeDaySeries({
      ctx,
      code,
      query: { convention, kind: "measured", granularity: "month", from: fromMonth, to: throughMonth },
    });
    conventions.push({
      convention,
      fromMonth,
      monthsWithData: series.values.length,
      missingMonths: series.missingMonths,
      incompleteMonths: series.incompleteMonths,
    });
  }
  return { station, throughMonth, conventions };
}

function firstMonth(
  { monthly, daily }: Awaited<ReturnType<typeof repo.measuredStarts>>,
  convention: DegreeDayConvention,
): string | null {
  const months = [
    monthly.find((m) => m.convention === convention)?.first,
    daily.find((d) => d.convention === convention)?.first?.slice(0, 7),
  ].filter((m): m is string => Boolean(m));
  return months.sort()[0] ?? null;
}

import type { Db, DbOrTx } from "../../db/client.ts";
import { addDays, brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Actor } from "../http/context.ts";
import { type AppError, NotFound, Validation } from "../http/errors.ts";
import { CONVENTIONS, type DegreeDayConvention, dailyDegreeDays } from "./degree-days.ts";
import { addMonths, missingMonths } from "./months.ts";
import * as repo from "./weather.repo.ts";
import { parseMonthlyDegreeDaysFile, parseTemperatureFile, type TemperatureFormat } from "./weather-csv.ts";
import { WeatherFileRefused, type WeatherRefusal } from "./weather-refusals.ts";

/**
 * Weather is platform reference data: read by everyone signed in, written by the platform
 * administrator (the routes say so), outside any organisation.
 */
export interface WeatherCtx {
  db: Db;
  actor: Actor;
  now: Date;
}

const TEMPERATURE_SOURCES: Record<TemperatureFormat, string> = {
  rmi_aws_1day: "IRM/KMI, données ouvertes aws_1day",
  date_tmean: "fichier date;tmean_c",
};

export async function getStation(db: Db, code: string) {
  const station = await repo.findStation(db, code);
  if (!station) throw new NotFound("weather.station_not_found");
  return station;
}

/** Complete months looked at for the "recent weather missing" alert. */
const RECENT_MONTHS = 3;

export async function listStations({ ctx }: { ctx: WeatherCtx }) {
  const [stations, summary] = await Promise.all([repo.listStations(ctx.db), repo.seriesSummary(ctx.db)]);
  const current = brusselsDayOf(ctx.now).slice(0, 7);
  const [from, to] = [addMonths(current, -RECENT_MONTHS), addMonths(current, -1)];
  const recentMissing = await Promise.all(
    stations.map((s) => recentMonthsMissing(ctx.db, { stationCode: s.code, from, to })),
  );
  return stations.map((s, i) => ({
    ...s,
    recentMonthsMissing: recentMissing[i] as string[],
    monthlySeries: summary.monthly
      .filter((m) => m.stationCode === s.code)
      .sort((a, b) => a.convention.localeCompare(b.convention) || a.kind.localeCompare(b.kind))
      .map(({ convention, kind, first, last, count }) => ({
        convention,
        kind,
        firstMonth: first ?? "",
        lastMonth: last ?? "",
        months: count,
      })),
    dailySeries: summary.daily
      .filter((d) => d.stationCode === s.code)
      .sort((a, b) => a.convention.localeCompare(b.convention))
      .map(({ convention, first, last, count }) => ({
        convention,
        firstDay: first ?? "",
        lastDay: last ?? "",
        days: count,
      })),
  }));
}

/** Months from `from` to `to` with neither a measured monthly value nor a daily temperature. */
async function recentMonthsMissing(
  db: Db,
  { stationCode, from, to }: { stationCode: string; from: string; to: string },
) {
  const [monthly, temperatures] = await Promise.all([
    repo.monthlyValues(db, {
      stationCode,
      convention: "equiv16_5",
      kind: "measured",
      fromMonth: from,
      toMonth: to,
    }),
    repo.temperaturesBetween(db, {
      stationCode,
      fromDay: `${from}-01`,
      toDay: addDays(`${addMonths(to, 1)}-01`, -1),
    }),
  ]);
  const present = [...monthly.map((m) => m.month), ...temperatures.map((t) => t.day.slice(0, 7))];
  return missingMonths({ from, to, present });
}

/** What else must change with a station's weather, in the import's transaction (figures derived from it). */
export type AfterWeatherChange = (tx: DbOrTx) => Promise<unknown>;

/**
 * Imports a station's daily mean temperatures and, in the same transaction, computes and stores
 * both daily degree-day conventions for the days they change: the file's days and the two after it
 * (the equivalent 16.5 of a day depends on the two days before). A bad row refuses the whole file;
 * the same file again changes nothing (`created: false`, `daysImported: 0`).
 */
export async function importTemperatures({
  ctx,
  code,
  text,
  afterChange,
}: {
  ctx: WeatherCtx;
  code: string;
  text: string;
  afterChange?: AfterWeatherChange;
}) {
  await getStation(ctx.db, code);
  const parsed = refusingBadFiles(() => parseTemperatureFile(text));
  const first = parsed.temperatures[0]?.day as string;
  const last = parsed.temperatures.at(-1)?.day as string;
  return ctx.db.transaction(async (tx) => {
    await repo.lockStation(tx, code);
    const daysImported = await repo.upsertTemperatures(tx, {
      stationCode: code,
      temperatures: parsed.temperatures,
      source: TEMPERATURE_SOURCES[parsed.format],
    });
    const degreeDaysChanged: Record<DegreeDayConvention, number> = { dj15_15: 0, equiv16_5: 0 };
    if (daysImported) {
      const around = await repo.temperaturesBetween(tx, {
        stationCode: code,
        fromDay: addDays(first, -2),
        toDay: addDays(last, 2),
      });
      for (const convention of CONVENTIONS)
        degreeDaysChanged[convention] = await repo.upsertDailyDegreeDays(tx, {
          stationCode: code,
          convention,
          values: dailyDegreeDays(around, convention).filter((d) => d.day >= first),
        });
      await afterChange?.(tx);
    }
    return {
      created: daysImported > 0,
      result: {
        format: parsed.format,
        rowsRead: parsed.rowsRead,
        daysImported,
        from: first,
        to: last,
        daysWithoutValue: parsed.daysWithoutValue,
        degreeDaysChanged,
      },
    };
  });
}

/** Imports a published monthly table (`month;degree_days`) into one series; same rules as above. */
export async function importMonthlyDegreeDays({
  ctx,
  code,
  convention,
  kind,
  source,
  text,
  afterChange,
}: {
  ctx: WeatherCtx;
  code: string;
  convention: DegreeDayConvention;
  kind: repo.DegreeDayKind;
  source: string;
  text: string;
  afterChange?: AfterWeatherChange;
}) {
  await getStation(ctx.db, code);
  const values = refusingBadFiles(() => parseMonthlyDegreeDaysFile(text, kind));
  return ctx.db.transaction(async (tx) => {
    await repo.lockStation(tx, code);
    const monthsImported = await repo.upsertMonthly(tx, {
      stationCode: code,
      convention,
      kind,
      values,
      source,
    });
    if (monthsImported) await afterChange?.(tx);
    return {
      created: monthsImported > 0,
      result: {
        rowsRead: values.length,
        monthsImported,
        from: values[0]?.month as string,
        to: values.at(-1)?.month as string,
      },
    };
  });
}

function refusingBadFiles<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof WeatherFileRefused ? refusalError(error.refusal) : error;
  }
}

/** A refused file as problem+json: 422 with the line (a top-level `line` member) and the column at fault. */
function refusalError(refusal: WeatherRefusal): AppError {
  const error =
    refusal.code === "weather.bad_row"
      ? new Validation(
          refusal.code,
          [{ field: refusal.field || "file", code: refusal.reason, message: refusal.reason }],
          { line: refusal.line, value: refusal.value },
        )
      : new Validation(refusal.code, [{ field: "file", code: refusal.code, message: refusal.code }], {
          line: refusal.line,
        });
  error.extensions = { line: refusal.line };
  return error;
}

import { and, asc, between, count, eq, max, min, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import {
  dailyTemperatures,
  degreeDaysDaily,
  degreeDaysMonthly,
  weatherStations,
} from "../../db/schema/index.ts";
import type { DailyDegreeDays, DailyTemperature, DegreeDayConvention } from "./degree-days.ts";
import type { MonthlyValue } from "./weather-csv.ts";

/** Weather is platform reference data: no query here is scoped to an organisation. */

export type DegreeDayKind = "measured" | "normal";

/** Rows per INSERT: 4 parameters each, far below PostgreSQL's 65,535. */
const CHUNK = 2_000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export async function listStations(db: DbOrTx) {
  return db
    .select({ code: weatherStations.code, name: weatherStations.name, label: weatherStations.label })
    .from(weatherStations)
    .orderBy(asc(weatherStations.code));
}

export async function findStation(db: DbOrTx, code: string) {
  const [station] = await db
    .select({ code: weatherStations.code, name: weatherStations.name, label: weatherStations.label })
    .from(weatherStations)
    .where(eq(weatherStations.code, code));
  return station;
}

/** Serialises imports into one station: two uploads of the same file cannot both count as new. */
export async function lockStation(tx: Tx, code: string) {
  await tx
    .select({ code: weatherStations.code })
    .from(weatherStations)
    .where(eq(weatherStations.code, code))
    .for("update");
}

/** What each station holds: monthly series by convention and kind, daily series by convention. */
export async function seriesSummary(db: DbOrTx) {
  const monthly = await db
    .select({
      stationCode: degreeDaysMonthly.stationCode,
      convention: degreeDaysMonthly.convention,
      kind: degreeDaysMonthly.kind,
      first: min(degreeDaysMonthly.month),
      last: max(degreeDaysMonthly.month),
      count: count(),
    })
    .from(degreeDaysMonthly)
    .groupBy(degreeDaysMonthly.stationCode, degreeDaysMonthly.convention, degreeDaysMonthly.kind);
  const daily = await db
    .select({
      stationCode: degreeDaysDaily.stationCode,
      convention: degreeDaysDaily.convention,
      first: min(degreeDaysDaily.day),
      last: max(degreeDaysDaily.day),
      count: count(),
    })
    .from(degreeDaysDaily)
    .groupBy(degreeDaysDaily.stationCode, degreeDaysDaily.convention);
  return {
    monthly: monthly.map((r) => ({ ...r, count: Number(r.count) })),
    daily: daily.map((r) => ({ ...r, count: Number(r.count) })),
  };
}

/** Stores the days that are new or whose temperature differs; returns how many. */
export async function upsertTemperatures(
  tx: Tx,
  {
    stationCode,
    temperatures,
    source,
  }: { stationCode: string; temperatures: DailyTemperature[]; source: string },
): Promise<number> {
  let changed = 0;
  for (const part of chunks(temperatures)) {
    const rows = await tx
      .insert(dailyTemperatures)
      .values(part.map((t) => ({ stationCode, day: t.day, tmeanC: t.tmeanC.toFixed(2), source })))
      .onConflictDoUpdate({
        target: [dailyTemperatures.stationCode, dailyTemperatures.day],
        set: { tmeanC: sql`excluded.tmean_c`, source: sql`excluded.source` },
        setWhere: sql`${dailyTemperatures.tmeanC} is distinct from excluded.tmean_c`,
      })
      .returning({ day: dailyTemperatures.day });
    changed += rows.length;
  }
  return changed;
}

export async function temperaturesBetween(
  db: DbOrTx,
  { stationCode, fromDay, toDay }: { stationCode: string; fromDay: string; toDay: string },
): Promise<DailyTemperature[]> {
  const rows = await db
    .select({ day: dailyTemperatures.day, tmeanC: dailyTemperatures.tmeanC })
    .from(dailyTemperatures)
    .where(
      and(eq(dailyTemperatures.stationCode, stationCode), between(dailyTemperatures.day, fromDay, toDay)),
    )
    .orderBy(asc(dailyTemperatures.day));
  return rows.map((r) => ({ day: r.day, tmeanC: Number(r.tmeanC) }));
}

export async function upsertDailyDegreeDays(
  tx: Tx,
  {
    stationCode,
    convention,
    values,
  }: { stationCode: string; convention: DegreeDayConvention; values: DailyDegreeDays[] },
): Promise<number> {
  let changed = 0;
  for (const part of chunks(values)) {
    const rows = await tx
      .insert(degreeDaysDaily)
      .values(part.map((v) => ({ stationCode, convention, day: v.day, degreeDays: v.degreeDays.toFixed(3) })))
      .onConflictDoUpdate({
        target: [degreeDaysDaily.stationCode, degreeDaysDaily.convention, degreeDaysDaily.day],
        set: { degreeDays: sql`excluded.degree_days` },
        setWhere: sql`${degreeDaysDaily.degreeDays} is distinct from excluded.degree_days`,
      })
      .returning({ day: degreeDaysDaily.day });
    changed += rows.length;
  }
  return changed;
}

export async function dailyDegreeDaysBetween(
  db: DbOrTx,
  {
    stationCode,
    convention,
    fromDay,
    toDay,
  }: { stationCode: string; convention: DegreeDayConvention; fromDay: string; toDay: string },
): Promise<DailyDegreeDays[]> {
  const rows = await db
    .select({ day: degreeDaysDaily.day, degreeDays: degreeDaysDaily.degreeDays })
    .from(degreeDaysDaily)
    .where(
      and(
        eq(degreeDaysDaily.stationCode, stationCode),
        eq(degreeDaysDaily.convention, convention),
        between(degreeDaysDaily.day, fromDay, toDay),
      ),
    )
    .orderBy(asc(degreeDaysDaily.day));
  return rows.map((r) => ({ day: r.day, degreeDays: Number(r.degreeDays) }));
}

/** Stores the months that are new or whose value differs; returns how many. */
export async function upsertMonthly(
  tx: Tx,
  {
    stationCode,
    convention,
    kind,
    values,
    source,
  }: {
    stationCode: string;
    convention: DegreeDayConvention;
    kind: DegreeDayKind;
    values: MonthlyValue[];
    source: string;
  },
): Promise<number> {
  const rows = await tx
    .insert(degreeDaysMonthly)
    .values(
      values.map((v) => ({
        stationCode,
        convention,
        kind,
        month: v.month,
        degreeDays: v.degreeDays.toFixed(3),
        source,
      })),
    )
    .onConflictDoUpdate({
      target: [
        degreeDaysMonthly.stationCode,
        degreeDaysMonthly.convention,
        degreeDaysMonthly.kind,
        degreeDaysMonthly.month,
      ],
      set: { degreeDays: sql`excluded.degree_days`, source: sql`excluded.source` },
      setWhere: sql`${degreeDaysMonthly.degreeDays} is distinct from excluded.degree_days`,
    })
    .returning({ month: degreeDaysMonthly.month });
  return rows.length;
}

/** Monthly values of one series, all of them or those from `fromMonth` to `toMonth`. */
export async function monthlyValues(
  db: DbOrTx,
  {
    stationCode,
    convention,
    kind,
    fromMonth,
    toMonth,
  }: {
    stationCode: string;
    convention: DegreeDayConvention;
    kind: DegreeDayKind;
    fromMonth?: string;
    toMonth?: string;
  },
) {
  const rows = await db
    .select({
      month: degreeDaysMonthly.month,
      degreeDays: degreeDaysMonthly.degreeDays,
      source: degreeDaysMonthly.source,
    })
    .from(degreeDaysMonthly)
    .where(
      and(
        eq(degreeDaysMonthly.stationCode, stationCode),
        eq(degreeDaysMonthly.convention, convention),
        eq(degreeDaysMonthly.kind, kind),
        fromMonth && toMonth ? between(degreeDaysMonthly.month, fromMonth, toMonth) : undefined,
      ),
    )
    .orderBy(asc(degreeDaysMonthly.month));
  return rows.map((r) => ({ ...r, degreeDays: Number(r.degreeDays) }));
}

/** Per convention, the first measured month and the first daily value a station holds. */
export async function measuredStarts(db: DbOrTx, stationCode: string) {
  const [monthly, daily] = await Promise.all([
    db
      .select({ convention: degreeDaysMonthly.convention, first: min(degreeDaysMonthly.month) })
      .from(degreeDaysMonthly)
      .where(and(eq(degreeDaysMonthly.stationCode, stationCode), eq(degreeDaysMonthly.kind, "measured")))
      .groupBy(degreeDaysMonthly.convention),
    db
      .select({ convention: degreeDaysDaily.convention, first: min(degreeDaysDaily.day) })
      .from(degreeDaysDaily)
      .where(eq(degreeDaysDaily.stationCode, stationCode))
      .groupBy(degreeDaysDaily.convention),
  ]);
  return { monthly, daily };
}

/**
 * A station's daily temperatures from `fromDay` to `toDay`, its measured equivalent 16.5 months over
 * them and its normals, in one statement (a screen that spreads readings by the weather asks on every
 * read). No row at all for a station that does not exist.
 */
export async function weatherRowsBetween(
  db: DbOrTx,
  { stationCode, fromDay, toDay }: { stationCode: string; fromDay: string; toDay: string },
) {
  const result = await db.execute(sql`
    select 'temperature' as series, day::text as at, tmean_c::float8 as value
      from daily_temperatures where station_code = ${stationCode} and day between ${fromDay} and ${toDay}
    union all
    select kind::text, month, degree_days::float8
      from degree_days_monthly
      where station_code = ${stationCode} and convention = 'equiv16_5'
        and (kind = 'normal' or month between ${fromDay.slice(0, 7)} and ${toDay.slice(0, 7)})
    order by 1, 2`);
  const rows = rowsOf<{ series: "temperature" | DegreeDayKind; at: string; value: number }>(result);
  const of = (series: string) => rows.filter((r) => r.series === series);
  return {
    temperatures: of("temperature").map((r) => ({ day: r.at, tmeanC: Number(r.value) })),
    monthly: of("measured").map((r) => ({ month: r.at, degreeDays: Number(r.value) })),
    normals: new Map(of("normal").map((r) => [Number(r.at), Number(r.value)])),
  };
}

import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import type { PORTFOLIO_SORTS } from "./portfolio.schemas.ts";

export interface PortfolioFilter {
  orgId: string;
  /** First day of the trend's first month, of the last-12-months' first month, and of the current month. */
  trendFrom: string;
  last12From: string;
  thisMonth: string;
  sort: (typeof PORTFOLIO_SORTS)[number];
  order: "asc" | "desc";
  q?: string;
  heatingSystem?: string;
  openAlertsOnly: boolean;
  limit: number;
  offset: number;
}

const ORDER: Record<PortfolioFilter["sort"], string> = {
  rank: "rank",
  name: "name",
  code: "code",
  last_12_months_kwh: "last12_kwh",
  open_alerts: "open_alerts",
};

/** The 1-based place of a month (a first of the month) in a rollup's heating series. */
const placeOf = (month: string) => sql`(
  (extract(year from ${month}::date) - extract(year from r.heating_from)) * 12
  + extract(month from ${month}::date) - extract(month from r.heating_from) + 1)::int`;

/**
 * The portfolio in one statement over the rollup rows (never readings, nor months): each building's
 * normal-year kWh/m² and its rank among all the company's buildings, its last 12 months' heating kWh
 * and how many of them have data, its open alerts, and for the page asked only, its trend as the
 * slice of its heating series that falls in the trend's months, in one text (`kWh,kWh,,kWh`, empty
 * for a month without data) with the month it starts at.
 */
export function portfolioQuery(f: PortfolioFilter): SQL {
  const like = f.q ? `%${f.q.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const direction = sql.raw(f.order === "desc" ? "desc" : "asc");
  const beforeThisMonth = sql`${placeOf(f.thisMonth)} - 1`;
  return sql`
    with open_alerts as (
      select building_id, count(*) as n from alerts
      where organisation_id = ${f.orgId} and closed_at is null group by building_id),
    ranked as (
      select b.id, b.code, b.name, b.commune, b.heating_system, b.heated_area_m2::float8 as area_m2,
        r.normal_year_kwh, r.normal_year_kwh / b.heated_area_m2::float8 as normal_kwh_per_m2,
        case when r.normal_year_kwh is null then null
          else rank() over (partition by r.normal_year_kwh is null
                            order by r.normal_year_kwh / b.heated_area_m2::float8 desc) end as rank,
        l.kwh as last12_kwh, coalesce(l.months, 0) as last12_months, coalesce(a.n, 0) as open_alerts,
        r.heating_from, r.heating_kwh
      from buildings b
      left join building_rollups r on r.organisation_id = b.organisation_id and r.building_id = b.id
      left join lateral (
        select sum(x) as kwh, count(x) as months
        from unnest(r.heating_kwh[${placeOf(f.last12From)} : ${beforeThisMonth}]) x) l on true
      left join open_alerts a on a.building_id = b.id
      where b.organisation_id = ${f.orgId}),
    filtered as (
      select * from ranked
      where (${like}::text is null or name ilike ${like} or code ilike ${like} or commune ilike ${like})
        and (${f.heatingSystem ?? null}::text is null or heating_system::text = ${f.heatingSystem ?? null})
        and (not ${f.openAlertsOnly} or open_alerts > 0))
    -- One row even for a page past the end (id null), so that the total is always said.
    select p.*, c.total from (select count(*) as total from filtered) c
    left join lateral (
      select id, code, name, commune, heating_system, area_m2, normal_year_kwh, normal_kwh_per_m2, rank,
        last12_kwh, last12_months, open_alerts,
        greatest(${f.trendFrom}::date, heating_from)::text as trend_from,
        array_to_string(heating_kwh[${placeOf(f.trendFrom)} : ${beforeThisMonth}], ',', '') as trend
      from filtered r
      order by ${sql.raw(ORDER[f.sort])} ${direction} nulls last, name, id
      limit ${f.limit} offset ${f.offset}) p on true
    order by ${sql.raw(`p.${ORDER[f.sort]}`)} ${direction} nulls last, p.name, p.id`;
}

/** `id` null: the page is past the end, and the row only says the total. */
export interface PortfolioRow {
  id: string;
  code: string;
  name: string;
  commune: string;
  heating_system: string;
  area_m2: number;
  normal_year_kwh: number | null;
  normal_kwh_per_m2: number | null;
  rank: number | string | null;
  last12_kwh: number | null;
  last12_months: number | string;
  open_alerts: number | string;
  total: number | string;
  /** The first day of the trend's first month with a place in the series (null without a series). */
  trend_from: string | null;
  trend: string | null;
}

export async function portfolioRows(db: DbOrTx, filter: PortfolioFilter) {
  const rows = rowsOf<PortfolioRow | (Pick<PortfolioRow, "total"> & { id: null })>(
    await db.execute(portfolioQuery(filter)),
  );
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((r): r is PortfolioRow => r.id !== null) };
}

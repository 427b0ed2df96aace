import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { HEATING_ENERGIES } from "./building-months.ts";
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

const HEATING = sql.raw(HEATING_ENERGIES.map((e) => `'${e}'`).join(", "));

const ORDER: Record<PortfolioFilter["sort"], string> = {
  rank: "rank",
  name: "name",
  code: "code",
  last_12_months_kwh: "last12_kwh",
  open_alerts: "open_alerts",
};

/**
 * The portfolio in one statement over the rollup (never readings): each building's normal-year
 * kWh/m² and its rank among all the company's buildings, its last 12 months' heating kWh, its open
 * alerts, and for the page asked only, its months of heating kWh in one text, `YYYY-MM-01=kWh,…`, one
 * pair per energy and month, in no order (the caller adds them up: a text travels and parses faster
 * than 24 rows or a JSON array per building).
 */
export function portfolioQuery(f: PortfolioFilter): SQL {
  const like = f.q ? `%${f.q.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const direction = sql.raw(f.order === "desc" ? "desc" : "asc");
  return sql`
    with heating_months as (
      select building_id, month, sum(kwh) as kwh from building_months
      where organisation_id = ${f.orgId} and energy in (${HEATING})
        and month >= least(${f.trendFrom}::date, ${f.last12From}::date) and month < ${f.thisMonth}::date
      group by building_id, month),
    last12 as (
      select building_id, sum(kwh) as kwh, count(*) as months from heating_months
      where month >= ${f.last12From}::date
      group by building_id),
    open_alerts as (
      select building_id, count(*) as n from alerts
      where organisation_id = ${f.orgId} and closed_at is null group by building_id),
    ranked as (
      select b.id, b.code, b.name, b.commune, b.heating_system, b.heated_area_m2::float8 as area_m2,
        r.normal_year_kwh, r.normal_year_kwh / b.heated_area_m2::float8 as normal_kwh_per_m2,
        case when r.normal_year_kwh is null then null
          else rank() over (partition by r.normal_year_kwh is null
                            order by r.normal_year_kwh / b.heated_area_m2::float8 desc) end as rank,
        l.kwh as last12_kwh, coalesce(l.months, 0) as last12_months, coalesce(a.n, 0) as open_alerts
      from buildings b
      left join building_rollups r on r.organisation_id = b.organisation_id and r.building_id = b.id
      left join last12 l on l.building_id = b.id
      left join open_alerts a on a.building_id = b.id
      where b.organisation_id = ${f.orgId}),
    page as (
      select *, count(*) over () as total from ranked
      where (${like}::text is null or name ilike ${like} or code ilike ${like} or commune ilike ${like})
        and (${f.heatingSystem ?? null}::text is null or heating_system::text = ${f.heatingSystem ?? null})
        and (not ${f.openAlertsOnly} or open_alerts > 0)
      order by ${sql.raw(ORDER[f.sort])} ${direction} nulls last, name, id
      limit ${f.limit} offset ${f.offset}),
    trend as (
      select building_id, string_agg(month::text || '=' || kwh, ',') as trend from heating_months
      where month >= ${f.trendFrom}::date and building_id in (select id from page)
      group by building_id)
    select p.*, t.trend from page p left join trend t on t.building_id = p.id
    order by ${sql.raw(ORDER[f.sort])} ${direction} nulls last, name, id`;
}

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
  trend: string | null;
}

export async function portfolioRows(db: DbOrTx, filter: PortfolioFilter) {
  return rowsOf<PortfolioRow>(await db.execute(portfolioQuery(filter)));
}

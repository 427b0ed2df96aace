import type { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { refreshStaleBuildings } from "./building-months.refresh.ts";
import { monthRange, shiftMonth } from "./indicators.rules.ts";
import { portfolioRows } from "./portfolio.repo.ts";
import type { PortfolioQuery, PortfolioSchema } from "./portfolio.schemas.ts";

/**
 * Every building of the company with its normal-year kWh/m² and rank, its last 12 full months and a
 * 24-month trend of heating kWh, and its open alerts — read from the monthly rollup, recomputed first
 * for buildings a write left stale (a bounded number per read; the others are answered marked stale).
 */
export async function getPortfolio({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: z.infer<typeof PortfolioQuery>;
}): Promise<z.infer<typeof PortfolioSchema>> {
  assertBuildingAccess(ctx, "read");
  const stale = await refreshStaleBuildings(ctx);
  const thisMonth = brusselsDayOf(ctx.now).slice(0, 7);
  const months = monthRange(shiftMonth(thisMonth, -24), shiftMonth(thisMonth, -1));
  const { total, rows } = await portfolioRows(ctx.db, {
    orgId: ctx.orgId,
    trendFrom: `${months[0]}-01`,
    last12From: `${shiftMonth(thisMonth, -12)}-01`,
    thisMonth: `${thisMonth}-01`,
    sort: query.sort,
    order: query.order,
    q: query.q || undefined,
    heatingSystem: query.heatingSystem,
    openAlertsOnly: query.alerts === "open",
    limit: query.limit,
    offset: query.offset,
  });
  return {
    total,
    months,
    buildings: rows.map((r) => {
      const trend = trendOf(r.trend_from, r.trend);
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        commune: r.commune,
        heatingSystem: r.heating_system as z.infer<
          typeof PortfolioSchema
        >["buildings"][number]["heatingSystem"],
        heatedAreaM2: Number(r.area_m2),
        rank: r.rank === null ? null : Number(r.rank),
        normalYearKwh: r.normal_year_kwh === null ? null : Number(r.normal_year_kwh),
        normalYearKwhPerM2: r.normal_kwh_per_m2 === null ? null : Number(r.normal_kwh_per_m2),
        last12MonthsKwh: r.last12_kwh === null ? null : Number(r.last12_kwh),
        last12MonthsCovered: Number(r.last12_months),
        trendKwh: months.map((m) => trend.get(m) ?? null),
        openAlerts: Number(r.open_alerts),
        stale: stale.has(r.id),
      };
    }),
  };
}

/** A slice of the heating series (`kWh,,kWh`, empty for a month without data) as kWh by month. */
function trendOf(fromDay: string | null, text: string | null): Map<string, number> {
  const byMonth = new Map<string, number>();
  if (!fromDay || !text) return byMonth;
  const first = fromDay.slice(0, 7);
  text.split(",").forEach((kwh, i) => {
    if (kwh !== "") byMonth.set(shiftMonth(first, i), Number(kwh));
  });
  return byMonth;
}

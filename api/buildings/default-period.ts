import { brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import * as monthsRepo from "./building-months.repo.ts";
import { HEATING_ENERGIES } from "./building-months.ts";
import { DEFAULT_END_LOOK_BACK_MONTHS, defaultReportPeriod } from "./building-report.period.ts";
import { heatingMonths, monthStatus, shiftMonth } from "./indicators.rules.ts";

/**
 * The twelve months ending with the building's last month of complete heating figures, looked for
 * over the last `lookBackMonths` months (`defaultReportPeriod`), so that neither the report nor the
 * building page ends on a month whose closing reading is not in yet. Reads the rollup as it is: the
 * caller refreshes it first (`refreshStaleBuildings`).
 */
export async function defaultPeriodOfBuilding(
  ctx: Ctx,
  buildingId: string,
  lookBackMonths = DEFAULT_END_LOOK_BACK_MONTHS,
): Promise<{ from: string; to: string }> {
  const today = brusselsDayOf(ctx.now);
  const lastMonth = shiftMonth(today.slice(0, 7), -1);
  const rows = await monthsRepo.monthsOfBuilding(ctx.db, {
    orgId: ctx.orgId,
    buildingId,
    from: shiftMonth(lastMonth, 1 - lookBackMonths),
    to: lastMonth,
    energies: HEATING_ENERGIES,
  });
  const months = heatingMonths(rows).map((m) => ({ month: m.month, status: monthStatus(m) }));
  return defaultReportPeriod({ today, months, lookBackMonths });
}

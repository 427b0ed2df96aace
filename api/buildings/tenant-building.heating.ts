import type { Ctx } from "../http/context.ts";
import { refreshStaleBuildings } from "./building-months.refresh.ts";
import { monthsOfBuilding } from "./building-months.repo.ts";
import { HEATING_ENERGIES } from "./building-months.ts";
import { buildingIndicators, heatingMonths } from "./indicators.rules.ts";

/**
 * The building's heating indicators over months `from` … `to` as the indicators route computes them:
 * from the monthly rollup (recomputed first if a write left it stale), never from readings.
 */
export async function heatingFromRollup(
  ctx: Ctx,
  building: { id: string; heatedAreaM2: number },
  { from, to }: { from: string; to: string },
) {
  const stillStale = await refreshStaleBuildings(ctx, building.id);
  const rows = await monthsOfBuilding(ctx.db, {
    orgId: ctx.orgId,
    buildingId: building.id,
    from,
    to,
    energies: HEATING_ENERGIES,
  });
  return {
    stale: stillStale.has(building.id),
    ...buildingIndicators({ months: heatingMonths(rows), heatedAreaM2: building.heatedAreaM2, from, to }),
  };
}

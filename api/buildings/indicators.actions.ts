import type { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { loadBuildingEnergy, refreshStaleBuildings } from "./building-months.refresh.ts";
import * as repo from "./building-months.repo.ts";
import { HEATING_ENERGIES } from "./building-months.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import { defaultPeriodOfBuilding } from "./default-period.ts";
import {
  buildingIndicators,
  heatingMonths,
  monthRange,
  normalYearPerM2,
  shiftMonth,
  wholeSeasonsAndYears,
} from "./indicators.rules.ts";
import type { IndicatorsQuery, IndicatorsSchema } from "./indicators.schemas.ts";
import { buildingSignature } from "./indicators.signature.ts";

/** Ten years of months at most in one answer. */
const MAX_MONTHS = 120;

const refuse = (code: string, field: string) => new Validation(code, [{ field, code, message: code }]);

/**
 * A building's heating indicators over a span of months, from its monthly rollup (recomputed first
 * if a write left it stale), and its energy signature fitted on the reading periods of the year
 * before the span's end, with the normal-year consumption it gives.
 */
export async function getBuildingIndicators({
  ctx,
  buildingId,
  query,
}: {
  ctx: Ctx;
  buildingId: string;
  query: z.infer<typeof IndicatorsQuery>;
}): Promise<z.infer<typeof IndicatorsSchema>> {
  assertBuildingAccess(ctx, "read");
  const building = await findBuildingOrNotFound(ctx, buildingId);
  const stale = (await refreshStaleBuildings(ctx, buildingId)).has(buildingId);
  const today = brusselsDayOf(ctx.now);
  const to = query.to ?? (await defaultEnd(ctx, buildingId, query.from));
  const from = query.from ?? shiftMonth(to, -23);
  if (from > to) throw refuse("indicators.range_order", "from");
  if (monthRange(from, to).length > MAX_MONTHS) throw refuse("indicators.range_too_long", "from");

  const monthly = await monthlyIndicators({ ctx, buildingId, heatedAreaM2: building.heatedAreaM2, from, to });
  const endOfSpan = `${shiftMonth(to, 1)}-01`;
  const until = endOfSpan < today ? endOfSpan : today;
  const energy = await loadBuildingEnergy(ctx, buildingId, { signatureUntil: until });
  const signature = buildingSignature({ ...energy, until });
  const model = signature?.model ?? null;
  return {
    buildingId,
    from,
    to,
    heatedAreaM2: building.heatedAreaM2,
    ...monthly,
    stale,
    signature: signature && {
      energy: signature.energy,
      usageSource: signature.usageSource,
      verdict: signature.result.verdict,
      baseLoadKwhPerDay: model?.interceptKwhPerDay ?? null,
      heatingKwhPerDegreeDay: model?.heatingKwhPerDegreeDay ?? null,
      cvRmse: signature.result.model?.cvRmse ?? null,
      from: signature.result.baselineCoverage.from,
      to: signature.result.baselineCoverage.to,
      points: signature.result.points.map((p) => ({
        from: p.from,
        to: p.to,
        kwhPerDay: p.kwhPerDay,
        degreeDaysPerDay: p.hddPerDay,
      })),
    },
    normalYear:
      signature?.normalYearKwh == null
        ? null
        : {
            kwh: signature.normalYearKwh,
            kwhPerM2: normalYearPerM2(signature.normalYearKwh, building.heatedAreaM2) as number,
          },
  };
}

/**
 * Without an end: last month, or the month before when last month still waits for the reading that
 * closes it, so the page does not open on a half-drawn month; a building whose readings stopped
 * earlier keeps last month as its end and shows the months since as missing. A start alone ends last
 * month, as a start asked for says which months are wanted.
 */
async function defaultEnd(ctx: Ctx, buildingId: string, from: string | undefined): Promise<string> {
  const lastMonth = shiftMonth(brusselsDayOf(ctx.now).slice(0, 7), -1);
  if (from) return lastMonth;
  return (await defaultPeriodOfBuilding(ctx, buildingId, 2)).to.slice(0, 7);
}

/**
 * The building's heating months `from` … `to` (`YYYY-MM`) from the rollup as months, seasons and
 * years: the indicators without the signature (the building report's part). The caller refreshes a
 * stale rollup first (`refreshStaleBuildings`).
 */
export async function monthlyIndicators({
  ctx,
  buildingId,
  heatedAreaM2,
  from,
  to,
}: {
  ctx: Ctx;
  buildingId: string;
  heatedAreaM2: number;
  from: string;
  to: string;
}) {
  // Every month of the seasons and years the span touches: their totals are whole where data is.
  const rows = await repo.monthsOfBuilding(ctx.db, {
    orgId: ctx.orgId,
    buildingId,
    ...wholeSeasonsAndYears(from, to),
    energies: HEATING_ENERGIES,
  });
  return {
    energies: [...new Set(rows.map((r) => r.energy))],
    ...buildingIndicators({ months: heatingMonths(rows), heatedAreaM2, from, to }),
  };
}

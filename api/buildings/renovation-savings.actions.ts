import { addDays, brusselsDayOf } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { listReadingsForBuilding } from "../meters/index.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import { computeSavings, readingPeriods } from "../savings/index.ts";
import { BASELINE_DAYS } from "../savings/periods.ts";
import { loadConversionSettings } from "../settings/index.ts";
import { weatherForSavings } from "../weather/index.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import * as buildingsRepo from "./buildings.repo.ts";
import { monthsStillNeeded, reportingSummary, worksUnderWay } from "./renovation-savings.rules.ts";
import type { RenovationSavings } from "./renovation-savings.schemas.ts";

/**
 * What works on a building saved (METHOD-SAVINGS.md, IPMVP option C): the building meters of one
 * energy, their reading-to-reading periods in kWh, a baseline model fitted on the year before the
 * works started, compared with what was used from their completion on at the same weather (the
 * organisation's station). The works themselves are left out of both periods.
 */
export async function getRenovationSavings({
  ctx,
  buildingId,
  query,
}: {
  ctx: Ctx;
  buildingId: string;
  query: { event: string; energy: RenovationSavings["energy"] };
}): Promise<RenovationSavings> {
  assertBuildingAccess(ctx, "read");
  await findBuildingOrNotFound(ctx, buildingId);
  const event = await buildingsRepo.findEvent(ctx.db, ctx.orgId, buildingId, query.event);
  if (!event) throw new NotFound();
  const meters = await listReadingsForBuilding({ ctx, buildingId });
  if (!meters.some((m) => m.meter.kind === query.energy)) throw new NotFound("renovation_savings.no_meter");

  const today = brusselsDayOf(ctx.now);
  const base = { event, energy: query.energy };
  if (worksUnderWay(event, today) || event.completedOn === null)
    return {
      ...base,
      verdict: "works_under_way",
      monthsStillNeeded: null,
      baselineCoverage: {
        coveredDays: 0,
        requiredDays: 0,
        from: addDays(event.startedOn, -BASELINE_DAYS),
        to: event.startedOn,
      },
      excluded: null,
      station: null,
      weather: null,
      model: null,
      reporting: null,
      flags: [],
      points: [],
    };
  const completedOn = event.completedOn;

  const [conversion, stationCode] = await Promise.all([
    loadConversionSettings(ctx),
    findWeatherStationCode(ctx.db, ctx.orgId),
  ]);
  const periods = readingPeriods({ energy: query.energy, meters, conversion });
  const lastDay = periods.at(-1)?.to;
  const weather = await weatherForSavings({
    db: ctx.db,
    stationCode: stationCode ?? "uccle",
    fromDay: periods[0]?.from ?? addDays(event.startedOn, -BASELINE_DAYS),
    toDay: lastDay && lastDay < today ? lastDay : today,
  });
  const result = computeSavings({
    periods,
    weather: weather.input,
    start: event.startedOn,
    completion: completedOn,
    dataKind: "billing",
  });
  return {
    ...base,
    verdict: result.verdict,
    monthsStillNeeded: monthsStillNeeded({
      verdict: result.verdict,
      baselineCoverage: result.baselineCoverage,
      completedOn,
      today,
    }),
    baselineCoverage: result.baselineCoverage,
    excluded: { from: event.startedOn, to: completedOn },
    station: weather.station,
    weather: { source: weather.source, missingMonths: weather.missingMonths },
    model: result.model && {
      kind: result.model.kind,
      interceptKwhPerDay: result.model.interceptKwhPerDay,
      heatingKwhPerDegreeDay: result.model.heatingKwhPerDegreeDay,
      balancePointC: result.model.balancePointC,
      adjustedR2: result.model.adjustedR2,
      cvRmse: result.model.cvRmse,
      baselinePeriods: result.model.baselinePeriods,
    },
    reporting: result.reporting && reportingSummary(result.reporting),
    flags: result.flags,
    points: result.points,
  };
}

import { addDays, brusselsDayOf, type LocalDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { intervalDaysForHousehold } from "../imports/index.ts";
import { listReadingsForHousehold } from "../meters/index.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import { loadPricingSettings } from "../settings/index.ts";
import { chooseUsagePeriods, dailyPeriods } from "./daily-periods.ts";
import { BASELINE_DAYS } from "./periods.ts";
import { readingPeriods, type SavingsEnergy } from "./usage-periods.ts";

/**
 * What the savings and the bill projection of a household start from, in four queries: its meters
 * with their readings, its smart-meter days since `fromDay`, its prices and calorific values, and
 * the organisation's weather station. The caller has passed the household consent gate.
 */
export async function loadHouseholdEnergyInputs({
  ctx,
  householdId,
  fromDay,
}: {
  ctx: Ctx;
  householdId: string;
  fromDay: LocalDay;
}) {
  const [meters, intervalDays, settings, stationCode] = await Promise.all([
    listReadingsForHousehold({ ctx, householdId }),
    intervalDaysForHousehold({ ctx, householdId, fromDay, toDay: brusselsDayOf(ctx.now) }),
    loadPricingSettings({ ctx, householdId }),
    findWeatherStationCode(ctx.db, ctx.orgId),
  ]);
  const usage = (energy: SavingsEnergy, start: LocalDay) =>
    chooseUsagePeriods({
      energy,
      start,
      billing: readingPeriods({ energy, meters, conversion: settings.conversion }),
      daily: dailyPeriods({ energy, meters, intervalDays, conversion: settings.conversion }),
      meters,
      intervalDays,
    });
  return { meters, settings, stationCode: stationCode ?? "uccle", usage };
}

/** The first day whose smart-meter data can matter for savings from `start`: the baseline year's. */
export const dailyDataFrom = (start: LocalDay) => addDays(start, -BASELINE_DAYS);

import { addDays, brusselsDayOf, type LocalDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { intervalDaysForHousehold } from "../imports/index.ts";
import { listReadingsForHousehold } from "../meters/index.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import { loadPricingSettings } from "../settings/index.ts";
import { chooseUsagePeriods, dailyPeriods } from "./daily-periods.ts";
import { metersAsOf } from "./data-as-of.ts";
import { BASELINE_DAYS } from "./periods.ts";
import { readingPeriods, type SavingsEnergy } from "./usage-periods.ts";

/**
 * What the savings and the bill projection of a household start from, in four queries: its meters
 * with their readings, its smart-meter days from `fromDay` to `lastDay` (today by default), its prices
 * and calorific values, and the organisation's weather station. Meter data after `lastDay` is left
 * out here, once (metersAsOf): a report of a past period chooses its usage source, and counts its
 * energies, from what was known then. The caller has passed the household consent gate.
 */
export async function loadHouseholdEnergyInputs({
  ctx,
  householdId,
  fromDay,
  lastDay: until,
}: {
  ctx: Ctx;
  householdId: string;
  fromDay: LocalDay;
  lastDay?: LocalDay;
}) {
  const today = brusselsDayOf(ctx.now);
  const lastDay = until !== undefined && until < today ? until : today;
  const [allMeters, intervalDays, settings, stationCode] = await Promise.all([
    listReadingsForHousehold({ ctx, householdId }),
    intervalDaysForHousehold({ ctx, householdId, fromDay, toDay: lastDay }),
    loadPricingSettings({ ctx, householdId }),
    findWeatherStationCode(ctx.db, ctx.orgId),
  ]);
  const meters = metersAsOf({ meters: allMeters, lastDay });
  const usage = (energy: SavingsEnergy, start: LocalDay) =>
    chooseUsagePeriods({
      energy,
      start,
      billing: readingPeriods({ energy, meters, conversion: settings.conversion }),
      daily: dailyPeriods({ energy, meters, intervalDays, conversion: settings.conversion }),
      meters,
      intervalDays,
    });
  return { meters, lastDay, settings, stationCode: stationCode ?? "uccle", usage };
}

/** The first day whose smart-meter data can matter for savings from `start`: the baseline year's. */
export const dailyDataFrom = (start: LocalDay) => addDays(start, -BASELINE_DAYS);

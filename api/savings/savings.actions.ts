import { recordHouseholdRead } from "../audit/index.ts";
import { addDays, type LocalDay } from "../consumption/brussels-days.ts";
import { REFERENCE_SOCIAL_TARIFFS } from "../consumption/tariff-rules.ts";
import { joiningDateOf } from "../groups/index.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import { weatherForSavings } from "../weather/index.ts";
import { engineInput } from "./daily-periods.ts";
import { dailyDataFrom, loadHouseholdEnergyInputs } from "./household-energy-inputs.ts";
import { BASELINE_DAYS } from "./periods.ts";
import type { SavingsResponse } from "./savings.schemas.ts";
import { computeSavings } from "./savings-engine.ts";
import { priceOfKwhSaved } from "./savings-value.ts";
import { SAVINGS_ENERGIES, type SavingsEnergy } from "./usage-periods.ts";

/**
 * A household's weather-normalised savings of one energy since `start` (METHOD-SAVINGS.md): its
 * smart-meter days or its reading-to-reading periods in kWh (see chooseUsagePeriods), the weather of its organisation's station (or `station`), the
 * engine's verdict, and the savings valued at the energy price in force (heating oil: at what its
 * deliveries cost, see priceOfKwhSaved). Staff reading it leave a line in the household's audit log.
 */
export async function getHouseholdSavings({
  ctx,
  householdId,
  query,
}: {
  ctx: Ctx;
  householdId: string;
  query: { energy: SavingsEnergy; start?: string; station?: string };
}): Promise<SavingsResponse> {
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  // By default the savings run from the day the household joined its Eco-watchers group.
  const joinedOn = query.start ? null : await joiningDateOf(ctx.db, ctx.orgId, householdId);
  const start = query.start ?? joinedOn;
  if (!start)
    throw new Validation("savings.start_required", [
      { field: "start", code: "required", message: "savings.start_required" },
    ]);
  const inputs = await loadHouseholdEnergyInputs({ ctx, householdId, fromDay: dailyDataFrom(start) });
  if (!inputs.meters.some((m) => m.meter.kind === query.energy)) throw new NotFound("savings.no_meter");
  const figures = await savingsOfEnergy({
    ctx,
    inputs,
    protectedCustomer: household.protectedCustomer,
    energy: query.energy,
    start,
    station: query.station,
  });
  await recordHouseholdRead({ ctx, householdId, action: "household.savings_viewed" });
  return {
    energy: query.energy,
    start,
    startSource: query.start ? ("chosen" as const) : ("group_joined" as const),
    ...figures,
  };
}

/**
 * The savings since `start` of every energy the household has a meter of, its inputs loaded once: for
 * the group dashboard, and up to `until` (its last day) for a report of a past period. Checks the
 * household's consent like the savings screen, but writes no audit line: the caller records one read
 * per household.
 */
export async function householdSavingsSince({
  ctx,
  householdId,
  start,
  until,
}: {
  ctx: Ctx;
  householdId: string;
  start: string;
  until?: LocalDay;
}): Promise<Array<SavingsFigures & { energy: SavingsEnergy }>> {
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  const inputs = await loadHouseholdEnergyInputs({
    ctx,
    householdId,
    fromDay: dailyDataFrom(start),
    lastDay: until,
  });
  const energies = SAVINGS_ENERGIES.filter((e) => inputs.meters.some((m) => m.meter.kind === e));
  return Promise.all(
    energies.map(async (energy) => ({
      energy,
      ...(await savingsOfEnergy({
        ctx,
        inputs,
        protectedCustomer: household.protectedCustomer,
        energy,
        start,
      })),
    })),
  );
}

type SavingsFigures = Omit<SavingsResponse, "energy" | "start" | "startSource">;

async function savingsOfEnergy({
  ctx,
  inputs,
  protectedCustomer,
  energy,
  start,
  station,
}: {
  ctx: Ctx;
  inputs: Awaited<ReturnType<typeof loadHouseholdEnergyInputs>>;
  protectedCustomer: boolean;
  energy: SavingsEnergy;
  start: string;
  station?: string;
}): Promise<SavingsFigures> {
  const { settings, lastDay } = inputs;
  // The inputs stop at `lastDay` (metersAsOf): no period holds a day after it.
  const usage = inputs.usage(energy, start);
  const { periods } = usage;
  const weather = await weatherForSavings({
    db: ctx.db,
    stationCode: station ?? inputs.stationCode,
    // The baseline year (and the period reaching into it) up to the last reading or the last day.
    fromDay: periods[0]?.from ?? addDays(start, -BASELINE_DAYS),
    toDay: [periods.at(-1)?.to ?? lastDay, lastDay].sort()[0] as string,
  });
  const fitted = engineInput(usage, weather.input.kind);
  const result = computeSavings({ ...fitted, weather: weather.input, start });
  const price = result.reporting
    ? priceOfKwhSaved({
        tariffs: [...settings.tariffs, ...REFERENCE_SOCIAL_TARIFFS],
        meters: inputs.meters,
        energy,
        day: addDays(result.reporting.to, -1),
        protectedCustomer,
        conversion: settings.conversion,
      })
    : null;
  const eur = (kwh: number | null) => (price === null || kwh === null ? null : kwh * price.eurPerKwh);
  return {
    usageSource: usage.usageSource,
    dataKind: fitted.dataKind,
    verdict: result.verdict,
    station: weather.station,
    weather: { source: weather.source, missingMonths: weather.missingMonths },
    baselineCoverage: result.baselineCoverage,
    model: result.model,
    reporting: result.reporting && {
      ...result.reporting,
      savingsEur: eur(result.reporting.savingsKwh),
      uncertaintyEur90: eur(result.reporting.uncertaintyKwh90),
    },
    flags: [
      ...result.flags,
      ...(result.reporting && price === null ? [{ code: "tariff_missing" as const }] : []),
      ...(price?.fromDeliveries ? [{ code: "price_from_deliveries" as const }] : []),
    ],
    candidates: result.candidates,
    points: result.points,
  };
}

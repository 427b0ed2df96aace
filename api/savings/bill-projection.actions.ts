import { recordHouseholdRead } from "../audit/index.ts";
import { addDays, brusselsDayOf } from "../consumption/brussels-days.ts";
import { REFERENCE_SOCIAL_TARIFFS } from "../consumption/tariff-rules.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { weatherForSavings } from "../weather/index.ts";
import type { BillProjectionResponse } from "./bill-projection.schemas.ts";
import {
  billingYear,
  type EnergyForecastInput,
  forecastEnergy,
  projectableModel,
  projectBill,
} from "./bill-projection.ts";
import { engineInput } from "./daily-periods.ts";
import { loadHouseholdEnergyInputs } from "./household-energy-inputs.ts";
import { daysOf } from "./periods.ts";
import { computeSavings } from "./savings-engine.ts";
import { priceInForce } from "./savings-value.ts";

/**
 * The energies a supplier bills once a year against monthly advances. Heating oil, pellets and wood
 * are paid at each delivery: no advance, no regularisation to expect, so none is projected (their
 * cost, at what the deliveries cost, is on the consumption screen).
 */
const BILLED_ENERGIES = ["gas", "electricity"] as const;

/**
 * The year's energy bill of a household against its monthly advance: what it used since the billing
 * year began, what its own model expects for the rest of the year at normal weather, the cost at the
 * tariffs in force, the regularisation to expect and an advance that would cover the year.
 */
export async function getBillProjection({
  ctx,
  householdId,
}: {
  ctx: Ctx;
  householdId: string;
}): Promise<BillProjectionResponse> {
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  const today = brusselsDayOf(ctx.now);
  // Without a billing month, the year ends with the current month (a plain "next twelve months").
  const year = billingYear(today, household.billingMonth ?? Number(today.slice(5, 7)));
  const inputs = await loadHouseholdEnergyInputs({ ctx, householdId, fromDay: addDays(year.from, -400) });
  const { settings } = inputs;
  const missing = [
    ...(household.billingMonth === null ? (["billing_month"] as const) : []),
    ...(household.monthlyAdvanceEur === null ? (["monthly_advance"] as const) : []),
  ];
  const weather = await weatherForSavings({
    db: ctx.db,
    stationCode: inputs.stationCode,
    fromDay: addDays(year.from, -400),
    toDay: today,
  });
  const tariffs = [...settings.tariffs, ...REFERENCE_SOCIAL_TARIFFS];
  const forecasts = [];
  for (const energy of BILLED_ENERGIES) {
    const { dataKind, periods } = engineInput(inputs.usage(energy, today), weather.input.kind);
    if (!periods.length) continue;
    const lastDay = periods.at(-1)?.to as string;
    // The model of the year before the last reading, as the savings engine fits it.
    const fitted = computeSavings({ periods, weather: weather.input, start: lastDay, dataKind });
    const model = projectableModel(fitted);
    const baselineTotals = fitted.points
      .filter((p) => p.phase === "baseline")
      .map((p) => p.kwhPerDay * daysOf(p));
    const price = priceInForce({
      tariffs,
      energy,
      day: today,
      protectedCustomer: household.protectedCustomer,
      conversion: settings.conversion,
    });
    const input: EnergyForecastInput = {
      energy,
      periods,
      model: model
        ? {
            ...model,
            regressors: model.kind === "heating_only" ? 1 : 0,
            meanPeriodKwh: baselineTotals.reduce((s, v) => s + v, 0) / Math.max(1, baselineTotals.length),
          }
        : null,
      eurPerKwh: price?.eurPerKwh ?? null,
      fixedEurPerYear: price?.fixedEurPerYear ?? 0,
    };
    forecasts.push({ ...forecastEnergy({ input, year, normalDegreeDays: weather.normals }), energy });
  }
  // Part of the savings screen: logged as such for the household's audit log.
  await recordHouseholdRead({
    ctx,
    householdId,
    action: "household.savings_viewed",
    details: { view: "bill_projection" },
  });
  return {
    billingYear: year,
    station: weather.station,
    energies: forecasts,
    monthlyAdvanceEur: household.monthlyAdvanceEur,
    ...projectBill({ forecasts, monthlyAdvanceEur: household.monthlyAdvanceEur }),
    missing: [...missing],
  };
}

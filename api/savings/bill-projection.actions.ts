import { recordHouseholdRead } from "../audit/index.ts";
import { addDays, brusselsDayOf } from "../consumption/brussels-days.ts";
import { REFERENCE_SOCIAL_TARIFFS } from "../consumption/tariff-rules.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { equiv165Weather, weatherForSavings } from "../weather/index.ts";
import type { BillProjectionResponse } from "./bill-projection.schemas.ts";
import { billingYear, type EnergyForecastInput, forecastEnergy, projectBill } from "./bill-projection.ts";
import { engineInput } from "./daily-periods.ts";
import { loadHouseholdEnergyInputs } from "./household-energy-inputs.ts";
import { projectableModel } from "./normal-year.ts";
import { daysOf } from "./periods.ts";
import { computeSavings } from "./savings-engine.ts";
import { priceInForce } from "./savings-value.ts";

/**
 * The energies a supplier bills once a year against monthly advances. Heating oil, pellets and wood
 * are paid at each delivery: no advance, no regularisation to expect, so none is projected (their
 * cost, at what the deliveries cost, is on the consumption screen).
 */
const BILLED_ENERGIES = ["gas", "electricity"] as const;

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);

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
  // The model meets the normals, so it is fitted in their convention (temperatures become equivalent 16.5).
  const fitWeather = equiv165Weather(weather.input);
  const tariffs = [...settings.tariffs, ...REFERENCE_SOCIAL_TARIFFS];
  const forecasts = [];
  for (const energy of BILLED_ENERGIES) {
    const usage = inputs.usage(energy, today);
    // Smart-meter days stay days against daily temperatures (their degree-days are daily too).
    const { dataKind, periods } = engineInput(usage, weather.input.kind);
    if (!periods.length) continue;
    const lastDay = periods.at(-1)?.to as string;
    // The model of the year before the last reading, as the savings engine fits it, in the normals' convention.
    const fitted = computeSavings({ periods, weather: fitWeather, start: lastDay, dataKind });
    const model = projectableModel(fitted);
    const baseline = fitted.points.filter((p) => p.phase === "baseline");
    const price = priceInForce({
      tariffs,
      energy,
      day: today,
      protectedCustomer: household.protectedCustomer,
      conversion: settings.conversion,
    });
    const input: EnergyForecastInput = {
      energy,
      // What was measured as measured: smart-meter days, not the months fitted (one missing day
      // would leave a whole month to the model).
      periods: usage.periods,
      model: model
        ? {
            ...model,
            regressors: model.kind === "heating_only" ? 1 : 0,
            meanPeriodKwh: mean(baseline.map((p) => p.kwhPerDay * daysOf(p))),
            // Days for smart-meter days, about 30 for monthly readings: the interval counts in these.
            meanPeriodDays: mean(baseline.map(daysOf)),
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

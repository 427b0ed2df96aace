import type { Ctx } from "../http/context.ts";
import * as repo from "./settings.repo.ts";
import { toCo2Factor, toConversionSettings, toTariff } from "./settings-rules.ts";

/**
 * What prices and converts a household's consumption, as the pure consumption methods take it: the
 * organisation's default tariffs and the household's own contracts, calorific values, CO₂ factors.
 * The caller has passed the household consent gate.
 */
export async function loadPricingSettings({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  const [tariffs, calorific, co2] = await Promise.all([
    repo.listTariffsForHousehold(ctx.db, ctx.orgId, householdId),
    repo.listCalorificValues(ctx.db, ctx.orgId),
    repo.listCo2Factors(ctx.db, ctx.orgId),
  ]);
  return {
    tariffs: tariffs.map(toTariff),
    conversion: toConversionSettings(calorific),
    co2Factors: co2.map(toCo2Factor),
  };
}

/** The organisation's calorific values, for converting many households' gas at once. */
export async function loadConversionSettings(ctx: Ctx) {
  return toConversionSettings(await repo.listCalorificValues(ctx.db, ctx.orgId));
}

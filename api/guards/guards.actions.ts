import type { z } from "@hono/zod-openapi";
import { recordHouseholdRead } from "../audit/index.ts";
import { addDays, brusselsDayOf } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, Validation } from "../http/errors.ts";
import { listTopUpsOfHousehold } from "../meters/index.ts";
import * as comfort from "./comfort.repo.ts";
import { comfortFlags, selfDisconnectionVerdict } from "./energy-guards.ts";
import type { CheckInInput, EnergyGuardsSchema } from "./guards.schemas.ts";
import { type RestrictionAnswer, restrictionOfHouseholds } from "./restriction.ts";

/** A comfort check-in, once: the same clientId again returns the stored one; with another body, 409. */
export async function recordCheckIn({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof CheckInInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  if (input.day > brusselsDayOf(ctx.now))
    throw new Validation("comfort.in_future", [
      { field: "day", code: "in_future", message: "comfort.in_future" },
    ]);
  const created = await comfort.insertCheckInOnce(ctx.db, {
    organisationId: ctx.orgId,
    householdId,
    day: input.day,
    indoorC: input.indoorC === null ? null : String(input.indoorC),
    humidityPct: input.humidityPct,
    feltCold: input.feltCold,
    clientId: input.clientId,
    authorUserId: ctx.actor.userId,
  });
  const stored = await comfort.findCheckInByClientId(ctx.db, ctx.orgId, input.clientId);
  const same =
    stored?.householdId === householdId &&
    stored.day === input.day &&
    stored.indoorC === input.indoorC &&
    stored.humidityPct === input.humidityPct &&
    stored.feltCold === input.feltCold;
  if (!stored || !same)
    throw new Conflict("comfort.client_id_reused", {}, [
      { field: "clientId", code: "comfort.client_id_reused", message: "comfort.client_id_reused" },
    ]);
  return { created, checkIn: stored };
}

export async function listCheckIns({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  return comfort.listCheckIns(ctx.db, ctx.orgId, householdId, addDays(brusselsDayOf(ctx.now), -365));
}

/**
 * The energy-poverty guards of a household (METHOD-SAVINGS.md): possible restriction against
 * comparable households of the organisation, budget-meter top-ups that stop or shrink, and comfort
 * check-ins of the last year that flag a cold or damp home. Staff reads are audited.
 */
export async function getEnergyGuards({
  ctx,
  householdId,
}: {
  ctx: Ctx;
  householdId: string;
}): Promise<z.infer<typeof EnergyGuardsSchema>> {
  const household = await assertHouseholdDataAccess({ ctx, householdId });
  const today = brusselsDayOf(ctx.now);
  const [topUps, checkIns, restriction] = await Promise.all([
    listTopUpsOfHousehold(ctx.db, ctx.orgId, householdId),
    comfort.listCheckIns(ctx.db, ctx.orgId, householdId, addDays(today, -365)),
    restrictionOfHouseholds({ ctx, householdIds: [householdId], asOf: today }),
  ]);
  await recordHouseholdRead({
    ctx,
    householdId,
    action: "household.savings_viewed",
    details: { view: "energy_guards" },
  });
  return {
    restriction: restriction.get(householdId) as RestrictionAnswer,
    selfDisconnection: selfDisconnectionVerdict({
      budgetMeter: household.budgetMeter,
      topUps: topUps.map((t) => ({ day: t.toppedUpOn, amountEur: t.amountEur })),
      today,
    }),
    comfort: {
      checkIns: checkIns.length,
      lastCheckIn: checkIns[0]?.day ?? null,
      flags: comfortFlags(checkIns),
    },
  };
}

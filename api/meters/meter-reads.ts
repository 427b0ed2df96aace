import { recordHouseholdRead } from "../audit/index.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { getMeter, listMeters } from "./meters.actions.ts";
import * as repo from "./meters.repo.ts";

/**
 * What the meter screens read. Staff reading a household's meters, readings, deliveries or top-ups
 * leave one `household.readings_viewed` line in its audit log (at most once an hour, see audit). A
 * dwelling's or a building's meter (no household) is the housing company's own data: no such line.
 */
const viewed = async (ctx: Ctx, householdId: string | null) => {
  if (householdId) await recordHouseholdRead({ ctx, householdId, action: "household.readings_viewed" });
};

export async function viewMeters({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  const meters = await listMeters({ ctx, householdId });
  await viewed(ctx, householdId);
  return meters;
}

export async function viewMeter({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  const meter = await getMeter({ ctx, meterId });
  await viewed(ctx, meter.householdId);
  return meter;
}

/**
 * A meter's readings, oldest first, each saying whether the caller wrote it (`mine`) and may correct
 * or delete it (`editable`: its author or the coordinator, as correct-reading.ts decides; a meter's
 * start and final indexes change with the meter itself, never here).
 */
export async function viewReadings({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  const meter = await getMeter({ ctx, meterId });
  const rows = await repo.listReadingsWithAuthor(ctx.db, ctx.orgId, meterId);
  await viewed(ctx, meter.householdId);
  return rows.map(({ authorUserId, ...reading }) => {
    const mine = authorUserId !== null && authorUserId === ctx.actor.userId;
    const meterIndex = reading.flags.includes("start") || reading.flags.includes("final");
    return { ...reading, mine, editable: !meterIndex && (mine || ctx.actor.role === "coordinator") };
  });
}

/** A fuel meter's deliveries, newest first (empty for a meter that takes none). */
export async function listDeliveries({ ctx, meterId }: { ctx: Ctx; meterId: string }) {
  const meter = await getMeter({ ctx, meterId });
  const deliveries = await repo.listDeliveriesOfMeter(ctx.db, ctx.orgId, meterId);
  await viewed(ctx, meter.householdId);
  return deliveries;
}

/** A household's budget-meter top-ups, newest first. */
export async function listTopUps({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const topUps = await repo.listTopUpsOfHousehold(ctx.db, ctx.orgId, householdId);
  await viewed(ctx, householdId);
  return topUps;
}

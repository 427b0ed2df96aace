import type { Ctx } from "../http/context.ts";
import type { FuelDelivery, Meter, Reading } from "./meter-rules.ts";
import * as repo from "./meters.repo.ts";
import { toRuleMeter } from "./reading-verdicts.ts";

/**
 * Every meter of a building (replaced ones included, each its own period) with its readings and fuel
 * deliveries, as the consumption methods take them: what the building's monthly rollup starts from.
 * Three queries; the caller has passed the building gate (or is the rollup itself).
 */
export async function listReadingsForBuilding({
  ctx,
  buildingId,
}: {
  ctx: Pick<Ctx, "db" | "orgId">;
  buildingId: string;
}): Promise<Array<{ meter: Meter; readings: Reading[]; deliveries: FuelDelivery[] }>> {
  const meters = await repo.listMetersOfPlace(ctx.db, ctx.orgId, { buildingId });
  const ids = meters.map((m) => m.id);
  const [readings, deliveries] = await Promise.all([
    repo.listReadingsOfMeters(ctx.db, ctx.orgId, ids),
    repo.listDeliveriesOfMeters(ctx.db, ctx.orgId, ids),
  ]);
  return meters.map((m) => ({
    meter: toRuleMeter({
      ...m,
      maxIndex: m.maxIndex === null ? null : Number(m.maxIndex),
      gasType: m.gasType as "H" | "L" | null,
    }),
    readings: readings.filter((r) => r.meterId === m.id),
    deliveries: deliveries.filter((d) => d.meterId === m.id),
  }));
}

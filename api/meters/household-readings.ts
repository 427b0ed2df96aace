import { addDays, type LocalDay, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { METER_KINDS } from "./meter-kinds.ts";
import type { FuelDelivery, IndexReading, Meter } from "./meter-rules.ts";
import * as repo from "./meters.repo.ts";
import { toRuleMeter } from "./reading-verdicts.ts";

type MeterWithReadings = { meter: Meter; readings: IndexReading[]; deliveries: FuelDelivery[] };

/**
 * Every meter of a household (replaced ones included, each its own period) with its readings and
 * fuel deliveries, as the consumption methods take them. Three queries whatever the number of meters.
 * The caller has passed the household consent gate.
 */
export async function listReadingsForHousehold({
  ctx,
  householdId,
  days,
}: {
  ctx: Ctx;
  householdId: string;
  days?: DaySpan;
}): Promise<MeterWithReadings[]> {
  return (await listReadingsForHouseholds({ ctx, householdIds: [householdId], days })).get(householdId) ?? [];
}

/** Brussels days, both included, whose consumption is wanted: the readings bounding them are enough. */
type DaySpan = { from: LocalDay; to: LocalDay };

/**
 * The same for several households at once (three queries), by household: for statistics over an
 * organisation, which never show one household's figures to another.
 */
export async function listReadingsForHouseholds({
  ctx,
  householdIds,
  days,
}: {
  ctx: Ctx;
  householdIds: readonly string[];
  days?: DaySpan;
}): Promise<Map<string, MeterWithReadings[]>> {
  const meters = await repo.listMetersOfHouseholds(ctx.db, ctx.orgId, householdIds);
  const ids = meters.map((m) => m.id);
  const [readings, deliveries] = await Promise.all([
    repo.listReadingsForConsumption(
      ctx.db,
      ctx.orgId,
      ids,
      days && { from: startOfBrusselsDay(days.from), to: startOfBrusselsDay(addDays(days.to, 1)) },
    ),
    repo.listDeliveriesOfMeters(ctx.db, ctx.orgId, ids),
  ]);
  const readingsOf = groupBy(readings, (r) => r.meterId);
  const deliveriesOf = groupBy(deliveries, (d) => d.meterId);
  const out = new Map<string, MeterWithReadings[]>(householdIds.map((id) => [id, []]));
  // Meters selected by household: householdId is set.
  for (const m of meters)
    out.get(m.householdId as string)?.push({
      meter: toRuleMeter({
        ...m,
        maxIndex: m.maxIndex === null ? null : Number(m.maxIndex),
        gasType: m.gasType as "H" | "L" | null,
      }),
      readings: readingsOf.get(m.id) ?? [],
      deliveries: deliveriesOf.get(m.id) ?? [],
    });
  return out;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Every meter of a household (replaced ones included, oldest first) with its unit, and every reading
 * with its source and note, oldest first: what exports list. The caller has passed the consent gate.
 */
export async function listHouseholdMetersAndReadings({
  ctx,
  householdId,
}: {
  ctx: Ctx;
  householdId: string;
}) {
  const meters = await repo.listMeters(ctx.db, ctx.orgId, householdId);
  const readings = await repo.listReadingsOfMeters(
    ctx.db,
    ctx.orgId,
    meters.map((m) => m.id),
  );
  return {
    meters: meters.map((m) => ({
      ...m,
      maxIndex: m.maxIndex === null ? null : Number(m.maxIndex),
      unit: METER_KINDS[m.kind].unit,
    })),
    readings,
  };
}

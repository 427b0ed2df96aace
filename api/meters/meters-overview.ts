import { z } from "@hono/zod-openapi";
import { householdsSharingWithStaff } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import * as repo from "./meters.repo.ts";
import { METER_KIND_VALUES } from "./meters.schemas.ts";

export const ReadingOverviewSchema = z
  .object({
    householdId: z.uuid(),
    meters: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.enum(METER_KIND_VALUES),
        icon: z.string(),
        lastReadAt: z
          .date()
          .nullable()
          .openapi({ description: "Newest reading of any register; null when there is none" }),
      }),
    ),
  })
  .openapi("ReadingOverview");

/**
 * For the staff list of households ("who stopped entering readings?"): each household that shares
 * its data with staff, with its meters in use and when each was last read. Households that do not
 * share are absent: the list shows only that they exist.
 */
export async function readingOverview({
  ctx,
}: {
  ctx: Ctx;
}): Promise<z.infer<typeof ReadingOverviewSchema>[]> {
  const householdIds = await householdsSharingWithStaff({ ctx });
  const rows = await repo.listOpenMetersWithLastReading(ctx.db, ctx.orgId, householdIds);
  return householdIds.map((householdId) => ({
    householdId,
    meters: rows
      .filter((row) => row.householdId === householdId)
      .map(({ householdId: _household, ...meter }) => meter),
  }));
}

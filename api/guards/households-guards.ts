import { addDays } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import * as comfort from "./comfort.repo.ts";
import { comfortFlags } from "./energy-guards.ts";
import { type RestrictionAnswer, restrictionOfHouseholds } from "./restriction.ts";

export interface HouseholdGuards {
  restriction: RestrictionAnswer;
  comfort: { checkIns: number; lastCheckIn: string | null; flags: ReturnType<typeof comfortFlags> };
}

/**
 * Restriction and comfort guards of several households at once (a group's members): the comparable
 * population and the weather are loaded once, the check-ins in one query. The caller has checked
 * each household's consent and records the reads.
 */
export async function guardsOfHouseholds({
  ctx,
  householdIds,
  today,
}: {
  ctx: Ctx;
  householdIds: readonly string[];
  today: string;
}): Promise<Map<string, HouseholdGuards>> {
  const [restrictions, checkIns] = await Promise.all([
    restrictionOfHouseholds({ ctx, householdIds, today }),
    comfort.listCheckInsOfHouseholds(ctx.db, ctx.orgId, householdIds, addDays(today, -365)),
  ]);
  return new Map(
    householdIds.map((id) => {
      const own = checkIns.filter((c) => c.householdId === id);
      return [
        id,
        {
          restriction: restrictions.get(id) as RestrictionAnswer,
          comfort: { checkIns: own.length, lastCheckIn: own[0]?.day ?? null, flags: comfortFlags(own) },
        },
      ];
    }),
  );
}

import { addDays, type LocalDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import * as comfort from "./comfort.repo.ts";
import { comfortFlags } from "./energy-guards.ts";
import { type RestrictionAnswer, restrictionOfHouseholds } from "./restriction.ts";

export interface HouseholdGuards {
  restriction: RestrictionAnswer;
  comfort: { checkIns: number; lastCheckIn: string | null; flags: ReturnType<typeof comfortFlags> };
}

/**
 * Restriction and comfort guards of several households at once (a group's members) as they stood on
 * `asOf` (today, or a report's last day): the comparable population and the weather are loaded once,
 * the check-ins from `checkInsFrom` (the year before `asOf` by default) to `asOf` in one query. The
 * caller has checked each household's consent and records the reads.
 */
export async function guardsOfHouseholds({
  ctx,
  householdIds,
  asOf,
  checkInsFrom = addDays(asOf, -365),
}: {
  ctx: Ctx;
  householdIds: readonly string[];
  asOf: LocalDay;
  checkInsFrom?: LocalDay;
}): Promise<Map<string, HouseholdGuards>> {
  const [restrictions, checkIns] = await Promise.all([
    restrictionOfHouseholds({ ctx, householdIds, asOf }),
    comfort.listCheckInsOfHouseholds(ctx.db, ctx.orgId, householdIds, checkInsFrom),
  ]);
  return new Map(
    householdIds.map((id) => {
      const own = checkIns.filter((c) => c.householdId === id && c.day <= asOf);
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

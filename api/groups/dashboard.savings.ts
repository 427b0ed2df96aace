import { computeHouseholdConsumption } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { householdSavingsSince } from "../savings/index.ts";
import { overConsumption, withinMargin, yearOnYear } from "./dashboard.rules.ts";

type Savings = Awaited<ReturnType<typeof householdSavingsSince>>[number];

/**
 * A member's savings of each energy since it joined; where they cannot be measured yet, its use since
 * joining against the same days a year before (one consumption query, only when needed).
 */
export async function savingsWithComparison({
  ctx,
  householdId,
  joinedOn,
  today,
}: {
  ctx: Ctx;
  householdId: string;
  joinedOn: string;
  today: string;
}) {
  const all = await householdSavingsSince({ ctx, householdId, start: joinedOn });
  const needComparison = all.some((s) => s.verdict !== "ok") && joinedOn <= today;
  const consumption = needComparison
    ? await computeHouseholdConsumption({
        ctx,
        householdId,
        query: { from: joinedOn, to: today, granularity: "year" },
      })
    : null;
  return all.map((s: Savings) => {
    const total = consumption?.energies.find((e) => e.energy === s.energy)?.total;
    return {
      energy: s.energy,
      verdict: s.verdict,
      savingsKwh: s.reporting?.savingsKwh ?? null,
      uncertaintyKwh90: s.reporting?.uncertaintyKwh90 ?? null,
      savingsEur: s.reporting?.savingsEur ?? null,
      savingsFraction: s.reporting?.savingsFraction ?? null,
      withinMargin: s.reporting ? withinMargin(s.reporting) : null,
      overConsumption: overConsumption(s),
      reporting: s.reporting,
      yearOnYear:
        s.verdict === "ok"
          ? null
          : total
            ? yearOnYear({
                kwh: total.kwh,
                coveredDays: total.coveredDays,
                lastYearKwh: total.lastYear?.kwh ?? null,
                lastYearCoveredDays: total.lastYear?.coveredDays ?? 0,
              })
            : { status: "not_enough_data" as const },
    };
  });
}

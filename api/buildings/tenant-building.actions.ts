import type { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { listTips } from "../tips/index.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import { listEvents } from "./buildings.repo.ts";
import { tenantConsultations } from "./consultations.actions.ts";
import { monthlyIndicators } from "./indicators.actions.ts";
import { ownAnswerThisWeek, surveyWeek } from "./survey.actions.ts";
import { companyNormalYearPerM2, findTenantHome, listSentStatements } from "./tenant-building.repo.ts";
import {
  compareWinters,
  compareWithCompany,
  lastTwoWinters,
  type WinterFigures,
  worksStage,
} from "./tenant-building.rules.ts";
import type { TenantBuildingSchema } from "./tenant-building.schemas.ts";

type TenantBuilding = z.infer<typeof TenantBuildingSchema>;

const winterOf = (season: string, seasons: readonly WinterFigures[]): WinterFigures => {
  const s = seasons.find((x) => x.season === season);
  return {
    season,
    kwhPerM2: s?.kwhPerM2 ?? null,
    degreeDays: s?.degreeDays ?? null,
    kwhPerM2PerDegreeDay: s?.kwhPerM2PerDegreeDay ?? null,
    complete: s?.complete ?? false,
  };
};

/**
 * The tenants' page of the building a household lives in: the building's heating in figures the page
 * says in plain words (read from the rollup, as the indicators and the portfolio do), its works, the
 * tips for collective heating, the consultations as tenants see them, this week's survey and the
 * household's heating cost statements (each opens at /decomptes). The household itself, or the
 * company's staff (who then see no household's answers nor statements). Never another household's
 * name or data.
 */
export async function getTenantBuilding({
  ctx,
  householdId,
}: {
  ctx: Ctx;
  householdId: string;
}): Promise<TenantBuilding> {
  const isTheHousehold = ctx.actor.role === "household";
  if (isTheHousehold && ctx.actor.householdId !== householdId) throw new NotFound();
  if (!isTheHousehold) assertBuildingAccess(ctx, "read");
  const home = await findTenantHome(ctx.db, ctx.orgId, householdId);
  if (!home) throw new NotFound("tenant.no_dwelling");
  const building = await findBuildingOrNotFound(ctx, home.buildingId);
  const today = brusselsDayOf(ctx.now);

  const winters = lastTwoWinters(today);
  const heating = await monthlyIndicators({
    ctx,
    buildingId: building.id,
    heatedAreaM2: building.heatedAreaM2,
    from: `${winters.previous.slice(0, 4)}-10`,
    to: `${winters.last.slice(5)}-04`,
  });
  const [last, previous] = [
    winterOf(winters.last, heating.seasons),
    winterOf(winters.previous, heating.seasons),
  ];
  const company = await companyNormalYearPerM2(ctx.db, ctx.orgId);
  const own = company.find((c) => c.buildingId === building.id)?.kwhPerM2 ?? null;

  const [events, tips, consultations, answer, statements] = await Promise.all([
    listEvents(ctx.db, ctx.orgId, building.id),
    listTips(ctx.db, ctx.orgId, { heatingType: "collective" }),
    tenantConsultations(ctx, building.id, { dwellingId: isTheHousehold ? home.dwellingId : null }),
    isTheHousehold ? ownAnswerThisWeek(ctx, householdId) : null,
    isTheHousehold ? listSentStatements(ctx.db, ctx.orgId, householdId) : null,
  ]);
  return {
    building: {
      id: building.id,
      name: building.name,
      address: building.address,
      postcode: building.postcode,
      commune: building.commune,
      heatingSystem: building.heatingSystem,
      dwellingCount: building.dwellingCount,
    },
    dwelling: { id: home.dwellingId, unitLabel: home.unitLabel },
    performance: {
      lastWinter: last,
      previousWinter: previous,
      winters: compareWinters(last, previous),
      normalYearKwhPerM2: own,
      company: compareWithCompany(
        own,
        company.map((c) => c.kwhPerM2),
      ),
    },
    works: events
      .map((e) => ({ ...e, stage: worksStage(e, today) }))
      .sort((a, b) => b.startedOn.localeCompare(a.startedOn))
      .map(({ buildingId: _b, ...e }) => e),
    // Tips written for collective heating (not those for every home): what a tenant there can do.
    tips: tips
      .filter((tip) => tip.heatingTypes.includes("collective") && tip.occupancy !== "owner")
      .map((tip) => ({
        id: tip.id,
        key: tip.key,
        text: tip.text as Record<string, { title: string; body: string }>,
      })),
    consultations,
    survey: isTheHousehold ? { weekStart: surveyWeek(ctx.now), answer } : null,
    heatingStatements: statements,
  };
}

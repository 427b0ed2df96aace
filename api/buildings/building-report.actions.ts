import { comfortProblem } from "../../db/schema/participation.ts";
import { addDays, brusselsDayOf, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { refreshStaleBuildings } from "./building-months.refresh.ts";
import { twelveMonthsEndingWith } from "./building-report.period.ts";
import * as reportRepo from "./building-report.repo.ts";
import {
  consultationResult,
  evaluateObjective,
  heatingTotal,
  type SavingsMeasure,
  surveySummary,
  worksInPeriod,
} from "./building-report.rules.ts";
import type { BuildingReport } from "./building-report.schemas.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import * as buildingsRepo from "./buildings.repo.ts";
import * as consultationsRepo from "./consultations.repo.ts";
import { consultationState, dwellingsEntitledToAnswer } from "./consultations.rules.ts";
import { defaultPeriodOfBuilding } from "./default-period.ts";
import { monthlyIndicators } from "./indicators.actions.ts";
import { monthRange, shiftMonth } from "./indicators.rules.ts";
import { projectsOfBuilding } from "./projects.actions.ts";
import { getRenovationSavings } from "./renovation-savings.actions.ts";

/** Ten years at most: the indicators answer 120 months at most. */
const MAX_MONTHS = 120;

const refuse = (code: string, field: string) => new Validation(code, [{ field, code, message: code }]);

type ProjectSavings = BuildingReport["projects"][number]["savings"];

const noSavings = (verdict: string, energy: ProjectSavings["energy"] = null): ProjectSavings => ({
  energy,
  verdict,
  monthsStillNeeded: null,
  from: null,
  to: null,
  actualKwh: null,
  counterfactualKwh: null,
  savingsKwh: null,
  uncertaintyKwh90: null,
  savingsFraction: null,
  savingsFractionLow: null,
  savingsFractionHigh: null,
  monthsToFullYear: null,
});

/** The project's works' savings (the renovation's before/after on the first heating energy metered). */
async function projectSavings(
  ctx: Ctx,
  buildingId: string,
  eventId: string | null,
  energies: readonly ProjectSavings["energy"][],
): Promise<{ savings: ProjectSavings; measure: SavingsMeasure }> {
  if (!eventId) return { savings: noSavings("no_works"), measure: { state: "no_works" } };
  const energy = energies[0];
  if (!energy) return { savings: noSavings("no_heating_meter"), measure: { state: "no_heating_meter" } };
  const result = await getRenovationSavings({ ctx, buildingId, query: { event: eventId, energy } });
  const r = result.reporting;
  const savings: ProjectSavings = {
    ...noSavings(result.verdict, energy),
    monthsStillNeeded: result.monthsStillNeeded,
    ...(r && {
      from: r.from,
      to: r.to,
      actualKwh: r.actualKwh,
      counterfactualKwh: r.counterfactualKwh,
      savingsKwh: r.savingsKwh,
      uncertaintyKwh90: r.uncertaintyKwh90,
      savingsFraction: r.savingsFraction,
      savingsFractionLow: r.savingsFractionLow,
      savingsFractionHigh: r.savingsFractionHigh,
      monthsToFullYear: r.monthsToFullYear,
    }),
  };
  const measure: SavingsMeasure =
    result.verdict === "works_under_way"
      ? { state: "works_under_way" }
      : result.verdict === "insufficient_baseline" || result.verdict === "insufficient_reporting"
        ? { state: "not_enough_data", monthsStillNeeded: result.monthsStillNeeded }
        : result.verdict === "ok" && r && r.savingsFraction !== null
          ? {
              state: "ok",
              fraction: r.savingsFraction,
              fractionLow: r.savingsFractionLow,
              fractionHigh: r.savingsFractionHigh,
            }
          : { state: "not_computable", verdict: result.verdict };
  return { savings, measure };
}

/**
 * The period asked for: without an end, last month's last day; without a start, the 1st of the month
 * eleven months before the end's. With neither, the twelve months ending with the building's last
 * month of complete heating figures (`defaultReportPeriod`), looked for over the last year.
 */
async function reportPeriod(
  ctx: Ctx,
  buildingId: string,
  query: { from?: string; to?: string },
): Promise<{ from: string; to: string }> {
  const today = brusselsDayOf(ctx.now);
  const lastMonth = shiftMonth(today.slice(0, 7), -1);
  if (query.from || query.to) {
    const to = query.to ?? twelveMonthsEndingWith(lastMonth).to;
    return { from: query.from ?? twelveMonthsEndingWith(to.slice(0, 7)).from, to };
  }
  return defaultPeriodOfBuilding(ctx, buildingId);
}

/**
 * A building's report for a period (issue 6 §8): its heating from the monthly rollup, works done or
 * under way, alerts opened and closed, the comfort survey's summary, the consultations held with their
 * turnout and result, each project's savings from its works with the 90 % interval, and each project
 * objective against its target. No tenant's name or answer is in it.
 */
export async function getBuildingReport({
  ctx,
  buildingId,
  query,
}: {
  ctx: Ctx;
  buildingId: string;
  query: { from?: string; to?: string };
}): Promise<BuildingReport> {
  assertBuildingAccess(ctx, "read");
  const building = await findBuildingOrNotFound(ctx, buildingId);
  // Still stale after this only if recomputing failed: the report then shows the figures as they were.
  await refreshStaleBuildings(ctx, buildingId);
  const { from, to } = await reportPeriod(ctx, buildingId, query);
  if (from > to) throw refuse("report.from_after_to", "from");
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  if (monthRange(fromMonth, toMonth).length > MAX_MONTHS)
    throw refuse("building_report.period_too_long", "from");

  const scope = { orgId: ctx.orgId, buildingId };
  const start = startOfBrusselsDay(from);
  const end = startOfBrusselsDay(addDays(to, 1));
  const [indicators, events, alertRows, answers, held, tenancies, energies, projects] = await Promise.all([
    monthlyIndicators({ ctx, buildingId, heatedAreaM2: building.heatedAreaM2, from: fromMonth, to: toMonth }),
    buildingsRepo.listEvents(ctx.db, ctx.orgId, buildingId),
    reportRepo.alertsTouching(ctx.db, { ...scope, start, end, from, to }),
    reportRepo.surveyAnswers(ctx.db, { ...scope, from, to }),
    reportRepo.consultationsHeld(ctx.db, { ...scope, from, end }),
    consultationsRepo.dwellingTenancies(ctx.db, ctx.orgId, buildingId),
    reportRepo.heatingMeterEnergies(ctx.db, scope),
    projectsOfBuilding(ctx, buildingId),
  ]);

  const today = brusselsDayOf(ctx.now);
  const inPeriod = (at: Date | null) => at !== null && at >= start && at < end;
  // What an alert saw (`periodTo` exclusive) falls in the report's days, whenever it was opened.
  const isAbout = (a: { periodFrom: string; periodTo: string }) => a.periodFrom <= to && a.periodTo > from;
  const kinds = [...new Set(alertRows.map((a) => a.kind))].sort();
  const survey = surveySummary(answers, comfortProblem.enumValues);
  const consultations = held.map((c) => ({
    id: c.id,
    title: c.title,
    status: consultationState(c, today),
    closesOn: c.closesOn,
    projectId: c.projectId,
    ...consultationResult({
      options: c.options,
      answers: c.answers,
      occupiedDwellingIds: dwellingsEntitledToAnswer({ dwellings: tenancies, closesOn: c.closesOn, today }),
    }),
  }));

  const projectReports = [];
  for (const p of projects) {
    const { savings, measure } = await projectSavings(ctx, buildingId, p.eventId, energies);
    const own = consultations.filter((c) => c.projectId === p.id);
    projectReports.push({
      id: p.id,
      name: p.name,
      description: p.description,
      event: p.event && {
        id: p.event.id,
        label: p.event.label,
        startedOn: p.event.startedOn,
        completedOn: p.event.completedOn,
      },
      savings,
      objectives: p.objectives.map((o) => ({
        id: o.id,
        label: o.label,
        targetText: o.targetText,
        kind: o.kind,
        targetValue: o.targetValue,
        assessment: o.assessment,
        ...evaluateObjective({
          kind: o.kind,
          targetValue: o.targetValue,
          savings: measure,
          survey,
          consultations: own.map((c) => ({ ...c, open: c.status === "open" })),
        }),
      })),
    });
  }

  return {
    building: {
      id: building.id,
      code: building.code,
      name: building.name,
      address: building.address,
      postcode: building.postcode,
      commune: building.commune,
      heatedAreaM2: building.heatedAreaM2,
      dwellingCount: building.dwellingCount,
    },
    from,
    to,
    heating: {
      fromMonth,
      toMonth,
      energies: indicators.energies,
      ...heatingTotal(indicators.monthly, building.heatedAreaM2),
    },
    works: worksInPeriod(events, { from, to }).map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      startedOn: e.startedOn,
      completedOn: e.completedOn,
      status: e.status,
    })),
    alerts: {
      about: alertRows.filter(isAbout).length,
      opened: alertRows.filter((a) => inPeriod(a.openedAt)).length,
      closed: alertRows.filter((a) => inPeriod(a.closedAt)).length,
      openAtEnd: alertRows.filter((a) => a.openedAt < end && (a.closedAt === null || a.closedAt >= end))
        .length,
      byKind: kinds.map((kind) => ({
        kind,
        about: alertRows.filter((a) => a.kind === kind && isAbout(a)).length,
        opened: alertRows.filter((a) => a.kind === kind && inPeriod(a.openedAt)).length,
        closed: alertRows.filter((a) => a.kind === kind && inPeriod(a.closedAt)).length,
      })),
    },
    survey,
    consultations,
    projects: projectReports,
  };
}

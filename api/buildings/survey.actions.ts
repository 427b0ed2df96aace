import type { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { refreshStaleBuildings } from "./building-months.refresh.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import { monthlyIndicators } from "./indicators.actions.ts";
import { monthRange, shiftMonth } from "./indicators.rules.ts";
import * as repo from "./survey.repo.ts";
import { aggregateSurvey, type ComfortProblem, weekStartOf, weekStartsOfMonths } from "./survey.rules.ts";
import type { SurveyAnswerSchema, SurveyInput, SurveyQuery, SurveyResultsSchema } from "./survey.schemas.ts";
import { tenantDwellingIn } from "./tenant-building.access.ts";

/** Five years of months at most in one answer. */
const MAX_MONTHS = 60;

type StoredAnswer = z.infer<typeof SurveyAnswerSchema>;

const refuse = (code: string, field: string) => new Validation(code, [{ field, code, message: code }]);

/** The survey's week now: Monday of this Brussels week. */
export const surveyWeek = (now: Date) => weekStartOf(brusselsDayOf(now));

/** The household's answer this week, if it gave one. */
export async function ownAnswerThisWeek(ctx: Ctx, householdId: string): Promise<StoredAnswer | null> {
  const row = await repo.findAnswer(ctx.db, ctx.orgId, householdId, surveyWeek(ctx.now));
  return row ? answerOut(row) : null;
}

const answerOut = (row: {
  buildingId: string;
  weekStart: string;
  warmth: number;
  problems: ComfortProblem[];
  comment: string | null;
}): StoredAnswer => ({
  buildingId: row.buildingId,
  weekStart: row.weekStart,
  warmth: row.warmth,
  problems: row.problems,
  comment: row.comment,
});

/**
 * A tenant household says how warm its home was this week: one answer per household and week
 * (Monday, Brussels), a second one the same week replacing the first.
 */
export async function answerSurvey({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof SurveyInput>;
}): Promise<{ answer: StoredAnswer; created: boolean }> {
  const home = await tenantDwellingIn(ctx, buildingId);
  const { row, created } = await repo.upsertAnswer(ctx.db, {
    organisationId: ctx.orgId,
    buildingId,
    dwellingId: home.dwellingId,
    householdId: ctx.actor.householdId,
    weekStart: surveyWeek(ctx.now),
    warmth: input.warmth,
    problems: [...new Set(input.problems)],
    comment: input.comment || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return { answer: answerOut(row), created };
}

/**
 * The building's survey answers aggregated per week and per month (never who answered), beside its
 * monthly heating kWh from the rollup.
 */
export async function surveyResults({
  ctx,
  buildingId,
  query,
}: {
  ctx: Ctx;
  buildingId: string;
  query: z.infer<typeof SurveyQuery>;
}): Promise<z.infer<typeof SurveyResultsSchema>> {
  assertBuildingAccess(ctx, "read");
  const building = await findBuildingOrNotFound(ctx, buildingId);
  const to = query.to ?? brusselsDayOf(ctx.now).slice(0, 7);
  const from = query.from ?? shiftMonth(to, -11);
  if (from > to) throw refuse("survey.range_order", "from");
  if (monthRange(from, to).length > MAX_MONTHS) throw refuse("survey.range_too_long", "from");
  const stale = (await refreshStaleBuildings(ctx, building.id)).has(building.id);
  const heating = await monthlyIndicators({
    ctx,
    buildingId: building.id,
    heatedAreaM2: building.heatedAreaM2,
    from,
    to,
  });
  const weeks = weekStartsOfMonths(from, to);
  const answers = await repo.listBuildingAnswers(ctx.db, {
    orgId: ctx.orgId,
    buildingId,
    fromDay: weeks.first,
    toDay: weeks.end,
  });
  return {
    buildingId,
    heatedAreaM2: building.heatedAreaM2,
    stale,
    ...aggregateSurvey({ answers, heating: heating.monthly, from, to }),
  };
}

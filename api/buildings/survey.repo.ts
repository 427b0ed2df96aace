import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { comfortSurveyAnswers } from "../../db/schema/index.ts";

const answerColumns = {
  id: comfortSurveyAnswers.id,
  buildingId: comfortSurveyAnswers.buildingId,
  weekStart: comfortSurveyAnswers.weekStart,
  warmth: comfortSurveyAnswers.warmth,
  problems: comfortSurveyAnswers.problems,
  comment: comfortSurveyAnswers.comment,
  updatedAt: comfortSurveyAnswers.updatedAt,
};

/** The household's answer for a week, whichever building it was given for. */
export async function findAnswer(db: DbOrTx, orgId: string, householdId: string, weekStart: string) {
  const [row] = await db
    .select(answerColumns)
    .from(comfortSurveyAnswers)
    .where(
      and(
        eq(comfortSurveyAnswers.organisationId, orgId),
        eq(comfortSurveyAnswers.householdId, householdId),
        eq(comfortSurveyAnswers.weekStart, weekStart),
      ),
    );
  return row;
}

/**
 * Stores the household's answer for the week, replacing the one it gave earlier that week; says
 * whether it was the first. One statement, so two taps at once store one answer.
 */
export async function upsertAnswer(db: DbOrTx, row: typeof comfortSurveyAnswers.$inferInsert) {
  const [stored] = await db
    .insert(comfortSurveyAnswers)
    .values(row)
    .onConflictDoUpdate({
      target: [
        comfortSurveyAnswers.organisationId,
        comfortSurveyAnswers.householdId,
        comfortSurveyAnswers.weekStart,
      ],
      set: {
        buildingId: row.buildingId,
        dwellingId: row.dwellingId,
        warmth: row.warmth,
        problems: row.problems,
        comment: row.comment,
        updatedAt: row.updatedAt,
      },
    })
    // A row the statement inserted has no deleting transaction yet: xmax 0 (an update sets it).
    .returning({ ...answerColumns, inserted: sql<boolean>`(xmax = 0)` });
  const { inserted, ...out } = stored as NonNullable<typeof stored>;
  return { row: out, created: Boolean(inserted) };
}

/** The building's answers for the weeks starting in [fromDay, toDay), without who gave them. */
export async function listBuildingAnswers(
  db: DbOrTx,
  {
    orgId,
    buildingId,
    fromDay,
    toDay,
  }: { orgId: string; buildingId: string; fromDay: string; toDay: string },
) {
  return db
    .select({
      weekStart: comfortSurveyAnswers.weekStart,
      warmth: comfortSurveyAnswers.warmth,
      problems: comfortSurveyAnswers.problems,
      comment: comfortSurveyAnswers.comment,
    })
    .from(comfortSurveyAnswers)
    .where(
      and(
        eq(comfortSurveyAnswers.organisationId, orgId),
        eq(comfortSurveyAnswers.buildingId, buildingId),
        gte(comfortSurveyAnswers.weekStart, fromDay),
        lt(comfortSurveyAnswers.weekStart, toDay),
      ),
    )
    .orderBy(asc(comfortSurveyAnswers.weekStart), asc(comfortSurveyAnswers.createdAt));
}

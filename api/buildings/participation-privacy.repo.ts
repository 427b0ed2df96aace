import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client.ts";
import {
  comfortSurveyAnswers,
  consultationAnswers,
  consultationOptions,
  consultations,
} from "../../db/schema/index.ts";

/**
 * A tenant household's own words in its building's participation, for its data export: its weekly
 * comfort answers and the answers it gave to consultations (for its dwelling).
 */
export async function householdParticipation(db: DbOrTx, orgId: string, householdId: string) {
  const [comfortSurveyAnswersOf, consultationAnswersOf] = await Promise.all([
    db
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
          eq(comfortSurveyAnswers.householdId, householdId),
        ),
      )
      .orderBy(asc(comfortSurveyAnswers.weekStart)),
    db
      .select({
        consultation: consultations.title,
        option: consultationOptions.label,
        answeredAt: consultationAnswers.updatedAt,
      })
      .from(consultationAnswers)
      .innerJoin(consultations, eq(consultations.id, consultationAnswers.consultationId))
      .innerJoin(consultationOptions, eq(consultationOptions.id, consultationAnswers.optionId))
      .where(
        and(eq(consultationAnswers.organisationId, orgId), eq(consultationAnswers.householdId, householdId)),
      )
      .orderBy(asc(consultationAnswers.updatedAt)),
  ]);
  return { comfortSurveyAnswers: comfortSurveyAnswersOf, consultationAnswers: consultationAnswersOf };
}

/**
 * Erasure of a tenant household: its survey comments go (free text may name someone) and its answers
 * are no longer tied to it; how warm the building was and what its dwelling chose stay, anonymous,
 * in the building's figures.
 */
export async function eraseHouseholdParticipation(tx: Tx, orgId: string, householdId: string) {
  await tx
    .update(comfortSurveyAnswers)
    .set({ householdId: null, comment: null })
    .where(
      and(eq(comfortSurveyAnswers.organisationId, orgId), eq(comfortSurveyAnswers.householdId, householdId)),
    );
  await tx
    .update(consultationAnswers)
    .set({ householdId: null })
    .where(
      and(eq(consultationAnswers.organisationId, orgId), eq(consultationAnswers.householdId, householdId)),
    );
}

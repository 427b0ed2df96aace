import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import {
  buildingProjects,
  consultationAnswers,
  consultationOptions,
  consultations,
  dwellingOccupancies,
  dwellings,
  households,
} from "../../db/schema/index.ts";
import type { LocalDay } from "../consumption/brussels-days.ts";
import type { DwellingTenancy } from "./consultations.rules.ts";

const consultationColumns = {
  id: consultations.id,
  buildingId: consultations.buildingId,
  projectId: consultations.projectId,
  title: consultations.title,
  question: consultations.question,
  status: consultations.status,
  closesOn: consultations.closesOn,
  createdAt: consultations.createdAt,
  updatedAt: consultations.updatedAt,
};

const optionColumns = {
  id: consultationOptions.id,
  consultationId: consultationOptions.consultationId,
  position: consultationOptions.position,
  label: consultationOptions.label,
  explanation: consultationOptions.explanation,
  costEurPerDwellingPerYear: consultationOptions.costEurPerDwellingPerYear,
  costText: consultationOptions.costText,
  comfortText: consultationOptions.comfortText,
};

export type ConsultationRow = NonNullable<Awaited<ReturnType<typeof findConsultation>>>;
export type OptionRow = Awaited<ReturnType<typeof listOptions>>[number];

/** The consultation; `lock`: under a share lock until the transaction ends (an answer against a close). */
export async function findConsultation(db: DbOrTx, orgId: string, id: string, { lock = false } = {}) {
  const query = db
    .select(consultationColumns)
    .from(consultations)
    .where(and(eq(consultations.organisationId, orgId), eq(consultations.id, id)));
  const [row] = lock ? await query.for("share") : await query;
  return row;
}

/** The building's consultations, the latest first. */
export async function listConsultations(db: DbOrTx, orgId: string, buildingId: string) {
  return db
    .select(consultationColumns)
    .from(consultations)
    .where(and(eq(consultations.organisationId, orgId), eq(consultations.buildingId, buildingId)))
    .orderBy(desc(consultations.closesOn), desc(consultations.createdAt));
}

export async function listOptions(db: DbOrTx, orgId: string, consultationIds: readonly string[]) {
  if (consultationIds.length === 0) return [];
  return db
    .select(optionColumns)
    .from(consultationOptions)
    .where(
      and(
        eq(consultationOptions.organisationId, orgId),
        inArray(consultationOptions.consultationId, [...consultationIds]),
      ),
    )
    .orderBy(asc(consultationOptions.consultationId), asc(consultationOptions.position));
}

/** The answers of the consultations, one per dwelling (who answered is not read). */
export async function listAnswers(db: DbOrTx, orgId: string, consultationIds: readonly string[]) {
  if (consultationIds.length === 0) return [];
  return db
    .select({
      consultationId: consultationAnswers.consultationId,
      dwellingId: consultationAnswers.dwellingId,
      householdId: consultationAnswers.householdId,
      optionId: consultationAnswers.optionId,
    })
    .from(consultationAnswers)
    .where(
      and(
        eq(consultationAnswers.organisationId, orgId),
        inArray(consultationAnswers.consultationId, [...consultationIds]),
      ),
    );
}

/**
 * The building's dwellings with the household living there now (an erased one counts as none) and
 * their recorded stays: who could answer a consultation on its last day (dwellingsEntitledToAnswer).
 */
export async function dwellingTenancies(db: DbOrTx, orgId: string, buildingId: string) {
  const [now, stays] = await Promise.all([
    db
      .select({ id: dwellings.id, householdId: households.id })
      .from(dwellings)
      .leftJoin(
        households,
        and(
          eq(households.organisationId, orgId),
          eq(households.id, dwellings.householdId),
          isNull(households.erasedAt),
        ),
      )
      .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.buildingId, buildingId))),
    db
      .select({
        dwellingId: dwellingOccupancies.dwellingId,
        householdId: dwellingOccupancies.householdId,
        movedInOn: dwellingOccupancies.movedInOn,
        // An erased household left on the day it was erased (erasure keeps its stay, unclosed).
        movedOutOn: sql<LocalDay | null>`least(${dwellingOccupancies.movedOutOn},
          (${households.erasedAt} at time zone 'Europe/Brussels')::date)::text`,
      })
      .from(dwellingOccupancies)
      .leftJoin(
        households,
        and(eq(households.organisationId, orgId), eq(households.id, dwellingOccupancies.householdId)),
      )
      .innerJoin(
        dwellings,
        and(eq(dwellings.organisationId, orgId), eq(dwellings.id, dwellingOccupancies.dwellingId)),
      )
      .where(and(eq(dwellingOccupancies.organisationId, orgId), eq(dwellings.buildingId, buildingId))),
  ]);
  return now.map((d): DwellingTenancy => ({ ...d, stays: stays.filter((s) => s.dwellingId === d.id) }));
}

/** Whether the project is one of the building's (H3's building projects). */
export async function projectOfBuildingExists(
  db: DbOrTx,
  orgId: string,
  buildingId: string,
  projectId: string,
) {
  const [row] = await db
    .select({ id: buildingProjects.id })
    .from(buildingProjects)
    .where(
      and(
        eq(buildingProjects.organisationId, orgId),
        eq(buildingProjects.buildingId, buildingId),
        eq(buildingProjects.id, projectId),
      ),
    );
  return row !== undefined;
}

export async function insertConsultation(db: DbOrTx, row: typeof consultations.$inferInsert) {
  const [created] = await db.insert(consultations).values(row).returning({ id: consultations.id });
  return (created as { id: string }).id;
}

export async function updateConsultation(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: Partial<typeof consultations.$inferInsert> & { updatedAt: Date },
) {
  await db
    .update(consultations)
    .set(changes)
    .where(and(eq(consultations.organisationId, orgId), eq(consultations.id, id)));
}

/** Replaces a draft's options (a draft has no answers yet). */
export async function replaceOptions(
  db: DbOrTx,
  orgId: string,
  consultationId: string,
  options: ReadonlyArray<Omit<typeof consultationOptions.$inferInsert, "organisationId" | "consultationId">>,
) {
  await db
    .delete(consultationOptions)
    .where(
      and(
        eq(consultationOptions.organisationId, orgId),
        eq(consultationOptions.consultationId, consultationId),
      ),
    );
  await db
    .insert(consultationOptions)
    .values(options.map((o) => ({ ...o, organisationId: orgId, consultationId })));
}

/**
 * Stores the dwelling's answer, replacing the one given earlier for it (by this household or the one
 * living there before); says whether it was the first. One statement, so two taps store one answer.
 */
export async function upsertAnswer(db: DbOrTx, row: typeof consultationAnswers.$inferInsert) {
  const [stored] = await db
    .insert(consultationAnswers)
    .values(row)
    .onConflictDoUpdate({
      target: [
        consultationAnswers.organisationId,
        consultationAnswers.consultationId,
        consultationAnswers.dwellingId,
      ],
      set: { optionId: row.optionId, householdId: row.householdId, updatedAt: row.updatedAt },
    })
    // A row the statement inserted has no deleting transaction yet: xmax 0 (an update sets it).
    .returning({ optionId: consultationAnswers.optionId, inserted: sql<boolean>`(xmax = 0)` });
  const { inserted, optionId } = stored as NonNullable<typeof stored>;
  return { optionId, created: Boolean(inserted) };
}

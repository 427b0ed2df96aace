import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, ne, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { alerts, comfortSurveyAnswers, consultations, meters } from "../../db/schema/index.ts";
import * as consultationsRepo from "./consultations.repo.ts";
import { RENOVATION_ENERGIES } from "./renovation-savings.schemas.ts";

type Scope = { orgId: string; buildingId: string };

/** Alerts of the building opened before `end` and not closed before `start` (instants). */
/**
 * The building's alerts a period's report speaks of: open at some time in it, or about days in it
 * (what was seen), even when opened after its end (a summer's heating noticed in the autumn).
 */
export async function alertsTouching(
  db: DbOrTx,
  { orgId, buildingId, start, end, from, to }: Scope & { start: Date; end: Date; from: string; to: string },
) {
  return db
    .select({
      kind: alerts.kind,
      openedAt: alerts.openedAt,
      closedAt: alerts.closedAt,
      periodFrom: alerts.periodFrom,
      periodTo: alerts.periodTo,
    })
    .from(alerts)
    .where(
      and(
        eq(alerts.organisationId, orgId),
        eq(alerts.buildingId, buildingId),
        or(
          and(lt(alerts.openedAt, end), or(isNull(alerts.closedAt), gte(alerts.closedAt, start))),
          and(lte(alerts.periodFrom, to), gt(alerts.periodTo, from)),
        ),
      ),
    );
}

/** The comfort survey's answers of weeks starting in the period (no names). */
export async function surveyAnswers(
  db: DbOrTx,
  { orgId, buildingId, from, to }: Scope & { from: string; to: string },
) {
  return db
    .select({ warmth: comfortSurveyAnswers.warmth, problems: comfortSurveyAnswers.problems })
    .from(comfortSurveyAnswers)
    .where(
      and(
        eq(comfortSurveyAnswers.organisationId, orgId),
        eq(comfortSurveyAnswers.buildingId, buildingId),
        gte(comfortSurveyAnswers.weekStart, from),
        lte(comfortSurveyAnswers.weekStart, to),
      ),
    );
}

/** Consultations put to the tenants (not drafts) open some day of the period: created by its end, closing after its start. */
export async function consultationsHeld(
  db: DbOrTx,
  { orgId, buildingId, from, end }: Scope & { from: string; end: Date },
) {
  const held = await db
    .select({
      id: consultations.id,
      title: consultations.title,
      status: consultations.status,
      closesOn: consultations.closesOn,
      projectId: consultations.projectId,
    })
    .from(consultations)
    .where(
      and(
        eq(consultations.organisationId, orgId),
        eq(consultations.buildingId, buildingId),
        ne(consultations.status, "draft"),
        lt(consultations.createdAt, end),
        gte(consultations.closesOn, from),
      ),
    )
    .orderBy(asc(consultations.closesOn), asc(consultations.createdAt));
  const ids = held.map((c) => c.id);
  const [options, answers] = await Promise.all([
    consultationsRepo.listOptions(db, orgId, ids),
    consultationsRepo.listAnswers(db, orgId, ids),
  ]);
  return held.map((c) => ({
    ...c,
    options: options.filter((o) => o.consultationId === c.id).map(({ id, label }) => ({ id, label })),
    answers: answers
      .filter((a) => a.consultationId === c.id)
      .map(({ dwellingId, optionId }) => ({ dwellingId, optionId })),
  }));
}

/** The energies of the building's boiler-room meters a renovation's savings can be measured on. */
export async function heatingMeterEnergies(db: DbOrTx, { orgId, buildingId }: Scope) {
  const rows = await db
    .selectDistinct({ kind: meters.kind })
    .from(meters)
    .where(
      and(
        eq(meters.organisationId, orgId),
        eq(meters.buildingId, buildingId),
        inArray(meters.kind, [...RENOVATION_ENERGIES]),
      ),
    );
  return RENOVATION_ENERGIES.filter((e) => rows.some((r) => r.kind === e));
}

import type { z } from "@hono/zod-openapi";
import { brusselsDayOf } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";
import * as repo from "./consultations.repo.ts";
import {
  consultationResults,
  consultationState,
  dwellingsEntitledToAnswer,
  transitionRefusal,
} from "./consultations.rules.ts";
import type {
  AnswerInput,
  ConsultationInput,
  ConsultationSchema,
  UpdateConsultationInput,
} from "./consultations.schemas.ts";
import { tenantDwellingIn } from "./tenant-building.access.ts";

type Consultation = z.infer<typeof ConsultationSchema>;
type OptionInput = z.infer<typeof ConsultationInput>["options"][number];

const fieldError = (code: string, field: string) => [{ field, code, message: code }];

const optionRows = (options: readonly OptionInput[]) =>
  options.map((o, position) => ({
    position,
    label: o.label,
    explanation: o.explanation,
    costText: o.costText,
    comfortText: o.comfortText,
    costEurPerDwellingPerYear:
      o.costEurPerDwellingPerYear === null ? null : o.costEurPerDwellingPerYear.toFixed(2),
  }));

/**
 * What tenants see of the building's consultations: the open and closed ones (never drafts), the
 * results once closed, and, for a household living there, the answer it gave for its dwelling
 * (`dwellingId` null: staff looking at the tenants' page, who never see a dwelling's answer).
 */
export interface TenantView {
  dwellingId: string | null;
}

/**
 * The building's consultations as the caller may see them: staff every one with its results, a
 * tenant as TenantView says.
 */
async function consultationsOf(
  ctx: Ctx,
  buildingId: string,
  rows: readonly repo.ConsultationRow[],
  view: TenantView | "staff",
): Promise<Consultation[]> {
  const today = brusselsDayOf(ctx.now);
  const tenantDwellingId = view === "staff" ? null : view.dwellingId;
  const visible = rows
    .map((row) => ({ ...row, state: consultationState(row, today) }))
    .filter((row) => view === "staff" || row.state !== "draft");
  const ids = visible.map((c) => c.id);
  const [options, answers, tenancies] = await Promise.all([
    repo.listOptions(ctx.db, ctx.orgId, ids),
    repo.listAnswers(ctx.db, ctx.orgId, ids),
    repo.dwellingTenancies(ctx.db, ctx.orgId, buildingId),
  ]);
  return visible.map((c) => {
    const own = options.filter((o) => o.consultationId === c.id);
    const given = answers.filter((a) => a.consultationId === c.id);
    // The dwelling's answer is the household's own only if it gave it (not the previous tenant's).
    const mine =
      tenantDwellingId === null
        ? undefined
        : given.find((a) => a.dwellingId === tenantDwellingId && a.householdId === ctx.actor.householdId);
    const showResults = view === "staff" || c.state === "closed";
    return {
      id: c.id,
      buildingId: c.buildingId,
      projectId: c.projectId,
      title: c.title,
      question: c.question,
      status: c.state,
      closesOn: c.closesOn,
      options: own.map((o) => ({
        id: o.id,
        position: o.position,
        label: o.label,
        explanation: o.explanation,
        costText: o.costText,
        comfortText: o.comfortText,
        costEurPerDwellingPerYear:
          o.costEurPerDwellingPerYear === null ? null : Number(o.costEurPerDwellingPerYear),
      })),
      results: showResults
        ? consultationResults({
            optionIds: own.map((o) => o.id),
            answers: given,
            occupiedDwellingIds: dwellingsEntitledToAnswer({
              dwellings: tenancies,
              closesOn: c.closesOn,
              today,
            }),
          })
        : null,
      myAnswer: mine ? { optionId: mine.optionId } : null,
    };
  });
}

/** One consultation as staff see it. */
async function staffView(ctx: Ctx, id: string): Promise<Consultation> {
  const row = await repo.findConsultation(ctx.db, ctx.orgId, id);
  if (!row) throw new NotFound();
  const [out] = await consultationsOf(ctx, row.buildingId, [row], "staff");
  return out as Consultation;
}

/** The building's consultations for tenants (its household's view) or staff. */
export async function listConsultations({ ctx, buildingId }: { ctx: Ctx; buildingId: string }) {
  const tenant = ctx.actor.role === "household" ? await tenantDwellingIn(ctx, buildingId) : null;
  if (!tenant) {
    assertBuildingAccess(ctx, "read");
    await findBuildingOrNotFound(ctx, buildingId);
  }
  const rows = await repo.listConsultations(ctx.db, ctx.orgId, buildingId);
  return consultationsOf(ctx, buildingId, rows, tenant ? { dwellingId: tenant.dwellingId } : "staff");
}

/** The consultations on the tenants' page of the building. */
export async function tenantConsultations(ctx: Ctx, buildingId: string, view: TenantView) {
  return consultationsOf(ctx, buildingId, await repo.listConsultations(ctx.db, ctx.orgId, buildingId), view);
}

async function checkProject(ctx: Ctx, buildingId: string, projectId: string | null | undefined) {
  if (projectId && !(await repo.projectOfBuildingExists(ctx.db, ctx.orgId, buildingId, projectId)))
    throw new Validation(
      "consultation.unknown_project",
      fieldError("consultation.unknown_project", "projectId"),
    );
}

/** An open consultation must leave tenants a day at least: its last day is today or later. */
function checkClosesOn(ctx: Ctx, status: string, closesOn: string) {
  if (status === "open" && closesOn < brusselsDayOf(ctx.now))
    throw new Validation(
      "consultation.closes_in_past",
      fieldError("consultation.closes_in_past", "closesOn"),
    );
}

/** A manager puts a question to the building's tenants: as a draft, or open at once. */
export async function createConsultation({
  ctx,
  buildingId,
  input,
}: {
  ctx: Ctx;
  buildingId: string;
  input: z.infer<typeof ConsultationInput>;
}) {
  assertBuildingAccess(ctx, "write");
  await findBuildingOrNotFound(ctx, buildingId);
  await checkProject(ctx, buildingId, input.projectId);
  checkClosesOn(ctx, input.status, input.closesOn);
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertConsultation(tx, {
      organisationId: ctx.orgId,
      buildingId,
      projectId: input.projectId,
      title: input.title,
      question: input.question,
      status: input.status,
      closesOn: input.closesOn,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.replaceOptions(tx, ctx.orgId, created, optionRows(input.options));
    return created;
  });
  return staffView(ctx, id);
}

/**
 * Opens a draft, closes an open one, or edits it: a draft's options and texts change freely; once
 * open only its last day may move (tenants answered what they were shown).
 */
export async function updateConsultation({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof UpdateConsultationInput>;
}) {
  assertBuildingAccess(ctx, "write");
  const row = await repo.findConsultation(ctx.db, ctx.orgId, id);
  if (!row) throw new NotFound();
  const current = consultationState(row, brusselsDayOf(ctx.now));
  const wanted = input.status ?? current;
  const refusal = transitionRefusal(current, wanted);
  if (refusal) throw new Conflict(refusal, {}, fieldError(refusal, "status"));
  const { status: _status, options, ...texts } = input;
  if (current !== "draft") {
    if (options !== undefined)
      throw new Conflict("consultation.frozen", {}, fieldError("consultation.frozen", "options"));
    for (const field of ["title", "question", "projectId"] as const)
      if (texts[field] !== undefined && texts[field] !== row[field])
        throw new Conflict("consultation.frozen", {}, fieldError("consultation.frozen", field));
    if (current === "closed" && texts.closesOn !== undefined && texts.closesOn !== row.closesOn)
      throw new Conflict(
        "consultation.already_closed",
        {},
        fieldError("consultation.already_closed", "closesOn"),
      );
  }
  await checkProject(ctx, row.buildingId, texts.projectId);
  // Closing today: the last day becomes today at most, so the state and the day agree.
  const today = brusselsDayOf(ctx.now);
  const closesOn =
    wanted === "closed" && current !== "closed" && (texts.closesOn ?? row.closesOn) > today
      ? today
      : (texts.closesOn ?? row.closesOn);
  if (wanted === "open") checkClosesOn(ctx, wanted, closesOn);
  await ctx.db.transaction(async (tx) => {
    await repo.updateConsultation(tx, ctx.orgId, id, {
      ...texts,
      closesOn,
      status: wanted,
      updatedAt: ctx.now,
    });
    if (options !== undefined) await repo.replaceOptions(tx, ctx.orgId, id, optionRows(options));
  });
  return staffView(ctx, id);
}

/**
 * A tenant household answers for its dwelling: one answer per dwelling, a later one replacing it
 * while the consultation is open. The consultation row is read under a share lock, so a close that
 * commits first is seen and one that comes after waits for the answer.
 */
export async function answerConsultation({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof AnswerInput>;
}) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findConsultation(tx, ctx.orgId, id, { lock: true });
    if (!row) throw new NotFound();
    const home = await tenantDwellingIn({ ...ctx, db: tx }, row.buildingId);
    const state = consultationState(row, brusselsDayOf(ctx.now));
    if (state === "draft") throw new NotFound();
    if (state === "closed") throw new Conflict("consultation.closed");
    const options = await repo.listOptions(tx, ctx.orgId, [id]);
    if (!options.some((o) => o.id === input.optionId))
      throw new Validation(
        "consultation.unknown_option",
        fieldError("consultation.unknown_option", "optionId"),
      );
    const stored = await repo.upsertAnswer(tx, {
      organisationId: ctx.orgId,
      consultationId: id,
      dwellingId: home.dwellingId,
      optionId: input.optionId,
      householdId: ctx.actor.householdId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    return { answer: { consultationId: id, optionId: stored.optionId }, created: stored.created };
  });
}

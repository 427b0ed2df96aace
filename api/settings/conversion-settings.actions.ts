import { conversionSettingsChanged } from "../buildings/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import * as repo from "./settings.repo.ts";
import type {
  CreateCalorificValueInput,
  CreateCo2FactorInput,
  UpdateCalorificValueInput,
  UpdateCo2FactorInput,
} from "./settings.schemas.ts";
import { audited, gone, type In, periodProblems, refuse } from "./settings-writes.ts";

/** Calorific values and CO₂ factors: the organisation's, written by its coordinator (the route says so). */
export async function listCalorificValues({ ctx }: { ctx: Ctx }) {
  return repo.listCalorificValues(ctx.db, ctx.orgId);
}

async function getCalorificValue(ctx: Ctx, id: string) {
  const [row] = await repo.listCalorificValues(ctx.db, ctx.orgId, id);
  if (!row) throw new NotFound();
  return row;
}

export async function createCalorificValue({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: In<typeof CreateCalorificValueInput>;
}) {
  const row = {
    ...input,
    validTo: input.validTo ?? null,
    organisationId: ctx.orgId,
    createdBy: ctx.actor.userId,
  };
  const id = await audited(ctx, "settings.calorific_value_created", async (tx) => {
    await conversionSettingsChanged(tx, ctx.orgId);
    return repo.insertCalorificValue(tx, row);
  });
  return getCalorificValue(ctx, id);
}

export async function updateCalorificValue({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: In<typeof UpdateCalorificValueInput>;
}) {
  refuse(periodProblems({ ...(await getCalorificValue(ctx, id)), ...input }));
  await audited(
    ctx,
    "settings.calorific_value_updated",
    async (tx) => {
      await conversionSettingsChanged(tx, ctx.orgId);
      return repo.updateCalorificValue(tx, ctx.orgId, id, input, ctx.now);
    },
    { subjectId: id },
  );
  return getCalorificValue(ctx, id);
}

export async function deleteCalorificValue({ ctx, id }: { ctx: Ctx; id: string }) {
  await audited(
    ctx,
    "settings.calorific_value_deleted",
    async (tx) => {
      await conversionSettingsChanged(tx, ctx.orgId);
      return gone(repo.deleteCalorificValue(tx, ctx.orgId, id));
    },
    { subjectId: id },
  );
}

export async function listCo2Factors({ ctx }: { ctx: Ctx }) {
  return repo.listCo2Factors(ctx.db, ctx.orgId);
}

async function getCo2Factor(ctx: Ctx, id: string) {
  const [row] = await repo.listCo2Factors(ctx.db, ctx.orgId, id);
  if (!row) throw new NotFound();
  return row;
}

export async function createCo2Factor({ ctx, input }: { ctx: Ctx; input: In<typeof CreateCo2FactorInput> }) {
  const row = {
    ...input,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    organisationId: ctx.orgId,
    createdBy: ctx.actor.userId,
  };
  const id = await audited(ctx, "settings.co2_factor_created", (tx) => repo.insertCo2Factor(tx, row));
  return getCo2Factor(ctx, id);
}

export async function updateCo2Factor({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: In<typeof UpdateCo2FactorInput>;
}) {
  refuse(periodProblems({ ...(await getCo2Factor(ctx, id)), ...input }));
  await audited(
    ctx,
    "settings.co2_factor_updated",
    (tx) => repo.updateCo2Factor(tx, ctx.orgId, id, input, ctx.now),
    { subjectId: id },
  );
  return getCo2Factor(ctx, id);
}

export async function deleteCo2Factor({ ctx, id }: { ctx: Ctx; id: string }) {
  await audited(ctx, "settings.co2_factor_deleted", (tx) => gone(repo.deleteCo2Factor(tx, ctx.orgId, id)), {
    subjectId: id,
  });
}

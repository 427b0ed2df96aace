import type { TariffEnergy } from "../consumption/tariff-rules.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Forbidden, NotFound } from "../http/errors.ts";
import * as repo from "./settings.repo.ts";
import type { CreateTariffInput, UpdateTariffInput } from "./settings.schemas.ts";
import { tariffInputProblems } from "./settings-rules.ts";
import { audited, type In, refuse } from "./settings-writes.ts";

/**
 * The organisation's default tariffs are the coordinator's; a household's own contract may be
 * entered by any staff member allowed on the route, once the household has agreed to share its data.
 */
async function assertMayWriteTariff(ctx: Ctx, householdId: string | null) {
  if (householdId) await assertHouseholdDataAccess({ ctx, householdId });
  else if (ctx.actor.role !== "coordinator") throw new Forbidden("settings.coordinator_only");
}

export async function listTariffs({ ctx, householdId }: { ctx: Ctx; householdId?: string }) {
  if (householdId) await assertHouseholdDataAccess({ ctx, householdId });
  return repo.listTariffs(ctx.db, ctx.orgId, householdId ?? null);
}

async function getTariff(ctx: Ctx, id: string) {
  const tariff = await repo.findTariff(ctx.db, ctx.orgId, id);
  if (!tariff) throw new NotFound();
  return tariff;
}

export async function createTariff({ ctx, input }: { ctx: Ctx; input: In<typeof CreateTariffInput> }) {
  await assertMayWriteTariff(ctx, input.householdId ?? null);
  const id = await audited(ctx, "settings.tariff_created", (tx) =>
    repo.insertTariff(tx, { ...input, organisationId: ctx.orgId, createdBy: ctx.actor.userId }),
  );
  return getTariff(ctx, id);
}

export async function updateTariff({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: In<typeof UpdateTariffInput>;
}) {
  const current = await getTariff(ctx, id);
  await assertMayWriteTariff(ctx, current.householdId);
  const pricesEurPerUnit = { ...current.pricesEurPerUnit, ...input.pricesEurPerUnit };
  const merged = { ...current, ...input, pricesEurPerUnit };
  refuse(tariffInputProblems({ ...merged, energy: merged.energy as TariffEnergy }));
  await audited(
    ctx,
    "settings.tariff_updated",
    (tx) => repo.updateTariff(tx, ctx.orgId, id, { ...input, pricesEurPerUnit }, ctx.now),
    { subjectId: id },
  );
  return getTariff(ctx, id);
}

export async function deleteTariff({ ctx, id }: { ctx: Ctx; id: string }) {
  const current = await getTariff(ctx, id);
  await assertMayWriteTariff(ctx, current.householdId);
  await audited(ctx, "settings.tariff_deleted", (tx) => repo.deleteTariff(tx, ctx.orgId, id), {
    subjectId: id,
  });
}

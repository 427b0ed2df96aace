import type { z } from "@hono/zod-openapi";
import { recordHouseholdRead } from "../audit/index.ts";
import { createOnce } from "../client-requests/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import { audit } from "./groups.actions.ts";
import * as repo from "./kit.repo.ts";
import { kitCapCheck, lineEur } from "./kit.rules.ts";
import type {
  CatalogueItemInput,
  HandOutInput,
  KitCapInput,
  UpdateCatalogueItemInput,
} from "./kit.schemas.ts";
import * as memberRepo from "./members.repo.ts";

export async function getCatalogue({ ctx }: { ctx: Ctx }) {
  const [capEur, items] = await Promise.all([
    repo.findKitCap(ctx.db, ctx.orgId),
    repo.listCatalogue(ctx.db, ctx.orgId),
  ]);
  return { capEur, items };
}

export async function addCatalogueItem({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof CatalogueItemInput>;
}) {
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertCatalogueItem(tx, {
      ...input,
      unitPriceEur: String(input.unitPriceEur),
      organisationId: ctx.orgId,
    });
    await audit(tx, ctx, "kit.item_added", created, { name: input.name, unitPriceEur: input.unitPriceEur });
    return created;
  });
  return (await repo.findCatalogueItem(ctx.db, ctx.orgId, id)) as NonNullable<
    Awaited<ReturnType<typeof repo.findCatalogueItem>>
  >;
}

/** A new price applies to later hand-outs only: each hand-out keeps the price of its day. */
export async function updateCatalogueItem({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof UpdateCatalogueItemInput>;
}) {
  await ctx.db.transaction(async (tx) => {
    const { unitPriceEur, ...rest } = input;
    const found = await repo.updateCatalogueItem(tx, ctx.orgId, id, {
      ...rest,
      ...(unitPriceEur === undefined ? {} : { unitPriceEur: String(unitPriceEur) }),
      updatedAt: ctx.now,
    });
    if (!found) throw new NotFound();
    await audit(tx, ctx, "kit.item_updated", id, { ...input });
  });
  return (await repo.findCatalogueItem(ctx.db, ctx.orgId, id)) as NonNullable<
    Awaited<ReturnType<typeof repo.findCatalogueItem>>
  >;
}

export async function setKitCap({ ctx, input }: { ctx: Ctx; input: z.infer<typeof KitCapInput> }) {
  await ctx.db.transaction(async (tx) => {
    await repo.setKitCap(tx, ctx.orgId, input.capEur);
    await audit(tx, ctx, "kit.cap_set", ctx.orgId, { capEur: input.capEur });
  });
  return getCatalogue({ ctx });
}

async function householdKit(ctx: Ctx, householdId: string) {
  const [capEur, items] = await Promise.all([
    repo.findKitCap(ctx.db, ctx.orgId),
    repo.listHandouts(ctx.db, ctx.orgId, householdId),
  ]);
  const lines = items.map((i) => ({ ...i, totalEur: lineEur(i.quantity, i.unitPriceEur) }));
  return {
    capEur,
    totalEur: lines.reduce((sum, l) => Math.round((sum + l.totalEur) * 100) / 100, 0),
    items: lines,
  };
}

/** The kit items a household received, and their total against the organisation's cap. */
export async function listHouseholdKit({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const kit = await householdKit(ctx, householdId);
  await recordHouseholdRead({ ctx, householdId, action: "household.kit_viewed" });
  return kit;
}

/**
 * Records kit items handed to a household at the catalogue's price. Over the organisation's cap it
 * needs `confirmOverCap` (else 422 `kit.over_cap` with the amounts); the household's row is locked
 * so two hand-outs at once cannot both slip under the cap.
 */
export async function handOutKit({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof HandOutInput>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const handedOn = input.handedOn ?? brusselsDayOf(ctx.now);
  if (handedOn > brusselsDayOf(ctx.now))
    throw new Validation("group.day_in_future", [
      { field: "handedOn", code: "in_future", message: "group.day_in_future" },
    ]);
  const request = { clientId: input.clientId, action: "kit.handed_out", subjectId: householdId, body: input };
  const { created } = await createOnce(ctx, request, async (tx) => {
    await memberRepo.lockHousehold(tx, ctx.orgId, householdId);
    const item = await repo.findCatalogueItem(tx, ctx.orgId, input.catalogueItemId);
    if (!item?.active)
      throw new Validation("kit.unknown_item", [
        { field: "catalogueItemId", code: "unknown_item", message: "kit.unknown_item" },
      ]);
    const [capEur, already] = await Promise.all([
      repo.findKitCap(tx, ctx.orgId),
      repo.listHandouts(tx, ctx.orgId, householdId),
    ]);
    const alreadyEur = already.reduce((sum, h) => sum + lineEur(h.quantity, h.unitPriceEur), 0);
    const addingEur = lineEur(input.quantity, item.unitPriceEur);
    const { totalEur, overCap } = kitCapCheck({ capEur, alreadyEur, addingEur });
    if (overCap && !input.confirmOverCap) {
      const amounts = {
        capEur: capEur as number,
        alreadyEur: Math.round(alreadyEur * 100) / 100,
        addingEur,
        totalEur,
      };
      const refusal = new Validation(
        "kit.over_cap",
        [{ field: "confirmOverCap", code: "over_cap", message: "kit.over_cap" }],
        amounts,
      );
      refusal.extensions = amounts;
      throw refusal;
    }
    const id = await repo.insertHandout(tx, {
      organisationId: ctx.orgId,
      householdId,
      catalogueItemId: item.id,
      quantity: input.quantity,
      unitPriceEur: String(item.unitPriceEur),
      handedOn,
      overCapConfirmed: overCap,
      recordedBy: ctx.actor.userId,
    });
    await audit(tx, ctx, "kit.handed_out", householdId, {
      item: item.name,
      quantity: input.quantity,
      ...(overCap ? { overCapEur: totalEur } : {}),
    });
    return id;
  });
  return { kit: await householdKit(ctx, householdId), created };
}

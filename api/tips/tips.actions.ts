import type { z } from "@hono/zod-openapi";
import { recordAudit } from "../audit/index.ts";
import type { Ctx } from "../http/context.ts";
import { Forbidden, NotFound } from "../http/errors.ts";
import * as repo from "./tips.repo.ts";
import type { CreateTipInput, TipQuery, UpdateTipInput } from "./tips.schemas.ts";

export async function listTips({ ctx, query }: { ctx: Ctx; query: z.infer<typeof TipQuery> }) {
  return repo.listTips(ctx.db, ctx.orgId, query);
}

/** A coordinator's own tip for the organisation (the platform library is shipped, not edited). */
export async function createTip({ ctx, input }: { ctx: Ctx; input: z.infer<typeof CreateTipInput> }) {
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertTip(tx, {
      ...input,
      organisationId: ctx.orgId,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "tip.created",
      subjectId: created,
      at: ctx.now,
    });
    return created;
  });
  return (await repo.findTip(ctx.db, ctx.orgId, id)) as repo.Tip;
}

export async function updateTip({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof UpdateTipInput>;
}) {
  const tip = await repo.findTip(ctx.db, ctx.orgId, id);
  if (!tip) throw new NotFound();
  if (tip.scope === "platform") throw new Forbidden("tips.platform_read_only");
  await ctx.db.transaction(async (tx) => {
    await repo.updateOwnTip(tx, ctx.orgId, id, { ...input, updatedAt: ctx.now });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "tip.updated",
      subjectId: id,
      details: { fields: Object.keys(input) },
      at: ctx.now,
    });
  });
  return (await repo.findTip(ctx.db, ctx.orgId, id)) as repo.Tip;
}

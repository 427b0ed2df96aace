import type { z } from "@hono/zod-openapi";
import type { Tx } from "../../db/client.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { findHouseholdOrNotFound } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound, Validation } from "../http/errors.ts";
import { insertTip } from "../tips/index.ts";
import { writableGroup } from "./group-access.ts";
import { audit } from "./groups.actions.ts";
import * as groups from "./groups.repo.ts";
import { membershipOn } from "./groups.rules.ts";
import * as memberRepo from "./members.repo.ts";
import * as sessions from "./sessions.repo.ts";
import * as repo from "./shared-tips.repo.ts";
import type { PromoteInput, PublishInput, ShareTipInput } from "./shared-tips.schemas.ts";

/**
 * Know-how households share in their own words. Posting one is sharing it with the group's adviser,
 * so staff see it without the data-sharing consent; the group's households see it only once the
 * adviser publishes it, and never whose it is.
 */

export async function shareTip({
  ctx,
  householdId,
  input,
}: {
  ctx: Ctx;
  householdId: string;
  input: z.infer<typeof ShareTipInput>;
}) {
  await findHouseholdOrNotFound({ ctx, householdId });
  const id = await ctx.db.transaction(async (tx) => {
    const memberships = await memberRepo.membershipsOfHousehold(tx, ctx.orgId, householdId);
    let groupId: string | null = null;
    if (input.sessionId) {
      const session = await sessions.findSessionGroupId(tx, ctx.orgId, input.sessionId);
      if (!session || !memberships.some((m) => m.groupId === session.groupId))
        throw new Validation("shared_tip.unknown_session", [
          { field: "sessionId", code: "unknown_session", message: "shared_tip.unknown_session" },
        ]);
      groupId = session.groupId;
    } else {
      // Shared outside any open group, it stays with the adviser: it cannot be published.
      const open = memberships.filter((m) => m.status !== "closed");
      groupId = membershipOn(open, brusselsDayOf(ctx.now))?.groupId ?? null;
    }
    if (groupId) await writableGroup(tx, ctx, groupId);
    const created = await repo.insertSharedTip(tx, {
      organisationId: ctx.orgId,
      householdId,
      groupId,
      sessionId: input.sessionId,
      text: input.text,
      postedBy: ctx.actor.userId,
    });
    await audit(tx, ctx, "shared_tip.posted", householdId, { sharedTipId: created });
    return created;
  });
  return sharedTipOrNotFound(ctx, id);
}

export async function listHouseholdSharedTips({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  await findHouseholdOrNotFound({ ctx, householdId });
  return repo.listSharedTips(ctx.db, ctx.orgId, { householdId });
}

/** Staff: every tip shared in the group. A member household: the published ones, anonymous, and its own. */
export async function listGroupSharedTips({ ctx, groupId }: { ctx: Ctx; groupId: string }) {
  if (!(await groups.findGroup(ctx.db, ctx.orgId, groupId))) throw new NotFound();
  if (ctx.actor.role !== "household") return repo.listSharedTips(ctx.db, ctx.orgId, { groupId });
  const own = ctx.actor.householdId;
  const member = own ? await memberRepo.findMember(ctx.db, ctx.orgId, groupId, own) : undefined;
  if (!member) throw new NotFound();
  const all = await repo.listSharedTips(ctx.db, ctx.orgId, { groupId });
  return all
    .filter((t) => t.householdId === own || t.status !== "private")
    .map((t) => (t.householdId === own ? t : { ...t, householdId: null }));
}

/** The adviser publishes a tip to the group's households, or takes it back to private. */
export async function publishSharedTip({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof PublishInput>;
}) {
  await ctx.db.transaction(async (tx) => {
    const tip = await lockedSharedTip(tx, ctx, id);
    if (input.status === "published_to_group" && !tip.groupId)
      throw new Validation("shared_tip.no_group", [
        { field: "status", code: "no_group", message: "shared_tip.no_group" },
      ]);
    await repo.updateSharedTip(tx, ctx.orgId, id, { status: input.status, updatedAt: ctx.now });
    await audit(tx, ctx, `shared_tip.${input.status}`, tip.householdId, { sharedTipId: id });
  });
  return sharedTipOrNotFound(ctx, id);
}

/** A coordinator turns a shared trick into a tip of the organisation's library, in the caller's language. */
export async function promoteSharedTip({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof PromoteInput>;
}) {
  await ctx.db.transaction(async (tx) => {
    const shared = await lockedSharedTip(tx, ctx, id);
    const { title, body, ...fields } = input;
    const text = body ?? shared.text;
    if (text.length < 20)
      throw new Validation("shared_tip.body_too_short", [
        { field: "body", code: "too_short", message: "shared_tip.body_too_short" },
      ]);
    const tipId = await insertTip(tx, {
      ...fields,
      organisationId: ctx.orgId,
      text: { [ctx.actor.language]: { title, body: text } },
      createdBy: ctx.actor.userId,
    });
    await repo.updateSharedTip(tx, ctx.orgId, id, {
      status: "promoted",
      promotedTipId: tipId,
      updatedAt: ctx.now,
    });
    await audit(tx, ctx, "shared_tip.promoted", shared.householdId, { sharedTipId: id, tipId });
  });
  return sharedTipOrNotFound(ctx, id);
}

/** The shared tip, its group still open (a closed group is read-only), and not promoted already. */
async function lockedSharedTip(tx: Tx, ctx: Ctx, id: string) {
  const tip = await repo.lockSharedTip(tx, ctx.orgId, id);
  if (!tip) throw new NotFound();
  if (tip.groupId) await writableGroup(tx, ctx, tip.groupId);
  if (tip.status === "promoted") throw new Conflict("shared_tip.already_promoted");
  return tip;
}

async function sharedTipOrNotFound(ctx: Ctx, id: string) {
  const [tip] = await repo.listSharedTips(ctx.db, ctx.orgId, { id });
  if (!tip) throw new NotFound();
  return tip;
}

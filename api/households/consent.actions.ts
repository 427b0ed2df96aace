import type { z } from "@hono/zod-openapi";
import { recordAudit } from "../audit/index.ts";
import { ownsItsSecret } from "../auth/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound } from "../http/errors.ts";
import { consentChangeRefusal, consentState, withdrawnByHousehold } from "./consent-rules.ts";
import { getHousehold } from "./households.actions.ts";
import * as repo from "./households.repo.ts";
import type { ConsentInput as ConsentSchema } from "./households.schemas.ts";

type ConsentInput = z.infer<typeof ConsentSchema>;

/**
 * Records the household's agreement (or its withdrawal), as said by itself or written on a form given
 * to staff. An agreement the household withdrew itself only it may give again, from an account whose
 * PIN it chose (`consentChangeRefusal`): refused otherwise, and nothing is written.
 */
export async function recordConsent({ ctx, id, input }: { ctx: Ctx; id: string; input: ConsentInput }) {
  const isTheHousehold = ctx.actor.householdId === id;
  if (ctx.actor.role === "household" && !isTheHousehold) throw new NotFound();
  const household = await repo.findHousehold(ctx.db, ctx.orgId, id);
  if (!household) throw new NotFound();
  await ctx.db.transaction(async (tx) => {
    const records = await repo.listConsents(tx, ctx.orgId, id);
    const withdrawn = withdrawnByHousehold({ records, householdUserId: household.userId, now: ctx.now });
    // The account's PIN matters only to the household giving back what it withdrew: asked only then.
    const asksOwnPin = input.granted && isTheHousehold && withdrawn[input.scope];
    const refusal = consentChangeRefusal({
      granted: input.granted,
      isTheHousehold,
      ownPin: asksOwnPin && (await ownsItsSecret(tx, ctx.actor.userId)),
      withdrawnByHousehold: withdrawn[input.scope],
    });
    if (refusal) throw new Conflict(refusal);
    const current = consentState(records, ctx.now)[input.scope];
    if (input.granted && !current)
      await repo.insertConsent(tx, {
        organisationId: ctx.orgId,
        householdId: id,
        scope: input.scope,
        grantedAt: ctx.now,
        recordedBy: ctx.actor.userId,
      });
    if (!input.granted && current)
      await repo.revokeConsent(tx, {
        orgId: ctx.orgId,
        householdId: id,
        scope: input.scope,
        now: ctx.now,
        revokedBy: ctx.actor.userId,
      });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: input.granted ? "household.consent_granted" : "household.consent_revoked",
      subjectId: id,
      details: { scope: input.scope },
      at: ctx.now,
    });
  });
  return getHousehold({ ctx, id });
}

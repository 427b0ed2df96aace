import { recordAudit } from "../audit/index.ts";
import { normaliseHouseholdCode } from "../auth/index.ts";
import { eraseHouseholdParticipation } from "../buildings/index.ts";
import { eraseHouseholdGroupRecords } from "../groups/index.ts";
import { findHouseholdOrNotFound } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import { eraseHousehold as eraseRows } from "./erase.repo.ts";

/**
 * Erases a household (GDPR right to erasure), in one transaction: see erase.repo.ts and the groups
 * module's eraseHouseholdGroupRecords for what goes and what stays. The coordinator types the
 * household's code to confirm, so a slip of the finger on the wrong row erases nothing. No consent needed: erasure must work after consent is withdrawn.
 * Afterwards every list and GET answers as if the household never existed (404).
 */
export async function eraseHousehold({
  ctx,
  householdId,
  confirmCode,
}: {
  ctx: Ctx;
  householdId: string;
  confirmCode: string;
}) {
  const household = await findHouseholdOrNotFound({ ctx, householdId });
  if (normaliseHouseholdCode(confirmCode) !== household.code)
    throw new Validation("privacy.confirm_code_mismatch", [
      { field: "confirmCode", code: "mismatch", message: "privacy.confirm_code_mismatch" },
    ]);
  await ctx.db.transaction(async (tx) => {
    await eraseRows(tx, {
      orgId: ctx.orgId,
      householdId,
      userId: household.userId,
      loginKey: `account:${household.code}`,
      now: ctx.now,
    });
    await eraseHouseholdGroupRecords(tx, { orgId: ctx.orgId, householdId, now: ctx.now });
    await eraseHouseholdParticipation(tx, ctx.orgId, householdId);
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "household.erased",
      subjectId: householdId,
      at: ctx.now,
    });
  });
}

import { recordAudit } from "../audit/audit.repo.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import * as repo from "./auth.repo.ts";
import { chosenPinVerdict } from "./pin-rules.ts";
import { hashSecret, normaliseHouseholdCode, verifySecret } from "./secrets.ts";
import { withAttempt } from "./sign-in.ts";

/**
 * A household replaces the PIN staff handed out (on paper, at the desk) with one only it knows, so
 * its account is its own. The current PIN is checked as a throttled sign-in attempt (a phone left
 * signed in does not let anyone try PINs); every other session of the account ends; audited.
 */
export async function chooseOwnPin({
  ctx,
  clientAddress,
  input,
}: {
  ctx: Ctx;
  clientAddress: string;
  input: { currentPin: string; newPin: string };
}): Promise<{ chosenAt: Date }> {
  const account = await repo.findOwnHouseholdAccount(ctx.db, ctx.actor.userId);
  if (!account) throw new NotFound();
  const identifier = normaliseHouseholdCode(account.code);
  const retried = await withAttempt(ctx.db, { identifier, clientAddress, now: ctx.now }, async () => {
    if (await verifySecret(account.secretHash, input.currentPin)) return false;
    // The same request again after its answer was lost: the new PIN is already the account's.
    if (account.secretChosenAt && (await verifySecret(account.secretHash, input.newPin))) return true;
    throw new Validation("pin.current_wrong", [
      { field: "currentPin", code: "pin.current_wrong", message: "pin.current_wrong" },
    ]);
  });
  if (retried && account.secretChosenAt) return { chosenAt: account.secretChosenAt };
  const verdict = chosenPinVerdict({ pin: input.newPin, currentPin: input.currentPin });
  if (!verdict.ok)
    throw new Validation(verdict.code, [{ field: "newPin", code: verdict.code, message: verdict.code }]);
  const secretHash = await hashSecret(input.newPin);
  await ctx.db.transaction(async (tx) => {
    await repo.setChosenSecret(tx, ctx.actor.userId, secretHash, ctx.now);
    await repo.deleteOtherSessionsOfUser(tx, ctx.actor.userId, ctx.actor.sessionTokenHash);
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "household.pin_chosen",
      subjectId: account.householdId,
      at: ctx.now,
    });
  });
  return { chosenAt: ctx.now };
}

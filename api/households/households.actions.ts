import { isUniqueViolation } from "../../db/errors.ts";
import { recordAudit } from "../audit/index.ts";
import {
  deleteSessionsOfUser,
  hashSecret,
  normaliseHouseholdCode,
  randomCode,
  randomPin,
} from "../auth/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound } from "../http/errors.ts";
import type { Language } from "../http/i18n.ts";
import * as repo from "./households.repo.ts";

/** A household sees itself only; staff of its organisation see every household of it. */
export async function getHousehold({ ctx, id }: { ctx: Ctx; id: string }) {
  if (ctx.actor.role === "household" && ctx.actor.householdId !== id) throw new NotFound();
  const household = await repo.findHousehold(ctx.db, ctx.orgId, id);
  if (!household) throw new NotFound();
  const { userId: _account, ...visible } = household;
  return visible;
}

export async function listHouseholds({ ctx }: { ctx: Ctx }) {
  return repo.listHouseholds(ctx.db, ctx.orgId);
}

/**
 * Creates a household and the account it signs in with. The PIN is returned once, to be written on
 * the household's card; only its hash is kept.
 */
export async function createHousehold({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { pseudonym: string; code?: string; language: Language };
}) {
  const pin = randomPin();
  const pinHash = await hashSecret(pin);
  const code = input.code ? normaliseHouseholdCode(input.code) : randomCode(2);
  try {
    const household = await ctx.db.transaction(async (tx) => {
      const created = await repo.insertHouseholdWithAccount(tx, {
        organisationId: ctx.orgId,
        code,
        pseudonym: input.pseudonym,
        pinHash,
        createdBy: ctx.actor.userId,
        language: input.language,
      });
      await recordAudit(tx, {
        organisationId: ctx.orgId,
        actorUserId: ctx.actor.userId,
        action: "household.created",
        subjectId: created.id,
        at: ctx.now,
      });
      return created;
    });
    return { household, pin };
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("household.code_taken");
    throw error;
  }
}

/** A forgotten PIN: a new one, and every open session of the household ends. */
export async function resetHouseholdPin({ ctx, id }: { ctx: Ctx; id: string }) {
  const household = await repo.findHousehold(ctx.db, ctx.orgId, id);
  if (!household) throw new NotFound();
  const pin = randomPin();
  const pinHash = await hashSecret(pin);
  await ctx.db.transaction(async (tx) => {
    await repo.setAccountSecret(tx, household.userId, pinHash);
    await deleteSessionsOfUser(tx, household.userId);
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "household.pin_reset",
      subjectId: household.id,
      at: ctx.now,
    });
  });
  return { code: household.code, pin };
}

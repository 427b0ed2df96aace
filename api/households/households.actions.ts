import type { z } from "@hono/zod-openapi";
import { isUniqueViolation } from "../../db/errors.ts";
import { recordAudit, recordHouseholdRead } from "../audit/index.ts";
import {
  deleteSessionsOfUser,
  hashSecret,
  normaliseHouseholdCode,
  randomCode,
  randomPin,
} from "../auth/index.ts";
import { createOnce } from "../client-requests/index.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, Forbidden, NotFound } from "../http/errors.ts";
import {
  type ConsentRecord,
  type ConsentScope,
  consentState,
  maySeeDetails,
  withdrawnByHousehold,
} from "./consent-rules.ts";
import * as repo from "./households.repo.ts";
import type {
  CreateHouseholdInput as CreateSchema,
  UpdateHouseholdInput as UpdateSchema,
} from "./households.schemas.ts";

type CreateHouseholdInput = z.infer<typeof CreateSchema>;
type UpdateHouseholdInput = z.infer<typeof UpdateSchema>;

/**
 * A household sees itself only. Staff of its organisation see that it exists, and its details only
 * once it has agreed to share them with the adviser.
 */
export async function getHousehold({ ctx, id }: { ctx: Ctx; id: string }) {
  const isTheHousehold = ctx.actor.householdId === id;
  const household = await findHouseholdOrNotFound({ ctx, householdId: id });
  const records = await repo.listConsents(ctx.db, ctx.orgId, id);
  const consent = consentState(records, ctx.now);
  const { id: _id, code, pseudonym, createdAt, userId, ...profile } = household;
  const seesDetails = maySeeDetails({ isTheHousehold, consent });
  // Told to staff too: a screen then says why it offers no button to record a paper form.
  const withdrawn = withdrawnByHousehold({ records, householdUserId: userId, now: ctx.now });
  return {
    id,
    code,
    pseudonym,
    createdAt,
    consent: { ...consent, withdrawnByHousehold: withdrawn },
    profile: seesDetails ? profile : null,
  };
}

/** `getHousehold` for the household page: staff who see its details leave a line in its audit log. */
export async function viewHousehold({ ctx, id }: { ctx: Ctx; id: string }) {
  const household = await getHousehold({ ctx, id });
  if (household.profile) await recordHouseholdRead({ ctx, householdId: id, action: "household.viewed" });
  return household;
}

/**
 * The household, in the caller's organisation and not erased; a household account finds only itself.
 * No consent check: callers decide what the caller may see of it.
 */
export async function findHouseholdOrNotFound({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  if (ctx.actor.role === "household" && ctx.actor.householdId !== householdId) throw new NotFound();
  const household = await repo.findHousehold(ctx.db, ctx.orgId, householdId);
  if (!household) throw new NotFound();
  return household;
}

export async function updateHousehold({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdateHouseholdInput;
}) {
  // Its profile is its data: staff change it only with its consent, as they read it.
  await assertHouseholdDataAccess({ ctx, householdId: id });
  await ctx.db.transaction(async (tx) => {
    await repo.updateHousehold(tx, ctx.orgId, id, { ...nullableNumbersAsText(input), updatedAt: ctx.now });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "household.updated",
      subjectId: id,
      details: { fields: Object.keys(input) },
      at: ctx.now,
    });
  });
  return getHousehold({ ctx, id });
}

/** drizzle writes `numeric` columns from strings. */
function nullableNumbersAsText<T extends { floorAreaM2?: number | null; monthlyAdvanceEur?: number | null }>(
  input: T,
) {
  const text = (n: number | null | undefined) =>
    n === undefined ? undefined : n === null ? null : String(n);
  return { ...input, floorAreaM2: text(input.floorAreaM2), monthlyAdvanceEur: text(input.monthlyAdvanceEur) };
}

export async function listHouseholds({ ctx }: { ctx: Ctx }) {
  return repo.listHouseholds(ctx.db, ctx.orgId);
}

/**
 * Creates a household and the account it signs in with. The PIN is returned once, to be written on
 * the household's card; only its hash is kept.
 */
export async function createHousehold({ ctx, input }: { ctx: Ctx; input: CreateHouseholdInput }) {
  const pin = randomPin();
  const pinHash = await hashSecret(pin);
  const code = input.code ? normaliseHouseholdCode(input.code) : randomCode(2);
  const request = {
    clientId: input.clientId,
    action: "household.created",
    subjectId: ctx.orgId,
    body: input,
  };
  try {
    const { id, created } = await createOnce(ctx, request, async (tx) => {
      const { code: _code, clientId: _clientId, ...profile } = nullableNumbersAsText(input);
      const created = await repo.insertHouseholdWithAccount(tx, {
        ...profile,
        organisationId: ctx.orgId,
        code,
        pinHash,
        createdBy: ctx.actor.userId,
      });
      await recordAudit(tx, {
        organisationId: ctx.orgId,
        actorUserId: ctx.actor.userId,
        action: "household.created",
        subjectId: created.id,
        at: ctx.now,
      });
      return created.id;
    });
    const household = (await repo.findHouseholdAccount(ctx.db, ctx.orgId, id)) as NonNullable<
      Awaited<ReturnType<typeof repo.findHouseholdAccount>>
    >;
    const { userId, ...shown } = household;
    // Sent again: the first answer, and the PIN in it, were lost on the way. A new PIN, shown now.
    if (!created) await replacePin(ctx, { householdId: id, userId: userId as string, pinHash });
    return { household: shown, pin, created };
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("household.code_taken");
    throw error;
  }
}

/**
 * A forgotten PIN: a new one, and every open session of the household ends (so it notices). The new
 * PIN opens the household's account: advisers and coordinators, who hand out the accounts, give one
 * even before its consent (a household created this morning lost its paper); a housing manager only
 * with the household's consent to share. Audited.
 */
export async function resetHouseholdPin({ ctx, id }: { ctx: Ctx; id: string }) {
  const found = await repo.findHouseholdWithConsents(ctx.db, ctx.orgId, id);
  const handsOutAccounts = ctx.actor.role === "coordinator" || ctx.actor.role === "adviser";
  const household = handsOutAccounts ? found : checkHouseholdDataAccess({ ctx, householdId: id, found });
  const userId = household?.userId;
  if (!household || !userId) throw new NotFound();
  const pin = randomPin();
  await replacePin(ctx, { householdId: household.id, userId, pinHash: await hashSecret(pin) });
  return { code: household.code, pin };
}

/** The household's account takes the new PIN and is signed out everywhere; audited. */
async function replacePin(
  ctx: Ctx,
  { householdId, userId, pinHash }: { householdId: string; userId: string; pinHash: string },
) {
  await ctx.db.transaction(async (tx) => {
    await repo.setAccountSecret(tx, userId, pinHash);
    await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "household.pin_reset",
      subjectId: householdId,
      at: ctx.now,
    });
  });
}

/**
 * The gate every module passes before reading or writing a household's data: the household itself,
 * or staff of its organisation once it has agreed to share with the adviser. Returns the household.
 */
export async function assertHouseholdDataAccess({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  // Another household's id needs no query to be refused.
  if (ctx.actor.role === "household" && ctx.actor.householdId !== householdId) throw new NotFound();
  const found = await repo.findHouseholdWithConsents(ctx.db, ctx.orgId, householdId);
  const { consents: _consents, ...household } = checkHouseholdDataAccess({ ctx, householdId, found });
  return household;
}

/**
 * The rule of `assertHouseholdDataAccess`, for a module that fetched the household (in the caller's
 * organisation, not erased) with its consent records (`consentRecordsOf`) in a query of its own.
 */
export function checkHouseholdDataAccess<H extends { consents: readonly ConsentRecord[] }>({
  ctx,
  householdId,
  found,
}: {
  ctx: Ctx;
  householdId: string;
  found: H | undefined;
}): H {
  const isTheHousehold = ctx.actor.householdId === householdId;
  if (ctx.actor.role === "household" && !isTheHousehold) throw new NotFound();
  if (!found) throw new NotFound();
  if (!maySeeDetails({ isTheHousehold, consent: consentState(found.consents, ctx.now) }))
    throw new Forbidden("household.no_consent");
  return found;
}

/** The households whose data staff may see now (their consent to share with the adviser is in force). */
export async function householdsSharingWithStaff({ ctx }: { ctx: Ctx }): Promise<string[]> {
  return householdsSharing(ctx, "adviser");
}

/** The households whose figures may go into their group's anonymised averages (consent "group" in force). */
export async function householdsSharingWithGroup({ ctx }: { ctx: Ctx }): Promise<Set<string>> {
  return new Set(await householdsSharing(ctx, "group"));
}

async function householdsSharing(ctx: Ctx, scope: ConsentScope): Promise<string[]> {
  const byHousehold = new Map<string, Awaited<ReturnType<typeof repo.listOrganisationConsents>>>();
  for (const record of await repo.listOrganisationConsents(ctx.db, ctx.orgId))
    byHousehold.set(record.householdId, [...(byHousehold.get(record.householdId) ?? []), record]);
  return [...byHousehold]
    .filter(([, own]) => consentState(own, ctx.now)[scope] !== null)
    .map(([householdId]) => householdId);
}

import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { keyedHash, normaliseEmail, randomCode } from "../auth/index.ts";
import type { Actor, Ctx, Role } from "../http/context.ts";
import { Conflict, Forbidden, NotFound } from "../http/errors.ts";
import { invitationExpiry, rolesInvitableBy } from "./invitation-rules.ts";
import * as repo from "./organisations.repo.ts";

interface AdminCtx {
  db: Db;
  actor: Actor;
  now: Date;
}

export async function createOrganisation({
  ctx,
  input,
}: {
  ctx: AdminCtx;
  input: { name: string; slug: string; kind: "cpas" | "commune" | "slsp" | "sisp" | "asbl" };
}) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const organisation = await repo.insertOrganisation(tx, input);
      await recordAudit(tx, {
        organisationId: organisation.id,
        actorUserId: ctx.actor.userId,
        action: "organisation.created",
        subjectId: organisation.id,
        at: ctx.now,
      });
      return organisation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict("organisation.slug_taken");
    throw error;
  }
}

export async function listVisibleOrganisations({ db, actor }: { db: Db; actor: Actor }) {
  return actor.isPlatformAdmin
    ? repo.listAllOrganisations(db)
    : repo.listOrganisationsOfUser(db, actor.userId);
}

/**
 * Invites someone into an organisation. The code is returned once and only its keyed hash is kept.
 * A platform administrator invites into any organisation (typically its first coordinator).
 */
export async function inviteMember({
  ctx,
  input,
  sessionSecret,
}: {
  ctx: Ctx;
  input: { role: Role; email?: string };
  sessionSecret: string;
}) {
  const inviterRole = ctx.actor.isPlatformAdmin ? "platform_admin" : ctx.actor.role;
  if (!rolesInvitableBy(inviterRole).includes(input.role)) throw new Forbidden("invitation.role_not_allowed");
  if (!(await repo.findOrganisation(ctx.db, ctx.orgId))) throw new NotFound();
  const code = randomCode(3);
  return ctx.db.transaction(async (tx) => {
    const invitation = await repo.insertInvitation(tx, {
      organisationId: ctx.orgId,
      codeHash: keyedHash(sessionSecret, code),
      role: input.role,
      email: input.email ? normaliseEmail(input.email) : null,
      createdBy: ctx.actor.userId,
      expiresAt: invitationExpiry(ctx.now),
    });
    await recordAudit(tx, {
      organisationId: ctx.orgId,
      actorUserId: ctx.actor.userId,
      action: "invitation.created",
      subjectId: invitation.id,
      details: { role: input.role },
      at: ctx.now,
    });
    return { ...invitation, code };
  });
}

export async function listPendingInvitations({ ctx }: { ctx: Ctx }) {
  return repo.listPendingInvitations(ctx.db, ctx.orgId, ctx.now);
}

export async function listMembers({ ctx }: { ctx: Ctx }) {
  return repo.listMembers(ctx.db, ctx.orgId);
}

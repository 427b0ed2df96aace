import { listAuditEntries } from "../audit/index.ts";
import { findHouseholdOrNotFound } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";

export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;

/**
 * Who read or changed a household's data, newest first: the coordinator's view (the route allows no
 * one else). Pages go back in time with `before` and `beforeId` = the `at` and `id` of the last entry seen.
 */
export async function getHouseholdAuditLog({
  ctx,
  householdId,
  before,
  limit = AUDIT_PAGE_DEFAULT,
}: {
  ctx: Ctx;
  householdId: string;
  before?: { at: Date; id?: string };
  limit?: number;
}) {
  await findHouseholdOrNotFound({ ctx, householdId });
  return listAuditEntries(ctx.db, { orgId: ctx.orgId, subjectId: householdId, before, limit });
}

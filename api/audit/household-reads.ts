import type { Ctx } from "../http/context.ts";
import { recordAudit, recordAuditUnlessSince } from "./audit.repo.ts";

/**
 * Reads of a household's data by someone other than the household (staff), for its audit log.
 * - `*_viewed`: screens reload often, so the same person viewing the same kind of data of the same
 *   household is written once an hour (READ_AUDIT_WINDOW_MS): the log says who looked and when,
 *   without one line per page refresh;
 * - exports (data leaving the app) are written every time, with their format.
 * Either is one INSERT; two views racing in the same instant may both be written, which only
 * repeats a true line.
 */
export type HouseholdReadAction =
  | "household.viewed"
  | "household.readings_viewed"
  | "household.consumption_viewed"
  | "household.savings_viewed"
  | "household.commitments_viewed"
  | "household.group_view_viewed"
  | "household.cost_statement_viewed"
  | "household.kit_viewed"
  | "household.visits_viewed"
  | "household.referrals_viewed"
  | "household.readings_exported"
  | "household.consumption_exported"
  | "household.data_exported";

export const READ_AUDIT_WINDOW_MS = 60 * 60_000;

export async function recordHouseholdRead({
  ctx,
  householdId,
  action,
  details,
}: {
  ctx: Ctx;
  householdId: string;
  action: HouseholdReadAction;
  details?: Record<string, unknown>;
}): Promise<void> {
  if (ctx.actor.householdId === householdId) return;
  const entry = {
    organisationId: ctx.orgId,
    actorUserId: ctx.actor.userId,
    action,
    subjectId: householdId,
    details,
    at: ctx.now,
  };
  if (action.endsWith("_viewed"))
    await recordAuditUnlessSince(ctx.db, entry, new Date(ctx.now.getTime() - READ_AUDIT_WINDOW_MS));
  else await recordAudit(ctx.db, entry);
}

import type { Role } from "../http/context.ts";

/** Invitation codes travel by phone or on paper: a week is enough to use one, short enough to limit a leak. */
export const INVITATION_VALIDITY_DAYS = 7;

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 24 * 3600_000);
}

/**
 * Households are never invited: advisers and housing managers create their accounts (code + PIN).
 * Only the platform administrator appoints coordinators of a new organisation; coordinators then
 * grow their own team.
 */
export function rolesInvitableBy(inviter: Role | "platform_admin" | null): Role[] {
  if (inviter === "platform_admin") return ["coordinator", "adviser", "housing_manager", "viewer"];
  if (inviter === "coordinator") return ["coordinator", "adviser", "housing_manager", "viewer"];
  return [];
}

export type ConsentScope = "adviser" | "group";

export interface ConsentRecord {
  scope: ConsentScope;
  grantedAt: Date;
  revokedAt: Date | null;
}

export type ConsentState = Record<ConsentScope, { grantedAt: Date } | null>;

/** The consent in force for each scope at `now`: the latest grant not yet revoked. */
export function consentState(records: readonly ConsentRecord[], now: Date): ConsentState {
  const inForce = (scope: ConsentScope) =>
    records
      .filter((r) => r.scope === scope && r.grantedAt <= now && (r.revokedAt === null || r.revokedAt > now))
      .sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime())[0];
  const adviser = inForce("adviser");
  const group = inForce("group");
  return {
    adviser: adviser ? { grantedAt: adviser.grantedAt } : null,
    group: group ? { grantedAt: group.grantedAt } : null,
  };
}

/**
 * Staff see a household's details and data only with its consent to share with the adviser; without
 * it they see only that the household exists. The household always sees itself.
 */
export function maySeeDetails({
  isTheHousehold,
  consent,
}: {
  isTheHousehold: boolean;
  consent: ConsentState;
}) {
  return isTheHousehold || consent.adviser !== null;
}

/** A record as kept, with who withdrew it (null: not withdrawn, or withdrawn before that was kept). */
export interface ConsentHistoryRecord extends ConsentRecord {
  revokedBy: string | null;
}

/**
 * Per scope: nothing is in force and the last withdrawal was made by the household's own account
 * (`householdUserId`), not by staff on its behalf. Only it may then give that consent again.
 */
export function withdrawnByHousehold({
  records,
  householdUserId,
  now,
}: {
  records: readonly ConsentHistoryRecord[];
  householdUserId: string | null;
  now: Date;
}): Record<ConsentScope, boolean> {
  const state = consentState(records, now);
  const byHousehold = (scope: ConsentScope) => {
    if (state[scope] !== null || householdUserId === null) return false;
    // Withdrawals are sequential per scope (a grant is recorded only when none is in force): the
    // latest one is the one that counts. A tie shares its author (one UPDATE revokes them together).
    const last = records
      .filter((r) => r.scope === scope && r.revokedAt !== null && r.revokedAt <= now)
      .sort((a, b) => (b.revokedAt as Date).getTime() - (a.revokedAt as Date).getTime())[0];
    return last?.revokedBy === householdUserId;
  };
  return { adviser: byHousehold("adviser"), group: byHousehold("group") };
}

/**
 * Why this change of consent is refused, or null. Withdrawing is always allowed; giving back a
 * consent the household withdrew itself is the household's choice alone (GDPR), not staff's. Staff
 * hand out the paper PIN and may reset it, so they could sign in as the household: the household
 * gives such a consent back only from an account whose PIN it chose itself (`ownPin`).
 */
export function consentChangeRefusal({
  granted,
  isTheHousehold,
  ownPin,
  withdrawnByHousehold,
}: {
  granted: boolean;
  isTheHousehold: boolean;
  ownPin: boolean;
  withdrawnByHousehold: boolean;
}): "consent.withdrawn_by_household" | "consent.own_pin_first" | null {
  if (!granted || !withdrawnByHousehold) return null;
  if (!isTheHousehold) return "consent.withdrawn_by_household";
  return ownPin ? null : "consent.own_pin_first";
}

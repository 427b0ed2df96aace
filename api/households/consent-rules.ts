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

/**
 * An objective measured against its numeric target: attendance in %, savings in % of the use expected
 * at equal weather (a target of 10 or −10 both mean "save 10 %"), commitments done per household.
 * `manual` objectives are the adviser's to judge: no measure.
 */
export function objectiveMeasure({
  kind,
  targetValue,
  attendanceRate,
  savingsShare,
  commitmentsDone,
  members,
}: {
  kind: "attendance_pct" | "savings_pct" | "commitments_done_per_household" | "manual";
  targetValue: number | null;
  attendanceRate: number | null;
  savingsShare: number | null;
  commitmentsDone: number;
  members: number;
}): { measured: number | null; met: boolean | null } {
  const measured =
    kind === "attendance_pct"
      ? attendanceRate === null
        ? null
        : attendanceRate * 100
      : kind === "savings_pct"
        ? savingsShare === null
          ? null
          : savingsShare * 100
        : kind === "commitments_done_per_household"
          ? members
            ? commitmentsDone / members
            : null
          : null;
  const target = kind === "savings_pct" && targetValue !== null ? Math.abs(targetValue) : targetValue;
  return { measured, met: measured === null || target === null ? null : measured >= target };
}

/** Households in the period's groups: a household in two groups of the period counts once, at its latest joining. */
export function latestMembershipOf<M extends { householdId: string; joinedOn: string }>(
  memberships: readonly M[],
) {
  const latest = new Map<string, M>();
  for (const m of memberships) {
    const known = latest.get(m.householdId);
    if (!known || known.joinedOn < m.joinedOn) latest.set(m.householdId, m);
  }
  return [...latest.values()];
}

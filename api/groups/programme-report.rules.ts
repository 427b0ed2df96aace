import type { SavingsEnergy } from "../savings/index.ts";

/** One heating energy of a group: the portfolio of the members it heats. */
export interface HeatingPart {
  energy: SavingsEnergy;
  counted: number;
  savingsKwh: number;
  uncertaintyKwh90: number;
  expectedKwh: number;
  withinMargin: boolean;
}

/**
 * The change of a group's heating use at equal weather, in % of the use expected (−4.5: 4.5 % less),
 * written as a reduction target is ("−10 %"). Each energy's figure inside its own 90 % margin (the group
 * card's "no measurable difference") counts as no change while its expected use stays in the whole:
 * a figure that could as well be zero neither makes nor breaks the objective. Null when no member's
 * heating is measured.
 */
export function heatingChangePct(parts: readonly HeatingPart[]): number | null {
  const expectedKwh = parts.reduce((s, p) => s + p.expectedKwh, 0);
  if (!(expectedKwh > 0)) return null;
  const savedKwh = parts.reduce((s, p) => s + (p.withinMargin ? 0 : p.savingsKwh), 0);
  return savedKwh === 0 ? 0 : (-savedKwh / expectedKwh) * 100;
}

/**
 * An objective measured against its numeric target: attendance in %, commitments done per household,
 * heating savings as the change in % of the use expected at equal weather (negative: less used; a
 * target of 10 or −10 both mean "10 % less", met at −10 or below). `manual` objectives are the
 * adviser's to judge: no measure.
 */
export function objectiveMeasure({
  kind,
  targetValue,
  attendanceRate,
  heatingChange,
  commitmentsDone,
  members,
}: {
  kind: "attendance_pct" | "savings_pct" | "commitments_done_per_household" | "manual";
  targetValue: number | null;
  attendanceRate: number | null;
  heatingChange: number | null;
  commitmentsDone: number;
  members: number;
}): { measured: number | null; met: boolean | null } {
  const measured =
    kind === "attendance_pct"
      ? attendanceRate === null
        ? null
        : attendanceRate * 100
      : kind === "savings_pct"
        ? heatingChange
        : kind === "commitments_done_per_household"
          ? members
            ? commitmentsDone / members
            : null
          : null;
  if (measured === null || targetValue === null) return { measured, met: null };
  return {
    measured,
    met: kind === "savings_pct" ? measured <= -Math.abs(targetValue) : measured >= targetValue,
  };
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

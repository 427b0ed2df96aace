import { type GroupStatus, isMemberOn } from "./groups.rules.ts";

/**
 * What a household may see of its group (issue 5 §7): its own figures beside the group's average,
 * and the average only when enough households make it up that no one's figures can be told apart.
 */
export const MIN_HOUSEHOLDS_FOR_AVERAGE = 3;

export interface GroupMembership {
  groupId: string;
  groupName: string;
  status: GroupStatus;
  joinedOn: string;
  leftOn: string | null;
}

/**
 * The group the household belongs to on `today`: a running one first, then a planned one (joined
 * for a later day included), then the latest closed one, so a finished programme still shows.
 */
export function currentMembership<M extends GroupMembership>(memberships: readonly M[], today: string) {
  const stillIn = (m: M) => m.leftOn === null || m.leftOn >= today;
  const running = memberships.find((m) => m.status === "running" && isMemberOn(m, today));
  const planned = memberships.find((m) => m.status === "planned" && stillIn(m));
  const closed = memberships
    .filter((m) => m.status === "closed")
    .sort((a, b) => b.joinedOn.localeCompare(a.joinedOn))[0];
  return running ?? planned ?? closed;
}

export interface HouseholdCounts {
  householdId: string;
  commitments: { planned: number; done: number; dropped: number };
  /** Attendance recorded at the group's past sessions. */
  attendance: { present: number; excused: number; absent: number };
}

const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

/** Share of its commitments the household has done (0–1), null without any. */
export function doneShare(c: HouseholdCounts["commitments"]): number | null {
  return ratio(c.done, c.planned + c.done + c.dropped);
}

/** Share of the recorded sessions the household attended (0–1), null before any was recorded. */
export function attendanceRate(a: HouseholdCounts["attendance"]): number | null {
  return ratio(a.present, a.present + a.excused + a.absent);
}

/**
 * The mean of each household's figure among those that have one, rounded to a tenth of a percent;
 * null when fewer than MIN_HOUSEHOLDS_FOR_AVERAGE households have one (an average of one or two
 * would reveal them).
 */
function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < MIN_HOUSEHOLDS_FOR_AVERAGE) return null;
  return Math.round((known.reduce((sum, v) => sum + v, 0) / known.length) * 1000) / 1000;
}

export type AverageWithheld = "small_group" | null;

/** The group's anonymised averages, or why they are withheld; `memberCount` counts every member ever. */
export function groupAverage(
  memberCount: number,
  households: readonly HouseholdCounts[],
): {
  average: { doneShare: number | null; attendanceRate: number | null } | null;
  withheld: AverageWithheld;
} {
  if (memberCount < MIN_HOUSEHOLDS_FOR_AVERAGE) return { average: null, withheld: "small_group" };
  return {
    average: {
      doneShare: meanOf(households.map((h) => doneShare(h.commitments))),
      attendanceRate: meanOf(households.map((h) => attendanceRate(h.attendance))),
    },
    withheld: null,
  };
}

import { TIP_CATEGORIES } from "../../seeds/reference-tips-schema.ts";

/** The rules of issue 5 on groups, members, sessions and commitments: pure, days as `YYYY-MM-DD`. */

export type GroupStatus = "planned" | "running" | "closed";
export type TipCategory = (typeof TIP_CATEGORIES)[number];
export type SessionTheme = TipCategory | "free";

export interface Membership {
  householdId: string;
  joinedOn: string;
  /** The last day as a member (it may still attend that day's session); null while it stays. */
  leftOn: string | null;
}

/** A closed group is kept as a record: nothing of it changes any more. */
export function isWritable(status: GroupStatus): boolean {
  return status !== "closed";
}

/** Planned → running → closed; a planned group may also be closed (it never took place). */
export function mayMoveTo(from: GroupStatus, to: GroupStatus): boolean {
  if (from === to) return true;
  return from !== "closed" && !(from === "running" && to === "planned");
}

export function isMemberOn(member: Pick<Membership, "joinedOn" | "leftOn">, day: string): boolean {
  return member.joinedOn <= day && (member.leftOn === null || day <= member.leftOn);
}

/** The themes the group's sessions have not covered yet, in the library's order: what to plan next. */
export function themesNotCovered(plannedThemes: readonly SessionTheme[]): TipCategory[] {
  const covered = new Set(plannedThemes);
  return TIP_CATEGORIES.filter((c) => !covered.has(c));
}

/**
 * Households of an attendance list that were not members on the session's day; `index` is their
 * place in the list, for the field at fault.
 */
export function attendanceNonMembers({
  householdIds,
  members,
  day,
}: {
  householdIds: readonly string[];
  members: readonly Membership[];
  day: string;
}): { index: number; householdId: string }[] {
  const memberOnDay = new Set(members.filter((m) => isMemberOn(m, day)).map((m) => m.householdId));
  return householdIds
    .map((householdId, index) => ({ index, householdId }))
    .filter((x) => !memberOnDay.has(x.householdId));
}

export interface OtherMembership {
  groupId: string;
  groupName: string;
  status: GroupStatus;
  leftOn: string | null;
}

/**
 * One running group per household: the other running group the household still belongs to on
 * `from` (the day it would join, or the day its group starts running), if any.
 */
export function runningGroupConflict(
  others: readonly OtherMembership[],
  from: string,
): OtherMembership | undefined {
  return others.find((o) => o.status === "running" && (o.leftOn === null || o.leftOn >= from));
}

/**
 * The household's group on `day` (for a commitment or a shared tip): the running group first, then a
 * planned one, then a closed one (which callers refuse as read-only).
 */
export function membershipOn<M extends Membership & { status: GroupStatus }>(
  memberships: readonly M[],
  day: string,
): M | undefined {
  const order: GroupStatus[] = ["running", "planned", "closed"];
  return memberships
    .filter((m) => isMemberOn(m, day))
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))[0];
}

export type CommitmentStatus = "planned" | "done" | "dropped";

/** The dates a commitment carries in a status: a done one has its day done, a dropped one its day dropped. */
export function commitmentDates(status: CommitmentStatus, on: string) {
  return {
    doneOn: status === "done" ? on : null,
    droppedOn: status === "dropped" ? on : null,
  };
}

export type GroupDates = { startsOn: string; endsOn: string | null };

/**
 * Members whose joining day a change of the group's dates would leave outside them: a household joins
 * between the group's start and end (addMember), so moving either must keep every joining day inside.
 * Only a bound that moves is checked, so other edits never trip over older rows.
 */
export function membersOutsideNewDates<M extends Pick<Membership, "joinedOn">>({
  members,
  stored,
  next,
}: {
  members: readonly M[];
  stored: GroupDates;
  next: GroupDates;
}): { beforeStart: M[]; afterEnd: M[] } {
  const { startsOn, endsOn } = next;
  return {
    beforeStart: startsOn === stored.startsOn ? [] : members.filter((m) => m.joinedOn < startsOn),
    afterEnd: endsOn === stored.endsOn || endsOn === null ? [] : members.filter((m) => m.joinedOn > endsOn),
  };
}

/**
 * Why a session with attendance taken cannot move to `day`: attendance is taken once the session's day
 * has come, and only of members on that day (putAttendance), so the move must keep both true.
 */
export function sessionMoveConflict({
  attendees,
  members,
  day,
  today,
}: {
  attendees: readonly string[];
  members: readonly Membership[];
  day: string;
  today: string;
}): { code: "in_future" } | { code: "not_members"; householdIds: string[] } | null {
  if (attendees.length === 0) return null;
  if (day > today) return { code: "in_future" };
  const outside = attendanceNonMembers({ householdIds: attendees, members, day });
  return outside.length ? { code: "not_members", householdIds: outside.map((o) => o.householdId) } : null;
}

/**
 * The last session day a household is on the attendance list of that a leaving date would put after
 * its leaving (attendance is of members on the session's day); null when the date leaves them all in.
 */
export function lastAttendedAfterLeaving({
  member,
  leftOn,
  attendedDays,
}: {
  member: Pick<Membership, "joinedOn">;
  leftOn: string;
  attendedDays: readonly string[];
}): string | null {
  const outside = attendedDays.filter((day) => !isMemberOn({ joinedOn: member.joinedOn, leftOn }, day));
  return outside.sort().at(-1) ?? null;
}

import { and, asc, type Column, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/client.ts";
import {
  attendance,
  commitments,
  groupMembers,
  groupSessions,
  groups,
  homeVisits,
  kitCatalogue,
  kitHandouts,
  referrals,
  sharedTips,
  tips,
} from "../../db/schema/index.ts";
import { deleteClientRequestsAbout } from "../client-requests/index.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { endMembershipsOfErased } from "./members.repo.ts";

const num = (v: string | null) => (v === null ? null : Number(v));

/**
 * What the groups module holds about one household, for its data export (GDPR right of access):
 * its groups, attendance, commitments, kit items, home visits, referrals and the tips it shared.
 */
export async function householdGroupRecords(db: DbOrTx, orgId: string, householdId: string) {
  const own = (t: { organisationId: Column; householdId: Column }) =>
    and(eq(t.organisationId, orgId), eq(t.householdId, householdId));
  // Joins match the organisation too: tables distributed by organisation join on it (DESIGN §2).
  const sameOrg = (a: { organisationId: Column }, b: { organisationId: Column }) =>
    eq(a.organisationId, b.organisationId);
  const [memberships, present, committed, kit, visits, referred, shared] = await Promise.all([
    db
      .select({ group: groups.name, joinedOn: groupMembers.joinedOn, leftOn: groupMembers.leftOn })
      .from(groupMembers)
      .innerJoin(groups, and(sameOrg(groups, groupMembers), eq(groups.id, groupMembers.groupId)))
      .where(own(groupMembers))
      .orderBy(asc(groupMembers.joinedOn)),
    db
      .select({
        startsAt: groupSessions.startsAt,
        theme: groupSessions.theme,
        themeText: groupSessions.themeText,
        status: attendance.status,
      })
      .from(attendance)
      .innerJoin(
        groupSessions,
        and(sameOrg(groupSessions, attendance), eq(groupSessions.id, attendance.sessionId)),
      )
      .where(own(attendance))
      .orderBy(asc(groupSessions.startsAt)),
    db
      .select({
        tip: tips.text,
        status: commitments.status,
        plannedOn: commitments.plannedOn,
        doneOn: commitments.doneOn,
        droppedOn: commitments.droppedOn,
        note: commitments.note,
      })
      .from(commitments)
      .innerJoin(tips, eq(tips.id, commitments.tipId))
      .where(own(commitments))
      .orderBy(asc(commitments.plannedOn)),
    db
      .select({
        item: kitCatalogue.name,
        quantity: kitHandouts.quantity,
        unitPriceEur: kitHandouts.unitPriceEur,
        handedOn: kitHandouts.handedOn,
        overCapConfirmed: kitHandouts.overCapConfirmed,
      })
      .from(kitHandouts)
      .innerJoin(
        kitCatalogue,
        and(sameOrg(kitCatalogue, kitHandouts), eq(kitCatalogue.id, kitHandouts.catalogueItemId)),
      )
      .where(own(kitHandouts))
      .orderBy(asc(kitHandouts.handedOn)),
    db
      .select({
        visitedOn: homeVisits.visitedOn,
        checklist: homeVisits.checklist,
        findings: homeVisits.findings,
        followUpOn: homeVisits.followUpOn,
      })
      .from(homeVisits)
      .where(own(homeVisits))
      .orderBy(asc(homeVisits.visitedOn)),
    db
      .select({
        partner: referrals.partner,
        partnerName: referrals.partnerName,
        reason: referrals.reason,
        referredOn: referrals.referredOn,
        outcome: referrals.outcome,
        outcomeOn: referrals.outcomeOn,
      })
      .from(referrals)
      .where(own(referrals))
      .orderBy(asc(referrals.referredOn)),
    db
      .select({ postedAt: sharedTips.createdAt, text: sharedTips.text, status: sharedTips.status })
      .from(sharedTips)
      .where(own(sharedTips))
      .orderBy(asc(sharedTips.createdAt)),
  ]);
  return {
    groupMemberships: memberships,
    attendance: present,
    commitments: committed,
    kitItems: kit.map((k) => ({ ...k, unitPriceEur: num(k.unitPriceEur) as number })),
    homeVisits: visits,
    referrals: referred,
    sharedTips: shared,
  };
}

/**
 * The erasure's part in the groups module, in the caller's transaction. The household's own words
 * go (shared tips, commitment notes, visit findings and checklist notes, referral reasons and
 * outcomes); dates, statuses, kit amounts and attendance stay, anonymous, for the group's figures
 * and the programme report. Its memberships end on the erasure's day: no group counts it afterwards.
 */
export async function eraseHouseholdGroupRecords(
  tx: Tx,
  { orgId, householdId, now }: { orgId: string; householdId: string; now: Date },
) {
  const own = (t: { organisationId: Column; householdId: Column }) =>
    and(eq(t.organisationId, orgId), eq(t.householdId, householdId));
  await endMembershipsOfErased(tx, { orgId, householdId, day: brusselsDayOf(now), now });
  await tx.delete(sharedTips).where(own(sharedTips));
  await tx.update(commitments).set({ note: null }).where(own(commitments));
  await tx.update(homeVisits).set({ findings: null, checklist: [] }).where(own(homeVisits));
  await tx.update(referrals).set({ reason: "", partnerName: null, outcome: null }).where(own(referrals));
  await deleteClientRequestsAbout(tx, orgId, householdId);
}

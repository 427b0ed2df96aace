import { recordHouseholdRead } from "../audit/index.ts";
import { brusselsDayOf } from "../consumption/index.ts";
import { guardsOfHouseholds } from "../guards/index.ts";
import { householdsSharingWithStaff } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { listReadingsForHouseholds } from "../meters/index.ts";
import { SAVINGS_ENERGIES } from "../savings/index.ts";
import * as dashboardRepo from "./dashboard.repo.ts";
import {
  attendanceRate,
  groupSavingsOf,
  kitAgainstCap,
  type MemberSavings,
  memberAttendance,
  readingFreshness,
} from "./dashboard.rules.ts";
import { savingsWithComparison } from "./dashboard.savings.ts";
import type { GroupDashboard } from "./dashboard.schemas.ts";
import * as repo from "./groups.repo.ts";
import * as kitRepo from "./kit.repo.ts";
import * as memberRepo from "./members.repo.ts";
import * as sessionRepo from "./sessions.repo.ts";

/**
 * The adviser's view of a group: for each member who shares its data, how fresh its readings are,
 * its attendance, commitments, kit € against the cap, the hardship and over-consumption flags and its
 * savings since joining; the group's savings with their portfolio uncertainty. Members who do not
 * share show their pseudonym only. One audit line per member whose data is read.
 */
export async function getGroupDashboard({
  ctx,
  groupId,
}: {
  ctx: Ctx;
  groupId: string;
}): Promise<GroupDashboard> {
  const group = await repo.findGroup(ctx.db, ctx.orgId, groupId);
  if (!group) throw new NotFound();
  const today = brusselsDayOf(ctx.now);
  const [members, sessions, sharingIds, commitmentRows, capEur] = await Promise.all([
    memberRepo.listMembers(ctx.db, ctx.orgId, groupId),
    sessionRepo.listSessions(ctx.db, ctx.orgId, groupId),
    householdsSharingWithStaff({ ctx }),
    dashboardRepo.commitmentCounts(ctx.db, ctx.orgId, groupId),
    kitRepo.findKitCap(ctx.db, ctx.orgId),
  ]);
  const sharingSet = new Set(sharingIds);
  // Erased households keep their place in the group's history without a code, and share nothing.
  const sharing = members.filter((m) => m.code !== "" && sharingSet.has(m.householdId));
  const ids = sharing.map((m) => m.householdId);
  const [meters, kit, guards, savings] = await Promise.all([
    listReadingsForHouseholds({ ctx, householdIds: ids }),
    dashboardRepo.kitTotals(ctx.db, ctx.orgId, ids),
    guardsOfHouseholds({ ctx, householdIds: ids, asOf: today }),
    Promise.all(
      sharing.map((m) =>
        savingsWithComparison({ ctx, householdId: m.householdId, joinedOn: m.joinedOn, today }),
      ),
    ),
  ]);
  for (const householdId of ids)
    await recordHouseholdRead({
      ctx,
      householdId,
      action: "household.savings_viewed",
      details: { view: "group_dashboard", groupId },
    });

  const held = sessions
    .filter((s) => s.startsAt <= ctx.now)
    .map((s) => ({ day: brusselsDayOf(s.startsAt), attendance: s.attendance }));
  const attendanceOf = (m: (typeof members)[number]) =>
    memberAttendance({ sessions: held, householdId: m.householdId, joinedOn: m.joinedOn, leftOn: m.leftOn });
  const countOf = (householdId: string, status: "done" | "planned" | "dropped") =>
    commitmentRows.find((r) => r.householdId === householdId && r.status === status)?.n ?? 0;

  const dashboardMembers = members.map((m) => {
    const identity = {
      householdId: m.householdId,
      code: m.code,
      pseudonym: m.pseudonym,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn,
    };
    const i = sharing.indexOf(m);
    if (i < 0) return { ...identity, sharing: false as const };
    const freshness = readingFreshness({
      meters: (meters.get(m.householdId) ?? []).map(({ meter, readings }) => ({
        meterId: meter.id,
        kind: meter.kind,
        closed: Boolean(meter.closedAt),
        readingDays: readings.map((r) => brusselsDayOf(r.readAt)),
      })),
      today,
    });
    const own = guards.get(m.householdId);
    const memberSavings = savings[i] ?? [];
    return {
      ...identity,
      sharing: true as const,
      readings: freshness,
      attendance: attendanceOf(m),
      commitments: {
        done: countOf(m.householdId, "done"),
        planned: countOf(m.householdId, "planned"),
        dropped: countOf(m.householdId, "dropped"),
      },
      kit: kitAgainstCap({ totalEur: kit.get(m.householdId) ?? 0, capEur }),
      flags: {
        restriction: own
          ? own.restriction.status === "not_assessable"
            ? { status: own.restriction.status, reason: own.restriction.reason }
            : { status: own.restriction.status }
          : { status: "not_assessable" as const },
        comfort: {
          checkIns: own?.comfort.checkIns ?? 0,
          flaggedDays: own?.comfort.flags.map((f) => f.day) ?? [],
        },
        overConsumption: memberSavings.some((s) => s.overConsumption),
        lateReadings: freshness.late,
      },
      savings: memberSavings.map(({ reporting: _, ...own }) => own),
    };
  });

  const energies = SAVINGS_ENERGIES.filter((e) => savings.some((own) => own.some((s) => s.energy === e)));
  return {
    group: {
      id: group.id,
      name: group.name,
      status: group.status,
      startsOn: group.startsOn,
      endsOn: group.endsOn,
    },
    today,
    sessions: { held: held.length, planned: sessions.length - held.length },
    attendanceRate: attendanceRate(members.map(attendanceOf)),
    kitCapEur: capEur,
    members: dashboardMembers,
    savings: energies.map((energy) => ({
      energy,
      ...groupSavingsOf(
        members.flatMap(
          (
            m,
          ): Array<{
            householdId: string;
            savings: MemberSavings | { verdict: "no_consent"; reporting: null };
          }> => {
            const i = sharing.indexOf(m);
            if (i < 0)
              return [
                { householdId: m.householdId, savings: { verdict: "no_consent" as const, reporting: null } },
              ];
            const own = savings[i]?.find((s) => s.energy === energy);
            return own
              ? [{ householdId: m.householdId, savings: { verdict: own.verdict, reporting: own.reporting } }]
              : [];
          },
        ),
      ),
    })),
  };
}

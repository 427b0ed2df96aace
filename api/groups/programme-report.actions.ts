import { recordHouseholdRead } from "../audit/index.ts";
import { brusselsDayOf } from "../consumption/index.ts";
import { guardsOfHouseholds, heatingEnergiesOf } from "../guards/index.ts";
import { householdsSharingWithStaff, listHouseholdProfiles } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound, Validation } from "../http/errors.ts";
import { householdSavingsSince, SAVINGS_ENERGIES } from "../savings/index.ts";
import { attendanceRate, groupSavingsOf, type MemberSavings, memberAttendance } from "./dashboard.rules.ts";
import * as repo from "./groups.repo.ts";
import * as reportRepo from "./programme-report.repo.ts";
import {
  type HeatingPart,
  heatingChangePct,
  latestMembershipOf,
  objectiveMeasure,
} from "./programme-report.rules.ts";
import type { ProgrammeReport } from "./programme-report.schemas.ts";
import * as sessionRepo from "./sessions.repo.ts";

const PARTNERS = [
  "cpas_social_service",
  "debt_mediation",
  "supplier_social_service",
  "housing_company",
  "renovation_premium_desk",
  "other",
] as const;

/**
 * What funders and the PAPE reporting ask of an organisation for a period: households followed,
 * sessions and attendance, visits, referrals, commitments, kit €, the group members' savings with
 * their portfolio uncertainty, hardship flags, and each group objective against its target. Reads
 * of a household's savings leave one audit line each.
 */
export async function getProgrammeReport({
  ctx,
  organisationId,
  query,
}: {
  ctx: Ctx;
  organisationId: string;
  query: { from?: string; to?: string };
}): Promise<ProgrammeReport> {
  if (organisationId !== ctx.orgId) throw new NotFound();
  const today = brusselsDayOf(ctx.now);
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to)
    throw new Validation("report.from_after_to", [
      { field: "from", code: "after_to", message: "report.from_after_to" },
    ]);
  const period = { orgId: ctx.orgId, from, to };
  const [groups, memberships, coached, visits, referrals, doneByGroup, kit, sharingIds, profiles] =
    await Promise.all([
      reportRepo.groupsInPeriod(ctx.db, period),
      reportRepo.membershipsInPeriod(ctx.db, period),
      reportRepo.householdsCoachedInPeriod(ctx.db, period),
      reportRepo.visitsInPeriod(ctx.db, period),
      reportRepo.referralsByPartner(ctx.db, period),
      reportRepo.commitmentsDoneByGroup(ctx.db, period),
      reportRepo.kitInPeriod(ctx.db, period),
      householdsSharingWithStaff({ ctx }),
      listHouseholdProfiles(ctx.db, ctx.orgId),
    ]);
  const groupIds = new Set(groups.map((g) => g.id));
  const members = memberships.filter((m) => groupIds.has(m.groupId));
  const [sessionsOf, objectivesOf] = await Promise.all([
    Promise.all(groups.map((g) => sessionRepo.listSessions(ctx.db, ctx.orgId, g.id))),
    Promise.all(groups.map((g) => repo.listObjectives(ctx.db, ctx.orgId, g.id))),
  ]);

  // Sessions held in the period, and each member's attendance at those of its group.
  const heldOf = sessionsOf.map((sessions) =>
    sessions
      .filter((s) => s.startsAt <= ctx.now)
      .map((s) => ({ day: brusselsDayOf(s.startsAt), attendance: s.attendance }))
      .filter((s) => s.day >= from && s.day <= to),
  );
  const attendanceOfGroup = groups.map((g, i) =>
    members
      .filter((m) => m.groupId === g.id)
      .map((m) => memberAttendance({ sessions: heldOf[i] ?? [], ...m })),
  );

  // Savings from joining up to the period's end (a report of a past period ignores later readings),
  // of the members who share their data, each membership read once.
  const sharing = new Set(sharingIds);
  const measured = members.filter((m) => sharing.has(m.householdId));
  const savingsOf = new Map<string, Awaited<ReturnType<typeof householdSavingsSince>>>();
  const key = (m: { householdId: string; joinedOn: string }) => `${m.householdId}:${m.joinedOn}`;
  for (const m of measured)
    if (!savingsOf.has(key(m)))
      savingsOf.set(
        key(m),
        await householdSavingsSince({ ctx, householdId: m.householdId, start: m.joinedOn, until: to }),
      );
  const assessed = [...new Set(measured.map((m) => m.householdId))];
  // Hardship flags as they stood on the period's last day (or today), from the period's check-ins.
  const guards = await guardsOfHouseholds({
    ctx,
    householdIds: assessed,
    asOf: to < today ? to : today,
    checkInsFrom: from,
  });
  for (const householdId of assessed)
    await recordHouseholdRead({
      ctx,
      householdId,
      action: "household.savings_viewed",
      details: { view: "programme_report", from, to },
    });

  const portfolio = (of: ReadonlyArray<{ householdId: string; joinedOn: string }>, energy: string) =>
    groupSavingsOf(
      of.flatMap(
        (
          m,
        ): Array<{
          householdId: string;
          savings: MemberSavings | { verdict: "no_consent"; reporting: null };
        }> => {
          if (!sharing.has(m.householdId))
            return [{ householdId: m.householdId, savings: { verdict: "no_consent", reporting: null } }];
          const own = savingsOf.get(key(m))?.find((s) => s.energy === energy);
          return own ? [{ householdId: m.householdId, savings: own }] : [];
        },
      ),
    );
  // Erased households have no profile: they share nothing either.
  const heatingTypeOf = new Map(profiles.map((p) => [p.id, p.heatingType]));
  /** A group's heating savings, energy by energy: each the portfolio of the sharing members it heats. */
  const heatingParts = (of: ReadonlyArray<{ householdId: string; joinedOn: string }>): HeatingPart[] =>
    SAVINGS_ENERGIES.flatMap((energy) => {
      const heated = latestMembershipOf(of).filter(
        (m) =>
          sharing.has(m.householdId) &&
          heatingEnergiesOf(heatingTypeOf.get(m.householdId) ?? null).includes(energy),
      );
      const p = portfolio(heated, energy);
      if (p.savingsKwh === null || p.uncertaintyKwh90 === null || p.expectedKwh === null) return [];
      return [
        {
          energy,
          counted: p.counted,
          savingsKwh: p.savingsKwh,
          uncertaintyKwh90: p.uncertaintyKwh90,
          expectedKwh: p.expectedKwh,
          withinMargin: p.withinMargin === true,
        },
      ];
    });

  const households = latestMembershipOf(members);
  const referralCounts = Object.fromEntries(
    PARTNERS.map((p) => [p, referrals.find((r) => r.partner === p)?.n ?? 0]),
  ) as Record<(typeof PARTNERS)[number], number>;
  return {
    from,
    to,
    householdsFollowed: new Set([...members.map((m) => m.householdId), ...coached]).size,
    householdsInGroups: households.length,
    groups: groups.length,
    sessionsHeld: heldOf.reduce((s, held) => s + held.length, 0),
    attendanceRate: attendanceRate(attendanceOfGroup.flat()),
    visits,
    referrals: referralCounts,
    commitmentsDone: doneByGroup.reduce((s, r) => s + r.n, 0),
    kit,
    savings: SAVINGS_ENERGIES.map((energy) => ({ energy, ...portfolio(households, energy) }))
      // Energies some member has a meter of.
      .filter((p) => p.counted > 0 || p.notCounted.some((n) => n.reason !== "no_consent"))
      .map((p) => ({
        energy: p.energy,
        counted: p.counted,
        notCounted: p.notCounted.length,
        savingsKwh: p.savingsKwh,
        uncertaintyKwh90: p.uncertaintyKwh90,
        withinMargin: p.withinMargin,
        savingsShare: p.savingsShare,
        savingsEur: p.savingsEur,
        uncertaintyEur90: p.uncertaintyEur90,
      })),
    flags: {
      assessed: assessed.length,
      possibleRestriction: assessed.filter(
        (id) => guards.get(id)?.restriction.status === "possible_restriction",
      ).length,
      comfort: assessed.filter((id) =>
        guards.get(id)?.comfort.flags.some((f) => f.day >= from && f.day <= to),
      ).length,
    },
    objectives: groups.flatMap((g, i) => {
      const own = members.filter((m) => m.groupId === g.id);
      const done = doneByGroup.find((r) => r.groupId === g.id)?.n ?? 0;
      const heating = (objectivesOf[i] ?? []).some((o) => o.kind === "savings_pct")
        ? heatingParts(own)
        : null;
      return (objectivesOf[i] ?? []).map((o) => ({
        groupId: g.id,
        groupName: g.name,
        label: o.label,
        targetText: o.targetText,
        kind: o.kind,
        targetValue: o.targetValue,
        assessment: o.assessment,
        ...objectiveMeasure({
          kind: o.kind,
          targetValue: o.targetValue,
          attendanceRate: attendanceRate(attendanceOfGroup[i] ?? []),
          heatingChange: heating ? heatingChangePct(heating) : null,
          commitmentsDone: done,
          members: own.length,
        }),
        heating: o.kind === "savings_pct" ? heating : null,
      }));
    }),
  };
}

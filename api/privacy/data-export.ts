import { listAuditEntries, recordHouseholdRead } from "../audit/index.ts";
import { householdCostStatements, householdOccupancies, householdParticipation } from "../buildings/index.ts";
import { householdGroupRecords } from "../groups/index.ts";
import { findHouseholdOrNotFound } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { listHouseholdMetersAndReadings } from "../meters/index.ts";
import * as repo from "./privacy.repo.ts";

/** Audit entries a data export carries at most (the newest); the audit-log endpoint pages further. */
export const EXPORT_AUDIT_LIMIT = 10_000;

/**
 * The newest audit entries about the household, at most EXPORT_AUDIT_LIMIT, and how many it has in
 * all, so the export says when it holds only part of them (GDPR: the household must not take a cut
 * log for the whole). One entry more than the limit is read to know; the count runs only then, and
 * is never below what was read (an entry written between the two statements).
 */
async function auditLogOf(ctx: Ctx, householdId: string) {
  const read = await listAuditEntries(ctx.db, {
    orgId: ctx.orgId,
    subjectId: householdId,
    limit: EXPORT_AUDIT_LIMIT + 1,
  });
  const auditLog = read.slice(0, EXPORT_AUDIT_LIMIT);
  const truncated = read.length > EXPORT_AUDIT_LIMIT;
  const total = truncated
    ? Math.max(read.length, await repo.countAuditEntries(ctx.db, ctx.orgId, householdId))
    : auditLog.length;
  return { auditLog, auditLogCount: { kept: auditLog.length, total, truncated } };
}

/**
 * Everything the app holds about a household (GDPR right of access): profile, account and open
 * sessions, consent history, meters, readings with notes, deliveries, top-ups, own contracts,
 * smart-meter imports and their data, the audit entries about it (who read or changed what), and
 * its Eco-watchers records (groups, attendance, commitments, kit, visits, referrals, shared tips), and
 * a tenant's dwellings (move-in and move-out), heating cost statements, comfort-survey and
 * consultation answers.
 * The household itself, or its organisation's coordinator acting on its request: no consent is
 * needed (a household may ask for its data after withdrawing consent, or have no phone), and every
 * staff export is audited.
 */
export async function exportHouseholdData({ ctx, householdId }: { ctx: Ctx; householdId: string }) {
  const found = await findHouseholdOrNotFound({ ctx, householdId });
  const household = await repo.householdRecord(ctx.db, ctx.orgId, householdId);
  if (!household) throw new NotFound();
  // Recorded first, so the export lists its own line too.
  await recordHouseholdRead({ ctx, householdId, action: "household.data_exported" });
  const { meters, readings } = await listHouseholdMetersAndReadings({ ctx, householdId });
  const meterIds = meters.map((m) => m.id);
  const [
    owner,
    consents,
    deliveries,
    topUps,
    contracts,
    imports,
    intervalDays,
    { auditLog, auditLogCount },
    comfortCheckIns,
    groupRecords,
    heatingCostStatements,
    occupancies,
    participation,
  ] = await Promise.all([
    repo.accountOf(ctx.db, found.userId),
    repo.consentHistory(ctx.db, ctx.orgId, householdId),
    repo.deliveriesOf(ctx.db, ctx.orgId, meterIds),
    repo.topUpsOf(ctx.db, ctx.orgId, householdId),
    repo.contractsOf(ctx.db, ctx.orgId, householdId),
    repo.importsOf(ctx.db, ctx.orgId, meterIds),
    repo.intervalDaysOf(ctx.db, ctx.orgId, meterIds),
    auditLogOf(ctx, householdId),
    repo.comfortCheckInsOf(ctx.db, ctx.orgId, householdId),
    householdGroupRecords(ctx.db, ctx.orgId, householdId),
    householdCostStatements(ctx.db, ctx.orgId, householdId),
    householdOccupancies(ctx.db, ctx.orgId, householdId),
    householdParticipation(ctx.db, ctx.orgId, householdId),
  ]);
  return {
    exportedAt: ctx.now,
    household,
    account: owner.account,
    sessions: owner.sessions,
    consents,
    meters,
    readings,
    deliveries,
    topUps,
    contracts,
    imports,
    intervalDays,
    auditLog,
    // How many entries the log has and whether auditLog holds only the newest of them.
    auditLogCount,
    comfortCheckIns,
    ...groupRecords,
    // A tenant's comfort answers and consultation answers.
    ...participation,
    occupancies,
    // Its heating cost statements of final splits (the JSON also has each one's detail and lines).
    heatingCostStatements,
  };
}

export type HouseholdDataExport = Awaited<ReturnType<typeof exportHouseholdData>>;

import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import {
  auditLog,
  budgetMeterTopUps,
  comfortCheckIns,
  fuelDeliveries,
  householdConsents,
  households,
  meterImports,
  meterIntervalDays,
  sessions,
  tariffs,
  users,
} from "../../db/schema/index.ts";

/**
 * Everything the app holds about one household, table by table (GDPR right of access). Other
 * modules own these tables; this repo only reads them whole for one household, and the erasure
 * (erase.repo.ts) blanks them: both must list every table with personal data.
 */
const num = (text: string | null) => (text === null ? null : Number(text));

export async function householdRecord(db: DbOrTx, orgId: string, householdId: string) {
  const [row] = await db
    .select()
    .from(households)
    .where(and(eq(households.organisationId, orgId), eq(households.id, householdId)));
  if (!row) return undefined;
  const { organisationId: _org, userId: _user, createdBy: _by, erasedAt: _erased, ...household } = row;
  return {
    ...household,
    floorAreaM2: num(household.floorAreaM2),
    monthlyAdvanceEur: num(household.monthlyAdvanceEur),
  };
}

export async function accountOf(db: DbOrTx, userId: string | null) {
  if (!userId) return { account: null, sessions: [] };
  const [account] = await db
    .select({ displayName: users.displayName, language: users.language, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  const open = await db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      persistent: sessions.persistent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt));
  return { account: account ?? null, sessions: open };
}

export async function consentHistory(db: DbOrTx, orgId: string, householdId: string) {
  return db
    .select({
      scope: householdConsents.scope,
      grantedAt: householdConsents.grantedAt,
      revokedAt: householdConsents.revokedAt,
    })
    .from(householdConsents)
    .where(and(eq(householdConsents.organisationId, orgId), eq(householdConsents.householdId, householdId)))
    .orderBy(asc(householdConsents.grantedAt));
}

export async function deliveriesOf(db: DbOrTx, orgId: string, meterIds: string[]) {
  if (!meterIds.length) return [];
  const rows = await db
    .select({
      id: fuelDeliveries.id,
      meterId: fuelDeliveries.meterId,
      deliveredOn: fuelDeliveries.deliveredOn,
      quantity: fuelDeliveries.quantity,
      costEur: fuelDeliveries.costEur,
      createdAt: fuelDeliveries.createdAt,
    })
    .from(fuelDeliveries)
    .where(and(eq(fuelDeliveries.organisationId, orgId), inArray(fuelDeliveries.meterId, meterIds)))
    .orderBy(asc(fuelDeliveries.deliveredOn));
  return rows.map((r) => ({ ...r, quantity: Number(r.quantity), costEur: num(r.costEur) }));
}

export async function topUpsOf(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select({
      id: budgetMeterTopUps.id,
      toppedUpOn: budgetMeterTopUps.toppedUpOn,
      amountEur: budgetMeterTopUps.amountEur,
      createdAt: budgetMeterTopUps.createdAt,
    })
    .from(budgetMeterTopUps)
    .where(and(eq(budgetMeterTopUps.organisationId, orgId), eq(budgetMeterTopUps.householdId, householdId)))
    .orderBy(asc(budgetMeterTopUps.toppedUpOn));
  return rows.map((r) => ({ ...r, amountEur: Number(r.amountEur) }));
}

export async function comfortCheckInsOf(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select({
      id: comfortCheckIns.id,
      day: comfortCheckIns.day,
      indoorC: comfortCheckIns.indoorC,
      humidityPct: comfortCheckIns.humidityPct,
      feltCold: comfortCheckIns.feltCold,
      createdAt: comfortCheckIns.createdAt,
    })
    .from(comfortCheckIns)
    .where(and(eq(comfortCheckIns.organisationId, orgId), eq(comfortCheckIns.householdId, householdId)))
    .orderBy(asc(comfortCheckIns.day));
  return rows.map((r) => ({ ...r, indoorC: num(r.indoorC) }));
}

/** The household's own contracts (the organisation's default tariffs are not about it). */
export async function contractsOf(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await db
    .select({
      id: tariffs.id,
      energy: tariffs.energy,
      label: tariffs.label,
      validFrom: tariffs.validFrom,
      validTo: tariffs.validTo,
      unit: tariffs.unit,
      priceSingleEur: tariffs.priceSingleEur,
      priceDayEur: tariffs.priceDayEur,
      priceNightEur: tariffs.priceNightEur,
      priceExclusiveNightEur: tariffs.priceExclusiveNightEur,
      priceInjectionEur: tariffs.priceInjectionEur,
      fixedEurPerYear: tariffs.fixedEurPerYear,
      vatRate: tariffs.vatRate,
      social: tariffs.social,
    })
    .from(tariffs)
    .where(and(eq(tariffs.organisationId, orgId), eq(tariffs.householdId, householdId)))
    .orderBy(asc(tariffs.validFrom));
  return rows.map((r) => ({
    ...r,
    priceSingleEur: num(r.priceSingleEur),
    priceDayEur: num(r.priceDayEur),
    priceNightEur: num(r.priceNightEur),
    priceExclusiveNightEur: num(r.priceExclusiveNightEur),
    priceInjectionEur: num(r.priceInjectionEur),
    fixedEurPerYear: Number(r.fixedEurPerYear),
    vatRate: Number(r.vatRate),
  }));
}

export async function importsOf(db: DbOrTx, orgId: string, meterIds: string[]) {
  if (!meterIds.length) return [];
  return db
    .select({
      id: meterImports.id,
      meterId: meterImports.meterId,
      format: meterImports.format,
      importedAt: meterImports.importedAt,
      rowsRead: meterImports.rowsRead,
      rowsImported: meterImports.rowsImported,
      from: meterImports.fromAt,
      to: meterImports.toAt,
      registers: meterImports.registers,
      flags: meterImports.flags,
    })
    .from(meterImports)
    .where(and(eq(meterImports.organisationId, orgId), inArray(meterImports.meterId, meterIds)))
    .orderBy(asc(meterImports.importedAt));
}

/** Smart-meter data, one row per meter, register and Brussels day, with the day's slot values. */
export async function intervalDaysOf(db: DbOrTx, orgId: string, meterIds: string[]) {
  if (!meterIds.length) return [];
  return db
    .select({
      meterId: meterIntervalDays.meterId,
      register: meterIntervalDays.register,
      day: meterIntervalDays.day,
      slotMinutes: meterIntervalDays.slotMinutes,
      unit: meterIntervalDays.slotUnit,
      totalKwh: meterIntervalDays.totalKwh,
      totalNative: meterIntervalDays.totalNative,
      estimatedSlots: meterIntervalDays.estimatedSlots,
      values: meterIntervalDays.slotValues,
    })
    .from(meterIntervalDays)
    .where(and(eq(meterIntervalDays.organisationId, orgId), inArray(meterIntervalDays.meterId, meterIds)))
    .orderBy(asc(meterIntervalDays.meterId), asc(meterIntervalDays.day), asc(meterIntervalDays.register));
}

/** How many audit entries are about the household (the export keeps the newest only). */
export async function countAuditEntries(db: DbOrTx, orgId: string, householdId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.organisationId, orgId), eq(auditLog.subjectId, householdId)));
  return Number(row?.n ?? 0);
}

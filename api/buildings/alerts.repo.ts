import { and, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { rowsOf } from "../../db/rows.ts";
import { alerts, buildings, meters } from "../../db/schema/index.ts";
import type { AlertKind, Finding } from "./alerts.rules.ts";

export type AlertStatus = "open" | "acknowledged" | "closed";

/**
 * Locks the buildings (in id order, so that two checks never wait on each other) for the time of the
 * caller's transaction: two checks of one building then cannot both open the same alert.
 */
export async function lockBuildings(tx: DbOrTx, orgId: string, buildingIds: readonly string[]) {
  if (!buildingIds.length) return;
  await tx
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.organisationId, orgId), inArray(buildings.id, [...buildingIds])))
    .orderBy(buildings.id)
    .for("update");
}

/** Every alert (any status) of the buildings, of the given kinds: what a check compares its findings to. */
export async function alertsOfBuildings(
  tx: DbOrTx,
  orgId: string,
  buildingIds: readonly string[],
  kinds: readonly AlertKind[],
) {
  if (!buildingIds.length) return [];
  return tx
    .select()
    .from(alerts)
    .where(
      and(
        eq(alerts.organisationId, orgId),
        inArray(alerts.buildingId, [...buildingIds]),
        inArray(alerts.kind, [...kinds]),
      ),
    );
}

export async function insertAlerts(
  tx: DbOrTx,
  orgId: string,
  rows: ReadonlyArray<{ buildingId: string; finding: Finding }>,
  now: Date,
) {
  if (!rows.length) return;
  await tx.insert(alerts).values(
    rows.map(({ buildingId, finding: f }) => ({
      organisationId: orgId,
      buildingId,
      meterId: f.meterId,
      kind: f.kind,
      periodFrom: f.periodFrom,
      periodTo: f.periodTo,
      seen: f.seen,
      openedAt: now,
    })),
  );
}

/** A still-open situation seen again: its figures and end move on (a gap in readings grows). */
export async function refreshOpenAlert(tx: DbOrTx, orgId: string, id: string, finding: Finding) {
  await tx
    .update(alerts)
    .set({ periodTo: finding.periodTo, seen: finding.seen })
    .where(and(eq(alerts.organisationId, orgId), eq(alerts.id, id), isNull(alerts.closedAt)));
}

/**
 * Readings came back after a gap's start: the gap is over. Its alert is withdrawn if nobody had
 * acknowledged it (history typed in reading by reading leaves no trail), else it closes by itself
 * (`closed_by` stays null). Two statements for the whole company.
 */
export async function closeFilledGaps(db: DbOrTx, orgId: string, now: Date, buildingId?: string) {
  const filled = sql`a.organisation_id = ${orgId} and a.kind = 'readings_missing' and a.closed_at is null
    ${buildingId ? sql`and a.building_id = ${buildingId}` : sql``}
    and (exists (select 1 from readings r where r.organisation_id = a.organisation_id
                   and r.meter_id = a.meter_id
                   and (r.read_at at time zone 'Europe/Brussels')::date > a.period_from)
      or exists (select 1 from meter_interval_days d where d.meter_id = a.meter_id and d.day > a.period_from))`;
  await db.execute(sql`delete from alerts a where ${filled} and a.acknowledged_at is null`);
  await db.execute(sql`update alerts a set closed_at = ${now.toISOString()}::timestamptz where ${filled}`);
}

/**
 * The last day of data of each building meter (the organisation's, or one building's): its last
 * reading or interval day, in Brussels days.
 */
export async function buildingMeterLastData(db: DbOrTx, orgId: string, buildingId?: string) {
  const only = buildingId ? sql`and m.building_id = ${buildingId}` : sql``;
  const result = await db.execute(sql`
    select m.id, m.building_id, m.kind,
      (m.started_at at time zone 'Europe/Brussels')::date::text as started_on,
      m.closed_at is not null as closed,
      greatest(
        (select max(r.read_at at time zone 'Europe/Brussels')::date from readings r
          where r.organisation_id = m.organisation_id and r.meter_id = m.id),
        (select max(d.day) from meter_interval_days d where d.meter_id = m.id))::text as last_data_on
    from meters m
    where m.organisation_id = ${orgId} and m.building_id is not null ${only}`);
  return rowsOf<{
    id: string;
    building_id: string;
    kind: string;
    started_on: string;
    closed: boolean;
    last_data_on: string | null;
  }>(result);
}

const STATUS: Record<AlertStatus, SQL | undefined> = {
  open: and(isNull(alerts.closedAt), isNull(alerts.acknowledgedAt)),
  acknowledged: and(isNull(alerts.closedAt), isNotNull(alerts.acknowledgedAt)),
  closed: isNotNull(alerts.closedAt),
};

const LIST_COLUMNS = {
  id: alerts.id,
  buildingId: alerts.buildingId,
  buildingName: buildings.name,
  buildingCode: buildings.code,
  meterId: alerts.meterId,
  meterName: meters.name,
  meterKind: meters.kind,
  kind: alerts.kind,
  periodFrom: alerts.periodFrom,
  periodTo: alerts.periodTo,
  seen: alerts.seen,
  openedAt: alerts.openedAt,
  acknowledgedAt: alerts.acknowledgedAt,
  closedAt: alerts.closedAt,
  closedBy: alerts.closedBy,
  note: alerts.note,
};

/** The company's alerts, newest first, with their building's and meter's names. */
export async function listAlerts(
  db: DbOrTx,
  {
    orgId,
    status,
    buildingId,
    limit,
  }: { orgId: string; status?: AlertStatus; buildingId?: string; limit: number },
) {
  return db
    .select(LIST_COLUMNS)
    .from(alerts)
    .innerJoin(buildings, eq(buildings.id, alerts.buildingId))
    .leftJoin(meters, eq(meters.id, alerts.meterId))
    .where(
      and(
        eq(alerts.organisationId, orgId),
        status ? STATUS[status] : undefined,
        buildingId ? eq(alerts.buildingId, buildingId) : undefined,
      ),
    )
    .orderBy(desc(alerts.openedAt), desc(alerts.periodFrom), alerts.id)
    .limit(limit);
}

export async function findAlert(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select(LIST_COLUMNS)
    .from(alerts)
    .innerJoin(buildings, eq(buildings.id, alerts.buildingId))
    .leftJoin(meters, eq(meters.id, alerts.meterId))
    .where(and(eq(alerts.organisationId, orgId), eq(alerts.id, id)));
  return row;
}

/** Acknowledges an alert still open and not yet acknowledged; false when it was not (the caller says why). */
export async function acknowledgeAlert(
  db: DbOrTx,
  orgId: string,
  id: string,
  userId: string | null,
  now: Date,
) {
  const rows = await db
    .update(alerts)
    .set({ acknowledgedAt: now, acknowledgedBy: userId })
    .where(
      and(
        eq(alerts.organisationId, orgId),
        eq(alerts.id, id),
        isNull(alerts.closedAt),
        isNull(alerts.acknowledgedAt),
      ),
    )
    .returning({ id: alerts.id });
  return rows.length > 0;
}

export async function closeAlert(
  db: DbOrTx,
  orgId: string,
  id: string,
  { userId, note, now }: { userId: string | null; note: string | null; now: Date },
) {
  const rows = await db
    .update(alerts)
    .set({ closedAt: now, closedBy: userId, note })
    .where(and(eq(alerts.organisationId, orgId), eq(alerts.id, id), isNull(alerts.closedAt)))
    .returning({ id: alerts.id });
  return rows.length > 0;
}

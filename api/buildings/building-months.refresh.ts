import type { DbOrTx } from "../../db/client.ts";
import { addDays, brusselsDayOf, type LocalDay } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { intervalDaysOfMeters } from "../imports/index.ts";
import { listReadingsForBuilding } from "../meters/index.ts";
import { findWeatherStationCode } from "../organisations/index.ts";
import { BASELINE_DAYS } from "../savings/index.ts";
import { loadConversionSettings } from "../settings/index.ts";
import { weatherForSavings } from "../weather/index.ts";
import { checkBuildingAlerts } from "./alerts.check.ts";
import * as repo from "./building-months.repo.ts";
import { buildingMonths } from "./building-months.ts";
import { buildingSignature, equiv165Weather } from "./indicators.signature.ts";

type RollupCtx = Pick<Ctx, "db" | "orgId" | "now">;

/** The first day of the smart-meter days the signature reads: two years before its end. */
const signatureDaysFrom = (until: LocalDay) => addDays(until, -2 * BASELINE_DAYS);

/** Stale buildings a read recomputes before answering; beyond that it answers with them marked stale. */
export const REFRESHES_PER_READ = 25;

/**
 * What a building's months and signature come from: its meters with readings and deliveries, their
 * smart-meter days of the two years before `signatureUntil` (enough for the signature's year before
 * its last data) or, with `everyDay`, since the first meter's start as well (the months take every
 * day), the calorific values, and its station's weather in equivalent 16.5 degree-days from the
 * first meter's start to today.
 */
export async function loadBuildingEnergy(
  ctx: RollupCtx,
  buildingId: string,
  {
    signatureUntil = brusselsDayOf(ctx.now),
    everyDay = false,
  }: { signatureUntil?: LocalDay; everyDay?: boolean } = {},
) {
  const meters = await listReadingsForBuilding({ ctx, buildingId });
  const today = brusselsDayOf(ctx.now);
  const first = meters.map((m) => brusselsDayOf(m.meter.startedAt)).sort()[0] ?? today;
  const signatureFrom = signatureDaysFrom(signatureUntil);
  const [intervalDays, conversion, stationCode] = await Promise.all([
    intervalDaysOfMeters(ctx.db, {
      orgId: ctx.orgId,
      meterIds: meters.map((m) => m.meter.id),
      fromDay: everyDay && first < signatureFrom ? first : signatureFrom,
      toDay: signatureUntil,
    }),
    loadConversionSettings(ctx as Ctx),
    findWeatherStationCode(ctx.db, ctx.orgId),
  ]);
  const weather = await weatherForSavings({
    db: ctx.db,
    stationCode: stationCode ?? "uccle",
    // Equivalent degree-days weigh the two days before: they start two days early.
    fromDay: addDays(first < today ? first : today, -2),
    toDay: today,
  });
  return {
    meters,
    intervalDays,
    conversion,
    weather: equiv165Weather(weather.input),
    normals: weather.normals,
    station: weather.station,
  };
}

/**
 * Rewrites every month of a building. All of them, not only the months around the write: heating
 * readings are spread over days by the building's signature, and one reading can move the signature;
 * a building's history (a few hundred readings) recomputes in tens of milliseconds.
 */
export async function refreshBuildingMonths(ctx: RollupCtx, buildingId: string): Promise<void> {
  // Read before the data: a write after this point leaves the rollup stale for the next reader.
  const generation = await repo.currentGeneration(ctx.db, ctx.orgId, buildingId);
  const today = brusselsDayOf(ctx.now);
  // A smart-meter day replaces the readings' share of that day: the months take every day; the
  // signature, its two years.
  const energy = await loadBuildingEnergy(ctx, buildingId, { everyDay: true });
  const signatureFrom = signatureDaysFrom(today);
  const signature = buildingSignature({
    ...energy,
    intervalDays: energy.intervalDays.filter((d) => d.day >= signatureFrom),
    until: today,
  });
  const model = signature?.model ?? null;
  const months = buildingMonths({
    meters: energy.meters,
    intervalDays: energy.intervalDays,
    conversion: energy.conversion,
    degreeDays: energy.weather.degreeDays,
    signature: model,
  });
  const written = await repo.writeRollup(ctx.db, {
    orgId: ctx.orgId,
    buildingId,
    generation,
    months,
    summary: {
      signatureEnergy: model ? (signature?.energy ?? null) : null,
      baseLoadKwhPerDay: model?.interceptKwhPerDay ?? null,
      heatingKwhPerDegreeDay: model?.heatingKwhPerDegreeDay ?? null,
      normalYearKwh: signature?.normalYearKwh ?? null,
    },
    now: ctx.now,
  });
  // The refresh that wrote the months checks them (a later one that did not write leaves it to that one).
  if (written)
    await checkBuildingAlerts(ctx, {
      buildingId,
      months,
      model,
      energy: signature?.energy,
      meters: energy.meters,
    });
}

/**
 * Part of every write to a meter's readings, deliveries or interval data, in its transaction where it
 * has one: marks the meter's building stale. Returns the building (null for another owner's meter).
 */
export async function meterDataChanged(db: DbOrTx, orgId: string, meterId: string) {
  return repo.markMeterBuildingStale(db, orgId, meterId);
}

/**
 * After the write is committed: rewrites the building's months. A failure here loses nothing — the
 * building stays marked stale and the next read recomputes it — so it is logged, not thrown at a
 * caller whose write did succeed.
 */
export async function refreshAfterMeterWrite(ctx: RollupCtx, buildingId: string | null) {
  if (!buildingId) return;
  try {
    await refreshBuildingMonths(ctx, buildingId);
  } catch (error) {
    console.error("building rollup left stale, recomputed on the next read", buildingId, error);
  }
}

/**
 * Recomputes the stale rollups of the organisation (or of one building) before a read, at most
 * REFRESHES_PER_READ of them; returns the ones still stale (beyond that number, or whose recomputing
 * failed), which the answer marks as such.
 */
export async function refreshStaleBuildings(ctx: RollupCtx, buildingId?: string): Promise<Set<string>> {
  const stale = await repo.staleBuildings(ctx.db, ctx.orgId, buildingId);
  const left = new Set(stale.slice(REFRESHES_PER_READ));
  for (const id of stale.slice(0, REFRESHES_PER_READ))
    await refreshBuildingMonths(ctx, id).catch((error) => {
      // The read still answers, with this building marked stale.
      console.error("building rollup could not be recomputed", id, error);
      left.add(id);
    });
  return left;
}

import type { DbOrTx } from "../../db/client.ts";
import { brusselsDayOf } from "../consumption/index.ts";
import type { Ctx } from "../http/context.ts";
import { type IndexReading, type Meter, readingModeOf } from "../meters/meter-rules.ts";
import type { DayWeights } from "../savings/index.ts";
import * as repo from "./alerts.repo.ts";
import {
  type AlertKind,
  aboveModel,
  type Finding,
  meterBackwards,
  readingsMissing,
  type Signature,
  situationKey,
  summerHeating,
} from "./alerts.rules.ts";
import type { BuildingMonth } from "./building-months.ts";
import { findBuilding } from "./buildings.repo.ts";

type CheckCtx = Pick<Ctx, "db" | "orgId" | "now">;

/** jsonb keeps its own key order: figures compare key by key. */
const sameFigures = (stored: unknown, seen: Finding["seen"]) =>
  JSON.stringify(Object.entries(stored as object).sort()) === JSON.stringify(Object.entries(seen).sort());

/**
 * Opens the alerts the findings show and no alert has shown yet, under a lock on the buildings: the
 * same situation (kind, meter, start) never opens a second alert, even once closed. An open one seen
 * again gets the new figures; an alert whose condition is gone stays open until a manager closes it
 * (a manager should see that the boiler heated all July even if August was fine).
 */
async function applyFindings(
  tx: DbOrTx,
  ctx: CheckCtx,
  findings: ReadonlyMap<string, readonly Finding[]>,
  kinds: readonly AlertKind[],
) {
  const buildingIds = [...findings.keys()].filter((id) => findings.get(id)?.length);
  await repo.lockBuildings(tx, ctx.orgId, buildingIds);
  const existing = new Map(
    (await repo.alertsOfBuildings(tx, ctx.orgId, buildingIds, kinds)).map((a) => [
      `${a.buildingId}|${situationKey(a)}`,
      a,
    ]),
  );
  const toOpen: Array<{ buildingId: string; finding: Finding }> = [];
  for (const buildingId of buildingIds)
    for (const finding of findings.get(buildingId) ?? []) {
      const known = existing.get(`${buildingId}|${situationKey(finding)}`);
      if (!known) toOpen.push({ buildingId, finding });
      else if (
        !known.closedAt &&
        (known.periodTo !== finding.periodTo || !sameFigures(known.seen, finding.seen))
      )
        await repo.refreshOpenAlert(tx, ctx.orgId, known.id, finding);
    }
  await repo.insertAlerts(tx, ctx.orgId, toOpen, ctx.now);
}

/**
 * Readings missing on the building meters of the organisation (or of one building). Time alone opens
 * it, not a write, so it runs when the alerts are read (the list, a building's page), in one query
 * for all meters; the portfolio's count shows it from then on. The one alert that closes itself:
 * once readings come back, the gap is over.
 */
export async function checkReadingsMissing(ctx: CheckCtx, buildingId?: string) {
  await repo.closeFilledGaps(ctx.db, ctx.orgId, ctx.now, buildingId);
  const rows = await repo.buildingMeterLastData(ctx.db, ctx.orgId, buildingId);
  const today = brusselsDayOf(ctx.now);
  const byBuilding = new Map<string, Finding[]>();
  for (const row of rows) {
    const [finding] = readingsMissing({
      meters: [
        {
          meterId: row.id,
          startedOn: row.started_on,
          closed: row.closed,
          readable: readingModeOf(row.kind as Meter["kind"]) !== "deliveries_only",
          lastDataOn: row.last_data_on,
        },
      ],
      today,
    });
    if (finding) byBuilding.set(row.building_id, [...(byBuilding.get(row.building_id) ?? []), finding]);
  }
  if (!byBuilding.size) return;
  await ctx.db.transaction((tx) => applyFindings(tx, ctx, byBuilding, ["readings_missing"]));
}

/**
 * The hook of a building's rollup refresh: the checks on its new months and signature (summer
 * heating, above the model) and on its meters' indexes (going backwards).
 * A failure is logged, not thrown: the months are written, and the next refresh checks again.
 */
export async function checkBuildingAlerts(
  ctx: CheckCtx,
  input: {
    buildingId: string;
    months: readonly BuildingMonth[];
    /** The signature's model and the energy it was fitted on, when there is one. */
    model: DayWeights | null;
    energy: string | undefined;
    meters: ReadonlyArray<{ meter: Meter; readings: readonly IndexReading[] }>;
  },
) {
  await checkBuilding(ctx, input).catch((error) =>
    console.error("building alerts not checked, checked on the next refresh", input.buildingId, error),
  );
}

async function checkBuilding(
  ctx: CheckCtx,
  { buildingId, months, model, energy, meters }: Parameters<typeof checkBuildingAlerts>[1],
) {
  const building = await findBuilding(ctx.db, ctx.orgId, buildingId);
  if (!building) return;
  const today = brusselsDayOf(ctx.now);
  const heatedAreaM2 = Number(building.heatedAreaM2);
  const signature: Signature | null = model && {
    baseLoadKwhPerDay: model.interceptKwhPerDay,
    heatingKwhPerDegreeDay: model.heatingKwhPerDegreeDay,
  };
  const heating = months.filter((m) => m.energy === energy);
  const findings: Finding[] = [
    ...summerHeating({ months: heating, signature, heatedAreaM2, today }),
    ...aboveModel({ months: heating, signature, heatedAreaM2, today }),
    ...meters
      .filter(({ meter }) => readingModeOf(meter.kind) === "cumulative_index")
      .flatMap(({ meter, readings }) =>
        meterBackwards({
          meterId: meter.id,
          readings: readings.map((r) => ({ ...r, readOn: brusselsDayOf(r.readAt) })),
          maxIndex: meter.maxIndex ?? null,
          unit: meter.unit,
          today,
        }),
      ),
  ];
  await ctx.db.transaction((tx) =>
    applyFindings(tx, ctx, new Map([[buildingId, findings]]), [
      "summer_heating",
      "above_model",
      "meter_backwards",
    ]),
  );
}

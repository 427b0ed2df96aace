import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { computeCostSplit, finaliseCostSplit } from "../api/buildings/cost-split.actions.ts";
import { brusselsDayOf, startOfBrusselsDay } from "../api/consumption/brussels-days.ts";
import type { Ctx } from "../api/http/context.ts";
import type { Db } from "../db/client.ts";
import {
  buildings,
  costSplits,
  dwellingOccupancies,
  dwellings,
  households,
  meters,
  readings,
} from "../db/schema/index.ts";

/**
 * Cité du Parc (LD-002) gets six more dwellings (12 in all), each with two heat-cost allocators read
 * at the start and end of the last whole heating season (1 October → 1 May), eleven tenant
 * households (no login), one move-out in January, and that season's split, finalised. Once: nothing
 * is added when the building already has a split.
 */
const MORE_DWELLINGS = ["D1", "D2", "E1", "E2", "F1", "F2"];
const AREAS_M2 = [62, 71, 80, 62, 71, 80, 58, 66, 74, 58, 66, 88];
const BILL_EUR = 21_480.6;

export async function seedDemoCostSplit(
  db: Db,
  {
    organisationId,
    author,
    now,
  }: {
    organisationId: string;
    author: string | null;
    now: Date;
  },
) {
  const [building] = await db
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.organisationId, organisationId), eq(buildings.code, "LD-002")));
  if (!building || !author) return;
  const [done] = await db
    .select({ id: costSplits.id })
    .from(costSplits)
    .where(eq(costSplits.buildingId, building.id));
  if (done) return;
  const today = brusselsDayOf(now);
  const endYear = Number(today.slice(0, 4)) - (today >= `${today.slice(0, 4)}-05-01` ? 0 : 1);
  const season = { from: `${endYear - 1}-10-01`, to: `${endYear}-05-01` };

  await db.transaction(async (tx) => {
    await tx.insert(dwellings).values(
      MORE_DWELLINGS.map((unitLabel, i) => ({
        organisationId,
        buildingId: building.id,
        unitLabel,
        floorAreaM2: "62",
        floor: 3 + Math.floor(i / 2),
        position: i % 2 ? ("corner" as const) : ("middle" as const),
      })),
    );
    const all = await tx
      .select({ id: dwellings.id, label: dwellings.unitLabel })
      .from(dwellings)
      .where(and(eq(dwellings.organisationId, organisationId), eq(dwellings.buildingId, building.id)));
    all.sort((a, b) => a.label.localeCompare(b.label));
    for (const [i, d] of all.entries()) {
      await tx
        .update(dwellings)
        .set({ floorAreaM2: String(AREAS_M2[i] ?? 70) })
        .where(eq(dwellings.id, d.id));
      // F2 stands empty; the others have a tenant household.
      if (d.label !== "F2") {
        const [household] = await tx
          .insert(households)
          .values({ organisationId, code: `LOGIS-${d.label}`, pseudonym: `Locataire ${d.label}` })
          .returning({ id: households.id });
        await tx.update(dwellings).set({ householdId: household?.id }).where(eq(dwellings.id, d.id));
      }
      for (const [j, factor] of [1, i % 3 === 0 ? 1.6 : 1.2].entries()) {
        const [meter] = await tx
          .insert(meters)
          .values({
            organisationId,
            dwellingId: d.id,
            kind: "heat_cost_allocator",
            name: j ? "Chambre" : "Séjour",
            icon: "heat",
            registers: ["single"],
            ratingFactor: String(factor),
            startedAt: startOfBrusselsDay(season.from),
          })
          .returning({ id: meters.id });
        // E2's bedroom allocator was not read in May: estimated by the split.
        const ends = d.label === "E2" && j ? [] : [season.to];
        await tx.insert(readings).values(
          [season.from, ...ends].map((day, k) => ({
            organisationId,
            meterId: (meter as { id: string }).id,
            register: "single" as const,
            readAt: startOfBrusselsDay(day),
            value: String(k ? 180 + ((i * 37 + j * 53) % 160) : 0),
            clientId: randomUUID(),
            source: "adviser" as const,
            authorUserId: author,
            flags: k ? [] : ["start"],
          })),
        );
      }
    }
    // A1's first tenant left on 15 January; the current one moved in on 1 February.
    const a1 = all.find((d) => d.label === "A1");
    if (a1) {
      const [leaver] = await tx
        .insert(households)
        .values({ organisationId, code: "LOGIS-A1-OLD", pseudonym: "Ancien locataire A1" })
        .returning({ id: households.id });
      const [current] = await tx
        .select({ id: dwellings.householdId })
        .from(dwellings)
        .where(eq(dwellings.id, a1.id));
      await tx.insert(dwellingOccupancies).values([
        {
          organisationId,
          dwellingId: a1.id,
          householdId: leaver?.id,
          movedInOn: "2015-06-01",
          movedOutOn: `${endYear}-01-15`,
          createdBy: author,
        },
        {
          organisationId,
          dwellingId: a1.id,
          householdId: current?.id,
          movedInOn: `${endYear}-02-01`,
          createdBy: author,
        },
      ]);
    }
  });

  const ctx = {
    db,
    orgId: organisationId,
    now,
    actor: {
      userId: author,
      sessionTokenHash: "",
      isPlatformAdmin: false,
      language: "fr",
      activeOrganisationId: organisationId,
      role: "housing_manager",
      householdId: null,
    },
  } satisfies Ctx;
  const { id } = await computeCostSplit({
    ctx,
    buildingId: building.id,
    input: { bill: { totalEur: BILL_EUR, ...season }, fixedShare: 0.3 },
  });
  await finaliseCostSplit({ ctx, id, lang: "fr" });
}

import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { addDays, startOfBrusselsDay } from "../api/consumption/brussels-days.ts";
import type { Db, Tx } from "../db/client.ts";
import {
  buildingEvents,
  buildings,
  dwellings,
  fuelDeliveries,
  memberships,
  meters,
  organisations,
  readings,
} from "../db/schema/index.ts";
import { seedDemoCostSplit } from "./demo-cost-split.ts";
import { lastDemoReadingDay } from "./demo-meters.ts";
import { seedDemoParticipation } from "./demo-participation.ts";

/** Equivalent 16.5 degree-day normals (Synergrid), January to December: the heating's seasonal shape. */
const NORMALS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const MONTHS_OF_HISTORY = 36;

/** The first of the month `offset` months after `day` (a 1st). */
function monthsAfter(day: string, offset: number): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const n = y * 12 + (m - 1) + offset;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}-01`;
}

/** Months counted from the last reading; the works end on day `endDay` of their last month (the 1st by default). */
type Works = {
  kind: "windows" | "boiler" | "regulation";
  label: string;
  start: number;
  end: number | null;
  endDay?: number;
};

/**
 * Five buildings of Logis Démo, read monthly by the caretaker for three years: Les Tilleuls,
 * whose walls and windows were redone two winters ago (22 % less gas since, so the renovation's
 * result shows); Cité du Parc, whose old boiler heated all last summer (the summer-heating alert) and
 * is being replaced; Les Jardins, on a heat network, whose
 * controls were changed six weeks ago (not enough data yet); Les Peupliers, an oil boiler whose tank
 * gauge is read (levels go down with the heating, up with a delivery); Les Hêtres, on a heat network
 * with its own heat meter. Month offsets count back from the last demo reading. Each building is
 * added once, when its code is not there yet.
 */
const BUILDINGS: Array<{
  code: string;
  name: string;
  address: string;
  postcode: string;
  commune: string;
  heatedAreaM2: number;
  dwellingCount: number;
  heatingSystem: "gas_boiler" | "oil_boiler" | "heat_network";
  constructionYear: number;
  meter: { kind: "gas" | "heat" | "heating_oil"; name: string; icon: string; startIndex: number };
  /** A tank (heating oil): the meter's readings are its level; a delivery fills it when it runs low. */
  tank?: { refillBelowLitres: number; deliveryLitres: number; eurPerLitre: number };
  /** Use in the meter's unit: a base per day and a part per degree-day. */
  perDay: number;
  perDegreeDay: number;
  works: Works | null;
  /** From this month offset on (counted back from the last reading), use is this share of before. */
  savedFrom?: { offset: number; share: number };
  /** Extra use per day in June–August of the last twelve months: the heating left on in summer. */
  summerHeatingPerDay?: number;
}> = [
  {
    code: "LD-001",
    name: "Résidence Les Tilleuls",
    address: "Rue des Tilleuls 12",
    postcode: "4020",
    commune: "Liège",
    heatedAreaM2: 3150,
    dwellingCount: 36,
    heatingSystem: "gas_boiler",
    constructionYear: 1968,
    meter: { kind: "gas", name: "Chaudière gaz", icon: "gas", startIndex: 482_310 },
    perDay: 32,
    perDegreeDay: 10.5,
    works: { kind: "windows", label: "Isolation des façades et nouveaux châssis", start: -22, end: -18 },
    savedFrom: { offset: -18, share: 0.78 },
  },
  {
    code: "LD-002",
    name: "Cité du Parc",
    address: "Avenue du Parc 3",
    postcode: "4100",
    commune: "Seraing",
    heatedAreaM2: 2400,
    dwellingCount: 24,
    heatingSystem: "gas_boiler",
    constructionYear: 1975,
    meter: { kind: "gas", name: "Chaudière gaz", icon: "gas", startIndex: 215_040 },
    perDay: 26,
    perDegreeDay: 8.2,
    works: { kind: "boiler", label: "Remplacement de la chaudière", start: -1, end: null },
    summerHeatingPerDay: 45,
  },
  {
    code: "LD-003",
    name: "Les Jardins",
    address: "Rue des Jardins 40",
    postcode: "4040",
    commune: "Herstal",
    heatedAreaM2: 1800,
    dwellingCount: 18,
    heatingSystem: "heat_network",
    constructionYear: 1992,
    meter: { kind: "heat", name: "Compteur de chaleur", icon: "heat", startIndex: 1_204_500 },
    perDay: 180,
    perDegreeDay: 52,
    works: { kind: "regulation", label: "Nouvelle régulation de chauffage", start: -2, end: -1, endDay: 15 },
  },
  {
    code: "LD-004",
    name: "Résidence Les Peupliers",
    address: "Rue des Peupliers 7",
    postcode: "4030",
    commune: "Liège",
    heatedAreaM2: 1350,
    dwellingCount: 14,
    heatingSystem: "oil_boiler",
    constructionYear: 1971,
    // Litres in the tank at the start; about 19,000 litres a year (≈ 140 kWh/m²).
    meter: { kind: "heating_oil", name: "Citerne à mazout", icon: "tank", startIndex: 9_000 },
    tank: { refillBelowLitres: 3_500, deliveryLitres: 8_000, eurPerLitre: 1.05 },
    perDay: 9,
    perDegreeDay: 7,
    works: null,
  },
  {
    code: "LD-005",
    name: "Les Hêtres",
    address: "Clos des Hêtres 2",
    postcode: "4420",
    commune: "Saint-Nicolas",
    heatedAreaM2: 2050,
    dwellingCount: 20,
    heatingSystem: "heat_network",
    constructionYear: 2004,
    meter: { kind: "heat", name: "Compteur de chaleur", icon: "heat", startIndex: 640_200 },
    perDay: 140,
    perDegreeDay: 40,
    works: null,
  },
];

/** A small deterministic noise around 1 (±4 %): the demo is the same at every start. */
function noise(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 0.96 + 0.08 * (state / 2147483648);
  };
}

/** Logis Démo's buildings, when the demo housing company exists. */
export async function seedDemoBuildings(db: Db, now: Date) {
  const [logis] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, "logis-demo"));
  if (!logis) return;
  const organisationId = logis.id;
  const existing = await db
    .select({ code: buildings.code })
    .from(buildings)
    .where(eq(buildings.organisationId, organisationId));
  const have = new Set(existing.map((b) => b.code));
  const [manager] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "housing_manager")));
  const author = manager?.userId ?? null;
  const last = lastDemoReadingDay(now);
  if (BUILDINGS.some((b) => !have.has(b.code)))
    await db.transaction(async (tx) => {
      for (const [i, spec] of BUILDINGS.entries())
        if (!have.has(spec.code)) await seedBuilding(tx, { organisationId, author, last, spec, seed: i + 7 });
    });
  await seedDemoCostSplit(db, { organisationId, author, now });
  await seedDemoParticipation(db, { organisationId, author, now });
}

async function seedBuilding(
  tx: Tx,
  {
    organisationId,
    author,
    last,
    spec,
    seed,
  }: {
    organisationId: string;
    author: string | null;
    last: string;
    spec: (typeof BUILDINGS)[number];
    seed: number;
  },
) {
  const {
    meter: m,
    tank,
    works,
    savedFrom,
    perDay,
    perDegreeDay,
    summerHeatingPerDay = 0,
    ...building
  } = spec;
  const [created] = await tx
    .insert(buildings)
    .values({ ...building, organisationId, heatedAreaM2: String(building.heatedAreaM2), createdBy: author })
    .returning({ id: buildings.id });
  const buildingId = (created as { id: string }).id;
  await tx.insert(dwellings).values(
    ["A1", "A2", "B1", "B2", "C1", "C2"].map((unitLabel, i) => ({
      organisationId,
      buildingId,
      unitLabel,
      floorAreaM2: String(62 + 9 * (i % 3)),
      floor: Math.floor(i / 2),
      position: i % 2 ? ("corner" as const) : ("middle" as const),
    })),
  );
  if (works)
    await tx.insert(buildingEvents).values({
      organisationId,
      buildingId,
      kind: works.kind,
      label: works.label,
      startedOn: monthsAfter(last, works.start),
      completedOn: works.end === null ? null : addDays(monthsAfter(last, works.end), (works.endDay ?? 1) - 1),
      createdBy: author,
    });
  const first = monthsAfter(last, -MONTHS_OF_HISTORY);
  const [meter] = await tx
    .insert(meters)
    .values({
      organisationId,
      buildingId,
      kind: m.kind,
      name: m.name,
      icon: m.icon,
      registers: ["single"],
      startedAt: startOfBrusselsDay(first),
      ...(m.kind === "gas" ? { gasType: "H" as const } : {}),
    })
    .returning({ id: meters.id });
  const meterId = (meter as { id: string }).id;
  const random = noise(seed);
  // An index goes up with use; a tank's level goes down, and up again with a delivery.
  let index = m.startIndex;
  const rows: (typeof readings.$inferInsert)[] = [];
  for (let offset = -MONTHS_OF_HISTORY; offset <= 0; offset++) {
    const day = monthsAfter(last, offset);
    if (offset > -MONTHS_OF_HISTORY) {
      const from = monthsAfter(last, offset - 1);
      const month = Number(from.slice(5, 7));
      const days = new Date(Date.UTC(Number(from.slice(0, 4)), month, 0)).getUTCDate();
      const share = savedFrom && offset - 1 >= savedFrom.offset ? savedFrom.share : 1;
      const summer = offset - 1 >= -12 && month >= 6 && month <= 8 ? summerHeatingPerDay * days : 0;
      const use =
        (share * (perDay * days + perDegreeDay * (NORMALS[month - 1] as number)) + summer) * random();
      if (!tank) index += use;
      else {
        index -= use;
        if (index < tank.refillBelowLitres) {
          await tx.insert(fuelDeliveries).values({
            organisationId,
            meterId,
            deliveredOn: addDays(day, -3),
            quantity: String(tank.deliveryLitres),
            costEur: (tank.deliveryLitres * tank.eurPerLitre).toFixed(2),
            clientId: randomUUID(),
            authorUserId: author,
          });
          index += tank.deliveryLitres;
        }
      }
    }
    rows.push({
      organisationId,
      meterId,
      register: "single",
      readAt: startOfBrusselsDay(day),
      value: index.toFixed(0),
      clientId: randomUUID(),
      source: "adviser",
      authorUserId: author,
      flags: offset === -MONTHS_OF_HISTORY ? ["start"] : [],
    });
  }
  await tx.insert(readings).values(rows);
}

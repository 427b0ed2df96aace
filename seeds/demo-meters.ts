import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { addDays, brusselsDayOf, startOfBrusselsDay } from "../api/consumption/brussels-days.ts";
import type { Register } from "../api/meters/meter-kinds.ts";
import type { Db, Tx } from "../db/client.ts";
import { fuelDeliveries, householdConsents, households, meters, readings } from "../db/schema/index.ts";

/**
 * Equivalent degree-days 16.5/16.5 at Uccle, monthly normals 1991–2020 (Synergrid; see
 * seeds/reference/SOURCES.md): the seasonal shape of the demo's heating use.
 */
const NORMAL_DEGREE_DAYS = [396, 349, 294, 187, 99, 35, 10, 11, 55, 161, 278, 377];
const YEAR_DEGREE_DAYS = NORMAL_DEGREE_DAYS.reduce((a, b) => a + b, 0);
const MONTHS_OF_HISTORY = 24;

type HeatingType = "individual_gas" | "electric" | "heating_oil" | "collective";

/**
 * What the demo's oil household pays a litre, VAT included, from each day on: demo values in the range
 * Belgian heating oil cost for small deliveries in 2024–2026 (about 0.85–1.10 €/l), not official prices.
 * Its euros come from them (api/consumption/delivery-prices.ts).
 */
const OIL_EUR_PER_LITRE: ReadonlyArray<readonly [from: string, eur: number]> = [
  ["2024-01-01", 1.04],
  ["2024-07-01", 0.98],
  ["2025-01-01", 0.94],
  ["2025-07-01", 0.89],
  ["2026-01-01", 0.92],
];

function oilEurPerLitre(day: string): number {
  const [, first] = OIL_EUR_PER_LITRE[0] as readonly [string, number];
  return OIL_EUR_PER_LITRE.reduce((eur, [from, price]) => (from <= day ? price : eur), first);
}

/** Fictional but plausible profiles; yearly use in the meters' units, in the range Belgian households show. */
const PROFILES: Array<{
  adults: number;
  children: number;
  heating: HeatingType;
  areaM2: number;
  protectedCustomer: boolean;
  electricityKwhPerYear: number;
  dayNight: boolean;
  gasM3PerYear?: number;
  oilLitresPerYear?: number;
  /** The gas meter is replaced halfway through the history. */
  gasMeterReplaced?: boolean;
  /** Joined an Eco-watchers group this many months before the last reading: 15 % less gas since. */
  gasSavingMonths?: number;
}> = [
  {
    adults: 2,
    children: 2,
    heating: "individual_gas",
    areaM2: 95,
    protectedCustomer: true,
    electricityKwhPerYear: 3200,
    dayNight: true,
    gasM3PerYear: 1350,
    gasSavingMonths: 6,
  },
  {
    adults: 1,
    children: 0,
    heating: "individual_gas",
    areaM2: 55,
    protectedCustomer: true,
    electricityKwhPerYear: 1600,
    dayNight: false,
    gasM3PerYear: 650,
  },
  {
    adults: 2,
    children: 1,
    heating: "heating_oil",
    areaM2: 110,
    protectedCustomer: false,
    electricityKwhPerYear: 2900,
    dayNight: false,
    oilLitresPerYear: 1700,
  },
  {
    adults: 1,
    children: 3,
    heating: "individual_gas",
    areaM2: 80,
    protectedCustomer: true,
    electricityKwhPerYear: 3600,
    dayNight: true,
    gasM3PerYear: 1150,
  },
  {
    adults: 2,
    children: 0,
    heating: "individual_gas",
    areaM2: 70,
    protectedCustomer: false,
    electricityKwhPerYear: 2300,
    dayNight: false,
    gasM3PerYear: 900,
    gasMeterReplaced: true,
  },
  {
    adults: 1,
    children: 1,
    heating: "electric",
    areaM2: 60,
    protectedCustomer: true,
    electricityKwhPerYear: 6500,
    dayNight: true,
  },
  {
    adults: 3,
    children: 2,
    heating: "individual_gas",
    areaM2: 120,
    protectedCustomer: false,
    electricityKwhPerYear: 4200,
    dayNight: true,
    gasM3PerYear: 1700,
  },
  {
    adults: 1,
    children: 0,
    heating: "collective",
    areaM2: 45,
    protectedCustomer: true,
    electricityKwhPerYear: 1400,
    dayNight: false,
  },
  {
    adults: 2,
    children: 3,
    heating: "individual_gas",
    areaM2: 100,
    protectedCustomer: true,
    electricityKwhPerYear: 3900,
    dayNight: false,
    gasM3PerYear: 1250,
  },
  {
    adults: 1,
    children: 0,
    heating: "individual_gas",
    areaM2: 50,
    protectedCustomer: false,
    electricityKwhPerYear: 1500,
    dayNight: false,
    gasM3PerYear: 380,
  },
];

/** A small deterministic generator: the demo is the same at every start. */
function noise(seed: number) {
  let state = seed * 2654435761;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 0.9 + (state / 2147483648) * 0.2;
  };
}

/**
 * Days since the last demo reading are at least this many: a reading typed on the demo the same
 * day as the seed's last one would look like a month's use in a few hours.
 */
const MIN_DAYS_SINCE_LAST_READING = 7;

/**
 * The first day of `count + 1` months, oldest first, ending with the current month once a week of
 * it has passed (the previous month before that).
 */
function monthStarts(now: Date, count: number): string[] {
  const [year, month] = lastDemoReadingDay(now).split("-").map(Number) as [number, number];
  return Array.from({ length: count + 1 }, (_, i) => {
    const m = year * 12 + (month - 1) - (count - i);
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
  });
}

/** The day of the demo's last monthly reading when seeded at `now` (a 1st, Brussels time). */
export function lastDemoReadingDay(now: Date): string {
  const [year, month, day] = brusselsDayOf(now).split("-").map(Number) as [number, number, number];
  const m = year * 12 + (month - 1) - (day <= MIN_DAYS_SINCE_LAST_READING ? 1 : 0);
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
}

/** Meters, two years of monthly readings and the adviser consent for the demo households; once. */
export async function seedDemoMeters(db: Db, { organisationId, now }: { organisationId: string; now: Date }) {
  const demo = await db
    .select({ id: households.id, code: households.code, userId: households.userId })
    .from(households)
    .where(eq(households.organisationId, organisationId))
    .orderBy(households.code);
  const ids = demo.map((h) => h.id);
  if (!ids.length) return;
  const existing = await db
    .select({ id: meters.id })
    .from(meters)
    .where(inArray(meters.householdId, ids))
    .limit(1);
  if (existing.length) return;
  const days = monthStarts(now, MONTHS_OF_HISTORY);
  await db.transaction(async (tx) => {
    for (const [i, household] of demo.slice(0, PROFILES.length).entries()) {
      const profile = PROFILES[i] as (typeof PROFILES)[number];
      await seedHousehold(tx, { organisationId, household, profile, days, random: noise(i + 1) });
    }
  });
}

async function seedHousehold(
  tx: Tx,
  {
    organisationId,
    household,
    profile,
    days,
    random,
  }: {
    organisationId: string;
    household: { id: string; userId: string | null };
    profile: (typeof PROFILES)[number];
    days: string[];
    random: () => number;
  },
) {
  const start = days[0] as string;
  await tx
    .update(households)
    .set({
      adults: profile.adults,
      children: profile.children,
      heatingType: profile.heating,
      floorAreaM2: String(profile.areaM2),
      protectedCustomer: profile.protectedCustomer,
      billingMonth: 9,
      monthlyAdvanceEur: String(
        Math.round(profile.electricityKwhPerYear / 40 + (profile.gasM3PerYear ?? 0) / 12),
      ),
    })
    .where(and(eq(households.id, household.id), eq(households.organisationId, organisationId)));
  // Shared with the adviser, and (for the groups' anonymised averages) with the group.
  await tx.insert(householdConsents).values(
    (["adviser", "group"] as const).map((scope) => ({
      organisationId,
      householdId: household.id,
      scope,
      grantedAt: startOfBrusselsDay(start),
      recordedBy: household.userId,
    })),
  );
  const base = { organisationId, householdId: household.id, createdBy: household.userId };
  const author = { organisationId, source: "household" as const, authorUserId: household.userId };

  // Electricity: flat use with a little more in winter; a day/night meter splits it 60/40.
  const registers: Register[] = profile.dayNight ? ["day", "night"] : ["single"];
  const electricityId = await insertMeter(tx, {
    ...base,
    kind: "electricity",
    name: "Électricité",
    icon: "electricity",
    registers,
    startedAt: start,
  });
  const shares = profile.dayNight ? [0.6, 0.4] : [1];
  const averageDegreeDays = YEAR_DEGREE_DAYS / 12;
  const monthly = (m: number) =>
    (profile.electricityKwhPerYear / 12) *
    (1 + 0.1 * ((NORMAL_DEGREE_DAYS[m] as number) / averageDegreeDays - 1));
  await insertSeries(tx, {
    ...author,
    meterId: electricityId,
    registers,
    days,
    startIndex: [24_500, 11_200],
    perMonth: (m) => shares.map((s) => s * monthly(m) * random()),
  });

  if (profile.gasM3PerYear) {
    // Gas: 15 % for cooking and hot water all year, the rest follows the degree-days.
    const gas = profile.gasM3PerYear;
    const savingFrom = profile.gasSavingMonths ? days[days.length - 1 - profile.gasSavingMonths] : undefined;
    const perMonth = (m: number, from: string) => [
      (savingFrom && from >= savingFrom ? 0.85 : 1) *
        ((gas * 0.15) / 12 + gas * 0.85 * ((NORMAL_DEGREE_DAYS[m] as number) / YEAR_DEGREE_DAYS) * random()),
    ];
    const split = profile.gasMeterReplaced ? 12 : days.length - 1;
    const oldId = await insertMeter(tx, {
      ...base,
      kind: "gas",
      name: "Gaz",
      icon: "gas",
      registers: ["single"],
      startedAt: start,
      gasType: "H",
    });
    await insertSeries(tx, {
      ...author,
      meterId: oldId,
      registers: ["single"],
      days: days.slice(0, split + 1),
      startIndex: [8_431],
      perMonth,
    });
    if (profile.gasMeterReplaced) {
      const replacedOn = days[split] as string;
      await tx
        .update(meters)
        .set({ closedAt: startOfBrusselsDay(replacedOn) })
        .where(eq(meters.id, oldId));
      await tx
        .update(readings)
        .set({ flags: ["final"] })
        .where(and(eq(readings.meterId, oldId), eq(readings.readAt, startOfBrusselsDay(replacedOn))));
      const newId = await insertMeter(tx, {
        ...base,
        kind: "gas",
        name: "Gaz",
        icon: "gas",
        registers: ["single"],
        startedAt: replacedOn,
        gasType: "H",
        replacesMeterId: oldId,
      });
      await insertSeries(tx, {
        ...author,
        meterId: newId,
        registers: ["single"],
        days: days.slice(split),
        startIndex: [0],
        perMonth,
      });
    }
  }

  if (profile.oilLitresPerYear) {
    // Heating oil: the tank gauge goes down with heating; a 1,500-litre delivery when it nears 300 litres.
    // The tank was filled the day the meter started, before its first reading (1,800 litres).
    const tankId = await insertMeter(tx, {
      ...base,
      kind: "heating_oil",
      name: "Citerne à mazout",
      icon: "tank",
      registers: ["single"],
      startedAt: start,
    });
    const deliver = (deliveredOn: string) =>
      tx.insert(fuelDeliveries).values({
        organisationId,
        meterId: tankId,
        deliveredOn,
        quantity: "1500",
        costEur: (1_500 * oilEurPerLitre(deliveredOn)).toFixed(2),
        clientId: randomUUID(),
        authorUserId: household.userId,
      });
    await deliver(start);
    let level = 1_800;
    const rows: (typeof readings.$inferInsert)[] = [];
    for (const [m, day] of days.entries()) {
      if (m > 0) {
        const month = Number((days[m - 1] as string).slice(5, 7)) - 1;
        level -=
          ((profile.oilLitresPerYear * (NORMAL_DEGREE_DAYS[month] as number)) / YEAR_DEGREE_DAYS) * random();
        if (level < 350) {
          await deliver(addDays(day, -3));
          level += 1_500;
        }
      }
      rows.push({
        ...author,
        meterId: tankId,
        register: "single",
        readAt: startOfBrusselsDay(day),
        value: level.toFixed(0),
        clientId: randomUUID(),
        flags: m === 0 ? ["start"] : [],
      });
    }
    await tx.insert(readings).values(rows);
  }

  // Water: about 30 m³ a person a year.
  const waterId = await insertMeter(tx, {
    ...base,
    kind: "water",
    name: "Eau",
    icon: "water",
    registers: ["single"],
    startedAt: start,
  });
  const persons = profile.adults + profile.children;
  await insertSeries(tx, {
    ...author,
    meterId: waterId,
    registers: ["single"],
    days,
    startIndex: [312],
    perMonth: () => [((30 * persons) / 12) * random()],
  });
}

async function insertMeter(
  tx: Tx,
  row: Omit<typeof meters.$inferInsert, "startedAt"> & { startedAt: string },
) {
  const [created] = await tx
    .insert(meters)
    .values({ ...row, startedAt: startOfBrusselsDay(row.startedAt) })
    .returning({ id: meters.id });
  return (created as { id: string }).id;
}

/** Monthly indexes on the 1st of each month; the first is the start index. */
async function insertSeries(
  tx: Tx,
  {
    meterId,
    registers,
    days,
    startIndex,
    perMonth,
    ...author
  }: {
    organisationId: string;
    source: "household";
    authorUserId: string | null;
    meterId: string;
    registers: Register[];
    days: string[];
    startIndex: number[];
    /** Use over the month starting on `from` (month of year 0–11), per register. */
    perMonth: (monthIndex: number, from: string) => number[];
  },
) {
  const index = registers.map((_, r) => startIndex[r] ?? 0);
  const rows: (typeof readings.$inferInsert)[] = [];
  for (const [m, day] of days.entries()) {
    if (m > 0) {
      const from = days[m - 1] as string;
      const used = perMonth(Number(from.slice(5, 7)) - 1, from);
      for (const r of registers.keys()) index[r] = (index[r] as number) + (used[r] ?? 0);
    }
    for (const [r, register] of registers.entries())
      rows.push({
        ...author,
        meterId,
        register,
        readAt: startOfBrusselsDay(day),
        value: (index[r] as number).toFixed(1),
        clientId: randomUUID(),
        flags: m === 0 ? ["start"] : [],
      });
  }
  await tx.insert(readings).values(rows);
  return index;
}

import { and, eq, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { calorificValues, co2Factors, tariffs } from "../../db/schema/index.ts";
import type { CalorificValueRow, Co2FactorRow, PricesEurPerUnit, TariffRow } from "./settings-rules.ts";

// numeric columns travel as strings in both drivers: numbers out, strings in.
const num = (text: string | null) => (text === null ? null : Number(text));
const text = (n: number | null | undefined) => (n === undefined ? undefined : n === null ? null : String(n));

const tariffColumns = {
  id: tariffs.id,
  householdId: tariffs.householdId,
  energy: tariffs.energy,
  validFrom: tariffs.validFrom,
  validTo: tariffs.validTo,
  unit: tariffs.unit,
  single: tariffs.priceSingleEur,
  day: tariffs.priceDayEur,
  night: tariffs.priceNightEur,
  exclusiveNight: tariffs.priceExclusiveNightEur,
  injection: tariffs.priceInjectionEur,
  fixedEurPerYear: tariffs.fixedEurPerYear,
  vatRate: tariffs.vatRate,
  pricesIncludeVat: tariffs.pricesIncludeVat,
  social: tariffs.social,
  label: tariffs.label,
  isDemo: tariffs.isDemo,
};

type TariffDbRow = Awaited<ReturnType<typeof selectTariffs>>[number];
function selectTariffs(db: DbOrTx) {
  return db.select(tariffColumns).from(tariffs);
}

function toTariffRow({ single, day, night, exclusiveNight, injection, ...row }: TariffDbRow): TariffRow {
  return {
    ...row,
    pricesEurPerUnit: {
      single: num(single),
      day: num(day),
      night: num(night),
      exclusiveNight: num(exclusiveNight),
      injection: num(injection),
    },
    fixedEurPerYear: Number(row.fixedEurPerYear),
    vatRate: Number(row.vatRate),
  };
}

export type TariffWrite = Partial<Omit<TariffRow, "id" | "pricesEurPerUnit">> & {
  pricesEurPerUnit?: Partial<PricesEurPerUnit>;
};

function tariffValues({ pricesEurPerUnit: p, fixedEurPerYear, vatRate, ...rest }: TariffWrite) {
  return {
    ...rest,
    priceSingleEur: text(p?.single),
    priceDayEur: text(p?.day),
    priceNightEur: text(p?.night),
    priceExclusiveNightEur: text(p?.exclusiveNight),
    priceInjectionEur: text(p?.injection),
    fixedEurPerYear: text(fixedEurPerYear) ?? undefined,
    vatRate: text(vatRate) ?? undefined,
  };
}

/** The organisation's defaults (`householdId` null), or one household's own contracts. */
export async function listTariffs(db: DbOrTx, orgId: string, householdId: string | null) {
  const rows = await selectTariffs(db)
    .where(
      and(
        eq(tariffs.organisationId, orgId),
        householdId ? eq(tariffs.householdId, householdId) : isNull(tariffs.householdId),
      ),
    )
    .orderBy(tariffs.energy, tariffs.validFrom);
  return rows.map(toTariffRow);
}

/** What may price a household's consumption: the organisation's defaults and its own contracts. */
export async function listTariffsForHousehold(db: DbOrTx, orgId: string, householdId: string) {
  const rows = await selectTariffs(db).where(
    and(
      eq(tariffs.organisationId, orgId),
      or(isNull(tariffs.householdId), eq(tariffs.householdId, householdId)),
    ),
  );
  return rows.map(toTariffRow);
}

export async function findTariff(db: DbOrTx, orgId: string, id: string) {
  const [row] = await selectTariffs(db).where(and(eq(tariffs.organisationId, orgId), eq(tariffs.id, id)));
  return row && toTariffRow(row);
}

export async function insertTariff(
  db: DbOrTx,
  row: TariffWrite & { organisationId: string; createdBy: string; energy: TariffRow["energy"] },
) {
  const { organisationId, createdBy, energy, validFrom, label, vatRate } = row;
  const [created] = await db
    .insert(tariffs)
    .values({
      ...tariffValues(row),
      organisationId,
      createdBy,
      energy,
      validFrom: validFrom as string,
      label: label as string,
      vatRate: String(vatRate),
    })
    .returning({ id: tariffs.id });
  return (created as { id: string }).id;
}

export async function updateTariff(db: DbOrTx, orgId: string, id: string, changes: TariffWrite, now: Date) {
  await db
    .update(tariffs)
    .set({ ...tariffValues(changes), updatedAt: now })
    .where(and(eq(tariffs.organisationId, orgId), eq(tariffs.id, id)));
}

export async function deleteTariff(db: DbOrTx, orgId: string, id: string) {
  await db.delete(tariffs).where(and(eq(tariffs.organisationId, orgId), eq(tariffs.id, id)));
}

const calorificColumns = {
  id: calorificValues.id,
  gasType: calorificValues.gasType,
  kwhPerM3: calorificValues.kwhPerM3,
  validFrom: calorificValues.validFrom,
  validTo: calorificValues.validTo,
};

type CalorificWrite = Partial<Omit<CalorificValueRow, "id">>;
const calorificValuesOf = ({ kwhPerM3, ...rest }: CalorificWrite) => ({
  ...rest,
  kwhPerM3: text(kwhPerM3) ?? undefined,
});

/** The organisation's calorific values, or the one with `id`. */
export async function listCalorificValues(
  db: DbOrTx,
  orgId: string,
  id?: string,
): Promise<CalorificValueRow[]> {
  const rows = await db
    .select(calorificColumns)
    .from(calorificValues)
    .where(and(eq(calorificValues.organisationId, orgId), id ? eq(calorificValues.id, id) : undefined))
    .orderBy(calorificValues.validFrom, calorificValues.gasType);
  return rows.map((r) => ({ ...r, kwhPerM3: Number(r.kwhPerM3) }));
}

export async function insertCalorificValue(
  db: DbOrTx,
  row: Omit<CalorificValueRow, "id"> & { organisationId: string; createdBy: string },
) {
  const [created] = await db
    .insert(calorificValues)
    .values({ ...row, kwhPerM3: String(row.kwhPerM3) })
    .returning({ id: calorificValues.id });
  return (created as { id: string }).id;
}

export async function updateCalorificValue(
  db: DbOrTx,
  orgId: string,
  id: string,
  changes: CalorificWrite,
  now: Date,
) {
  await db
    .update(calorificValues)
    .set({ ...calorificValuesOf(changes), updatedAt: now })
    .where(and(eq(calorificValues.organisationId, orgId), eq(calorificValues.id, id)));
}

/** Whether a row was there to delete. */
export async function deleteCalorificValue(db: DbOrTx, orgId: string, id: string) {
  const gone = await db
    .delete(calorificValues)
    .where(and(eq(calorificValues.organisationId, orgId), eq(calorificValues.id, id)))
    .returning({ id: calorificValues.id });
  return gone.length > 0;
}

const co2Columns = {
  id: co2Factors.id,
  energy: co2Factors.energy,
  kgPerKwh: co2Factors.kgPerKwh,
  source: co2Factors.source,
  convention: co2Factors.convention,
  validFrom: co2Factors.validFrom,
  validTo: co2Factors.validTo,
};

type Co2Write = Partial<Omit<Co2FactorRow, "id">>;
const co2ValuesOf = ({ kgPerKwh, ...rest }: Co2Write) => ({ ...rest, kgPerKwh: text(kgPerKwh) ?? undefined });

/** The organisation's CO₂ factors, or the one with `id`. */
export async function listCo2Factors(db: DbOrTx, orgId: string, id?: string): Promise<Co2FactorRow[]> {
  const rows = await db
    .select(co2Columns)
    .from(co2Factors)
    .where(and(eq(co2Factors.organisationId, orgId), id ? eq(co2Factors.id, id) : undefined))
    .orderBy(co2Factors.energy, co2Factors.validFrom);
  return rows.map((r) => ({ ...r, kgPerKwh: Number(r.kgPerKwh) }));
}

export async function insertCo2Factor(
  db: DbOrTx,
  row: Omit<Co2FactorRow, "id"> & { organisationId: string; createdBy: string },
) {
  const [created] = await db
    .insert(co2Factors)
    .values({ ...row, kgPerKwh: String(row.kgPerKwh) })
    .returning({ id: co2Factors.id });
  return (created as { id: string }).id;
}

export async function updateCo2Factor(db: DbOrTx, orgId: string, id: string, changes: Co2Write, now: Date) {
  await db
    .update(co2Factors)
    .set({ ...co2ValuesOf(changes), updatedAt: now })
    .where(and(eq(co2Factors.organisationId, orgId), eq(co2Factors.id, id)));
}

export async function deleteCo2Factor(db: DbOrTx, orgId: string, id: string) {
  const gone = await db
    .delete(co2Factors)
    .where(and(eq(co2Factors.organisationId, orgId), eq(co2Factors.id, id)))
    .returning({ id: co2Factors.id });
  return gone.length > 0;
}

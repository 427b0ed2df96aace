import type { Co2Factor } from "../consumption/co2.ts";
import type { CalorificValue, ConversionSettings } from "../consumption/conversion.ts";
import type { Tariff, TariffEnergy } from "../consumption/tariff-rules.ts";
import type { MeterKind, Register } from "../meters/meter-kinds.ts";

/** Settings as the repo returns them (numerics already numbers), before they become the pure types. */
export interface PricesEurPerUnit {
  single: number | null;
  day: number | null;
  night: number | null;
  exclusiveNight: number | null;
  injection: number | null;
}

export interface TariffRow {
  id: string;
  householdId: string | null;
  energy: MeterKind;
  validFrom: string;
  validTo: string | null;
  unit: Tariff["unit"];
  pricesEurPerUnit: PricesEurPerUnit;
  fixedEurPerYear: number;
  vatRate: number;
  pricesIncludeVat: boolean;
  social: boolean;
  label: string;
  isDemo: boolean;
}

export interface CalorificValueRow {
  id: string;
  gasType: "H" | "L";
  kwhPerM3: number;
  validFrom: string;
  validTo: string | null;
}

export interface Co2FactorRow {
  id: string;
  energy: MeterKind;
  kgPerKwh: number;
  source: string;
  convention: string;
  validFrom: string | null;
  validTo: string | null;
}

/** The units a price may be given in: kWh, or the unit the meter counts in. */
const UNITS: Record<TariffEnergy, readonly Tariff["unit"][]> = {
  electricity: ["kwh"],
  heat: ["kwh"],
  gas: ["kwh", "m3"],
  water: ["m3"],
  heating_oil: ["kwh", "litre"],
  pellets: ["kwh", "kg"],
  wood: ["kwh", "kg"],
};

const ELECTRICITY_ONLY = ["day", "night", "exclusiveNight", "injection"] as const;

export interface InputProblem {
  path: (string | number)[];
  message: string;
}

/** What is wrong with a whole tariff (a new one, or a stored one with changes), field by field. */
export function tariffInputProblems(input: {
  energy: TariffEnergy;
  unit: Tariff["unit"];
  validFrom: string;
  validTo?: string | null;
  pricesEurPerUnit: Partial<PricesEurPerUnit>;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.validTo && input.validTo <= input.validFrom)
    problems.push({ path: ["validTo"], message: "settings.invalid_period" });
  if (!UNITS[input.energy].includes(input.unit))
    problems.push({ path: ["unit"], message: "settings.unit_not_for_energy" });
  const prices = input.pricesEurPerUnit;
  if (Object.values(prices).every((p) => p == null))
    problems.push({ path: ["pricesEurPerUnit"], message: "settings.price_missing" });
  if (input.energy !== "electricity")
    for (const key of ELECTRICITY_ONLY)
      if (prices[key] != null)
        problems.push({ path: ["pricesEurPerUnit", key], message: "settings.register_not_for_energy" });
  return problems;
}

/** A stored tariff as the cost rules read it: the household's own contract or the organisation's default. */
export function toTariff(row: TariffRow): Tariff {
  const p = row.pricesEurPerUnit;
  const byRegister: [Register, number | null][] = [
    ["single", p.single],
    ["day", p.day],
    ["night", p.night],
    ["exclusive_night", p.exclusiveNight],
    ["injection_day", p.injection],
    ["injection_night", p.injection],
  ];
  return {
    id: row.id,
    energy: row.energy as TariffEnergy,
    scope: row.householdId ? "household" : "organisation",
    social: row.social,
    validFrom: row.validFrom,
    validTo: row.validTo,
    unit: row.unit,
    pricesEur: Object.fromEntries(byRegister.filter(([, price]) => price !== null)),
    fixedEurPerYear: row.fixedEurPerYear,
    vatRate: row.vatRate,
    pricesIncludeVat: row.pricesIncludeVat,
    label: row.label,
  };
}

/**
 * The organisation's conversion settings. Its gas meters record H or L gas; those that do not are
 * taken as H gas (Belgium finished moving L areas to H gas in 2024).
 */
export function toConversionSettings(rows: readonly CalorificValueRow[]): ConversionSettings {
  const calorificValues: CalorificValue[] = rows.map(({ gasType, kwhPerM3, validFrom, validTo }) => ({
    gasType,
    kwhPerM3,
    validFrom,
    validTo,
  }));
  return { defaultGasType: "H", calorificValues };
}

export function toCo2Factor(row: Co2FactorRow): Co2Factor {
  return {
    kind: row.energy,
    kgPerKwh: row.kgPerKwh,
    source: row.source,
    convention: row.convention,
    ...(row.validFrom ? { validFrom: row.validFrom } : {}),
    validTo: row.validTo,
  };
}

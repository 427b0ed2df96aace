import type { MeterKind, NativeUnit } from "../meters/meter-kinds.ts";
import type { GasType } from "../meters/meter-rules.ts";
import type { LocalDay } from "./brussels-days.ts";
import { CONVERSION } from "./reference-factors.ts";
import type { DayPart } from "./types.ts";

export function isValidOn(
  period: { validFrom: LocalDay; validTo?: LocalDay | null },
  day: LocalDay,
): boolean {
  return period.validFrom <= day && (period.validTo == null || day < period.validTo);
}

/** A calorific value the organisation set for a period (e.g. the monthly values printed on bills). */
export interface CalorificValue {
  /** Which gas it is for; both when absent. */
  gasType?: GasType | null;
  validFrom: LocalDay;
  /** Exclusive; open-ended when absent. */
  validTo?: LocalDay | null;
  kwhPerM3: number;
}

/** An organisation's conversion settings; `DEFAULT_CONVERSION` when it has none. */
export interface ConversionSettings {
  /** For gas meters whose gas type is not recorded. Belgium finished moving L areas to H gas in 2024. */
  defaultGasType: GasType;
  /** kWh (PCS) per m³ by period; a day outside them uses the CREG typical value of its gas. */
  calorificValues?: readonly CalorificValue[];
  /** Air-dried logs unless the organisation says its households burn wet wood. */
  wood?: "logs_dry" | "logs_wet";
}

export const DEFAULT_CONVERSION: ConversionSettings = { defaultGasType: "H" };

/**
 * kWh per unit of a meter's own unit on a given day, or null where kWh makes no sense: water (m³)
 * and heat-cost allocators (units without a physical size) have no kWh.
 */
export function kwhPerUnit({
  kind,
  unit,
  gasType,
  day,
  settings = DEFAULT_CONVERSION,
}: {
  kind: MeterKind;
  unit: NativeUnit;
  gasType?: GasType | null;
  day: LocalDay;
  settings?: ConversionSettings;
}): number | null {
  if (unit === "kwh") return 1;
  if (kind === "gas" && unit === "m3") {
    const gas = gasType ?? settings.defaultGasType;
    const dated = settings.calorificValues
      ?.filter((c) => (c.gasType == null || c.gasType === gas) && isValidOn(c, day))
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
    if (dated) return dated.kwhPerM3;
    return gas === "L" ? CONVERSION.gasLKwhPerM3.value : CONVERSION.gasHKwhPerM3.value;
  }
  if (kind === "heating_oil" && unit === "litre") return CONVERSION.heatingOilKwhPerLitre.value;
  if (kind === "pellets" && unit === "kg") return CONVERSION.pelletsKwhPerKg.value;
  if (kind === "wood" && unit === "kg") {
    return settings.wood === "logs_wet" ? CONVERSION.woodWetKwhPerKg.value : CONVERSION.woodDryKwhPerKg.value;
  }
  return null;
}

/** `kwhPerUnit` of a day part, without copying the part (this runs for every day of every register). */
export function kwhPerUnitOf(part: DayPart, settings?: ConversionSettings): number | null {
  if (part.unit === "kwh") return 1;
  return kwhPerUnit({ kind: part.kind, unit: part.unit, gasType: part.gasType, day: part.day, settings });
}

/**
 * Day parts converted to kWh (`unit: "kwh"`), each with the factor of its own day, so a calorific
 * value that changes on the 1st of a month applies from that day; a part that carries the kWh its
 * operator measured (smart-meter gas) keeps them. Parts without kWh (water,
 * allocators) are left out: a kWh total never silently includes m³.
 */
export function toKwhParts({
  parts,
  settings = DEFAULT_CONVERSION,
}: {
  parts: readonly DayPart[];
  settings?: ConversionSettings;
}): DayPart[] {
  const converted: DayPart[] = [];
  for (const part of parts) {
    const factor = kwhPerUnitOf(part, settings);
    if (factor !== null)
      converted.push({ ...part, unit: "kwh", quantity: part.kwh ?? part.quantity * factor });
  }
  return converted;
}

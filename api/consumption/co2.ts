import type { MeterKind } from "../meters/meter-kinds.ts";
import { isInjection } from "../meters/meter-rules.ts";
import type { LocalDay } from "./brussels-days.ts";
import { isValidOn } from "./conversion.ts";
import { CO2 } from "./reference-factors.ts";
import type { DayPart } from "./types.ts";

/** A CO₂ factor with the source and convention it follows, so a figure can always be explained. */
export interface Co2Factor {
  kind: MeterKind;
  kgPerKwh: number;
  source: string;
  convention: string;
  validFrom?: LocalDay;
  validTo?: LocalDay | null;
}

const DIRECT = "direct emissions per kWh on the calorific basis of our kWh";

/** Defaults (see reference-factors.ts for the convention). Heat, water and allocators have none. */
export const DEFAULT_CO2_FACTORS: readonly Co2Factor[] = [
  {
    kind: "gas",
    kgPerKwh: CO2.gasKgPerKwhPcs.value,
    source: "PEB 2021 annex F (S17)",
    convention: `${DIRECT}, PCS`,
  },
  {
    kind: "heating_oil",
    kgPerKwh: CO2.heatingOilKgPerKwhPci.value,
    source: "PEB values, fai-re.eu (S15)",
    convention: `${DIRECT}, PCI`,
  },
  {
    kind: "electricity",
    kgPerKwh: CO2.electricityKgPerKwh.value,
    source: "energywatchers.be (S18)",
    convention: "average supplied electricity",
  },
  {
    kind: "pellets",
    kgPerKwh: CO2.woodAndPelletsKgPerKwh.value,
    source: "PEB 2021 annex F (S17)",
    convention: "biogenic CO₂ counted as neutral",
  },
  {
    kind: "wood",
    kgPerKwh: CO2.woodAndPelletsKgPerKwh.value,
    source: "PEB 2021 annex F (S17)",
    convention: "biogenic CO₂ counted as neutral",
  },
];

/**
 * The factor for a kind on a day: an organisation's own factors (dated or not) come before the
 * defaults; among several valid ones the latest `validFrom` wins.
 */
export function co2FactorFor({
  kind,
  day,
  factors = [],
}: {
  kind: MeterKind;
  day: LocalDay;
  factors?: readonly Co2Factor[];
}): Co2Factor | null {
  const valid = (list: readonly Co2Factor[]) =>
    list
      .filter(
        (f) =>
          f.kind === kind && isValidOn({ validFrom: f.validFrom ?? "0000-01-01", validTo: f.validTo }, day),
      )
      .sort((a, b) => (b.validFrom ?? "").localeCompare(a.validFrom ?? ""))[0];
  return valid(factors) ?? valid(DEFAULT_CO2_FACTORS) ?? null;
}

/** A day part whose `quantity` is kg CO₂. */
export type Co2DayPart = Omit<DayPart, "unit">;

/**
 * kWh day parts (from `toKwhParts`) turned into kg CO₂ day parts. Kinds without a factor are listed
 * in `missingKinds` and left out, never counted as zero. Injection (solar sent to the grid) is not
 * consumption and emits nothing here; crediting "avoided" CO₂ would be another convention.
 */
export function toCo2Parts({
  kwhParts,
  factors,
}: {
  kwhParts: readonly DayPart[];
  factors?: readonly Co2Factor[];
}): { parts: Co2DayPart[]; missingKinds: MeterKind[] } {
  const parts: Co2DayPart[] = [];
  const missing = new Set<MeterKind>();
  // Look each factor up once per kind when no factor of that kind is dated, else once per kind and day.
  const undated = (kind: MeterKind) =>
    [...(factors ?? []), ...DEFAULT_CO2_FACTORS].every(
      (f) => f.kind !== kind || (f.validFrom === undefined && f.validTo == null),
    );
  const cache = new Map<string, Co2Factor | null>();
  const constantKinds = new Map<MeterKind, boolean>();
  for (const part of kwhParts) {
    if (isInjection(part.register)) continue;
    let constant = constantKinds.get(part.kind);
    if (constant === undefined) {
      constant = undated(part.kind);
      constantKinds.set(part.kind, constant);
    }
    const key = constant ? part.kind : `${part.kind}|${part.day}`;
    let factor = cache.get(key);
    if (factor === undefined) {
      factor = co2FactorFor({ kind: part.kind, day: part.day, factors });
      cache.set(key, factor);
    }
    if (!factor) {
      missing.add(part.kind);
      continue;
    }
    // Written out rather than spread: this runs for every day of every register of ten years.
    const co2: Co2DayPart = {
      meterId: part.meterId,
      kind: part.kind,
      register: part.register,
      day: part.day,
      quantity: part.quantity * factor.kgPerKwh,
      estimated: part.estimated,
      coverage: part.coverage,
    };
    if (part.gasType !== undefined) co2.gasType = part.gasType;
    parts.push(co2);
  }
  return { parts, missingKinds: [...missing] };
}

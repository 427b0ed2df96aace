import type { MeterKind, Register } from "../meters/meter-kinds.ts";
import type { LocalDay } from "./brussels-days.ts";
import { isValidOn } from "./conversion.ts";
import { SOCIAL_TARIFF_QUARTERS } from "./reference-factors.ts";

/** Energies a tariff can price; allocator units are priced by the heating cost split, not here. */
export type TariffEnergy = Exclude<MeterKind, "heat_cost_allocator">;

/**
 * A price list for one energy over a validity period:
 * - `reference`: shipped published figures (the federal social tariff);
 * - `organisation`: the organisation's default for its households (demo values are labelled so);
 * - `household`: the household's own contract, which beats the organisation's default.
 */
export interface Tariff {
  id: string;
  energy: TariffEnergy;
  scope: "reference" | "organisation" | "household";
  /** A social tariff, which applies to protected customers only (and only to them). */
  social: boolean;
  validFrom: LocalDay;
  /** Exclusive; open-ended when absent. */
  validTo?: LocalDay | null;
  /** What `pricesEur` are per: kWh (electricity, gas, heat) or the meter's own unit (m3, litre, kg). */
  unit: "kwh" | "m3" | "litre" | "kg";
  /**
   * € per `unit` by register; a register without a price has no tariff (cost null). Injection
   * prices are what the household is charged per kWh sent to the grid: negative when it is paid
   * for it; the old Walloon compensation (meter running backwards) is the offtake price negated.
   */
  pricesEur: Partial<Record<Register, number>>;
  /** Subscription, metering and other fixed fees, € per year. */
  fixedEurPerYear: number;
  /** 0.06 for 6 %. */
  vatRate: number;
  /** Published consumer prices (the social tariff) include VAT; contract price lists usually not. */
  pricesIncludeVat: boolean;
  label?: string;
}

/** The federal social tariff covers electricity and natural gas only. */
const SOCIAL_TARIFF_ENERGIES: readonly TariffEnergy[] = ["electricity", "gas"];

const SCOPE_RANK = { household: 0, organisation: 1, reference: 2 } as const;

/**
 * The tariff that prices one energy on one day for a household, or null (cost "tarif manquant"):
 * a protected customer pays the social tariff for electricity and gas, so only social tariffs apply
 * to them there (a commercial price would be a wrong guess); everyone else, and protected
 * customers for other energies, pay their contract: the household's own before the organisation's.
 * Among tariffs of the same scope valid that day, the one that started last wins.
 */
export function tariffFor({
  tariffs,
  energy,
  day,
  protectedCustomer,
}: {
  tariffs: readonly Tariff[];
  energy: TariffEnergy;
  day: LocalDay;
  protectedCustomer: boolean;
}): Tariff | null {
  const social = protectedCustomer && SOCIAL_TARIFF_ENERGIES.includes(energy);
  const candidates = tariffs
    .filter((t) => t.energy === energy && t.social === social && isValidOn(t, day))
    .sort((a, b) => SCOPE_RANK[a.scope] - SCOPE_RANK[b.scope] || b.validFrom.localeCompare(a.validFrom));
  return candidates[0] ?? null;
}

/** The shipped federal social tariffs, single-rate, VAT included, no fixed fee known. */
export const REFERENCE_SOCIAL_TARIFFS: readonly Tariff[] = SOCIAL_TARIFF_QUARTERS.flatMap((q) =>
  (["electricity", "gas"] as const).map((energy) => ({
    id: `social-${energy}-${q.validFrom}`,
    energy,
    scope: "reference" as const,
    social: true,
    validFrom: q.validFrom,
    validTo: q.validTo,
    unit: "kwh" as const,
    pricesEur: { single: (energy === "electricity" ? q.electricityEurPerKwh : q.gasEurPerKwh).value },
    fixedEurPerYear: 0,
    vatRate: 0.06,
    pricesIncludeVat: true,
    label: `Tarif social fédéral ${q.validFrom.slice(0, 7)}`,
  })),
);

import type { LocalDay } from "../consumption/brussels-days.ts";
import {
  type CostSplitInput,
  checkCostSplitInput,
  type DwellingInput,
  measuredConsumption,
} from "./cost-split-input.ts";
import {
  apportionCents,
  div,
  isZero,
  mul,
  type Ratio,
  ratioOf,
  sub,
  sum,
  toNumber,
  ZERO,
} from "./exact-cents.ts";
import { daysBetween, occupantsOf } from "./occupants.ts";

/**
 * Heating cost split of a collectively heated building for one season (issue 6 §7, DESIGN §4).
 *
 * - The bill is cut in a fixed part (`fixedShare`, commonly 30 %) split by heated floor area, and a
 *   variable part split by measured heat: corrected allocator units (units × rating factor) or
 *   heat-meter kWh. The EU Energy Efficiency Directive asks for consumption-based billing; most member
 *   states bill 50–70 % by consumption (JRC report EUR 28630, 2017), Germany's HeizkostenV § 7(1) too.
 *   The floor area is the sum of the dwellings' areas: common parts are nobody's statement.
 * - A dwelling without a usable reading is estimated from the building's own season: its floor area ×
 *   the mean corrected consumption per m² of the measured dwellings (the "comparable rooms of the same
 *   period" rule of the German HeizkostenV § 9a(1)), and marked with the reason. When nothing usable
 *   was measured (no device, or every reading at zero), the variable part is split by area too.
 * - A move-in or move-out is prorated by days, both parts alike (HeizkostenV § 9b(3) allows time
 *   shares when there is no reading on the day of the change). Days no occupancy covers are vacant:
 *   that share is the housing company's, on its own statement.
 * - Amounts are exact fractions until rounding: the bill's cents go first to the fixed and variable
 *   parts, then each part's cents to the statements, each time by the largest-remainder method; equal
 *   remainders go by dwelling label (then id, then the earliest day lived there). So every statement
 *   is within a cent of its exact share per part and the statements add up to the bill to the cent.
 */

export type VariableBasis = "allocator_units" | "heat_kwh" | "area";
export type EstimateReason = "missing_reading" | "no_device";

/** What one occupant (or the housing company, for vacant days) owes for one dwelling. */
export interface Statement {
  dwellingId: string;
  dwellingLabel: string;
  /** Null: the housing company, for the days the dwelling stood empty. */
  householdId: string | null;
  periods: { from: LocalDay; to: LocalDay }[];
  days: number;
  seasonDays: number;
  fixed: { areaM2: number; totalAreaM2: number; areaShare: number; eur: number };
  variable: {
    basis: VariableBasis;
    /** The dwelling's season consumption (corrected units or kWh; m² when split by area). */
    quantity: number;
    totalQuantity: number;
    share: number;
    eur: number;
    estimated: boolean;
    estimateReason: EstimateReason | null;
  };
  totalEur: number;
}

export interface CostSplit {
  bill: { totalEur: number; from: LocalDay; to: LocalDay; days: number };
  fixedShare: number;
  fixedEur: number;
  variableEur: number;
  totalAreaM2: number;
  variableBasis: VariableBasis;
  totalQuantity: number;
  /** The mean corrected consumption per m² estimates were made with; null when nothing was estimated. */
  estimatePerM2: number | null;
  statements: Statement[];
}

const euros = (cents: bigint) => Number(cents) / 100;
const labelOrder = new Intl.Collator("fr", { numeric: true });

interface Heat {
  quantity: Ratio;
  estimateReason: EstimateReason | null;
}

/** Splits the season's bill; throws `Validation` (api/http/errors.ts) with the fields at fault. */
export function splitHeatingCosts(input: CostSplitInput): CostSplit {
  checkCostSplitInput(input);
  const { bill } = input;
  const seasonDays = daysBetween(bill.from, bill.to);
  const fixedShare = ratioOf(input.fixedShare);
  const billCents = mul(ratioOf(bill.totalEur), { n: 100n, d: 1n }).n;
  const [fixedCents = 0n, variableCents = 0n] = apportionCents(billCents, [
    fixedShare,
    sub({ n: 1n, d: 1n }, fixedShare),
  ]);

  const dwellings = [...input.dwellings].sort(
    (a, b) => labelOrder.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const { heat, basis, perM2 } = heatOf(dwellings);
  const lines = dwellings.flatMap((dwelling) =>
    occupantsOf(dwelling.occupancies, input.bill).map((occupant) => ({ dwelling, ...occupant })),
  );
  const area = (d: DwellingInput) => ratioOf(d.floorAreaM2);
  const quantity = (d: DwellingInput) => (basis === "area" ? area(d) : (heat.get(d.id) as Heat).quantity);
  const daysOf = (days: number) => ({ n: BigInt(days), d: 1n });
  const fixed = apportionCents(
    fixedCents,
    lines.map((l) => mul(area(l.dwelling), daysOf(l.days))),
  );
  const variable = apportionCents(
    variableCents,
    lines.map((l) => mul(quantity(l.dwelling), daysOf(l.days))),
  );

  const totalArea = sum(dwellings.map(area));
  const totalQuantity = sum(dwellings.map(quantity));
  const statements = lines.map((l, i): Statement => {
    const [fixedLine = 0n, variableLine = 0n] = [fixed[i], variable[i]];
    const dwellingHeat = heat.get(l.dwelling.id) as Heat;
    return {
      dwellingId: l.dwelling.id,
      dwellingLabel: l.dwelling.label,
      householdId: l.householdId,
      periods: l.periods,
      days: l.days,
      seasonDays,
      fixed: {
        areaM2: l.dwelling.floorAreaM2,
        totalAreaM2: toNumber(totalArea),
        areaShare: toNumber(div(area(l.dwelling), totalArea)),
        eur: euros(fixedLine),
      },
      variable: {
        basis,
        quantity: toNumber(quantity(l.dwelling)),
        totalQuantity: toNumber(totalQuantity),
        share: isZero(totalQuantity) ? 0 : toNumber(div(quantity(l.dwelling), totalQuantity)),
        eur: euros(variableLine),
        estimated: dwellingHeat.estimateReason !== null,
        estimateReason: dwellingHeat.estimateReason,
      },
      totalEur: euros(fixedLine + variableLine),
    };
  });
  return {
    bill: { totalEur: euros(billCents), from: bill.from, to: bill.to, days: seasonDays },
    fixedShare: input.fixedShare,
    fixedEur: euros(fixedCents),
    variableEur: euros(variableCents),
    totalAreaM2: toNumber(totalArea),
    variableBasis: basis,
    totalQuantity: toNumber(totalQuantity),
    estimatePerM2: perM2 && [...heat.values()].some((h) => h.estimateReason) ? toNumber(perM2) : null,
    statements,
  };
}

/** Each dwelling's season heat, measured or estimated from the measured dwellings' mean per m². */
function heatOf(dwellings: readonly DwellingInput[]) {
  const measured = dwellings.map((d) => ({ d, m: measuredConsumption(d.measurement) }));
  const known = measured.flatMap(({ d, m }) => (typeof m === "string" ? [] : [{ d, m }]));
  const knownTotal = sum(known.map((k) => k.m));
  const perM2 = isZero(knownTotal) ? null : div(knownTotal, sum(known.map((k) => ratioOf(k.d.floorAreaM2))));
  const heat = new Map<string, Heat>(
    measured.map(({ d, m }) => [
      d.id,
      typeof m === "string"
        ? { quantity: perM2 ? mul(ratioOf(d.floorAreaM2), perM2) : ZERO, estimateReason: m }
        : { quantity: m, estimateReason: null },
    ]),
  );
  const kind = dwellings.find((d) => d.measurement.kind !== "none")?.measurement.kind;
  const basis: VariableBasis = !perM2 ? "area" : kind === "heat_meter" ? "heat_kwh" : "allocator_units";
  return { heat, basis, perM2 };
}

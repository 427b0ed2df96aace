import { isLocalDay, type LocalDay } from "../consumption/brussels-days.ts";
import { type FieldError, Validation } from "../http/errors.ts";
import { add, mul, type Ratio, ratioOf, sub, ZERO } from "./exact-cents.ts";

/**
 * What a heating cost split is computed from, and the refusals of bad input. Days are `YYYY-MM-DD`
 * and every range is [from, to): `to` is the first day no longer counted.
 */

/**
 * One heat-cost allocator on a radiator: its readings at the season's start and end, and its rating
 * factor (the radiator's output, so that units of a big and a small radiator weigh alike). Allocators
 * reset once a year: when the reset falls inside the season, `unitsAtReset` is the value the allocator
 * stored at its reset day, and the season's units are (unitsAtReset − start) + end.
 */
export interface AllocatorReading {
  id: string;
  startUnits: number | null;
  endUnits: number | null;
  unitsAtReset?: number | null;
  ratingFactor: number;
}

/** How a dwelling's heat is measured; `none` when it has no device (it is then estimated). */
export type DwellingMeasurement =
  | { kind: "allocators"; allocators: readonly AllocatorReading[] }
  | { kind: "heat_meter"; startKwh: number | null; endKwh: number | null }
  | { kind: "none" };

/** Who lived in the dwelling from `from` to `to`; `householdId` null for days it stood empty. */
export interface Occupancy {
  householdId: string | null;
  from: LocalDay;
  to: LocalDay;
}

export interface DwellingInput {
  id: string;
  label: string;
  floorAreaM2: number;
  measurement: DwellingMeasurement;
  /** Days of the season no occupancy covers count as vacant: they go to the housing company. */
  occupancies: readonly Occupancy[];
}

export interface SeasonBill {
  totalEur: number;
  from: LocalDay;
  to: LocalDay;
}

export interface CostSplitInput {
  bill: SeasonBill | null;
  /** Part of the bill split by heated floor area (0–1, commonly 0.3); the rest goes by consumption. */
  fixedShare: number;
  dwellings: readonly DwellingInput[];
}

export const COST_SPLIT_ERROR_CODES = [
  "cost_split.no_bill",
  "cost_split.bill_amount",
  "cost_split.season_dates",
  "cost_split.fixed_share",
  "cost_split.no_dwelling",
  "cost_split.dwelling_twice",
  "cost_split.area_not_positive",
  "cost_split.factor_not_positive",
  "cost_split.reading_negative",
  "cost_split.reading_went_back",
  "cost_split.meter_went_back",
  "cost_split.mixed_measurement",
  "cost_split.occupancy_dates",
  "cost_split.occupancy_outside_season",
  "cost_split.occupancies_overlap",
] as const;
type Code = (typeof COST_SPLIT_ERROR_CODES)[number];

const isPositive = (x: number) => Number.isFinite(x) && x > 0;
const isReading = (x: number | null | undefined) =>
  x === null || x === undefined || (Number.isFinite(x) && x >= 0);

/**
 * The season's corrected units (allocators: Σ units × rating factor) or kWh (heat meter), or why
 * there is none. Call after `checkCostSplitInput`.
 */
export function measuredConsumption(m: DwellingMeasurement): Ratio | "missing_reading" | "no_device" {
  if (m.kind === "none" || (m.kind === "allocators" && m.allocators.length === 0)) return "no_device";
  if (m.kind === "heat_meter")
    return m.startKwh === null || m.endKwh === null
      ? "missing_reading"
      : sub(ratioOf(m.endKwh), ratioOf(m.startKwh));
  let total = ZERO;
  for (const a of m.allocators) {
    const units = allocatorUnits(a);
    if (units === null) return "missing_reading";
    total = add(total, mul(units, ratioOf(a.ratingFactor)));
  }
  return total;
}

function allocatorUnits(a: AllocatorReading): Ratio | null {
  if (a.startUnits === null || a.endUnits === null) return null;
  const [start, end] = [ratioOf(a.startUnits), ratioOf(a.endUnits)];
  return a.unitsAtReset == null ? sub(end, start) : add(sub(ratioOf(a.unitsAtReset), start), end);
}

/** What the bill's column holds (numeric(12,2)), well above any building's heating bill. */
const MAX_BILL_CENTS = 99_999_999_999n;

/** Refuses bad input with every field at fault (paths as the API's body would name them). */
export function checkCostSplitInput(
  input: CostSplitInput,
): asserts input is CostSplitInput & { bill: SeasonBill } {
  const problems: FieldError[] = [];
  const refuse = (field: string, code: Code) =>
    problems.push({ field, code: code.replace("cost_split.", ""), message: code });
  const { bill } = input;
  if (!bill) refuse("bill", "cost_split.no_bill");
  else {
    const cents = Number.isFinite(bill.totalEur) ? mul(ratioOf(bill.totalEur), { n: 100n, d: 1n }) : null;
    if (!cents || cents.n <= 0n || cents.d !== 1n || cents.n > MAX_BILL_CENTS)
      refuse("bill.totalEur", "cost_split.bill_amount");
    if (!isLocalDay(bill.from)) refuse("bill.from", "cost_split.season_dates");
    if (!isLocalDay(bill.to) || bill.to <= bill.from) refuse("bill.to", "cost_split.season_dates");
  }
  // Occupancies are checked against the season only once the season itself is sound.
  const season = bill && isLocalDay(bill.from) && isLocalDay(bill.to) && bill.from < bill.to ? bill : null;
  // Stored with three decimals (30.5 %): a finer share would be rounded away from its own amounts.
  const thousandths = Number.isFinite(input.fixedShare)
    ? mul(ratioOf(input.fixedShare), { n: 1000n, d: 1n })
    : null;
  if (!(input.fixedShare >= 0 && input.fixedShare <= 1) || thousandths?.d !== 1n)
    refuse("fixedShare", "cost_split.fixed_share");
  if (input.dwellings.length === 0) refuse("dwellings", "cost_split.no_dwelling");
  const kinds = new Set<string>();
  const ids = new Set<string>();
  input.dwellings.forEach((d, i) => {
    const at = `dwellings.${i}`;
    if (ids.has(d.id)) refuse(`${at}.id`, "cost_split.dwelling_twice");
    ids.add(d.id);
    if (!isPositive(d.floorAreaM2)) refuse(`${at}.floorAreaM2`, "cost_split.area_not_positive");
    checkMeasurement(d.measurement, `${at}.measurement`, refuse);
    if (d.measurement.kind !== "none") kinds.add(d.measurement.kind);
    if (season) checkOccupancies(d.occupancies, season, `${at}.occupancies`, refuse);
  });
  // Allocator units and kWh do not measure the same thing: one building uses one kind.
  if (kinds.size > 1) refuse("dwellings", "cost_split.mixed_measurement");
  if (problems.length) throw new Validation(problems[0]?.message as string, problems);
}

type Refuse = (field: string, code: Code) => void;

function checkMeasurement(m: DwellingMeasurement, at: string, refuse: Refuse) {
  if (m.kind === "heat_meter") {
    if (!isReading(m.startKwh)) refuse(`${at}.startKwh`, "cost_split.reading_negative");
    else if (!isReading(m.endKwh)) refuse(`${at}.endKwh`, "cost_split.reading_negative");
    else if (m.startKwh !== null && m.endKwh !== null && m.endKwh < m.startKwh)
      refuse(`${at}.endKwh`, "cost_split.meter_went_back");
  }
  if (m.kind !== "allocators") return;
  for (const [j, a] of m.allocators.entries()) {
    const here = `${at}.allocators.${j}`;
    if (!isPositive(a.ratingFactor)) refuse(`${here}.ratingFactor`, "cost_split.factor_not_positive");
    const readings = { startUnits: a.startUnits, endUnits: a.endUnits, unitsAtReset: a.unitsAtReset };
    const bad = Object.entries(readings).find(([, v]) => !isReading(v));
    if (bad) refuse(`${here}.${bad[0]}`, "cost_split.reading_negative");
    if (bad || a.startUnits === null || a.endUnits === null) continue;
    if (a.unitsAtReset == null ? a.endUnits < a.startUnits : a.unitsAtReset < a.startUnits)
      refuse(
        `${here}.${a.unitsAtReset == null ? "endUnits" : "unitsAtReset"}`,
        "cost_split.reading_went_back",
      );
  }
}

function checkOccupancies(occupancies: readonly Occupancy[], bill: SeasonBill, at: string, refuse: Refuse) {
  const valid = occupancies
    .map((o, k) => ({ ...o, k }))
    .filter((o) => {
      if (isLocalDay(o.from) && isLocalDay(o.to) && o.from < o.to) return true;
      refuse(`${at}.${o.k}.${isLocalDay(o.from) ? "to" : "from"}`, "cost_split.occupancy_dates");
      return false;
    });
  for (const o of valid)
    if (o.from < bill.from || o.to > bill.to)
      refuse(`${at}.${o.k}.${o.from < bill.from ? "from" : "to"}`, "cost_split.occupancy_outside_season");
  const sorted = [...valid].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.k - b.k));
  let coveredUntil = "";
  for (const o of sorted) {
    if (o.from < coveredUntil) refuse(`${at}.${o.k}.from`, "cost_split.occupancies_overlap");
    if (o.to > coveredUntil) coveredUntil = o.to;
  }
}

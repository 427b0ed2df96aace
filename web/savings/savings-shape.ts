import type { MeterKind, Savings, SavingsEnergy, SignaturePoint } from "./savings-api.ts";

/** The energies whose savings can be computed, in the order the page shows them. */
export const SAVINGS_ENERGIES: readonly SavingsEnergy[] = ["gas", "electricity", "heat", "heating_oil"];

/** One section per energy the household has a meter of; water or pellets have no savings (yet). */
export function savingsEnergiesOf(kinds: readonly MeterKind[]): SavingsEnergy[] {
  return SAVINGS_ENERGIES.filter((energy) => kinds.includes(energy));
}

/**
 * Until the groups issue gives each household its joining date: the 1st of the month six months
 * before `today` (`YYYY-MM-DD`).
 */
export function defaultStart(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - 6, 1)).toISOString().slice(0, 10);
}

/** Days of readings the baseline lacks, said in whole months (rounded up: never "0 months" when some lack). */
export function missingBaselineMonths({ coveredDays, requiredDays }: Savings["baselineCoverage"]): number {
  const missingDays = requiredDays - coveredDays;
  return missingDays <= 0 ? 0 : Math.ceil(missingDays / DAYS_PER_MONTH);
}

/** The months of readings the baseline asks for (329 days → 11). */
export function requiredBaselineMonths({ requiredDays }: Savings["baselineCoverage"]): number {
  return Math.round(requiredDays / DAYS_PER_MONTH);
}

const DAYS_PER_MONTH = 365.25 / 12;

/** Saved, used more, or about the same: said differently, never with a number that claims more than it knows. */
export type Direction = "saved" | "used_more" | "about_same";

export interface Amount {
  /** Positive = saved, negative = used more, rounded (10 € or 10 kWh). */
  value: number;
  /** The 90 % interval, rounded the same way; null when it cannot be stated. */
  low: number | null;
  high: number | null;
}

export interface Outcome {
  direction: Direction;
  /** In euros when a price is known; null says "price missing" and the kWh carry the sentence. */
  eur: Amount | null;
  kwh: Amount;
  /** The interval holds both a saving and an overuse: the difference is not sure yet. */
  withinNoise: boolean;
  /** The interval could not be computed (too few periods…). */
  noInterval: boolean;
  /** Reporting days, `from` inclusive, `to` = the day of the last reading. */
  from: string;
  to: string;
  /** The euros are at the average price of the household's deliveries (heating oil). */
  priceFromDeliveries: boolean;
  /** Bought by delivery: a missing price is given with the next delivery, not by a tariff. */
  deliveredFuel: boolean;
}

/** Rounded to `step` without a "-0". */
function roundTo(value: number, step: number): number {
  const rounded = Math.round(value / step) * step;
  return rounded === 0 ? 0 : rounded;
}

function amountOf({
  value,
  uncertainty,
  step,
}: {
  value: number;
  uncertainty: number | null;
  step: number;
}): Amount {
  return {
    value: roundTo(value, step),
    low: uncertainty === null ? null : roundTo(value - uncertainty, step),
    high: uncertainty === null ? null : roundTo(value + uncertainty, step),
  };
}

/** kWh rounded to 10 from 100 on, to the unit below (a small electricity saving stays visible). */
const kwhStep = (kwh: number) => (Math.abs(kwh) >= 100 ? 10 : 1);

/**
 * What a household's savings sentence says, from an `ok` answer: euros rounded to 10 € (kWh beside
 * them), the 90 % interval, and whether the interval straddles zero. Null for any other verdict:
 * then no number is shown at all.
 */
export function outcomeOf(
  answer: Pick<Savings, "verdict" | "reporting"> & Partial<Pick<Savings, "flags" | "energy">>,
): Outcome | null {
  const r = answer.reporting;
  if (answer.verdict !== "ok" || !r) return null;
  const eur =
    r.savingsEur === null
      ? null
      : amountOf({ value: r.savingsEur, uncertainty: r.uncertaintyEur90, step: EUR_STEP });
  const kwh = amountOf({ value: r.savingsKwh, uncertainty: r.uncertaintyKwh90, step: kwhStep(r.savingsKwh) });
  const main = eur ?? kwh;
  const direction: Direction = main.value > 0 ? "saved" : main.value < 0 ? "used_more" : "about_same";
  const uncertainty = r.uncertaintyKwh90;
  return {
    direction,
    eur,
    kwh,
    withinNoise: uncertainty !== null && Math.abs(r.savingsKwh) <= uncertainty,
    noInterval: uncertainty === null,
    from: r.from,
    to: r.to,
    priceFromDeliveries: eur !== null && (answer.flags ?? []).some((f) => f.code === "price_from_deliveries"),
    deliveredFuel: answer.energy === "heating_oil",
  };
}

const EUR_STEP = 10;

export interface SignatureSeries {
  baseline: Array<{ x: number; y: number }>;
  reporting: Array<{ x: number; y: number }>;
  /** The baseline model μ + βH·HDD from no degree-days to the coldest period; empty without a model. */
  line: Array<{ x: number; y: number }>;
}

/** The energy signature: kWh per day against degree-days per day; a period without weather is left out. */
export function signatureOf(answer: Pick<Savings, "points" | "model">): SignatureSeries {
  const drawn = answer.points.filter(
    (p): p is SignaturePoint & { hddPerDay: number } => p.hddPerDay !== null,
  );
  const xy = (p: { hddPerDay: number; kwhPerDay: number }) => ({ x: p.hddPerDay, y: p.kwhPerDay });
  const model = answer.model;
  const maxHdd = Math.max(0, ...drawn.map((p) => p.hddPerDay));
  const line = model
    ? [0, maxHdd].map((x) => ({ x, y: model.interceptKwhPerDay + model.heatingKwhPerDegreeDay * x }))
    : [];
  return {
    baseline: drawn.filter((p) => p.phase === "baseline").map(xy),
    reporting: drawn.filter((p) => p.phase === "reporting").map(xy),
    line,
  };
}

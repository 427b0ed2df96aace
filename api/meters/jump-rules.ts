import { brusselsDayOf, brusselsDaysBetween } from "../consumption/brussels-days.ts";
import { type IndexPoint, stepConsumption } from "../consumption/index-intervals.ts";
import { CONVERSION } from "../consumption/reference-factors.ts";
import type { MeterKind, NativeUnit } from "./meter-kinds.ts";
import { type Meter, readingModeOf } from "./meter-rules.ts";

/**
 * When a new index is "far above the meter's usual daily use" and must be confirmed. The aim is to
 * catch typing slips (an extra digit, a misread wheel), which are ten times off or more, without
 * bothering a household whose winter use is three or four times its summer use.
 *
 *   limit = ceilingPerDay × max(days elapsed, 1) + margin
 *   ceilingPerDay = JUMP_FACTOR × usual daily use, when the register has enough history;
 *                 = the kind's default ceiling otherwise.
 *
 * Usual daily use = the median of consumption ÷ days over the register's recent intervals (between
 * its last USUAL_USE_READINGS readings) of at least one day (shorter ones are too noisy), needing
 * MIN_HISTORY_INTERVALS of them. The median shrugs off one odd interval; recent habits count, not
 * those of a household that lived there ten years ago. The margin keeps near-idle meters (a vacant
 * flat) from asking at every reading.
 * Known limit: a register whose history holds only summer months may ask once for its first winter
 * reading; one tap confirms it.
 */
export const JUMP_FACTOR = 5;
export const MIN_HISTORY_INTERVALS = 3;
/** Five years of monthly readings; also what the API reads of a meter's history to check one. */
export const USUAL_USE_READINGS = 60;

/**
 * Per day, in the kind's usual unit, for a household: above these a reading is implausible without
 * history. Electricity 100 kWh (an all-electric house on a cold day; a typical home uses ~10); gas
 * 25 m³ ≈ 290 kWh (a large house on the coldest days; the CREG standard 17,000 kWh/yr is ~4 m³ a
 * day); water 2 m³ (~20 people's use); heat 300 kWh like gas; allocators 100 units (yearly totals
 * are hundreds to a few thousand). Building meters of housing companies confirm their first jumps
 * once, until their history speaks. A heating-oil tank's level 30 l a day (~300 kWh, like gas) with a
 * 50 l margin for a gauge read by eye: its drop since the previous level, a lower bound of what was
 * burnt (deliveries in between only add to it), is what is measured.
 */
const DEFAULTS: Partial<Record<MeterKind, { ceilingPerDay: number; margin: number }>> = {
  electricity: { ceilingPerDay: 100, margin: 10 },
  heating_oil: { ceilingPerDay: 30, margin: 50 },
  gas: { ceilingPerDay: 25, margin: 3 },
  water: { ceilingPerDay: 2, margin: 0.5 },
  heat: { ceilingPerDay: 300, margin: 30 },
  heat_cost_allocator: { ceilingPerDay: 100, margin: 10 },
};

const DAY_MS = 86_400_000;

export function daysElapsed(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** Median daily use over past intervals of at least a day, or null with too little history. */
export function usualDailyUse({
  history,
}: {
  history: readonly { from: Date; to: Date; quantity: number }[];
}): number | null {
  const rates = history
    .filter((h) => daysElapsed(h.from, h.to) >= 1)
    .map((h) => h.quantity / daysElapsed(h.from, h.to))
    .sort((a, b) => a - b);
  if (rates.length < MIN_HISTORY_INTERVALS) return null;
  const mid = Math.floor(rates.length / 2);
  return rates.length % 2 === 1
    ? (rates[mid] as number)
    : ((rates[mid - 1] as number) + (rates[mid] as number)) / 2;
}

/**
 * Highest consumption over `days` accepted without confirmation, in the meter's unit. Infinite for
 * meters known by their deliveries only.
 */
export function jumpLimit({
  kind,
  unit,
  usualDailyUse,
  days,
}: {
  kind: MeterKind;
  unit: NativeUnit;
  usualDailyUse: number | null;
  days: number;
}): number {
  const defaults = DEFAULTS[kind];
  if (!defaults) return Number.POSITIVE_INFINITY;
  // A gas meter that counts kWh: the m³ defaults at the typical H-gas calorific value.
  const scale = kind === "gas" && unit === "kwh" ? CONVERSION.gasHKwhPerM3.value : 1;
  const ceilingPerDay = usualDailyUse === null ? defaults.ceilingPerDay * scale : JUMP_FACTOR * usualDailyUse;
  return ceilingPerDay * Math.max(days, 1) + defaults.margin * scale;
}

/**
 * Consumption since the previous reading and the limit of jump-rules.ts, in the meter's unit; for a
 * tank, the level's drop.
 */
export function measureJump({
  meter,
  before,
  previous,
  candidate,
}: {
  meter: Meter;
  before: readonly IndexPoint[];
  previous: IndexPoint;
  candidate: { readAt: Date; value: number; reset?: boolean };
}) {
  const step = { kind: meter.kind, maxIndex: meter.maxIndex };
  // A tank's level falls as oil burns and rises at a delivery: a rise says nothing of its use.
  const used = (from: IndexPoint, to: { value: number; reset: boolean }) =>
    readingModeOf(meter.kind) === "stock_level"
      ? from.value >= to.value
        ? from.value - to.value
        : null
      : stepConsumption({ ...step, previous: from, next: to });
  const consumption = used(previous, { value: candidate.value, reset: Boolean(candidate.reset) }) ?? 0;
  const recent = before.slice(-USUAL_USE_READINGS);
  const history = recent.slice(1).flatMap((point, i) => {
    const from = recent[i] as IndexPoint;
    const quantity = used(from, point);
    return quantity === null ? [] : [{ from: from.readAt, to: point.readAt, quantity }];
  });
  const days = daysElapsed(previous.readAt, candidate.readAt);
  const usual = usualDailyUse({ history });
  const limit = jumpLimit({ kind: meter.kind, unit: meter.unit, usualDailyUse: usual, days });
  return {
    value: candidate.value,
    consumption,
    limit,
    // Said to people as calendar days (1 Nov → 1 Dec is 30 days, whatever the hours), at least one;
    // the limit above counts elapsed time.
    days: Math.max(1, brusselsDaysBetween(previous.readAt, candidate.readAt)),
    unit: meter.unit,
    previousValue: previous.value,
    previousDate: brusselsDayOf(previous.readAt),
  };
}

/**
 * What a jump to confirm says, as members of its problem: a client cannot redo the sum across a
 * declared reset (rollover at the counter's maximum, or counting from zero), so it shows these.
 */
export function jumpFigures(jump: ReturnType<typeof measureJump>) {
  const { value, consumption, unit, days, previousValue, previousDate } = jump;
  // Indexes have at most three decimals: keep float noise (1250.3 − 1000) out of the figure.
  return {
    value,
    consumption: Math.round(consumption * 1000) / 1000,
    unit,
    days,
    previousValue,
    previousDate,
  };
}

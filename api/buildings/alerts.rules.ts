import { addDays, dayNumber, daysInMonth, type LocalDay } from "../consumption/index.ts";
import { shiftMonth } from "./indicators.rules.ts";

/**
 * The four checks of a building (issue 6 §6), pure: each turns what the rollup and the meters show
 * into findings, one per situation, with the figures the message explains in `seen`. The thresholds
 * and why they were chosen are in README (Buildings, alerts).
 */

/** Only the last 12 full months are checked: a first check of ten years of history must not flood the list. */
export const LOOKBACK_MONTHS = 12;
/** June to August: the boiler's summer stop; September and May may still heat. */
export const SUMMER_MONTHS = ["06", "07", "08"] as const;
/**
 * A summer month above 1.5 × what the base load (hot water, losses) and its few degree-days explain
 * is heating left on, not noise (hot water use varies by some 20 % from month to month).
 */
export const SUMMER_HEATING_FACTOR = 1.5;
/** …and by at least 0.5 kWh/m² over the month, so that a small base load does not alert for nothing. */
export const SUMMER_HEATING_MIN_KWH_PER_M2 = 0.5;
/**
 * A month 30 % above the signature's prediction. The rollup keeps the model's base load and slope,
 * not its RMSE; 30 % is about three times the usual scatter of a good monthly signature (CV(RMSE) ≈ 10 %).
 */
export const ABOVE_MODEL_FACTOR = 1.3;
/** …and by at least 1 kWh/m², so that a mild month's small prediction does not alert for little. */
export const ABOVE_MODEL_MIN_KWH_PER_M2 = 1;
/** A month mostly spread from a longer reading period has the model's own shape: it proves nothing. */
export const MAX_ESTIMATED_SHARE = 0.5;
/** A building meter without data for more than 45 days: caretakers read monthly, so two readings missed. */
export const READINGS_MISSING_DAYS = 45;
/** A declared reset from 90 % of the counter's maximum or above is the counter wrapping: no alert. */
export const ROLLOVER_SHARE = 0.9;

export type AlertKind = "summer_heating" | "above_model" | "readings_missing" | "meter_backwards";

export interface Finding {
  kind: AlertKind;
  meterId: string | null;
  /** The days the alert is about, `periodTo` exclusive. */
  periodFrom: LocalDay;
  periodTo: LocalDay;
  seen: Record<string, number | string | string[]>;
}

/** What makes two findings the same situation: one alert each, ever (`periodTo` of a gap still grows). */
export function situationKey(f: Pick<Finding, "kind" | "meterId" | "periodFrom">): string {
  return `${f.kind}|${f.meterId ?? ""}|${f.periodFrom}`;
}

export interface RolledMonth {
  /** `YYYY-MM`. */
  month: string;
  kwh: number;
  estimatedKwh: number;
  coveredDays: number;
  degreeDays: number | null;
}

export interface Signature {
  baseLoadKwhPerDay: number;
  heatingKwhPerDegreeDay: number;
}

const round = (n: number) => Math.round(n);
const firstDay = (month: string) => `${month}-01`;
const checkedMonths = (months: readonly RolledMonth[], today: LocalDay) => {
  const thisMonth = today.slice(0, 7);
  const from = shiftMonth(thisMonth, -LOOKBACK_MONTHS);
  return months.filter(
    (m) =>
      m.month >= from &&
      m.month < thisMonth &&
      m.coveredDays >= daysInMonth(m.month) &&
      m.kwh > 0 &&
      m.estimatedKwh / m.kwh <= MAX_ESTIMATED_SHARE,
  );
};

/** October to April: months whose use is mostly heating, the ones a winter line is drawn through. */
const HEATING_SEASON_MONTHS = ["10", "11", "12", "01", "02", "03", "04"];
/** Fewer heating months than this draw no line worth trusting. */
export const MIN_WINTER_MONTHS = 4;

/**
 * The signature as the heating months alone show it: the line through their kWh a day against
 * degree-days a day. The signature is fitted on a whole year, so a boiler heating all summer raises
 * its base load (and flattens its slope) and hides itself; the winter months do not see it. Null
 * with too few months, or a line that does not make sense (not rising with the cold, or below zero).
 */
export function winterLine(months: readonly RolledMonth[], today: LocalDay): Signature | null {
  const points = checkedMonths(months, today)
    .filter((m) => HEATING_SEASON_MONTHS.includes(m.month.slice(5)) && m.degreeDays !== null)
    .map((m) => ({ x: (m.degreeDays as number) / daysInMonth(m.month), y: m.kwh / daysInMonth(m.month) }));
  if (points.length < MIN_WINTER_MONTHS) return null;
  const mean = (f: (p: { x: number; y: number }) => number) =>
    points.reduce((s, p) => s + f(p), 0) / points.length;
  const [mx, my] = [mean((p) => p.x), mean((p) => p.y)];
  const sxx = mean((p) => (p.x - mx) ** 2);
  if (sxx <= 1e-9) return null;
  const slope = mean((p) => (p.x - mx) * (p.y - my)) / sxx;
  const intercept = my - slope * mx;
  return slope > 0 && intercept > 0 ? { baseLoadKwhPerDay: intercept, heatingKwhPerDegreeDay: slope } : null;
}

/**
 * Heating in summer: June–August months of the signature's energy above both margins over what the
 * base load and the month's few degree-days explain (a cold June day may be heated), by the line of
 * lower base load among the signature and the winter months' (see winterLine). One finding per
 * summer (the period is the whole summer), listing the months seen.
 */
export function summerHeating({
  months,
  signature,
  heatedAreaM2,
  today,
}: {
  months: readonly RolledMonth[];
  signature: Signature | null;
  heatedAreaM2: number;
  today: LocalDay;
}): Finding[] {
  const lines = [signature, winterLine(months, today)].filter((l): l is Signature => l !== null);
  const line = lines.sort((x, y) => x.baseLoadKwhPerDay - y.baseLoadKwhPerDay)[0];
  if (!line) return [];
  const bySummer = new Map<string, { months: string[]; kwh: number; expectedKwh: number }>();
  for (const m of checkedMonths(months, today)) {
    if (!(SUMMER_MONTHS as readonly string[]).includes(m.month.slice(5))) continue;
    const expectedKwh =
      line.baseLoadKwhPerDay * daysInMonth(m.month) + line.heatingKwhPerDegreeDay * (m.degreeDays ?? 0);
    const over =
      m.kwh > SUMMER_HEATING_FACTOR * expectedKwh &&
      m.kwh - expectedKwh >= SUMMER_HEATING_MIN_KWH_PER_M2 * heatedAreaM2;
    if (!over) continue;
    const year = m.month.slice(0, 4);
    const s = bySummer.get(year) ?? { months: [], kwh: 0, expectedKwh: 0 };
    s.months.push(m.month);
    s.kwh += m.kwh;
    s.expectedKwh += expectedKwh;
    bySummer.set(year, s);
  }
  return [...bySummer].map(([year, s]) => ({
    kind: "summer_heating",
    meterId: null,
    periodFrom: `${year}-06-01`,
    periodTo: `${year}-09-01`,
    seen: { months: s.months, kwh: round(s.kwh), expectedKwh: round(s.expectedKwh) },
  }));
}

/**
 * A month far above the model: outside June–August (summer heating covers those), with its
 * degree-days known, above both margins over base load × days + slope × degree-days.
 */
export function aboveModel({
  months,
  signature,
  heatedAreaM2,
  today,
}: {
  months: readonly RolledMonth[];
  signature: Signature | null;
  heatedAreaM2: number;
  today: LocalDay;
}): Finding[] {
  if (!signature) return [];
  const findings: Finding[] = [];
  for (const m of checkedMonths(months, today)) {
    if ((SUMMER_MONTHS as readonly string[]).includes(m.month.slice(5)) || m.degreeDays === null) continue;
    const predictedKwh =
      signature.baseLoadKwhPerDay * daysInMonth(m.month) + signature.heatingKwhPerDegreeDay * m.degreeDays;
    const over =
      m.kwh > ABOVE_MODEL_FACTOR * predictedKwh &&
      m.kwh - predictedKwh >= ABOVE_MODEL_MIN_KWH_PER_M2 * heatedAreaM2;
    if (!over) continue;
    findings.push({
      kind: "above_model",
      meterId: null,
      periodFrom: firstDay(m.month),
      periodTo: firstDay(shiftMonth(m.month, 1)),
      seen: {
        month: m.month,
        kwh: round(m.kwh),
        predictedKwh: round(predictedKwh),
        percentAbove: round((m.kwh / predictedKwh - 1) * 100),
      },
    });
  }
  return findings;
}

export interface MeterLastData {
  meterId: string;
  /** Brussels day the meter started. */
  startedOn: LocalDay;
  closed: boolean;
  /** Deliveries-only meters (wood, pellets bought by the load) have no readings to miss. */
  readable: boolean;
  /** Brussels day of its last reading or interval data, null without any. */
  lastDataOn: LocalDay | null;
}

/**
 * Readings missing: an open, readable building meter whose last data (or start, without data) is
 * more than READINGS_MISSING_DAYS days before today. The period runs from that day to today.
 */
export function readingsMissing({
  meters,
  today,
  days = READINGS_MISSING_DAYS,
}: {
  meters: readonly MeterLastData[];
  today: LocalDay;
  days?: number;
}): Finding[] {
  const findings: Finding[] = [];
  for (const m of meters) {
    if (m.closed || !m.readable) continue;
    const last = m.lastDataOn ?? m.startedOn;
    const gapDays = dayNumber(today) - dayNumber(last);
    if (gapDays <= days) continue;
    findings.push({
      kind: "readings_missing",
      meterId: m.meterId,
      periodFrom: last,
      periodTo: today,
      seen: { lastDataOn: last, days: gapDays, limitDays: days },
    });
  }
  return findings;
}

export interface IndexReading {
  register: string;
  /** Brussels day of the reading. */
  readOn: LocalDay;
  value: number;
  flags: readonly string[];
}

/**
 * A meter going backwards: the data shows it where an index below the previous one of the same
 * register was accepted because it was declared a reset. A counter wrapping at its maximum (the
 * previous index at 90 % of `maxIndex` or more) is normal; any other reset means a replaced meter
 * not declared as such, a misread or tampering — and the consumption around it is unknown. Stock
 * meters (tank levels) go down by nature: the caller passes cumulative indexes only.
 */
export function meterBackwards({
  meterId,
  readings,
  maxIndex,
  unit,
  today,
}: {
  meterId: string;
  readings: readonly IndexReading[];
  maxIndex: number | null;
  unit: string;
  today: LocalDay;
}): Finding[] {
  const since = addDays(today, -365);
  const findings: Finding[] = [];
  const previous = new Map<string, IndexReading>();
  for (const r of [...readings].sort((a, b) => a.readOn.localeCompare(b.readOn))) {
    const before = previous.get(r.register);
    previous.set(r.register, r);
    if (!before || !r.flags.includes("reset") || r.value >= before.value || r.readOn < since) continue;
    if (maxIndex !== null && before.value >= ROLLOVER_SHARE * maxIndex) continue;
    findings.push({
      kind: "meter_backwards",
      meterId,
      periodFrom: before.readOn,
      periodTo: r.readOn,
      seen: {
        previousIndex: before.value,
        index: r.value,
        unit,
        previousOn: before.readOn,
        readOn: r.readOn,
      },
    });
  }
  return findings;
}

import { daysInMonth } from "../consumption/index.ts";

/** One month of a building's heating energy as the rollup holds it (several energies added up). */
export interface HeatingMonth {
  /** `YYYY-MM`. */
  month: string;
  kwh: number;
  estimatedKwh: number;
  coveredDays: number;
  degreeDays: number | null;
}

export type MonthStatus = "measured" | "estimated" | "partial" | "missing";

/** A heating season: October of one year to April of the next. */
const seasonMonths = (year: number) => monthRange(`${year}-10`, `${year + 1}-04`);

/**
 * The months to read for a span's seasons and years to be whole: from the October or January before
 * `from`, whichever comes first, to the April or December after `to`, whichever comes last.
 */
export function wholeSeasonsAndYears(from: string, to: string): { from: string; to: string } {
  const [fromYear, fromMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [toYear, toMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return {
    from: fromMonth <= 4 ? `${fromYear - 1}-10` : `${fromYear}-01`,
    to: toMonth >= 10 ? `${toYear + 1}-04` : `${toYear}-12`,
  };
}
/** Below this many degree-days a month's kWh per degree-day says more about hot water than heating. */
const MIN_DEGREE_DAYS = 10;

const perM2 = (kwh: number | null, areaM2: number) => (kwh === null ? null : kwh / areaM2);
const perDegreeDay = (kwhPerM2: number | null, degreeDays: number | null) =>
  kwhPerM2 === null || degreeDays === null || degreeDays < MIN_DEGREE_DAYS ? null : kwhPerM2 / degreeDays;

/** The month `n` months after (before, when negative) `month` (`YYYY-MM`). */
export function shiftMonth(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The months `from` … `to` (`YYYY-MM`, inclusive). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (let month = from; month <= to; ) {
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    month = `${y}-${String(m).padStart(2, "0")}`;
  }
  return out;
}

/**
 * What a month's figure is worth: `missing` without consumption, `partial` when some days have none,
 * `estimated` when part of it was spread from a reading period reaching outside the month, `measured`.
 */
export function monthStatus(m: HeatingMonth | undefined): MonthStatus {
  // Some kWh but no whole day (one of two meters silent all month) is partial, not missing.
  if (!m || (m.coveredDays === 0 && m.kwh === 0)) return "missing";
  if (m.coveredDays < daysInMonth(m.month)) return "partial";
  return m.estimatedKwh > 0 ? "estimated" : "measured";
}

interface Total {
  kwh: number | null;
  kwhPerM2: number | null;
  degreeDays: number | null;
  kwhPerM2PerDegreeDay: number | null;
  /** Every month there, fully covered. */
  complete: boolean;
}

/** A span's total: kWh of the months that have some (null when none has), degree-days only when all do. */
function total(months: readonly string[], byMonth: ReadonlyMap<string, HeatingMonth>, areaM2: number): Total {
  let kwh: number | null = null;
  let degreeDays: number | null = 0;
  let complete = true;
  for (const month of months) {
    const m = byMonth.get(month);
    const status = monthStatus(m);
    if (status === "missing" || status === "partial") complete = false;
    if (m && status !== "missing") kwh = (kwh ?? 0) + m.kwh;
    degreeDays = m?.degreeDays == null || degreeDays === null ? null : degreeDays + m.degreeDays;
  }
  const kwhPerM2 = perM2(kwh, areaM2);
  return {
    kwh,
    kwhPerM2,
    degreeDays,
    kwhPerM2PerDegreeDay: complete ? perDegreeDay(kwhPerM2, degreeDays) : null,
    complete,
  };
}

/**
 * A building's indicators over `from` … `to` (months, inclusive) from its heating months: each month's
 * kWh, kWh/m² of heated area and kWh/m² per degree-day; the heating seasons (October–April) and
 * calendar years the span touches, with whether they are complete (a partial one is never scaled up);
 * the estimated and missing months by name. Per degree-day figures only for complete spans with
 * enough degree-days to mean heating.
 */
export function buildingIndicators({
  months,
  heatedAreaM2,
  from,
  to,
}: {
  months: readonly HeatingMonth[];
  heatedAreaM2: number;
  from: string;
  to: string;
}) {
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const range = monthRange(from, to);
  const monthly = range.map((month) => {
    const m = byMonth.get(month);
    const status = monthStatus(m);
    const kwh = m && status !== "missing" ? m.kwh : null;
    const kwhPerM2 = perM2(kwh, heatedAreaM2);
    return {
      month,
      kwh,
      kwhPerM2,
      degreeDays: m?.degreeDays ?? null,
      kwhPerM2PerDegreeDay:
        status === "missing" || status === "partial" ? null : perDegreeDay(kwhPerM2, m?.degreeDays ?? null),
      estimatedShare: m && m.kwh > 0 ? m.estimatedKwh / m.kwh : 0,
      status,
    };
  });
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const seasons = [];
  for (let y = firstYear - 1; y <= lastYear; y++) {
    const season = seasonMonths(y);
    if (!season.some((m) => m >= from && m <= to)) continue;
    seasons.push({
      season: `${y}-${y + 1}`,
      from: `${y}-10`,
      to: `${y + 1}-04`,
      ...total(season, byMonth, heatedAreaM2),
    });
  }
  const years = [];
  for (let y = firstYear; y <= lastYear; y++)
    years.push({ year: y, ...total(monthRange(`${y}-01`, `${y}-12`), byMonth, heatedAreaM2) });
  return {
    monthly,
    seasons,
    years,
    estimatedMonths: monthly.filter((m) => m.status === "estimated").map((m) => m.month),
    partialMonths: monthly.filter((m) => m.status === "partial").map((m) => m.month),
    missingMonths: monthly.filter((m) => m.status === "missing").map((m) => m.month),
  };
}

/** Normal-year consumption per m² of heated area. */
export function normalYearPerM2(normalYearKwh: number | null, heatedAreaM2: number): number | null {
  return perM2(normalYearKwh, heatedAreaM2);
}

/** Several energies of one month as one heating month. */
export function heatingMonths(rows: ReadonlyArray<HeatingMonth & { energy: string }>): HeatingMonth[] {
  const out = new Map<string, HeatingMonth>();
  for (const r of rows) {
    const m = out.get(r.month);
    if (!m)
      out.set(r.month, {
        month: r.month,
        kwh: r.kwh,
        estimatedKwh: r.estimatedKwh,
        coveredDays: r.coveredDays,
        degreeDays: r.degreeDays,
      });
    else {
      m.kwh += r.kwh;
      m.estimatedKwh += r.estimatedKwh;
      // Two heating meters: a day counts when either measured it.
      m.coveredDays = Math.max(m.coveredDays, r.coveredDays);
    }
  }
  return [...out.values()];
}

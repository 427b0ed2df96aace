import type { LocalDay } from "../consumption/brussels-days.ts";
import type { SavingsResult } from "../savings/index.ts";

const DAYS_PER_MONTH = 365.25 / 12;
/** After completion: a first reading opens a period, the next closes it (monthly readings). */
const FIRST_RESULT_DAYS = 2 * DAYS_PER_MONTH;
/** A renovation is judged on a whole year after it, every season in it; before that it is provisional. */
const FULL_YEAR_MONTHS = 12;

export type RenovationVerdict = SavingsResult["verdict"] | "works_under_way";

/** Works without a completion day, or completed after `today`, have no "after" yet. */
export function worksUnderWay(event: { completedOn: LocalDay | null }, today: LocalDay): boolean {
  return event.completedOn === null || event.completedOn > today;
}

/**
 * How many more months of readings a result needs, for a "not enough data yet": the months missing
 * from the year before the works, or those to wait after their completion. Null when waiting is not
 * the answer (no weather, no model).
 */
export function monthsStillNeeded({
  verdict,
  baselineCoverage,
  completedOn,
  today,
}: {
  verdict: RenovationVerdict;
  baselineCoverage: { coveredDays: number; requiredDays: number };
  completedOn: LocalDay;
  today: LocalDay;
}): number | null {
  if (verdict === "insufficient_baseline")
    return Math.max(
      1,
      Math.ceil((baselineCoverage.requiredDays - baselineCoverage.coveredDays) / DAYS_PER_MONTH),
    );
  if (verdict === "insufficient_reporting") {
    const waited = Math.max(0, daysFrom(completedOn, today));
    return Math.max(1, Math.ceil((FIRST_RESULT_DAYS - waited) / DAYS_PER_MONTH));
  }
  return null;
}

/**
 * The reporting result in the words of a housing manager: its length in months, the savings share
 * with its 90 % interval as shares too (savings ± uncertainty over what the building would have used),
 * and the months left before a whole year speaks.
 */
export function reportingSummary(reporting: NonNullable<SavingsResult["reporting"]>) {
  const months = daysFrom(reporting.from, reporting.to) / DAYS_PER_MONTH;
  const share = (kwh: number) => (reporting.counterfactualKwh > 0 ? kwh / reporting.counterfactualKwh : null);
  const u = reporting.uncertaintyKwh90;
  return {
    ...reporting,
    months: Math.round(months * 10) / 10,
    savingsFractionLow: u === null ? null : share(reporting.savingsKwh - u),
    savingsFractionHigh: u === null ? null : share(reporting.savingsKwh + u),
    monthsToFullYear: Math.max(0, Math.round(FULL_YEAR_MONTHS - months)),
  };
}

function daysFrom(from: LocalDay, to: LocalDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

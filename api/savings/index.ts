/** What other modules may use of the savings module: the pure engine, and a household's savings figures. */

export {
  chooseUsagePeriods,
  dailyPeriods,
  engineInput,
  type MeterIntervalDay,
  type UsageSource,
} from "./daily-periods.ts";
export { metersAsOf } from "./data-as-of.ts";
export { type DayWeights, fitDataFrom, heatingDayWeights } from "./heating-day-weights.ts";
export { normalYearKwh, normalYearUse, splitByDegreeDays } from "./normal-year.ts";
export { BASELINE_DAYS, type DataKind, median, type UsagePeriod } from "./periods.ts";
export { householdSavingsSince } from "./savings.actions.ts";
export { computeSavings, type SavingsResult, type SavingsVerdict } from "./savings-engine.ts";
export { groupSavings } from "./uncertainty.ts";
export { readingPeriods, SAVINGS_ENERGIES, type SavingsEnergy } from "./usage-periods.ts";
export type { DegreeDayConvention, WeatherInput } from "./weather-features.ts";

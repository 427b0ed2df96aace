/** What other modules may use of the weather module (the savings engine reads degree-days through it). */
export { type DegreeDayQuery, degreeDaySeries } from "./degree-day-series.ts";
export {
  CONVENTIONS,
  type DailyDegreeDays,
  type DailyTemperature,
  type DegreeDayConvention,
  dailyDegreeDays,
  type Equiv165Weather,
  equiv165Weather,
  monthlySums,
} from "./degree-days.ts";
export { missingMonths, monthsBetween } from "./months.ts";
export {
  bestDegreeDaysByDay,
  type StationWeather,
  savingsWeatherOver,
  stationWeather,
  weatherForSavings,
} from "./savings-weather.ts";
export type { WeatherCtx } from "./weather.actions.ts";
export { findStation } from "./weather.repo.ts";

/** What other modules may use of the organisations module. */
export { findWeatherStationCode, setWeatherStationCode } from "./organisations.repo.ts";

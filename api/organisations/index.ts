/** What other modules may use of the organisations module. */
export { findWeatherStationCode, setStaffLanguage, setWeatherStationCode } from "./organisations.repo.ts";

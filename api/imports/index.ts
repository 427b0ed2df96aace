/** What other modules may use of the smart-meter import module. */
export { intervalDaysForHousehold } from "./imports.actions.ts";
export { intervalDaysOfMeters } from "./imports.repo.ts";

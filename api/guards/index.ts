/** What other modules may use of the energy-poverty guards. */
export { guardsOfHouseholds, type HouseholdGuards } from "./households-guards.ts";

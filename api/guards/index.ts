/** What other modules may use of the energy-poverty guards. */
export { heatingEnergiesOf } from "./energy-guards.ts";
export { guardsOfHouseholds, type HouseholdGuards } from "./households-guards.ts";

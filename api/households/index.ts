export { assertHouseholdDataAccess } from "./households.actions.ts";

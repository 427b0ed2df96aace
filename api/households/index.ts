export type { ConsentRecord } from "./consent-rules.ts";
export {
  assertHouseholdDataAccess,
  checkHouseholdDataAccess,
  findHouseholdOrNotFound,
  householdsSharingWithStaff,
} from "./households.actions.ts";
export { consentRecords, consentRecordsOf, listHouseholdProfiles } from "./households.repo.ts";

export type { ConsentRecord } from "./consent-rules.ts";
export {
  assertHouseholdDataAccess,
  checkHouseholdDataAccess,
  findHouseholdOrNotFound,
  householdsSharingWithGroup,
  householdsSharingWithStaff,
} from "./households.actions.ts";
export { consentRecords, consentRecordsOf, listHouseholdProfiles } from "./households.repo.ts";

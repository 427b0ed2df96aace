/** What other modules may use of the groups module. */
import type { DbOrTx } from "../../db/client.ts";
import * as memberRepo from "./members.repo.ts";

export { tipTitle } from "./coaching-markers.rules.ts";
export { eraseHouseholdGroupRecords, householdGroupRecords } from "./household-records.ts";
export { PARTNERS as REFERRAL_PARTNER_LABELS } from "./programme-report.csv.ts";

/**
 * The day the household joined its current group (or its latest): where its savings period starts
 * by default. Null when it never joined one.
 */
export function joiningDateOf(
  db: DbOrTx,
  organisationId: string,
  householdId: string,
): Promise<string | null> {
  return memberRepo.joiningDateOf(db, organisationId, householdId);
}

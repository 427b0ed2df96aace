import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { session } from "../lib/session.ts";
import { savingsApi } from "./savings-api.ts";
import { type Audience, adviserFollows } from "./savings-words.ts";

type GroupStatus = Awaited<ReturnType<typeof savingsApi.groupStatus>>;

/**
 * How the signed-in household's savings pages speak to it: `household`, or `unadvised` when no
 * adviser follows it (`adviserFollows`); without a household (staff), the household's words. Only a
 * housing company's household asks for its group; until the answer comes, or if it fails, it reads
 * `unadvised`: its company is there in every case, an adviser may not be.
 */
export function useHouseholdAudience(householdId: string | null): Audience {
  const organisationKind = session.me.value?.activeOrganisation?.organisationKind;
  const groupStatus = useSignal<GroupStatus>(null);
  const askGroup = householdId !== null && !adviserFollows({ organisationKind, groupStatus: null });
  useEffect(() => {
    if (!askGroup || !householdId) return;
    savingsApi.groupStatus(householdId).then(
      (status) => (groupStatus.value = status),
      () => undefined,
    );
  }, [householdId, askGroup]);
  if (householdId === null) return "household";
  return adviserFollows({ organisationKind, groupStatus: groupStatus.value }) ? "household" : "unadvised";
}

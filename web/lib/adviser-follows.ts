import { useSignal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { useEffect } from "preact/hooks";
import { request } from "./api.ts";
import { client } from "./api-client.ts";
import { isHousingCompany, session } from "./session.ts";

const groupView = client.api.households[":id"]["group-view"];
type GroupStatus = NonNullable<InferResponseType<typeof groupView.$get, 200>["group"]>["status"];

/**
 * Whether an adviser follows a household: always in a CPAS, a commune or an association (their
 * advisers made its account); in a housing company (SLSP, SISP), only while it is in an Eco-watchers
 * group that is not closed, whose advisers run it. Its housing company is there in every case, so a
 * household no adviser follows is sent to it, or to what it can do itself, never to « votre conseiller ».
 */
export function adviserFollows({
  organisationKind,
  groupStatus,
}: {
  organisationKind: string | undefined;
  groupStatus: GroupStatus | null;
}): boolean {
  return !isHousingCompany(organisationKind) || (groupStatus !== null && groupStatus !== "closed");
}

// Several sections of a page ask at once: one call between them (none kept once answered).
const asking = new Map<string, Promise<GroupStatus | null>>();

/** The status of the household's group now (null: in none). */
export function groupStatusOf(householdId: string): Promise<GroupStatus | null> {
  const pending =
    asking.get(householdId) ??
    request(groupView.$get({ param: { id: householdId } }))
      .then((view) => view.group?.status ?? null)
      .finally(() => asking.delete(householdId));
  asking.set(householdId, pending);
  return pending;
}

/**
 * `adviserFollows` for the signed-in household `householdId`, its group asked only in a housing
 * company. Until the answer comes, or if it fails, a housing company's household reads as followed by
 * no adviser: its company is there in every case, an adviser may not be. Null: no household (staff),
 * whose answer the caller does not use.
 */
export function useAdviserFollows(householdId: string | null): boolean {
  const organisationKind = session.me.value?.activeOrganisation?.organisationKind;
  const groupStatus = useSignal<GroupStatus | null>(null);
  const askGroup = householdId !== null && !adviserFollows({ organisationKind, groupStatus: null });
  useEffect(() => {
    if (!askGroup || !householdId) return;
    groupStatusOf(householdId).then(
      (status) => (groupStatus.value = status),
      () => undefined,
    );
  }, [householdId, askGroup]);
  return adviserFollows({ organisationKind, groupStatus: groupStatus.value });
}

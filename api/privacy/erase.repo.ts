import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import {
  dwellings,
  households,
  loginFailures,
  meters,
  readings,
  tariffs,
  users,
} from "../../db/schema/index.ts";

/**
 * The writes of an erasure, in the caller's transaction. Personal data goes: the sign-in account
 * (its memberships and sessions go with it, ON DELETE CASCADE; rows it wrote keep no author), the
 * code, pseudonym and profile, meter names, EANs and serials, reading notes, contract labels, failed
 * sign-ins under the code. Figures stay, attached to an anonymous household row: readings' values,
 * deliveries, top-ups, smart-meter data, contracts' prices, consent dates (group aggregates count
 * consenting households), and the audit log.
 */
export async function eraseHousehold(
  tx: Tx,
  {
    orgId,
    householdId,
    userId,
    loginKey,
    now,
  }: { orgId: string; householdId: string; userId: string | null; loginKey: string; now: Date },
) {
  const own = and(eq(households.organisationId, orgId), eq(households.id, householdId));
  await tx
    .update(households)
    .set({
      // The code must stay unique and non-null: a random value no login can type (codes are [A-Z0-9-]).
      code: `erased:${crypto.randomUUID()}`,
      pseudonym: "",
      userId: null,
      adults: null,
      children: null,
      heatingType: null,
      floorAreaM2: null,
      budgetMeter: false,
      protectedCustomer: false,
      billingMonth: null,
      monthlyAdvanceEur: null,
      updatedAt: now,
      erasedAt: now,
    })
    .where(own);
  // Nobody lives in its dwelling any more as far as the app knows; past occupancies keep their dates.
  await tx
    .update(dwellings)
    .set({ householdId: null, updatedAt: now })
    .where(and(eq(dwellings.organisationId, orgId), eq(dwellings.householdId, householdId)));
  const meterIds = (
    await tx
      .update(meters)
      .set({ name: "", ean: null, serial: null })
      .where(and(eq(meters.organisationId, orgId), eq(meters.householdId, householdId)))
      .returning({ id: meters.id })
  ).map((m) => m.id);
  if (meterIds.length)
    await tx
      .update(readings)
      .set({ note: null })
      .where(and(eq(readings.organisationId, orgId), inArray(readings.meterId, meterIds)));
  await tx
    .update(tariffs)
    .set({ label: "" })
    .where(and(eq(tariffs.organisationId, orgId), eq(tariffs.householdId, householdId)));
  await tx.delete(loginFailures).where(eq(loginFailures.key, loginKey));
  if (userId) await tx.delete(users).where(eq(users.id, userId));
}

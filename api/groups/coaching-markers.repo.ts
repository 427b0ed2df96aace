import { and, asc, type Column, eq, gte, lt, lte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import {
  attendance,
  commitments,
  groupSessions,
  kitCatalogue,
  kitHandouts,
  tips,
} from "../../db/schema/index.ts";

/**
 * What a household did with its group between two Brussels days, for the markers on its
 * consumption chart: commitments done, kit items handed out, sessions attended. Three queries, each
 * scoped to the organisation (joins too: tables distributed by organisation join on it, DESIGN §2).
 */
export async function coachingEvents(
  db: DbOrTx,
  {
    orgId,
    householdId,
    firstDay,
    lastDay,
    from,
    until,
  }: {
    orgId: string;
    householdId: string;
    /** First and last day, `YYYY-MM-DD`, both included. */
    firstDay: string;
    lastDay: string;
    /** The same span as instants: sessions starting at or after `from` and before `until`. */
    from: Date;
    until: Date;
  },
) {
  const own = (t: { organisationId: Column; householdId: Column }) =>
    and(eq(t.organisationId, orgId), eq(t.householdId, householdId));
  const [done, kit, attended] = await Promise.all([
    db
      .select({ id: commitments.id, tipId: tips.id, tipText: tips.text, doneOn: commitments.doneOn })
      .from(commitments)
      .innerJoin(tips, eq(tips.id, commitments.tipId))
      .where(
        and(
          own(commitments),
          eq(commitments.status, "done"),
          gte(commitments.doneOn, firstDay),
          lte(commitments.doneOn, lastDay),
        ),
      )
      .orderBy(asc(commitments.doneOn)),
    db
      .select({ name: kitCatalogue.name, quantity: kitHandouts.quantity, handedOn: kitHandouts.handedOn })
      .from(kitHandouts)
      .innerJoin(
        kitCatalogue,
        and(
          eq(kitCatalogue.organisationId, kitHandouts.organisationId),
          eq(kitCatalogue.id, kitHandouts.catalogueItemId),
        ),
      )
      .where(and(own(kitHandouts), gte(kitHandouts.handedOn, firstDay), lte(kitHandouts.handedOn, lastDay)))
      .orderBy(asc(kitHandouts.handedOn), asc(kitHandouts.createdAt)),
    db
      .select({
        id: groupSessions.id,
        startsAt: groupSessions.startsAt,
        theme: groupSessions.theme,
        themeText: groupSessions.themeText,
      })
      .from(attendance)
      .innerJoin(
        groupSessions,
        and(
          eq(groupSessions.organisationId, attendance.organisationId),
          eq(groupSessions.id, attendance.sessionId),
        ),
      )
      .where(
        and(
          own(attendance),
          eq(attendance.status, "present"),
          gte(groupSessions.startsAt, from),
          lt(groupSessions.startsAt, until),
        ),
      )
      .orderBy(asc(groupSessions.startsAt)),
  ]);
  return { done, kit, attended };
}

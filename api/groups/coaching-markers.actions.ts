import type { z } from "@hono/zod-openapi";
import { recordHouseholdRead } from "../audit/index.ts";
import { addDays, brusselsDayOf, startOfBrusselsDay } from "../consumption/brussels-days.ts";
import { assertHouseholdDataAccess } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { Validation } from "../http/errors.ts";
import * as repo from "./coaching-markers.repo.ts";
import { monthSpan, sortMarkers, themeLabel, tipTitle } from "./coaching-markers.rules.ts";
import type { CoachingMarkerSchema, CoachingMarkersQuery } from "./coaching-markers.schemas.ts";

type Marker = z.infer<typeof CoachingMarkerSchema>;

/**
 * What the household did with its group in the months asked for, for the markers on its
 * consumption chart: commitments done (the tip's title in the caller's language), kit items handed
 * out, sessions it attended (present; sessions still to come are left out). The household itself,
 * or staff with its consent; a staff read is audited as a view of its commitments and of its kit.
 */
export async function listCoachingMarkers({
  ctx,
  householdId,
  query,
}: {
  ctx: Ctx;
  householdId: string;
  query: z.infer<typeof CoachingMarkersQuery>;
}) {
  await assertHouseholdDataAccess({ ctx, householdId });
  const span = monthSpan(query.from, query.to);
  if (!span.ok) throw new Validation(span.code, [{ field: span.field, code: span.code, message: span.code }]);
  const { firstDay, lastDay } = span;
  const until = startOfBrusselsDay(addDays(lastDay, 1));
  const events = await repo.coachingEvents(ctx.db, {
    orgId: ctx.orgId,
    householdId,
    firstDay,
    lastDay,
    from: startOfBrusselsDay(firstDay),
    until: until < ctx.now ? until : ctx.now,
  });
  await recordHouseholdRead({ ctx, householdId, action: "household.commitments_viewed" });
  await recordHouseholdRead({ ctx, householdId, action: "household.kit_viewed" });
  const lang = ctx.actor.language;
  const markers: Marker[] = [
    ...events.done.map(
      (c): Marker => ({
        kind: "commitment_done",
        day: c.doneOn as string,
        label: tipTitle(c.tipText, lang),
        commitmentId: c.id,
        tipId: c.tipId,
      }),
    ),
    ...events.kit.map((k): Marker => ({ kind: "kit", day: k.handedOn, label: k.name, quantity: k.quantity })),
    ...events.attended.map(
      (s): Marker => ({
        kind: "session",
        day: brusselsDayOf(s.startsAt),
        label: themeLabel(s.theme, s.themeText, lang),
        sessionId: s.id,
        theme: s.theme,
        themeText: s.themeText,
      }),
    ),
  ];
  return { householdId, from: firstDay, to: lastDay, markers: sortMarkers(markers) };
}

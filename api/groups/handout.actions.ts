import { recordHouseholdRead } from "../audit/household-reads.ts";
import { brusselsDayOf } from "../consumption/brussels-days.ts";
import { householdsSharingWithStaff } from "../households/index.ts";
import type { Ctx } from "../http/context.ts";
import { listHouseholdMetersAndReadings } from "../meters/index.ts";
import { getGroup } from "./groups.actions.ts";
import { isMemberOn } from "./groups.rules.ts";
import { readingCardMeters } from "./handout.rules.ts";
import { getSession } from "./sessions.actions.ts";

/**
 * What the printed handout of a session needs: its theme and tips, and a reading card for each
 * household that is a member on the session's day. A household that does not share its data with
 * the adviser gets a card with its pseudonym only: its meters and indexes are not read at all.
 */
export async function getSessionHandout({ ctx, id }: { ctx: Ctx; id: string }) {
  const {
    attendance: _attendance,
    agenda: _agenda,
    notes: _notes,
    speakers: _speakers,
    ...session
  } = await getSession({ ctx, id });
  const group = await getGroup({ ctx, id: session.groupId });
  const day = brusselsDayOf(session.startsAt);
  const sharing = new Set(await householdsSharingWithStaff({ ctx }));
  const cards = [];
  for (const member of group.members.filter((m) => isMemberOn(m, day))) {
    const base = { householdId: member.householdId, code: member.code, pseudonym: member.pseudonym };
    if (!sharing.has(member.householdId)) {
      cards.push({ ...base, shared: false, meters: [] });
      continue;
    }
    const { meters, readings } = await listHouseholdMetersAndReadings({
      ctx,
      householdId: member.householdId,
    });
    await recordHouseholdRead({
      ctx,
      householdId: member.householdId,
      action: "household.readings_viewed",
      details: { via: "session_handout", sessionId: id },
    });
    cards.push({ ...base, shared: true, meters: readingCardMeters({ meters, readings }) });
  }
  return { session: { ...session, groupName: group.name }, cards };
}

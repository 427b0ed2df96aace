import type { LocalDay } from "../consumption/brussels-days.ts";

export type ConsultationStatus = "draft" | "open" | "closed";

/**
 * What a consultation is today: an open one whose last day (`closesOn`, Brussels) has passed is
 * closed, even before a manager closes it, so that no answer comes in late and its result shows.
 */
export function consultationState(
  { status, closesOn }: { status: ConsultationStatus; closesOn: LocalDay },
  today: LocalDay,
): ConsultationStatus {
  return status === "open" && today > closesOn ? "closed" : status;
}

/**
 * Whether a manager may move a consultation from `current` (as it is today) to `wanted`: a draft
 * opens, an open one closes, and nothing goes back (tenants answered what they were shown). Asking
 * for the state it is already in is harmless. Returns the refusal's code, or null.
 */
export function transitionRefusal(current: ConsultationStatus, wanted: ConsultationStatus): string | null {
  if (current === wanted) return null;
  if (current === "draft" && wanted === "open") return null;
  if (current === "open" && wanted === "closed") return null;
  return current === "closed" ? "consultation.already_closed" : "consultation.bad_transition";
}

export interface ConsultationAnswerRow {
  dwellingId: string;
  optionId: string;
}

/**
 * The result of a consultation: answers per option (one per dwelling) with their share of the
 * answers, and the turnout, dwellings that answered over dwellings with a household. A dwelling that
 * answered and stands empty since still counts as one that could answer, so the turnout never
 * exceeds 100 %. Null turnout when no dwelling has a household; null shares without answers.
 */
export function consultationResults({
  optionIds,
  answers,
  occupiedDwellingIds,
}: {
  optionIds: readonly string[];
  answers: readonly ConsultationAnswerRow[];
  occupiedDwellingIds: readonly string[];
}) {
  const answered = new Set(answers.map((a) => a.dwellingId));
  const couldAnswer = new Set([...occupiedDwellingIds, ...answered]);
  const counts = new Map(optionIds.map((id) => [id, 0]));
  for (const a of answers)
    if (counts.has(a.optionId)) counts.set(a.optionId, (counts.get(a.optionId) ?? 0) + 1);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  return {
    answeredDwellings: answered.size,
    occupiedDwellings: couldAnswer.size,
    turnout: couldAnswer.size === 0 ? null : answered.size / couldAnswer.size,
    options: optionIds.map((optionId) => {
      const count = counts.get(optionId) ?? 0;
      return { optionId, count, share: total === 0 ? null : count / total };
    }),
  };
}

/** A recorded stay in a dwelling; `movedOutOn` is the first day no longer lived there. */
export interface StayRow {
  householdId: string | null;
  movedInOn: LocalDay;
  movedOutOn: LocalDay | null;
}

/** A dwelling with the household living there now (null: empty) and its recorded stays. */
export interface DwellingTenancy {
  id: string;
  householdId: string | null;
  stays: readonly StayRow[];
}

/**
 * The dwellings whose households could answer a consultation, the turnout's denominator: those with a
 * household on its last day (`closesOn`, or today while it is still open), so that moves after it
 * closed never change its turnout. Its last day rather than any day while open: the day it opened is
 * not kept (a draft's creation is not it), and a dwelling's answer, whoever gave it, is what stands at
 * the close; a dwelling that answered and emptied before still counts (consultationResults).
 * The past is read from the dwelling's recorded stays (move-ins, move-outs). A household living there
 * now without a stay of its own (linked to the dwelling, its arrival never recorded) is taken as having
 * lived there all along, as cost splits do; one whose stay is recorded is counted by that stay. While
 * open, its household now counts too: it can answer today, recorded or not.
 */
export function dwellingsEntitledToAnswer({
  dwellings,
  closesOn,
  today,
}: {
  dwellings: readonly DwellingTenancy[];
  closesOn: LocalDay;
  today: LocalDay;
}): string[] {
  const day = closesOn < today ? closesOn : today;
  const livedIn = (s: StayRow) =>
    s.householdId !== null && s.movedInOn <= day && (s.movedOutOn === null || s.movedOutOn > day);
  return dwellings
    .filter((d) => {
      if (d.stays.some(livedIn)) return true;
      if (d.householdId === null) return false;
      return day === today || !d.stays.some((s) => s.householdId === d.householdId);
    })
    .map((d) => d.id);
}

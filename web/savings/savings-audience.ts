import { useAdviserFollows } from "../lib/adviser-follows.ts";
import type { Audience } from "./savings-words.ts";

/**
 * How the signed-in household's savings pages speak to it: `household`, or `unadvised` when no
 * adviser follows it (web/lib/adviser-follows.ts, until its group's answer comes too); without a
 * household (staff), the household's words.
 */
export function useHouseholdAudience(householdId: string | null): Audience {
  const follows = useAdviserFollows(householdId);
  if (householdId === null) return "household";
  return follows ? "household" : "unadvised";
}

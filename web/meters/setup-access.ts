import { session } from "../lib/session.ts";

/**
 * Staff who add meters and declare replacements in the app: the API also lets a household do it,
 * but households are sent to their adviser (their pages only read and enter readings).
 */
export function mayManageMeters(): boolean {
  const role = session.role.value;
  return role === "coordinator" || role === "adviser" || role === "housing_manager";
}

import type { Ctx, Role } from "../http/context.ts";
import { Forbidden, NotFound } from "../http/errors.ts";

/**
 * Buildings, dwellings and their meters are the housing company's data: its housing managers and
 * coordinators write them, its viewers read them. A household never reaches them (not even its own
 * building's, until the tenants' page), and an adviser coaches households, not buildings.
 */
export const BUILDING_WRITERS = ["coordinator", "housing_manager"] as const satisfies readonly Role[];
export const BUILDING_READERS = [...BUILDING_WRITERS, "viewer"] as const satisfies readonly Role[];

/** Refuses a caller who may not reach the company's buildings; a household learns nothing (404). */
export function assertBuildingAccess(ctx: Ctx, access: "read" | "write") {
  const role = ctx.actor.role;
  if (role === "household") throw new NotFound();
  const allowed: readonly Role[] = access === "write" ? BUILDING_WRITERS : BUILDING_READERS;
  if (!role || !allowed.includes(role)) throw new Forbidden("building.staff_only");
}

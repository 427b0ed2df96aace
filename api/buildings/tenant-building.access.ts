import type { DbOrTx } from "../../db/client.ts";
import type { Ctx } from "../http/context.ts";
import { NotFound } from "../http/errors.ts";
import { findTenantHome } from "./tenant-building.repo.ts";

/**
 * The dwelling the calling household lives in, which must be in `buildingId`: a household answers
 * for its own building only, and learns nothing of another (404, said plainly).
 */
export async function tenantDwellingIn(
  ctx: Pick<Ctx, "orgId" | "actor"> & { db: DbOrTx },
  buildingId: string,
) {
  const home = ctx.actor.householdId
    ? await findTenantHome(ctx.db, ctx.orgId, ctx.actor.householdId)
    : undefined;
  if (!home) throw new NotFound("tenant.no_dwelling");
  if (home.buildingId !== buildingId) throw new NotFound("tenant.not_your_building");
  return home;
}

import type { z } from "@hono/zod-openapi";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound } from "../http/errors.ts";
import { checkReadingsMissing } from "./alerts.check.ts";
import * as repo from "./alerts.repo.ts";
import type { AlertSchema, AlertsQuery, CloseAlertInput } from "./alerts.schemas.ts";
import { assertBuildingAccess } from "./building-access.ts";
import { refreshStaleBuildings } from "./building-months.refresh.ts";
import { findBuildingOrNotFound } from "./buildings.actions.ts";

/** More than anyone reads on one screen; a company with more open alerts filters by building. */
const LIST_LIMIT = 500;

type Alert = z.infer<typeof AlertSchema>;
type AlertRow = NonNullable<Awaited<ReturnType<typeof repo.findAlert>>>;

function toAlert(row: AlertRow): Alert {
  return {
    ...row,
    status: row.closedAt ? "closed" : row.acknowledgedAt ? "acknowledged" : "open",
    seen: row.seen as Record<string, unknown>,
    openedAt: row.openedAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/**
 * The company's alerts (or one building's), newest first. Before answering, stale rollups are
 * recomputed (their refresh runs the checks) and readings missing are checked, since time alone
 * opens those.
 */
export async function listAlerts({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: z.infer<typeof AlertsQuery>;
}): Promise<Alert[]> {
  assertBuildingAccess(ctx, "read");
  if (query.buildingId) await findBuildingOrNotFound(ctx, query.buildingId);
  await refreshStaleBuildings(ctx, query.buildingId);
  await checkReadingsMissing(ctx, query.buildingId);
  const rows = await repo.listAlerts(ctx.db, {
    orgId: ctx.orgId,
    status: query.status,
    buildingId: query.buildingId,
    limit: LIST_LIMIT,
  });
  return rows.map(toAlert);
}

async function findOpenAlert(ctx: Ctx, id: string) {
  assertBuildingAccess(ctx, "write");
  const row = await repo.findAlert(ctx.db, ctx.orgId, id);
  if (!row) throw new NotFound();
  if (row.closedAt) throw new Conflict("alerts.already_closed");
  return row;
}

/** A manager says they saw it: still open, no longer new. Again is harmless. */
export async function acknowledgeAlert({ ctx, id }: { ctx: Ctx; id: string }): Promise<Alert> {
  await findOpenAlert(ctx, id);
  await repo.acknowledgeAlert(ctx.db, ctx.orgId, id, ctx.actor.userId, ctx.now);
  return toAlert((await repo.findAlert(ctx.db, ctx.orgId, id)) as AlertRow);
}

/** A manager closes it, with what was done; the same situation will not open it again. */
export async function closeAlert({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof CloseAlertInput>;
}): Promise<Alert> {
  await findOpenAlert(ctx, id);
  const closed = await repo.closeAlert(ctx.db, ctx.orgId, id, {
    userId: ctx.actor.userId,
    note: input.note || null,
    now: ctx.now,
  });
  if (!closed) throw new Conflict("alerts.already_closed");
  return toAlert((await repo.findAlert(ctx.db, ctx.orgId, id)) as AlertRow);
}

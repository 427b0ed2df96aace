import type { Tx } from "../../db/client.ts";
import type { Ctx } from "../http/context.ts";
import { Conflict, NotFound } from "../http/errors.ts";
import * as repo from "./groups.repo.ts";
import { isWritable } from "./groups.rules.ts";

/**
 * The group a write is about, locked for the transaction: a closed group is read-only (409), and a
 * write racing the close either lands before it or is refused after it.
 */
export async function writableGroup(tx: Tx, ctx: Ctx, groupId: string) {
  const group = await repo.findGroup(tx, ctx.orgId, groupId, { forUpdate: true });
  if (!group) throw new NotFound();
  if (!isWritable(group.status)) throw new Conflict("group.closed");
  return group;
}
